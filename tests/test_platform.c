/*
 * test_platform.c -- engine/platform headless: the real fonts measure and fall back, every
 * sample screen keeps the layout invariants with real text at five sizes, a frame is drawn
 * only when something changed, the PNG holds what was drawn, the text cache stays within
 * its budget, SDL events become wr_input (a touch-made mouse event is dropped), and a full
 * redraw at 1920x1080 is timed (median and 99th percentile printed).
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../engine/platform/sdl_internal.h"
#include "check.h"
#include "test_ui_screens.h"

static char fonts[600];

/* A headless platform of w x h. */
static wr_platform *open_headless(int w, int h)
{
    wr_platform_opts o = {.headless = true, .width = w, .height = h, .font_dir = fonts};
    wr_platform *p = wr_platform_create(&o);
    if (!p)
        fprintf(stderr, "wr_platform_create: %s\n", wr_platform_error());
    return p;
}

/* The real fonts measure text, with Noto for what Atkinson lacks. */
static void test_metrics(void)
{
    wr_platform *p = open_headless(1920, 1080);
    CHECK(p != NULL);
    if (!p)
        return;
    const wr_text_metrics *m = wr_platform_metrics(p);
    int hello = m->text_width(m->ctx, "Hello", 5, 40, false);
    CHECK(hello > 60 && hello < 200);
    CHECK(m->text_width(m->ctx, "Hello", 5, 40, true) >= hello);
    CHECK(m->text_width(m->ctx, "Hello", 5, 80, false) > hello * 3 / 2);
    int accents = m->text_width(m->ctx, "añá", strlen("añá"), 40, false);
    CHECK(accents > 40);
    int cyrillic = m->text_width(m->ctx, "Жж", strlen("Жж"), 40, false); /* Noto draws it */
    CHECK(cyrillic > 30);
    wr_font_metrics f = {0};
    m->font_metrics(m->ctx, 40, false, &f);
    CHECK(f.line_height >= 56 && f.ascent > 20 && f.cap_height > 20 && f.cap_height < 40);
    int w, h;
    CHECK(m->picture_size(m->ctx, "nope", &w, &h) == -1); /* no pictures folder */
    wr_platform_size(p, &w, &h);
    CHECK(w == 1920 && h == 1080);
    wr_platform_destroy(p);
    wr_platform_destroy(NULL);
}

/* The layout invariants hold with real text at five sizes. */
static void test_real_layouts(void)
{
    static const int sizes[][2] = {
        {800, 480}, {480, 800}, {1920, 1080}, {1080, 1920}, {3840, 2160}};
    static wr_screen screens[TEST_SCREENS_MAX];
    const char *names[TEST_SCREENS_MAX];
    int n = test_ui_screens(screens, names, TEST_SCREENS_MAX);
    wr_platform *p = open_headless(640, 480);
    wr_ui *ui = p ? wr_ui_create(wr_platform_metrics(p)) : NULL;
    CHECK(ui != NULL);
    for (int s = 0; ui && s < 5; s++)
        for (int i = 0; i < n; i++)
            for (int large = 0; large < 2; large++) {
                wr_screen sc = screens[i];
                sc.large_text = sc.large_text || large;
                CHECK(wr_ui_layout(ui, &sc, sizes[s][0], sizes[s][1]) == 0);
                CHECK(test_ui_check_layout(ui, names[i], sizes[s][0], sizes[s][1]) == 0);
            }
    wr_ui_destroy(ui);
    wr_platform_destroy(p);
}

/* Compares two integers for qsort. */
static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* Reads the pixel at x, y of a PNG. */
static SDL_Color png_pixel(const char *path, int x, int y, int *w, int *h)
{
    SDL_Color c = {0, 0, 0, 0};
    SDL_Surface *s = IMG_Load(path);
    SDL_Surface *rgba = s ? SDL_ConvertSurfaceFormat(s, SDL_PIXELFORMAT_RGBA32, 0) : NULL;
    if (rgba) {
        Uint8 *px = (Uint8 *)rgba->pixels + y * rgba->pitch + x * 4;
        c = (SDL_Color){px[0], px[1], px[2], px[3]};
        *w = rgba->w;
        *h = rgba->h;
    }
    SDL_FreeSurface(rgba);
    SDL_FreeSurface(s);
    return c;
}

