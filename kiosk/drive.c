/*
 * drive.c -- the headless drive mode's side of the kiosk: the operations a drive script
 * calls (start, tap, type, expect, wait, shot, list, printed), acting on the real ui and
 * flow with a virtual clock. Taps go through the same input path as a finger.
 */
#include "drive.h"
#include "kiosk_drive.h"
#include "alert.h"
#include <time.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A finger down and up at x, y: the ui decides what was tapped. */
static int tap_at(wr_app *app, int x, int y, const char *label, char *err, size_t n)
{
    wr_input in = {.kind = WR_IN_PRESS, .ms = app->now, .x = x, .y = y, .pointer = 1};
    wr_action act = WR_ACT_NONE;
    int arg = 0;
    wr_flow_touch(app->flow, app->now);
    if (wr_ui_input(app->ui, &in, &act, &arg)) {
        wr_app_act(app, act, arg);
        return 0;
    }
    in.kind = WR_IN_RELEASE;
    if (!wr_ui_input(app->ui, &in, &act, &arg)) {
        snprintf(err, n, "tapping \"%s\" did nothing", label);
        return -1;
    }
    wr_app_act(app, act, arg);
    wr_app_settle_print(app);
    wr_app_refresh(app);
    return 0;
}

static int op_tap(void *ud, const char *label, char *err, size_t n)
{
    wr_app *app = ud;
    int x, y;
    wr_app_refresh(app);
    if (wr_ui_find_control(app->ui, label, &x, &y, err, n) < 0)
        return -1;
    return tap_at(app, x, y, label, err, n);
}

static int op_start(void *ud, char *err, size_t n)
{
    wr_app *app = ud;
    const wr_screen *s = wr_flow_screen(app->flow);
    if (s->kind != WR_SCREEN_ATTRACT) {
        snprintf(err, n, "start(): the attract screen is not showing (screen: %s)", s->name);
        return -1;
    }
    return op_tap(ud, wr_pack_ui(wr_flow_pack(app->flow), "start"), err, n);
}

/* True when the screen has a key labelled exactly 'label'. */
static bool has_key(const wr_screen *s, const char *label)
{
    for (int i = 0; i < s->n_controls; i++)
        if (s->controls[i].role == WR_ROLE_KEY && strcmp(s->controls[i].label, label) == 0)
            return true;
    return false;
}

/* Types 'text' on the on-screen keyboard, key by key (Shift for capitals). */
static int op_type(void *ud, const char *text, char *err, size_t n)
{
    wr_app *app = ud;
    const wr_pack *p = wr_flow_pack(app->flow);
    for (const char *s = text; *s;) {
        int len = 1;
        while (s[len] && ((unsigned char)s[len] & 0xC0) == 0x80)
            len++;
        char key[8] = {0};
        memcpy(key, s, (size_t)(len < 7 ? len : 7));
        s += len;
        if (strcmp(key, " ") == 0) {
            if (op_tap(ud, wr_pack_ui(p, "space"), err, n) < 0)
                return -1;
            continue;
        }
        if (!has_key(wr_flow_screen(app->flow), key)) {
            /* Not on the keyboard as it is: a capital needs Shift first. */
            if (op_tap(ud, wr_pack_ui(p, "shift"), err, n) < 0)
                return -1;
        }
        if (op_tap(ud, key, err, n) < 0) {
            snprintf(err, n, "type(): no key \"%s\" on the on-screen keyboard", key);
            return -1;
        }
    }
    return 0;
}

static int op_expect(void *ud, const char *text, int negate, char *err, size_t n)
{
    wr_app *app = ud;
    wr_app_refresh(app);
    bool shown = wr_ui_shows_text(app->ui, text);
    if (shown == !negate)
        return 0;
    snprintf(err, n, negate ? "text \"%s\" is on screen, but should not be"
                            : "expected text \"%s\" not on screen", text);
    return -1;
}

static int op_expect_screen(void *ud, const char *name, char *err, size_t n)
{
    wr_app *app = ud;
    const char *now = wr_flow_screen(app->flow)->name;
    if (strcmp(now, name) == 0 || (strcmp(name, "idle") == 0 && strcmp(now, "idle_warning") == 0))
        return 0;
    snprintf(err, n, "expected screen \"%s\", but the screen is \"%s\"", name, now);
    return -1;
}

/* The kind of screen shown now (for the drive's tap count). */
static const char *op_screen(void *ud)
{
    wr_app *app = ud;
    return wr_flow_screen(app->flow)->name;
}

/* Advances the virtual clock by 'seconds', stopping at every deadline on the way. */
static int op_wait(void *ud, double seconds, char *err, size_t n)
{
    wr_app *app = ud;
    if (seconds < 0 || seconds > 86400) {
        snprintf(err, n, "wait(): seconds must be 0 to 86400");
        return -1;
    }
    uint32_t end = app->now + (uint32_t)(seconds * 1000.0 + 0.5);
    while (app->now != end) {
        int32_t a = wr_flow_next_deadline(app->flow, app->now);
        int32_t b = wr_ui_next_deadline(app->ui, app->now);
        int32_t d = a < 0 ? b : b < 0 ? a : a < b ? a : b;
        uint32_t step = d < 0 || (uint32_t)d > end - app->now ? end - app->now : (uint32_t)d;
        step = step ? step : 1;
        wr_reader_advance(app, step);
        wr_app_tick(app, app->now + step);
    }
    wr_app_refresh(app);
    return 0;
}

