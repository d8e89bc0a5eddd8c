/*
 * sdl.c -- the platform's life and input: SDL set up the way a kiosk needs it (software
 * renderer without GL, a borderless window at the display size on X11, fullscreen
 * elsewhere, touch read once), or a headless frame in memory; and SDL events turned into
 * wr_input.
 */
#include "sdl_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static char last_error[512];

/* ================================================================ errors and log */

/* The event type that wakes the loop for the sound (registered on first use). */
Uint32 plat_wake_event(void)
{
    static Uint32 type;
    if (!type)
        type = SDL_RegisterEvents(1);
    return type;
}

/* Records why something failed; returns -1. */
int plat_fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(last_error, sizeof last_error, fmt, ap);
    va_end(ap);
    return -1;
}

/* Logs one line to stderr. */
void plat_log(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("waitroom: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* True when stderr goes to the journal (systemd's JOURNAL_STREAM names its device:inode). */
static bool stderr_is_journal(void)
{
    struct stat st;
    unsigned long long dev, ino;
    const char *js = getenv("JOURNAL_STREAM");
    return js && sscanf(js, "%llu:%llu", &dev, &ino) == 2 && fstat(2, &st) == 0 &&
           (unsigned long long)st.st_dev == dev && (unsigned long long)st.st_ino == ino;
}

/* Logs an SDL failure with SDL_GetError(), at error priority in the journal ("<3>"); at
 * most 50 lines per run, so a failing draw cannot flood the log. */
void plat_sdl_error(const char *what)
{
    static int logged;
    if (logged++ >= 50)
        return;
    fprintf(stderr, "%swaitroom: %s: %s\n", stderr_is_journal() ? "<3>" : "", what,
            SDL_GetError());
}

/* Why the last create or save failed. */
const char *wr_platform_error(void)
{
    return last_error;
}

/* ================================================================ creating */

/* Hints that keep the kiosk fast, GL-free and single-input (performance-anchors.md and
 * kiosk-anchors.md 3.1). */
static void set_hints(void)
{
    /* No D-Bus: SDL 2.26 opens the session bus for the input method (IBus) and the
     * screensaver, and libdbus, finding no address, runs dbus-launch through every PATH
     * entry. An address that is not one makes SDL give up on D-Bus at once, with no socket
     * opened and no program run (libdbus is still mapped: Debian's SDL links PulseAudio,
     * which links it). The print worker inherits the same. */
    setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:", 1);
    setenv("DBUS_SYSTEM_BUS_ADDRESS", "disabled:", 1);
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_AUTO_CAPTURE, "0"); /* lost touch-ups: SDL#9709 */
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "1");
}

/* Logs the SDL versions and the video driver, once per process. */
static void log_versions(bool headless)
{
    static bool done;
    SDL_version v;
    if (done)
        return;
    done = true;
    SDL_GetVersion(&v);
    const SDL_version *t = TTF_Linked_Version(), *i = IMG_Linked_Version();
    plat_log("SDL %d.%d.%d, SDL_ttf %d.%d.%d, SDL_image %d.%d.%d, video %s", v.major, v.minor,
             v.patch, t->major, t->minor, t->patch, i->major, i->minor, i->patch,
             headless ? "headless (software, off screen)" : SDL_GetCurrentVideoDriver());
}

/* The off-screen frame and its software renderer. */
static int open_headless(wr_platform *p, const wr_platform_opts *o)
{
    p->w = o->width > 0 ? o->width : 1920;
    p->h = o->height > 0 ? o->height : 1080;
    if (SDL_Init(SDL_INIT_EVENTS) != 0)
        return plat_fail("SDL_Init: %s", SDL_GetError());
    p->frame = SDL_CreateRGBSurfaceWithFormat(0, p->w, p->h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!p->frame)
        return plat_fail("cannot make a %dx%d frame: %s", p->w, p->h, SDL_GetError());
    p->ren = SDL_CreateSoftwareRenderer(p->frame);
    if (!p->ren)
        return plat_fail("SDL_CreateSoftwareRenderer: %s", SDL_GetError());
    return 0;
}

/* The window: resizable in windowed mode; in kiosk mode a borderless window covering the
 * display on X11 (no wait for a window manager), desktop fullscreen on KMSDRM and
 * Wayland. */
