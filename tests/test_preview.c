/*
 * test_preview.c -- live preview and safe reloads, on a copy of the sample pack:
 * an edit comes back on the same screen with the new words; a broken edit leaves the last
 * good screen up with the problem drawn over it; a staff reload of a broken pack is refused
 * and the pack in use stays.
 */
#include "app.h"
#include "check.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[] = "/tmp/wr-preview-XXXXXX";
static char file[512];

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    static char buf[1 << 16];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    return strdup(buf);
}

static void spit(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    fputs(text, f);
    fclose(f);
}

/* 'text' with the first 'from' replaced by 'to' (malloc'd). */
static char *replace(const char *text, const char *from, const char *to)
{
    const char *at = strstr(text, from);
    if (!at)
        return strdup(text);
    size_t n = strlen(text) - strlen(from) + strlen(to) + 1;
    char *out = malloc(n);
    snprintf(out, n, "%.*s%s%s", (int)(at - text), text, to, at + strlen(from));
    return out;
}

static const char *question(wr_app *app)
{
    const char *q = wr_flow_screen(app->flow)->question_id;
    return q ? q : "(none)";
}

int main(void)
{
    const char *src = getenv("WR_SOURCE_DIR");
    char path[512];
    if (!src || !mkdtemp(dir))
        return 2;
    snprintf(path, sizeof path, "%s/scripts/sample/main.lua", src);
    char *original = slurp(path);
    CHECK(original != NULL);
    snprintf(file, sizeof file, "%s/main.lua", dir);
    spit(file, original);
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "cp -r '%s/scripts/sample/handouts' '%s/'", src, dir);
    CHECK(system(cmd) == 0);

    char assets[512];
    snprintf(assets, sizeof assets, "%s/assets", src);
    wr_app_options opt = {.scripts = dir, .assets = assets, .headless = true, .preview = true,
                          .w = 1280, .h = 800};
    wr_app app;
    CHECK(wr_app_init(&app, &opt) == 0);
    wr_app_act(&app, WR_ACT_START, 0);
    wr_app_act(&app, WR_ACT_OPTION, 1);  /* seen before: No */
    wr_app_act(&app, WR_ACT_CHOICE, 0);  /* Let's begin */
    wr_app_act(&app, WR_ACT_OPTION, 2);  /* ticks "My knee" */
    CHECK_STR(question(&app), "areas");
    CHECK(wr_preview_poll(&app, false) == 0); /* nothing saved yet */

    /* An edit: the same screen comes back, with the new words and the same answers. */
    char *edited = replace(original, "Where is your pain? Tick all that apply.",
                           "Where does it hurt? Tick all that apply.");
    spit(file, edited);
    CHECK(wr_preview_poll(&app, false) == 1);
    CHECK_STR(question(&app), "areas");
    CHECK(wr_ui_shows_text(app.ui, "Where does it hurt? Tick all that apply."));
    CHECK(!wr_ui_shows_text(app.ui, "Where is your pain?"));
    CHECK(wr_flow_screen(app.flow)->controls[2].selected); /* "My knee" still ticked */
    CHECK(wr_preview_banner(&app) == NULL);

    /* A broken edit: the last good screen stays, with the problem over it. */
    char *broken = replace(edited, "  go = \"about_you\",", "  go = \"about_you\"\n  say \"x\",");
    spit(file, broken);
    CHECK(wr_preview_poll(&app, false) == 1);
    CHECK_STR(question(&app), "areas");
    CHECK(wr_preview_banner(&app) != NULL);
    CHECK(wr_ui_shows_text(app.ui, "main.lua:"));
    CHECK(wr_ui_shows_text(app.ui, "Where does it hurt? Tick all that apply."));

    /* Staff reload of the broken pack is refused; the pack in use goes on working. */
    CHECK(wr_app_reload(&app) == -1);
    CHECK(strstr(wr_flow_last_error(app.flow), "Reload refused") != NULL);
    CHECK_STR(question(&app), "areas");
    wr_app_act(&app, WR_ACT_NEXT, 0);
    CHECK_STR(question(&app), "knee_hot");

    /* Fixed again: the banner goes. */
    spit(file, edited);
    CHECK(wr_preview_poll(&app, false) == 1);
    CHECK(wr_preview_banner(&app) == NULL);
    CHECK_STR(question(&app), "knee_hot");

    wr_app_fini(&app);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CHECK(system(cmd) == 0);
    free(original);
    free(edited);
    free(broken);
    return check_done();
}
