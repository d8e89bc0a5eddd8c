/*
 * platform.h -- the window, the screen, fonts and input: the only part of waitroom that
 * includes SDL. It measures text for engine/ui, draws the ui's draw list, turns SDL's
 * touch, mouse, keyboard and window events into wr_input, and saves frames as PNG.
 * Headless mode renders the same pixels into memory: no display or video driver needed.
 */
#ifndef WR_PLATFORM_H
#define WR_PLATFORM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ui.h"

typedef struct wr_platform wr_platform;

typedef struct wr_platform_opts {
    bool headless;           /* render off screen, no window */
    bool windowed;           /* a window that can be closed (preview); else kiosk fullscreen */
    int width, height;       /* headless or windowed size; 0 = 1920 x 1080 (headless) or
                                1280 x 800 (windowed); ignored in kiosk mode */
    const char *font_dir;    /* holds AtkinsonHyperlegible-*.ttf and NotoSans-*.ttf */
    const char *picture_dir; /* pictures as NAME.svg (or NAME.png); NULL = none */
    int rotate;              /* 0, 90, 180, 270: the panel is mounted turned (clockwise);
                                the ui's size and every touch are turned with it */
} wr_platform_opts;

/* Opens the display (or an off-screen frame) and the fonts, or returns NULL; the reason is
 * then in wr_platform_error(). Logs the SDL version and video driver once. Free with
 * wr_platform_destroy(). */
wr_platform *wr_platform_create(const wr_platform_opts *opts);

/* Closes everything the platform opened. NULL is a no-op. */
void wr_platform_destroy(wr_platform *p);

/* Forgets every text drawn so far, as a visit ends: the textures and surfaces of rendered
 * text are overwritten and destroyed, with every other copy the platform kept. */
void wr_platform_forget_text(wr_platform *p);

/* Why the last wr_platform_create() or wr_platform_save_png() failed (a static string). */
const char *wr_platform_error(void);

/* The video driver in use: "kmsdrm", "x11", "wayland", "dummy", ... or "headless". */
const char *wr_platform_driver(const wr_platform *p);

/* The text metrics for wr_ui_create(); valid while the platform lives. */
const wr_text_metrics *wr_platform_metrics(wr_platform *p);

/* The size of the frame in pixels, as the ui sees it (turned at 90 and 270). */
void wr_platform_size(const wr_platform *p, int *w, int *h);

/* Milliseconds since the platform started: the clock of wr_input.ms. */
uint32_t wr_platform_ticks(const wr_platform *p);

/* Waits up to timeout_ms (-1 = for ever) for the next input, sleeping in SDL's event wait
 * (no busy loop). Returns 1 with *out filled, or 0 when the time ran out. Touches are read
 * as finger events only; SDL's mouse events made from touches are dropped, so a tap is
 * never counted twice. A quit (window closed, Alt+F4, SIGTERM) is WR_IN_QUIT: the caller
 * decides whether it ends anything. */
int wr_platform_wait(wr_platform *p, int timeout_ms, wr_input *out);

/* Draws the ui's draw list and shows it, when its version changed or the window needs it.
 * Returns 1 when it drew, 0 when nothing changed. 'ui' is remembered for save_png until
 * the next draw: it must stay alive until then. */
int wr_platform_draw(wr_platform *p, const wr_ui *ui);

/* Renders the last drawn ui again and saves that frame to 'path' as PNG. Returns 0, or -1
 * (reason in wr_platform_error()). */
int wr_platform_save_png(wr_platform *p, const char *path);

/* Maps the keys named in 'names' (SDL key names separated by commas, e.g. "Keypad 2, F5")
 * to 'key', on top of the usual ones (arrows, Tab, Enter, Escape...). A mapped key that
 * would also type a character only moves. Returns 0, or -1 with the unknown name in 'bad'. */
int wr_platform_map_keys(wr_platform *p, wr_key key, const char *names, char *bad, size_t n);

/* The input that one press of the key named 'name' gives, as the live loop would see it
 * (the drive mode's key word): "Shift+Tab", an SDL key name ("Down", "Keypad 2"), or one
 * character typed ("3"). Returns 0, or -1 when the name means nothing. */
int wr_platform_key_input(const wr_platform *p, const char *name, wr_input *out);

/* How long the last full render took, in microseconds (for the benchmark). */
uint32_t wr_platform_last_render_us(const wr_platform *p);

/* Picture 'name' of the pictures folder (the ones the screens show) drawn 'w' pixels wide,
 * its height kept in proportion: RGBA pixels, 8 bits each, not premultiplied, 4 * w bytes
 * a row, in a malloc'd buffer the caller frees. Returns NULL when the picture cannot be
 * loaded (logged); *h receives the height. For printing handouts. */
unsigned char *wr_platform_picture_rgba(wr_platform *p, const char *name, int w, int *h);

#endif