static SDL_Window *make_window(const wr_platform_opts *o)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    Uint32 flags = SDL_WINDOW_SHOWN;
    SDL_DisplayMode m = {0};
    if (o->windowed) {
        int w = o->width > 0 ? o->width : 1280, h = o->height > 0 ? o->height : 800;
        return SDL_CreateWindow("waitroom", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h,
                                flags | SDL_WINDOW_RESIZABLE);
    }
    if (SDL_GetDesktopDisplayMode(0, &m) != 0 || m.w <= 0) {
        m.w = 1920;
        m.h = 1080;
    }
    if (driver && strcmp(driver, "x11") == 0)
        flags |= SDL_WINDOW_BORDERLESS | SDL_WINDOW_ALWAYS_ON_TOP;
    else
        flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    return SDL_CreateWindow("waitroom", 0, 0, m.w, m.h, flags);
}

/* KMSDRM in SDL 2.26 has no window framebuffer of its own: the software renderer's window
 * surface only exists as a texture of an accelerated renderer (SDL_video.c,
 * SDL_CreateWindowTexture), and "0" (right for X11, where XShm is fastest) leaves it with
 * none. So on KMSDRM the frame is drawn in software, as everywhere, and shown through
 * OpenGL ES 2 (Mesa on Intel, AMD, and the Pi's V3D/VC4). SDL_FRAMEBUFFER_ACCELERATION in
 * the environment still wins (SDL_SetHint does not override it). */
static void kmsdrm_hints(void)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    if (!driver || strcmp(driver, "kmsdrm") != 0)
        return;
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "opengles2");
    SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");
}

/* On KMSDRM, when the software frame cannot be shown through a GL texture, SDL's own
 * OpenGL ES 2 renderer draws instead (same draw calls, GPU-made pixels), rather than a dark
 * screen. Logged at error priority either way. NULL when that fails too. */
static SDL_Renderer *accelerated_fallback(wr_platform *p)
{
    const char *driver = SDL_GetCurrentVideoDriver();
    plat_sdl_error("SDL_CreateRenderer (software frame)");
    if (!driver || strcmp(driver, "kmsdrm") != 0)
        return NULL;
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "opengles2");
    SDL_Renderer *r = SDL_CreateRenderer(p->win, -1, SDL_RENDERER_ACCELERATED);
    if (r)
        plat_log("drawing with SDL's opengles2 renderer instead of the software frame");
    else
        plat_sdl_error("SDL_CreateRenderer (opengles2)");
    return r;
}

/* The window, its software renderer, and input settings. */
static int open_window(wr_platform *p, const wr_platform_opts *o)
{
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0)
        return plat_fail("SDL_Init: %s", SDL_GetError());
    kmsdrm_hints();
    p->win = make_window(o);
    if (!p->win)
        return plat_fail("SDL_CreateWindow: %s", SDL_GetError());
    p->ren = SDL_CreateRenderer(p->win, -1, SDL_RENDERER_SOFTWARE);
    if (!p->ren)
        p->ren = accelerated_fallback(p);
    if (!p->ren)
        return plat_fail("SDL_CreateRenderer (software, framebuffer %s): %s",
                         SDL_GetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION), SDL_GetError());
    if (SDL_GetRendererOutputSize(p->ren, &p->w, &p->h) != 0)
        return plat_fail("SDL_GetRendererOutputSize: %s", SDL_GetError());
    SDL_StartTextInput();
    p->cursor_shown = o->windowed;
    SDL_ShowCursor(p->cursor_shown ? SDL_ENABLE : SDL_DISABLE);
    return 0;
}

/* Copies s into a fixed buffer, or def when s is NULL. */
static void copy_path(char *dst, size_t n, const char *s, const char *def)
{
    snprintf(dst, n, "%s", s ? s : def);
}

/* Forgets every text drawn so far; see platform.h. */
void wr_platform_forget_text(wr_platform *p)
{
    text_forget(p);
}

/* Opens the platform as opts say. */
wr_platform *wr_platform_create(const wr_platform_opts *opts)
{
    wr_platform_opts none = {0};
    const wr_platform_opts *o = opts ? opts : &none;
    wr_platform *p = calloc(1, sizeof *p);
    if (!p) {
        plat_fail("out of memory");
        return NULL;
    }
    p->headless = o->headless;
    p->windowed = o->windowed;
    copy_path(p->font_dir, sizeof p->font_dir, o->font_dir, "assets/fonts");
    copy_path(p->picture_dir, sizeof p->picture_dir, o->picture_dir, "");
    set_hints();
    if ((p->headless ? open_headless(p, o) : open_window(p, o)) != 0)
        goto out_destroy;
    rot_setup(p, o->rotate);
    if (!p->headless)
        wait_open(p);
    if (TTF_Init() != 0) {
        plat_fail("TTF_Init: %s", TTF_GetError());
        goto out_destroy;
    }
    if (text_open(p) != 0)
        goto out_destroy;
    IMG_Init(IMG_INIT_PNG);
    text_metrics_init(p);
    log_versions(p->headless);
    plat_wake_event();
    p->force = true;
    return p;
out_destroy:
    wr_platform_destroy(p);
    return NULL;
}

