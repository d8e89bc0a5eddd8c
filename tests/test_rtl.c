/*
 * test_rtl.c -- a right-to-left language costs only a string table, and its screens are
 * mirrored: the clinic pack's Arabic draft (scripts/clinic/strings/ar.po) is loaded with
 * its drafts offered, a screen with the kiosk's words, the patient's answer, reply buttons
 * and the toolbar is laid out with the real fonts and rendered, and its draw list is
 * compared, item by item, with the same screen laid out left to right.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "flow.h"
#include "luapack.h"
#include "platform.h"
#include "ui.h"

#define W 800
#define H 480

/* The index of the pack whose language is 'code', or -1. */
static int lang_index(wr_pack **packs, int n, const char *code)
{
    for (int i = 0; i < n; i++)
        if (strcmp(packs[i]->language, code) == 0)
            return i;
    return -1;
}

/* The draw item of 'ui' drawing text 'text' (the first), or NULL. */
static const wr_draw_item *find_text(const wr_ui *ui, const char *text)
{
    const wr_draw_item *it;
    int n = wr_ui_draw_list(ui, &it);
    for (int i = 0; i < n; i++)
        if (it[i].kind == WR_DRAW_TEXT && strcmp(it[i].text, text) == 0)
            return &it[i];
    return NULL;
}

/* The filled rectangle behind text item 't' (the smallest that holds it), or NULL. */
static const wr_draw_item *box_of(const wr_ui *ui, const wr_draw_item *t)
{
    const wr_draw_item *it, *best = NULL;
    int n = wr_ui_draw_list(ui, &it);
    for (int i = 0; t && i < n; i++) {
        wr_rect b = it[i].box;
        if (it[i].kind != WR_DRAW_RECT || it[i].border != 0 || b.x > t->box.x || b.y > t->box.y ||
            b.x + b.w < t->box.x + t->box.w || b.y + b.h < t->box.y + t->box.h || b.w >= W)
            continue;
        if (!best || b.w * b.h < best->box.w * best->box.h)
            best = &it[i];
    }
    return best;
}

/* Every item of 'rtl' is the mirror image of the same item of 'ltr'. */
static void check_mirrored(const wr_ui *ltr, const wr_ui *rtl)
{
    const wr_draw_item *a, *b;
    int n = wr_ui_draw_list(ltr, &a), m = wr_ui_draw_list(rtl, &b), bad = 0;
    CHECK(n == m && n > 20);
    for (int i = 0; i < n && i < m; i++) {
        wr_rect x = a[i].box, y = b[i].box;
        if (y.x != W - x.x - x.w || y.y != x.y || y.w != x.w || y.h != x.h ||
            a[i].kind != b[i].kind)
            bad++;
    }
    CHECK(bad == 0);
}

/* The screen after "Let's begin" in the Arabic draft: the kiosk's words, the patient's
 * answer as a bubble, a Next button and the toolbar. */