/* A frame is drawn only when needed, and the PNG holds its pixels. */
static void test_draw_and_png(void)
{
    static wr_screen screens[TEST_SCREENS_MAX];
    const char *names[TEST_SCREENS_MAX];
    test_ui_screens(screens, names, TEST_SCREENS_MAX);
    wr_platform *p = open_headless(1920, 1080);
    wr_ui *ui = p ? wr_ui_create(wr_platform_metrics(p)) : NULL;
    CHECK(ui != NULL);
    if (!ui)
        goto out;
    CHECK(wr_platform_save_png(p, "/nonexistent/x.png") == -1); /* nothing drawn yet */
    wr_ui_layout(ui, &screens[0], 1920, 1080);
    CHECK(wr_platform_draw(p, ui) == 1);
    CHECK(wr_platform_draw(p, ui) == 0); /* nothing changed: no frame */
    char path[] = "/tmp/wr_test_platform_XXXXXX.png";
    int fd = mkstemps(path, 4);
    CHECK(fd >= 0);
    if (fd >= 0)
        close(fd);
    CHECK(wr_platform_save_png(p, path) == 0);
    int w = 0, h = 0;
    SDL_Color c = png_pixel(path, 3, 1076, &w, &h);
    wr_color bg = wr_ui_background(ui);
    CHECK(w == 1920 && h == 1080);
    CHECK(c.r == bg.r && c.g == bg.g && c.b == bg.b);
    int bx, by;
    char err[200];
    CHECK(wr_ui_find_control(ui, "Touch to start", &bx, &by, err, sizeof err) == 0);
    wr_platform_save_png(p, path);
    c = png_pixel(path, bx, by - 40, &w, &h); /* inside the primary button, above its text */
    CHECK(c.r < 40 && c.g > 60 && c.b > 70);  /* the deep teal */
    screens[2].high_contrast = true;
    wr_ui_layout(ui, &screens[2], 1920, 1080);
    wr_platform_draw(p, ui);
    wr_platform_save_png(p, path);
    c = png_pixel(path, 3, 1076, &w, &h);
    CHECK(c.r == 0 && c.g == 0 && c.b == 0);
    screens[2].high_contrast = false;
    unlink(path);
    CHECK(wr_platform_save_png(p, "/nonexistent/dir/x.png") == -1);
    CHECK(strlen(wr_platform_error()) > 0);
out:
    wr_ui_destroy(ui);
    wr_platform_destroy(p);
}

/* Pushes one SDL event. */
static void push(SDL_Event e)
{
    e.common.timestamp = SDL_GetTicks();
    SDL_PushEvent(&e);
}

/* A panel mounted turned (rotate = 90): the ui is portrait on a landscape output, its
 * pixels land turned on the output, and a touch comes back in the ui's coordinates. */
static void test_rotated(void)
{
    static wr_screen screens[TEST_SCREENS_MAX];
    const char *names[TEST_SCREENS_MAX];
    test_ui_screens(screens, names, TEST_SCREENS_MAX);
    wr_platform_opts o = {.headless = true, .width = 800, .height = 480, .font_dir = fonts,
                          .rotate = 90};
    wr_platform *p = wr_platform_create(&o);
    wr_ui *ui = p ? wr_ui_create(wr_platform_metrics(p)) : NULL;
    int w = 0, h = 0, bx = 0, by = 0;
    char err[200], path[] = "/tmp/wr_test_rotated_XXXXXX.png";
    CHECK(ui != NULL);
    if (!ui)
        goto out;
    wr_platform_size(p, &w, &h);
    CHECK(w == 480 && h == 800);
    wr_ui_layout(ui, &screens[0], w, h);
    CHECK(wr_platform_draw(p, ui) == 1);
    int fd = mkstemps(path, 4);
    if (fd >= 0)
        close(fd);
    CHECK(wr_platform_save_png(p, path) == 0);
    CHECK(wr_ui_find_control(ui, "Touch to start", &bx, &by, err, sizeof err) == 0);
    /* the ui's (x, y) is the output's (799 - y, x) */
    SDL_Color c = png_pixel(path, 799 - (by - 20), bx, &w, &h);
    CHECK(w == 800 && h == 480);
    CHECK(c.r < 40 && c.g > 60 && c.b > 70); /* the button's deep teal, turned */
    unlink(path);
    SDL_Event e = {0};
    e.type = SDL_FINGERDOWN; /* the output's (720, 48) is the ui's (48, 79) */
    e.tfinger.x = 0.9f;
    e.tfinger.y = 0.1f;
    push(e);
    wr_input in;
    CHECK(wr_platform_wait(p, 100, &in) == 1 && in.kind == WR_IN_PRESS);
    CHECK(in.x == 48 && in.y == 79);
out:
    wr_ui_destroy(ui);
    wr_platform_destroy(p);
}

/* Redraws the scene at 1920x1080 with the focus moving each frame; prints the times. */
static void test_redraw_time(void)
{
    static wr_screen screens[TEST_SCREENS_MAX];
    const char *names[TEST_SCREENS_MAX];
    enum { FRAMES = 200 };
    uint32_t us[FRAMES];
    test_ui_screens(screens, names, TEST_SCREENS_MAX);
    wr_platform *p = open_headless(1920, 1080);
    wr_ui *ui = p ? wr_ui_create(wr_platform_metrics(p)) : NULL;
    if (!ui)
        goto out;
    wr_ui_layout(ui, &screens[3], 1920, 1080);
    wr_platform_draw(p, ui);
    for (int i = 0; i < FRAMES; i++) {
        wr_input in = {.kind = WR_IN_KEY, .key = WR_KEY_TAB};
        wr_action act;
        int arg;
        wr_ui_input(ui, &in, &act, &arg);
        CHECK(wr_platform_draw(p, ui) == 1);
        us[i] = wr_platform_last_render_us(p);
    }
    qsort(us, FRAMES, sizeof us[0], cmp_u32);
    printf("full redraw at 1920x1080 (software): median %.2f ms, p99 %.2f ms\n",
           us[FRAMES / 2] / 1000.0, us[FRAMES * 99 / 100] / 1000.0);
    CHECK(us[FRAMES / 2] < 50000); /* loose: sanitizer builds are slow */
out:
    wr_ui_destroy(ui);
    wr_platform_destroy(p);
}