/* Closes everything. */
void wr_platform_destroy(wr_platform *p)
{
    if (!p)
        return;
    draw_close(p);
    text_close(p);
    rot_close(p);
    wait_close(p);
    if (p->ren)
        SDL_DestroyRenderer(p->ren);
    if (p->frame)
        SDL_FreeSurface(p->frame);
    if (p->win)
        SDL_DestroyWindow(p->win);
    if (TTF_WasInit())
        TTF_Quit();
    IMG_Quit();
    SDL_Quit();
    free(p);
}

/* The video driver in use ("headless" off screen). */
const char *wr_platform_driver(const wr_platform *p)
{
    const char *d = p->headless ? "headless" : SDL_GetCurrentVideoDriver();
    return d ? d : "none";
}

/* The text metrics for the ui. */
const wr_text_metrics *wr_platform_metrics(wr_platform *p)
{
    return &p->metrics;
}

/* The frame size. */
void wr_platform_size(const wr_platform *p, int *w, int *h)
{
    *w = p->w;
    *h = p->h;
}

/* Milliseconds since SDL started. */
uint32_t wr_platform_ticks(const wr_platform *p)
{
    (void)p;
    return SDL_GetTicks();
}

/* ================================================================ input */

/* The wr_key for a key on the keyboard, or WR_KEY_NONE: a key staff mapped first (keys_*
 * settings), then the usual ones. Keys that only act once ignore auto-repeat. */
static wr_key map_scancode(const wr_platform *p, SDL_Scancode sc, bool shift, bool repeat)
{
    for (int i = 0; i < p->n_keymap; i++)
        if (p->keymap[i] == sc)
            return repeat && p->keymap_to[i] != WR_KEY_TAB && p->keymap_to[i] != WR_KEY_BACKTAB
                       ? WR_KEY_NONE
                       : p->keymap_to[i];
    switch (sc) {
    case SDL_SCANCODE_UP:
        return WR_KEY_UP;
    case SDL_SCANCODE_DOWN:
        return WR_KEY_DOWN;
    case SDL_SCANCODE_LEFT:
        return WR_KEY_LEFT;
    case SDL_SCANCODE_RIGHT:
        return WR_KEY_RIGHT;
    case SDL_SCANCODE_TAB:
        return shift ? WR_KEY_BACKTAB : WR_KEY_TAB;
    case SDL_SCANCODE_RETURN:
    case SDL_SCANCODE_KP_ENTER:
        return repeat ? WR_KEY_NONE : WR_KEY_ENTER;
    case SDL_SCANCODE_ESCAPE:
    case SDL_SCANCODE_AC_BACK:
        return repeat ? WR_KEY_NONE : WR_KEY_ESCAPE;
    case SDL_SCANCODE_BACKSPACE:
        return WR_KEY_BACKSPACE;
    case SDL_SCANCODE_PAGEUP:
        return WR_KEY_PAGEUP;
    case SDL_SCANCODE_PAGEDOWN:
        return WR_KEY_PAGEDOWN;
    case SDL_SCANCODE_HOME:
        return WR_KEY_HOME;
    case SDL_SCANCODE_END:
        return WR_KEY_END;
    default:
        return WR_KEY_NONE;
    }
}

/* True when staff mapped scancode sc. */
static bool mapped(const wr_platform *p, SDL_Scancode sc)
{
    for (int i = 0; i < p->n_keymap; i++)
        if (p->keymap[i] == sc)
            return true;
    return false;
}

/* Maps the keys named in 'names' (SDL key names, separated by commas: "Keypad 2, F5") to
 * 'key'. Returns 0, or -1 with the first unknown name in 'bad'. */
