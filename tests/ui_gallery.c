/*
 * ui_gallery.c -- renders every sample screen headless to PNG files, at several sizes:
 *     ui_gallery OUTDIR [WxH ...]      (default 1920x1080 480x800)
 * Also prints how long layout and a full redraw took, per size.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "platform.h"
#include "test_ui_screens.h"
#include "ui.h"

/* A sample illustration, written next to the PNGs so the scene screen has a picture. */
static const char alarm_svg[] =
    "<svg xmlns='http://www.w3.org/2000/svg' width='400' height='240' viewBox='0 0 400 240'>"
    "<rect x='0' y='0' width='400' height='240' rx='24' fill='#E3EFEE'/>"
    "<circle cx='200' cy='120' r='78' fill='#0A5561'/>"
    "<path d='M200 70 C172 70 158 92 158 118 L158 146 L146 160 L254 160 L242 146 L242 118 "
    "C242 92 228 70 200 70 Z' fill='#F6F2EB'/>"
    "<circle cx='200' cy='172' r='12' fill='#F6F2EB'/>"
    "<path d='M96 84 Q80 120 96 156' stroke='#0A5561' stroke-width='10' fill='none' "
    "stroke-linecap='round'/>"
    "<path d='M304 84 Q320 120 304 156' stroke='#0A5561' stroke-width='10' fill='none' "
    "stroke-linecap='round'/></svg>";

/* Writes the sample picture into dir. */
static void write_picture(const char *dir)
{
    char path[700];
    snprintf(path, sizeof path, "%s/alarm.svg", dir);
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(alarm_svg, f);
        fclose(f);
    }
}

/* Renders every screen at w x h into dir; returns the number of failures. */
static int gallery(const char *dir, int w, int h, const char *root)
{
    char fonts[600], path[900];
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", root);
    write_picture(dir);
    wr_platform_opts o = {
        .headless = true, .width = w, .height = h, .font_dir = fonts, .picture_dir = dir};
    wr_platform *p = wr_platform_create(&o);
    if (!p) {
        fprintf(stderr, "ui_gallery: %s\n", wr_platform_error());
        return 1;
    }
    wr_ui *ui = wr_ui_create(wr_platform_metrics(p));
    static wr_screen screens[TEST_SCREENS_MAX];
    const char *names[TEST_SCREENS_MAX];
    int n = test_ui_screens(screens, names, TEST_SCREENS_MAX), bad = 0;
    for (int i = 0; i < n && ui; i++) {
        wr_ui_layout(ui, &screens[i], w, h);
        wr_platform_draw(p, ui);
        snprintf(path, sizeof path, "%s/%s_%dx%d.png", dir, names[i], w, h);
        if (wr_platform_save_png(p, path) != 0) {
            fprintf(stderr, "ui_gallery: %s\n", wr_platform_error());
            bad++;
        }
        printf("%s: %u us to render again\n", path, wr_platform_last_render_us(p));
    }
    if (ui && n > 3) { /* keyboard focus on a reply, and a finger pressing another */
        wr_input in = {.kind = WR_IN_KEY, .key = WR_KEY_DOWN};
        wr_action act;
        int arg, x, y;
        wr_ui_layout(ui, &screens[3], w, h);
        wr_ui_input(ui, &in, &act, &arg);
        wr_ui_input(ui, &in, &act, &arg);
        wr_platform_draw(p, ui);
        snprintf(path, sizeof path, "%s/focus_%dx%d.png", dir, w, h);
        bad += wr_platform_save_png(p, path) != 0;
        if (wr_ui_find_control(ui, "Hip", &x, &y, NULL, 0) == 0) {
            in = (wr_input){.kind = WR_IN_PRESS, .x = x, .y = y, .pointer = 1};
            wr_ui_input(ui, &in, &act, &arg);
            wr_platform_draw(p, ui);
            snprintf(path, sizeof path, "%s/pressed_%dx%d.png", dir, w, h);
            bad += wr_platform_save_png(p, path) != 0;
        }
    }
    wr_ui_destroy(ui);
    wr_platform_destroy(p);
    return bad;
}

/* Renders the gallery at each size asked for. */
int main(int argc, char **argv)
{
    const char *root = getenv("WR_SOURCE_DIR");
    static const char *const defaults[] = {"1920x1080", "480x800"};
    int bad = 0;
    if (argc < 2) {
        fprintf(stderr, "usage: ui_gallery OUTDIR [WxH ...]\n");
        return 2;
    }
    root = root ? root : ".";
    int n = argc > 2 ? argc - 2 : 2;
    for (int i = 0; i < n; i++) {
        int w, h;
        const char *size = argc > 2 ? argv[2 + i] : defaults[i];
        if (sscanf(size, "%dx%d", &w, &h) != 2 || w < 100 || h < 100) {
            fprintf(stderr, "ui_gallery: bad size %s\n", size);
            return 2;
        }
        bad += gallery(argv[1], w, h, root);
    }
    return bad ? 1 : 0;
}