/* Many different texts: the cache of text textures stays within its budget. */
static void test_text_cache_bounded(void)
{
    static wr_screen screens[TEST_SCREENS_MAX];
    const char *names[TEST_SCREENS_MAX];
    char field[64];
    test_ui_screens(screens, names, TEST_SCREENS_MAX);
    wr_platform *p = open_headless(3840, 2160);
    wr_ui *ui = p ? wr_ui_create(wr_platform_metrics(p)) : NULL;
    size_t most = 0;
    for (int i = 0; ui && i < 300; i++) {
        wr_screen s = screens[1];
        snprintf(field, sizeof field, "Turn number %d of a long visit", i);
        s.paras[s.n_paras++] = field;
        wr_ui_layout(ui, &s, 3840, 2160);
        wr_platform_draw(p, ui);
        most = p->text_bytes > most ? p->text_bytes : most;
    }
    CHECK(ui && most <= TEXT_BUDGET + (16u << 20)); /* the budget plus at most one frame */
    CHECK(ui && p->text_bytes <= TEXT_BUDGET + (16u << 20));
    wr_ui_destroy(ui);
    wr_platform_destroy(p);
}

/* SDL events become wr_input; touch-made mouse events and kiosk quits are dropped. */
static void test_events(void)
{
    wr_platform *p = open_headless(1000, 500);
    wr_input in;
    if (!p)
        return;
    SDL_Event e = {0};
    e.type = SDL_FINGERDOWN; /* normalised coordinates become pixels */
    e.tfinger.x = 0.5f;
    e.tfinger.y = 0.25f;
    e.tfinger.fingerId = 7;
    push(e);
    CHECK(wr_platform_wait(p, 100, &in) == 1);
    CHECK(in.kind == WR_IN_PRESS && in.x == 500 && in.y == 125 && in.pointer > 0);

    memset(&e, 0, sizeof e); /* SDL's mouse copy of a touch is dropped */
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.which = SDL_TOUCH_MOUSEID;
    e.button.button = SDL_BUTTON_LEFT;
    push(e);
    CHECK(wr_platform_wait(p, 30, &in) == 0);

    e.button.which = 0; /* a real mouse is kept */
    e.button.x = 10;
    e.button.y = 20;
    push(e);
    CHECK(wr_platform_wait(p, 100, &in) == 1);
    CHECK(in.kind == WR_IN_PRESS && in.pointer == WR_POINTER_MOUSE && in.x == 10);

    memset(&e, 0, sizeof e);
    e.type = SDL_KEYDOWN;
    e.key.keysym.sym = SDLK_ESCAPE;
    e.key.keysym.scancode = SDL_SCANCODE_ESCAPE;
    push(e);
    CHECK(wr_platform_wait(p, 100, &in) == 1 && in.kind == WR_IN_KEY && in.key == WR_KEY_ESCAPE);
    e.key.keysym.sym = SDLK_TAB;
    e.key.keysym.scancode = SDL_SCANCODE_TAB;
    e.key.keysym.mod = KMOD_LSHIFT;
    push(e);
    CHECK(wr_platform_wait(p, 100, &in) == 1 && in.key == WR_KEY_BACKTAB);

    memset(&e, 0, sizeof e);
    e.type = SDL_TEXTINPUT;
    strcpy(e.text.text, "ñb");
    push(e);
    CHECK(wr_platform_wait(p, 100, &in) == 1 && in.kind == WR_IN_TEXT && in.codepoint == 0xF1);
    CHECK(wr_platform_wait(p, 100, &in) == 1 && in.kind == WR_IN_TEXT && in.codepoint == 'b');

    memset(&e, 0, sizeof e); /* a quit reaches the app, which decides (test_service) */
    e.type = SDL_QUIT;
    push(e);
    CHECK(wr_platform_wait(p, 30, &in) == 1 && in.kind == WR_IN_QUIT);
    Uint32 t0 = SDL_GetTicks();
    CHECK(wr_platform_wait(p, 50, &in) == 0); /* the timeout holds */
    CHECK(SDL_GetTicks() - t0 >= 45);
    wr_platform_destroy(p);
}

/* Runs every platform test. */
int main(void)
{
    const char *root = getenv("WR_SOURCE_DIR");
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", root ? root : ".");
    test_metrics();
    test_real_layouts();
    test_draw_and_png();
    test_rotated();
    test_redraw_time();
    test_text_cache_bounded();
    test_events();
    return check_done();
}