int wr_platform_map_keys(wr_platform *p, wr_key key, const char *names, char *bad, size_t n)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", names ? names : "");
    for (char *save = NULL, *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        while (*t == ' ')
            t++;
        for (char *e = t + strlen(t); e > t && e[-1] == ' ';)
            *--e = 0;
        if (!*t)
            continue;
        SDL_Scancode sc = SDL_GetScancodeFromName(t);
        if (sc == SDL_SCANCODE_UNKNOWN) {
            snprintf(bad, n, "%s", t);
            return -1;
        }
        if (p->n_keymap < WR_KEYMAP_MAX) {
            p->keymap[p->n_keymap] = sc;
            p->keymap_to[p->n_keymap++] = key;
        }
    }
    return 0;
}

/* The input one press of the key named 'name' gives (for the drive mode): "Shift+Tab", an
 * SDL key name, or one character typed. Returns 0, or -1 for a name that means nothing. */
int wr_platform_key_input(const wr_platform *p, const char *name, wr_input *out)
{
    bool shift = strncmp(name, "Shift+", 6) == 0;
    const char *key = shift ? name + 6 : name;
    SDL_Scancode sc = SDL_GetScancodeFromName(key);
    memset(out, 0, sizeof *out);
    out->kind = WR_IN_KEY;
    out->key = sc != SDL_SCANCODE_UNKNOWN ? map_scancode(p, sc, shift, false) : WR_KEY_NONE;
    if (out->key != WR_KEY_NONE)
        return 0;
    size_t len = strlen(key);
    unsigned char c = (unsigned char)key[0];
    if (len == 0 || len > 4 || (c < 0x80 && len != 1))
        return -1;
    out->kind = WR_IN_TEXT;
    out->codepoint = c < 0x80 ? c : 0;
    for (size_t i = 0; c >= 0x80 && i < len; i++)
        out->codepoint = i == 0 ? (uint32_t)(c & (c < 0xE0 ? 0x1F : c < 0xF0 ? 0x0F : 0x07))
                                : (out->codepoint << 6) | ((unsigned char)key[i] & 0x3F);
    return 0;
}

/* Finger coordinates: normalised to the window (some stacks send pixels: kept as they
 * are). */
static void finger_xy(const wr_platform *p, const SDL_TouchFingerEvent *f, int *x, int *y)
{
    bool pixels = f->x > 1.001f || f->y > 1.001f;
    *x = pixels ? (int)f->x : (int)(f->x * p->pw);
    *y = pixels ? (int)f->y : (int)(f->y * p->ph);
    rot_point(p, x, y);
}

/* Shows the mouse pointer when a real mouse moves, hides it on touch (kiosk mode). */
static void cursor(wr_platform *p, bool show)
{
    if (p->windowed || p->cursor_shown == show)
        return;
    p->cursor_shown = show;
    SDL_ShowCursor(show ? SDL_ENABLE : SDL_DISABLE);
}

/* Hands out the next code point of pending text input, if any. */
static bool next_text(wr_platform *p, wr_input *out)
{
    const unsigned char *u = (const unsigned char *)p->pending + p->pending_pos;
    if (!*u)
        return false;
    size_t n = *u < 0x80 ? 1 : *u < 0xE0 ? 2 : *u < 0xF0 ? 3 : 4;
    uint32_t c = n == 1 ? *u : n == 2 ? *u & 0x1F : n == 3 ? *u & 0x0F : *u & 0x07;
    for (size_t i = 1; i < n && u[i]; i++)
        c = (c << 6) | (u[i] & 0x3F);
    p->pending_pos += n;
    out->kind = WR_IN_TEXT;
    out->codepoint = c;
    return true;
}

