/*
 * sdl_internal.h -- what the platform's files share: the wr_platform struct and its caches
 * (fonts by size, measured widths, rendered text, corner shapes, pictures).
 * Not for use outside engine/platform.
 */
#ifndef WR_SDL_INTERNAL_H
#define WR_SDL_INTERNAL_H

#include <SDL.h>
#include <SDL_image.h>
#include <SDL_ttf.h>

#include "platform.h"

enum { FAM_ATKINSON, FAM_NOTO, FAM_ARABIC, FAM_COUNT };

#define FONT_SLOTS 16
#define TEXT_BUCKETS 1024
#define TEXT_BUDGET (4u << 20) /* bytes of text textures kept between frames */
#define WIDTH_SLOTS 8192
#define SHAPE_SLOTS 96
#define PICTURE_SLOTS 16
#define WAIT_FDS 32
#define WR_KEYMAP_MAX 32

typedef struct font_file {
    void *data;
    size_t size;
} font_file;

typedef struct font_slot {
    TTF_Font *font;
    int family, size;
    bool bold;
    uint32_t used;
} font_slot;

typedef struct text_entry {
    struct text_entry *next;
    uint64_t hash;
    SDL_Texture *tex;
    int w, h;
    size_t bytes;
    uint32_t used;
} text_entry;

typedef struct width_slot {
    uint64_t hash;
    int width;
} width_slot;

typedef struct shape_slot {
    SDL_Texture *tex;
    int kind, a, b; /* kind 0: disc of radius a; 1: ring a, thickness b; 2: tick a x b */
    uint32_t used;
} shape_slot;

typedef struct picture_slot {
    char name[96];
    bool known, missing;
    int nat_w, nat_h;
    SDL_Texture *tex;
    int tw, th;
    uint32_t used;
} picture_slot;

struct wr_platform {
    bool headless, windowed;
    char font_dir[512], picture_dir[512];
    SDL_Window *win;
    SDL_Renderer *ren;
    SDL_Surface *frame; /* headless: the render target */
    int w, h;
    font_file files[FAM_COUNT][2];
    font_slot fonts[FONT_SLOTS];
    text_entry *texts[TEXT_BUCKETS];
    size_t text_bytes;
    width_slot widths[WIDTH_SLOTS];
    shape_slot shapes[SHAPE_SLOTS];
    picture_slot pictures[PICTURE_SLOTS];
    uint32_t frame_no, use_clock;
    char *scratch;
    size_t scratch_cap;
    wr_text_metrics metrics;
    const wr_ui *last_ui;
    uint32_t drawn_version;
    bool force, cursor_shown;
    int mouse_x, mouse_y;
    char pending[64]; /* text input not yet handed out */
    size_t pending_pos;
    uint32_t render_us;
    int rotate;          /* 0, 90, 180, 270: the panel is mounted turned (sdl_rotate.c) */
    int pw, ph;          /* the physical output; w, h are the ui's (swapped at 90 and 270) */
    SDL_Texture *rot_tex; /* the ui's frame before it is turned onto the output */
    bool own_wait;       /* sdl_wait.c: sleep in poll() on the input devices */
    int in_fds[WAIT_FDS], n_in_fds;
    SDL_Scancode keymap[WR_KEYMAP_MAX]; /* keys staff mapped (keys_* settings) */
    wr_key keymap_to[WR_KEYMAP_MAX];
    int n_keymap;
    bool swallow_text; /* the text a mapped key would type is not typed */
};

/* Records why something failed, for wr_platform_error(). Returns -1. */
int plat_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Logs one line to stderr, prefixed "waitroom: ". */
void plat_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Logs "what: SDL_GetError()" at error priority (rate-limited). */
void plat_sdl_error(const char *what);

/* sdl_rotate.c: a turned panel. rot_setup after the output opened (p->w, p->h physical),
 * rot_resize when the output changed size; rot_point turns an output point into the ui's;
 * rot_begin/rot_end bracket a frame's drawing. */
void rot_setup(wr_platform *p, int rotate);
void rot_resize(wr_platform *p, int pw, int ph);
void rot_point(const wr_platform *p, int *x, int *y);
void rot_begin(wr_platform *p);
void rot_end(wr_platform *p);
void rot_close(wr_platform *p);

/* sdl_wait.c: sleeping until input where SDL 2.26 cannot (KMSDRM, dummy). */
void wait_open(wr_platform *p);
void wait_close(wr_platform *p);
int wait_event(wr_platform *p, SDL_Event *e, int timeout);

/* The SDL event type that wakes the event loop for the audio module (registered once). */
Uint32 plat_wake_event(void);
/* sdl_wait.c: wakes the kiosk's own sleep (KMSDRM) after plat_wake_event was pushed. */
void plat_wake_poke(void);

/* Loads the four font files; 0 or -1. */
int text_open(wr_platform *p);
/* Frees fonts and text textures. */
void text_close(wr_platform *p);
/* Wipes and destroys every rendered text, the scratch copy and the widths (a visit ended). */
void text_forget(wr_platform *p);
/* Fills p->metrics with the text measuring callbacks. */
void text_metrics_init(wr_platform *p);
/* The texture of one text item (cached); NULL when it cannot be drawn. */
SDL_Texture *text_texture(wr_platform *p, const wr_draw_item *d, int *w, int *h);
/* How far below the top of its line box a text line's pixels start. */
int text_line_offset(wr_platform *p, int size, bool bold);
/* Evicts least recently used text textures beyond the budget. */
void text_trim(wr_platform *p);

/* The natural size of a picture; 0 or -1 when it is missing (logged once). */
int picture_natural(wr_platform *p, const char *name, int *w, int *h);
/* Frees cached shapes and pictures. */
void draw_close(wr_platform *p);

#endif