/* mkdir -p: creates 'dir' and its parents; existing folders are fine. */
static void make_dirs(const char *dir)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", dir);
    for (char *p = buf + 1; *p; p++) {
        if (*p == '/') {
            *p = 0;
            mkdir(buf, 0755);
            *p = '/';
        }
    }
    mkdir(buf, 0755);
}

static int op_shot(void *ud, const char *name, char *err, size_t n)
{
    wr_app *app = ud;
    char path[1024];
    if (!app->opt.shots)
        return 0; /* shots are only kept when --shots is given */
    if (strchr(name, '/') || strstr(name, "..")) {
        snprintf(err, n, "shot(): a name, not a path, please");
        return -1;
    }
    make_dirs(app->opt.shots);
    snprintf(path, sizeof path, "%s/%s.png", app->opt.shots, name);
    wr_app_refresh(app);
    if (wr_platform_save_png(app->plat, path) < 0) {
        snprintf(err, n, "shot(): cannot write %s", path);
        return -1;
    }
    return 0;
}

/* Presses at a corner (or the centre), holds it 3.5 s on the virtual clock, releases. */
static int op_hold(void *ud, const char *where, char *err, size_t n)
{
    wr_app *app = ud;
    int w, h;
    wr_platform_size(app->plat, &w, &h);
    int x = strcmp(where, "top-right") == 0 ? w - 4 : strcmp(where, "centre") == 0 ? w / 2 : 4;
    int y = strcmp(where, "centre") == 0 ? h / 2 : 4;
    if (strcmp(where, "top-left") && strcmp(where, "top-right") && strcmp(where, "centre")) {
        snprintf(err, n, "hold(): where is top-left, top-right or centre");
        return -1;
    }
    wr_input in = {.kind = WR_IN_PRESS, .ms = app->now, .x = x, .y = y, .pointer = 1};
    wr_app_input(app, &in);
    if (op_wait(ud, 3.5, err, n) < 0)
        return -1;
    in.kind = WR_IN_RELEASE;
    in.ms = app->now;
    wr_app_input(app, &in);
    return 0;
}

/* One key press through the platform's mapping, then the ui (as in the live loop). */
static int op_key(void *ud, const char *name, char *err, size_t n)
{
    wr_app *app = ud;
    wr_input in;
    if (wr_platform_key_input(app->plat, name, &in) < 0) {
        snprintf(err, n, "key(): no key called \"%s\"", name);
        return -1;
    }
    in.ms = app->now;
    wr_app_refresh(app);
    wr_app_input(app, &in);
    wr_app_settle_print(app);
    wr_app_refresh(app);
    return 0;
}

static char *op_said(void *ud)
{
    return wr_reader_said(ud);
}

static int op_heard(void *ud, wr_drive_sound *out)
{
    wr_heard h;
    wr_reader_heard(ud, &h, out->voice, sizeof out->voice);
    out->seconds = h.rate ? (double)h.samples / h.rate : 0;
    out->peak = h.peak;
    out->rms = h.samples ? sqrt(h.sum_sq / (double)h.samples) : 0;
    out->utterances = h.utterances;
    out->playing = wr_reader_speaking(ud);
    return 0;
}

static char *op_list(void *ud)
{
    wr_app *app = ud;
    return wr_flow_list_text(app->flow);
}

static char *op_printed(void *ud)
{
    wr_app *app = ud;
    return app->printed ? strdup(app->printed) : NULL;
}

static char *op_controls(void *ud)
{
    wr_app *app = ud;
    wr_app_refresh(app);
    return wr_ui_controls(app->ui);
}

/* The text of the last slip for the desk (a copy), or NULL. */
static char *op_slip(void *ud)
{
    wr_app *app = ud;
    return app->slip_text ? strdup(app->slip_text) : NULL;
}

/* Loud samples of the last chime played on the virtual clock (wait() lets it play). */
static double op_chimed(void *ud)
{
    return (double)wr_alert_samples_out(ud);
}

static char *op_transcript(void *ud)
{
    wr_app *app = ud;
    char *ui = wr_ui_transcript(app->ui);
    const char *name = wr_flow_screen(app->flow)->name;
    size_t len = strlen(name) + (ui ? strlen(ui) : 0) + 32;
    char *out = malloc(len);
    if (out)
        snprintf(out, len, "[screen: %s]\n%s", name, ui ? ui : "");
    free(ui);
    return out;
}

/* serve(): the live loop on the real clock until a signal stops it; the idle timer starts
 * again from now. */
static int op_serve(void *ud, char *err, size_t n)
{
    wr_app *app = ud;
    (void)err;
    (void)n;
    app->now = wr_platform_ticks(app->plat);
    wr_flow_touch(app->flow, app->now);
    return wr_app_run(app);
}

/* Runs the drive file 'file' against the app; returns 0 when every step held. */
int wr_kiosk_drive(wr_app *app, const char *file, FILE *log)
{
    wr_drive_ops ops = {
        .ud = app,
        .start = op_start,
        .tap = op_tap,
        .type = op_type,
        .expect = op_expect,
        .expect_screen = op_expect_screen,
        .wait = op_wait,
        .shot = op_shot,
        .hold = op_hold,
        .list = op_list,
        .printed = op_printed,
        .controls = op_controls,
        .slip = op_slip,
        .chimed = op_chimed,
        .transcript = op_transcript,
        .serve = op_serve,
        .key = op_key,
        .said = op_said,
        .heard = op_heard,
        .screen = op_screen,
    };
    return wr_drive_run(file, &ops, log);
}