static void test_arabic_screen(wr_platform *pf, wr_pack **packs, int n)
{
    wr_flow_config cfg;
    wr_flow_config_defaults(&cfg);
    wr_flow *f = wr_flow_create(packs, n, &cfg);
    int ar = lang_index(packs, n, "ar");
    CHECK(f && ar > 0);
    if (!f || ar <= 0)
        return;
    wr_flow_act(f, WR_ACT_LANGUAGE, ar, 1000);
    const wr_screen *s = wr_flow_screen(f);
    if (s->kind == WR_SCREEN_ATTRACT)
        wr_flow_act(f, WR_ACT_START, 0, 2000);
    wr_flow_act(f, WR_ACT_CHOICE, 0, 3000);
    s = wr_flow_screen(f);
    CHECK(s->rtl && strcmp(s->language, "ar") == 0);
    CHECK(s->n_history >= 2);

    wr_ui *rtl = wr_ui_create(wr_platform_metrics(pf)), *ltr = wr_ui_create(wr_platform_metrics(pf));
    wr_screen flat = *s;
    flat.rtl = false;
    CHECK(wr_ui_layout(rtl, s, W, H) == 0 && wr_ui_layout(ltr, &flat, W, H) == 0);
    check_mirrored(ltr, rtl);

    /* the patient's answer on the left, the kiosk's words on the right */
    const wr_draw_item *you = box_of(rtl, find_text(rtl, "Let's begin"));
    const wr_draw_item *kiosk = box_of(rtl, find_text(rtl, "First, some safety questions."));
    CHECK(you && kiosk);
    if (you && kiosk) {
        CHECK(you->box.x < W / 4 && you->box.x + you->box.w < W / 2);
        CHECK(kiosk->box.x + kiosk->box.w > W * 3 / 4);
    }
    /* the toolbar (two rows at 800 wide since Read aloud joined it): Back at the right edge,
     * the bar's last button, Read aloud, at the left, the language button between */
    const wr_draw_item *back = find_text(rtl, "Back"), *lang = find_text(rtl, "Español");
    const wr_draw_item *read = find_text(rtl, "Read aloud");
    CHECK(back && lang && read);
    if (back && lang && read)
        CHECK(back->box.x > W * 3 / 4 && read->box.x < W / 4 &&
              lang->box.x > read->box.x + read->box.w && lang->box.x + lang->box.w < back->box.x);
    /* a line of the kiosk's words ends at the right edge of its box, as Arabic does */
    const wr_draw_item *line = find_text(rtl, "First, some safety questions.");
    if (line && kiosk)
        CHECK(kiosk->box.x + kiosk->box.w - (line->box.x + line->box.w) < 40);

    /* a tap where Back is shown goes Back */
    int x = 0, y = 0;
    wr_action act = WR_ACT_NONE;
    int arg = 0;
    CHECK(wr_ui_find_control(rtl, "Back", &x, &y, NULL, 0) == 0 && x > W * 3 / 4);
    wr_input in = {WR_IN_PRESS, 4000, x, y, 1, WR_KEY_NONE, 0, 0, 0, 0};
    wr_ui_input(rtl, &in, &act, &arg);
    in.kind = WR_IN_RELEASE;
    in.ms = 4050;
    CHECK(wr_ui_input(rtl, &in, &act, &arg) == 1 && act == WR_ACT_BACK);

    /* and it renders, Arabic shaped by HarfBuzz in Noto Sans Arabic */
    CHECK(wr_platform_draw(pf, rtl) == 1);
    CHECK(wr_platform_save_png(pf, "rtl_scene.png") == 0);
    wr_ui_destroy(rtl);
    wr_ui_destroy(ltr);
    wr_flow_destroy(f);
}

int main(int argc, char **argv)
{
    const char *src = argc > 1 ? argv[1] : ".";
    char scripts[1024], fonts[1024];
    snprintf(scripts, sizeof scripts, "%s/scripts/clinic", src);
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", src);
    wr_diags d;
    wr_diags_init(&d);
    wr_luapack *lp = wr_luapack_open(scripts, NULL, &d);
    CHECK(lp != NULL);
    if (!lp)
        return check_done();
    int offered = wr_luapack_count(lp);
    CHECK(lang_index(wr_luapack_packs(lp), offered, "ar") < 0); /* a draft: not for patients */
    CHECK(wr_luapack_offer_drafts(lp) == 0 && wr_luapack_count(lp) == offered + 1);
    wr_platform_opts o = {.headless = true, .width = W, .height = H, .font_dir = fonts};
    wr_platform *pf = wr_platform_create(&o);
    CHECK(pf != NULL);
    if (pf)
        test_arabic_screen(pf, wr_luapack_packs(lp), wr_luapack_count(lp));
    wr_platform_destroy(pf);
    wr_luapack_destroy(lp);
    wr_diags_free(&d);
    return check_done();
}