/* Pointer events: fingers, and the mouse unless SDL made it from a touch. */
static bool convert_pointer(wr_platform *p, const SDL_Event *e, wr_input *out)
{
    switch (e->type) {
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_FINGERUP:
        cursor(p, false);
        out->kind = e->type == SDL_FINGERDOWN ? WR_IN_PRESS
                    : e->type == SDL_FINGERUP ? WR_IN_RELEASE
                                              : WR_IN_MOVE;
        out->pointer = 1 + (int)(e->tfinger.fingerId & 0x3FFFFFFF);
        finger_xy(p, &e->tfinger, &out->x, &out->y);
        return true;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        if (e->button.which == SDL_TOUCH_MOUSEID || e->button.button != SDL_BUTTON_LEFT)
            return false;
        cursor(p, true);
        out->kind = e->type == SDL_MOUSEBUTTONDOWN ? WR_IN_PRESS : WR_IN_RELEASE;
        out->pointer = WR_POINTER_MOUSE;
        out->x = e->button.x;
        out->y = e->button.y;
        rot_point(p, &out->x, &out->y);
        return true;
    case SDL_MOUSEMOTION:
        if (e->motion.which == SDL_TOUCH_MOUSEID)
            return false;
        cursor(p, true);
        p->mouse_x = e->motion.x;
        p->mouse_y = e->motion.y;
        rot_point(p, &p->mouse_x, &p->mouse_y);
        if (!(e->motion.state & SDL_BUTTON_LMASK))
            return false;
        *out = (wr_input){.kind = WR_IN_MOVE, .x = p->mouse_x, .y = p->mouse_y};
        out->pointer = WR_POINTER_MOUSE;
        return true;
    case SDL_MOUSEWHEEL:
        if (e->wheel.which == SDL_TOUCH_MOUSEID || e->wheel.y == 0)
            return false;
        out->kind = WR_IN_WHEEL;
        out->dy = e->wheel.direction == SDL_MOUSEWHEEL_FLIPPED ? -e->wheel.y : e->wheel.y;
        out->x = p->mouse_x;
        out->y = p->mouse_y;
        return true;
    default:
        return false;
    }
}

/* Window events: a new size, a need to redraw, a quit (a closed window, Alt+F4, or
 * SIGTERM/SIGINT: the app decides which of them end the kiosk). */
static bool convert_window(wr_platform *p, const SDL_Event *e, wr_input *out)
{
    if (e->type == SDL_QUIT) {
        out->kind = WR_IN_QUIT;
        return true;
    }
    if (e->type != SDL_WINDOWEVENT)
        return false;
    switch (e->window.event) {
    case SDL_WINDOWEVENT_SIZE_CHANGED: {
        int pw = p->pw, ph = p->ph;
        if (SDL_GetRendererOutputSize(p->ren, &pw, &ph) != 0)
            plat_sdl_error("SDL_GetRendererOutputSize");
        rot_resize(p, pw, ph);
        p->force = true;
        out->kind = WR_IN_RESIZE;
        out->w = p->w;
        out->h = p->h;
        return true;
    }
    case SDL_WINDOWEVENT_EXPOSED:
    case SDL_WINDOWEVENT_RESTORED:
        p->force = true;
        out->kind = WR_IN_EXPOSE;
        return true;
    default:
        return false;
    }
}

/* Turns one SDL event into an input; false for events that mean nothing here. */
static bool convert(wr_platform *p, const SDL_Event *e, wr_input *out)
{
    memset(out, 0, sizeof *out);
    out->ms = e->common.timestamp;
    if (e->type == plat_wake_event()) {
        out->kind = WR_IN_WAKE;
        return true;
    }
    if (e->type == SDL_KEYDOWN) {
        const SDL_Keysym *k = &e->key.keysym;
        out->kind = WR_IN_KEY;
        out->key = map_scancode(p, k->scancode, (k->mod & KMOD_SHIFT) != 0, e->key.repeat);
        p->swallow_text = mapped(p, k->scancode);
        return out->key != WR_KEY_NONE;
    }
    if (e->type == SDL_TEXTINPUT && p->swallow_text) {
        p->swallow_text = false; /* a keypad key staff mapped: it moves, it does not type */
        return false;
    }
    if (e->type == SDL_TEXTINPUT) {
        snprintf(p->pending, sizeof p->pending, "%s", e->text.text);
        p->pending_pos = 0;
        return next_text(p, out);
    }
    return convert_pointer(p, e, out) || convert_window(p, e, out);
}

/* Waits for the next input (or the timeout), sleeping inside SDL. */
int wr_platform_wait(wr_platform *p, int timeout_ms, wr_input *out)
{
    Uint32 start = SDL_GetTicks();
    SDL_Event e;
    memset(out, 0, sizeof *out);
    if (next_text(p, out)) {
        out->ms = SDL_GetTicks();
        return 1;
    }
    for (;;) {
        int left = timeout_ms;
        if (timeout_ms >= 0) {
            left = timeout_ms - (int)(SDL_GetTicks() - start);
            if (left <= 0)
                return 0;
        }
        int got = p->own_wait ? wait_event(p, &e, left)
                  : left < 0  ? SDL_WaitEvent(&e)
                              : SDL_WaitEventTimeout(&e, left);
        if (!got)
            return 0;
        if (convert(p, &e, out))
            return 1;
    }
}
