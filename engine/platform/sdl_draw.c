/*
 * sdl_draw.c -- drawing a wr_ui draw list with SDL's renderer: rounded rectangles made of
 * plain fills and anti-aliased corner textures, text textures, check marks, and pictures
 * (SVG rasterised by SDL_image at the size shown). Also the PNG screenshot.
 */
#include "sdl_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SHAPE_DISC, SHAPE_RING, SHAPE_TICK, SHAPE_SHIFT, SHAPE_BACKSPACE, SHAPE_MORE };

/* ================================================================ shapes */

/* Coverage (0..1) of the pixel centred at px, py by a disc of radius r around cx, cy. */
static float disc_cover(float px, float py, float c, float r)
{
    float d = sqrtf((px - c) * (px - c) + (py - c) * (py - c));
    float v = r - d + 0.5f;
    return v < 0 ? 0 : v > 1 ? 1 : v;
}

/* Distance from point (px, py) to the segment a-b. */
static float seg_dist(float px, float py, float ax, float ay, float bx, float by)
{
    float vx = bx - ax, vy = by - ay, wx = px - ax, wy = py - ay;
    float t = (vx * wx + vy * wy) / (vx * vx + vy * vy);
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    float dx = px - (ax + t * vx), dy = py - (ay + t * vy);
    return sqrtf(dx * dx + dy * dy);
}

/* The icons as closed outlines and strokes in a unit square: a run of points ends with a
 * negative x; the list ends with two. */
static const float icon_shift[] = {0.50f, 0.06f, 0.94f, 0.50f, 0.70f, 0.50f, 0.70f, 0.94f,
                                   0.30f, 0.94f, 0.30f, 0.50f, 0.06f, 0.50f, 0.50f, 0.06f,
                                   -1,    -1,    -1,    -1};
static const float icon_backspace[] = {0.04f, 0.50f, 0.30f, 0.18f, 0.96f, 0.18f, 0.96f, 0.82f,
                                       0.30f, 0.82f, 0.04f, 0.50f, -1,    -1,    0.48f, 0.36f,
                                       0.76f, 0.64f, -1,    -1,    0.76f, 0.36f, 0.48f, 0.64f,
                                       -1,    -1,    -1,    -1};

static const float icon_more[] = {0.12f, 0.30f, 0.50f, 0.70f, 0.88f, 0.30f, -1, -1, -1, -1};

/* Distance from x, y to the nearest stroke of an icon drawn in a w x h box. */
static float icon_dist(const float *pt, float w, float h, float x, float y)
{
    float best = 1e9f;
    for (int i = 0; pt[i] >= 0 || pt[i + 2] >= 0; i += 2) {
        if (pt[i] < 0 || pt[i + 2] < 0)
            continue;
        float d = seg_dist(x, y, pt[i] * w, pt[i + 1] * h, pt[i + 2] * w, pt[i + 3] * h);
        best = d < best ? d : best;
    }
    return best;
}

/* Coverage of one pixel for shape kind at x, y (pixel centre). */
static float shape_cover(int kind, int a, int b, float x, float y)
{
    if (kind == SHAPE_SHIFT || kind == SHAPE_BACKSPACE || kind == SHAPE_MORE) {
        const float *pt = kind == SHAPE_SHIFT       ? icon_shift
                          : kind == SHAPE_BACKSPACE ? icon_backspace
                                                    : icon_more;
        float half = (a < b ? a : b) * (kind == SHAPE_MORE ? 0.09f : 0.045f) + 0.5f;
        float v = half - icon_dist(pt, (float)a, (float)b, x, y) + 0.5f;
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
    if (kind == SHAPE_DISC)
        return disc_cover(x, y, (float)a, (float)a);
    if (kind == SHAPE_RING)
        return disc_cover(x, y, (float)a, (float)a) - disc_cover(x, y, (float)a, (float)(a - b));
    float w = (float)a, h = (float)b, half = w * 0.085f;
    float d1 = seg_dist(x, y, w * 0.14f, h * 0.54f, w * 0.40f, h * 0.80f);
    float d2 = seg_dist(x, y, w * 0.40f, h * 0.80f, w * 0.88f, h * 0.22f);
    float v = half - (d1 < d2 ? d1 : d2) + 0.5f;
    return v < 0 ? 0 : v > 1 ? 1 : v;
}

/* A white texture whose alpha is the shape's coverage: a disc (2a x 2a), a ring (2a x 2a,
 * thickness b) or a tick (a x b). */
static SDL_Texture *make_shape(wr_platform *p, int kind, int a, int b)
{
    bool boxed = kind != SHAPE_DISC && kind != SHAPE_RING; /* a x b, not a disc's 2a x 2a */
    int w = boxed ? a : 2 * a, h = boxed ? b : 2 * a;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s)
        return NULL;
    for (int y = 0; y < h; y++) {
        Uint32 *row = (Uint32 *)((Uint8 *)s->pixels + y * s->pitch);
        for (int x = 0; x < w; x++) {
            float c = shape_cover(kind, a, b, x + 0.5f, y + 0.5f);
            row[x] = ((Uint32)(c * 255.0f + 0.5f) << 24) | 0xFFFFFFu;
        }
    }
    SDL_Texture *t = SDL_CreateTextureFromSurface(p->ren, s);
    SDL_FreeSurface(s);
    if (t)
        SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    else
        wr_plat_sdl_error("SDL_CreateTextureFromSurface (shape)");
    return t;
}

/* The cached shape texture, made on first use (the least recently used one goes). */
static SDL_Texture *shape(wr_platform *p, int kind, int a, int b)
{
    int lru = 0;
    for (int i = 0; i < SHAPE_SLOTS; i++) {
        shape_slot *s = &p->shapes[i];
        if (s->tex && s->kind == kind && s->a == a && s->b == b) {
            s->used = ++p->use_clock;
            return s->tex;
        }
        if (!s->tex || (p->shapes[lru].tex && s->used < p->shapes[lru].used))
            lru = i;
    }
    SDL_Texture *t = make_shape(p, kind, a, b);
    if (!t)
        return NULL;
    if (p->shapes[lru].tex)
        SDL_DestroyTexture(p->shapes[lru].tex);
    p->shapes[lru] = (shape_slot){t, kind, a, b, ++p->use_clock};
    return t;
}

/* Sets the draw colour (blending only when it is translucent). */
static void set_color(wr_platform *p, wr_color c)
{
    SDL_SetRenderDrawBlendMode(p->ren, c.a < 255 ? SDL_BLENDMODE_BLEND : SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(p->ren, c.r, c.g, c.b, c.a);
}

/* Fills a plain rectangle (nothing when empty). */
static void fill(wr_platform *p, int x, int y, int w, int h)
{
    SDL_Rect r = {x, y, w, h};
    if (w > 0 && h > 0)
        SDL_RenderFillRect(p->ren, &r);
}

/* Copies the four quarters of a disc or ring texture to the corners of box b. */
static void corners(wr_platform *p, SDL_Texture *t, SDL_Rect b, int r, wr_color c)
{
    if (!t)
        return;
    SDL_SetTextureColorMod(t, c.r, c.g, c.b);
    SDL_SetTextureAlphaMod(t, c.a);
    for (int i = 0; i < 4; i++) {
        SDL_Rect src = {(i & 1) * r, (i >> 1) * r, r, r};
        SDL_Rect dst = {(i & 1) ? b.x + b.w - r : b.x, (i >> 1) ? b.y + b.h - r : b.y, r, r};
        SDL_RenderCopy(p->ren, t, &src, &dst);
    }
}

/* A rounded rectangle: filled, or an outline 'border' pixels thick inside the box. */
static void draw_rect(wr_platform *p, const wr_draw_item *d)
{
    SDL_Rect b = {d->box.x, d->box.y, d->box.w, d->box.h};
    int r = d->radius, t = d->border;
    r = r > b.w / 2 ? b.w / 2 : r;
    r = r > b.h / 2 ? b.h / 2 : r;
    r = r < 0 ? 0 : r;
    set_color(p, d->color);
    if (t <= 0) {
        fill(p, b.x, b.y + r, b.w, b.h - 2 * r);
        fill(p, b.x + r, b.y, b.w - 2 * r, r);
        fill(p, b.x + r, b.y + b.h - r, b.w - 2 * r, r);
        if (r > 0)
            corners(p, shape(p, SHAPE_DISC, r, 0), b, r, d->color);
        return;
    }
    r = r < t ? 0 : r;
    int e = r > 0 ? r : t; /* where the straight edges start */
    fill(p, b.x + e, b.y, b.w - 2 * e, t);
    fill(p, b.x + e, b.y + b.h - t, b.w - 2 * e, t);
    fill(p, b.x, b.y + (r > 0 ? r : 0), t, b.h - 2 * (r > 0 ? r : 0));
    fill(p, b.x + b.w - t, b.y + (r > 0 ? r : 0), t, b.h - 2 * (r > 0 ? r : 0));
    if (r > 0)
        corners(p, shape(p, SHAPE_RING, r, t), b, r, d->color);
}

/* A check mark or an icon filling the box. */
static void draw_tick(wr_platform *p, const wr_draw_item *d)
{
    if (d->box.w <= 0 || d->box.h <= 0)
        return;
    int kind = SHAPE_TICK;
    if (d->kind == WR_DRAW_ICON && d->text)
        kind = strcmp(d->text, "shift") == 0 ? SHAPE_SHIFT
               : strcmp(d->text, "more") == 0 ? SHAPE_MORE
                                              : SHAPE_BACKSPACE;
    SDL_Texture *t = shape(p, kind, d->box.w, d->box.h);
    SDL_Rect dst = {d->box.x, d->box.y, d->box.w, d->box.h};
    if (!t)
        return;
    SDL_SetTextureColorMod(t, d->color.r, d->color.g, d->color.b);
    SDL_SetTextureAlphaMod(t, d->color.a);
    SDL_RenderCopy(p->ren, t, NULL, &dst);
}

/* One line of text. */
static void draw_text(wr_platform *p, const wr_draw_item *d)
{
    int w, h;
    SDL_Texture *t = wr_text_texture(p, d, &w, &h);
    if (!t)
        return;
    SDL_Rect dst = {d->box.x, d->box.y + wr_text_line_offset(p, d->size, d->bold), w, h};
    SDL_RenderCopy(p->ren, t, NULL, &dst);
}

/* ================================================================ pictures */

/* True for a picture name that stays inside the pictures folder. */
static bool safe_name(const char *n)
{
    return n[0] && n[0] != '.' && !strchr(n, '/') && !strchr(n, '\\') && strlen(n) < 90;
}

/* The path of picture 'name' (NAME.svg unless the name has an extension). */
static void picture_path(const wr_platform *p, const char *name, char *out, size_t n)
{
    snprintf(out, n, "%s/%s%s", p->picture_dir, name, strchr(name, '.') ? "" : ".svg");
}

/* The slot for picture 'name': found, or a fresh one (evicting the least recently used). */
static picture_slot *picture_slot_for(wr_platform *p, const char *name)
{
    int lru = 0;
    for (int i = 0; i < PICTURE_SLOTS; i++) {
        picture_slot *s = &p->pictures[i];
        if (s->known && strcmp(s->name, name) == 0) {
            s->used = ++p->use_clock;
            return s;
        }
        if (!s->known || (p->pictures[lru].known && s->used < p->pictures[lru].used))
            lru = i;
    }
    picture_slot *s = &p->pictures[lru];
    if (s->tex)
        SDL_DestroyTexture(s->tex);
    memset(s, 0, sizeof *s);
    snprintf(s->name, sizeof s->name, "%s", name);
    s->used = ++p->use_clock;
    return s;
}

/* The natural size of a picture; -1 when it cannot be shown (logged once per name while it
 * stays in the cache). */
int wr_picture_natural(wr_platform *p, const char *name, int *w, int *h)
{
    char path[700];
    if (!name || !safe_name(name) || !p->picture_dir[0])
        return -1;
    picture_slot *s = picture_slot_for(p, name);
    if (!s->known) {
        picture_path(p, name, path, sizeof path);
        SDL_Surface *img = IMG_Load(path);
        s->known = true;
        s->missing = img == NULL;
        if (img) {
            s->nat_w = img->w;
            s->nat_h = img->h;
            SDL_FreeSurface(img);
        } else {
            wr_plat_log("picture %s cannot be shown: %s", path, IMG_GetError());
        }
    }
    *w = s->nat_w;
    *h = s->nat_h;
    return s->missing ? -1 : 0;
}

/* Loads a picture at w x h (SVG drawn at that size; other images at their own). */
static SDL_Surface *load_sized(const wr_platform *p, const char *name, int w, int h)
{
    char path[700];
    picture_path(p, name, path, sizeof path);
    const char *ext = strrchr(path, '.');
    if (!ext || SDL_strcasecmp(ext, ".svg") != 0)
        return IMG_Load(path);
    SDL_RWops *rw = SDL_RWFromFile(path, "rb");
    if (!rw)
        return NULL;
    SDL_Surface *s = IMG_LoadSizedSVG_RW(rw, w, h);
    SDL_RWclose(rw);
    return s;
}

/* A picture fitted into its box, centred, keeping its aspect. */
static void draw_picture(wr_platform *p, const wr_draw_item *d)
{
    int nw, nh;
    if (wr_picture_natural(p, d->text, &nw, &nh) != 0 || nw <= 0 || nh <= 0)
        return;
    picture_slot *s = picture_slot_for(p, d->text);
    if (!s->tex || s->tw != d->box.w || s->th != d->box.h) {
        SDL_Surface *img = load_sized(p, d->text, d->box.w, d->box.h);
        if (s->tex)
            SDL_DestroyTexture(s->tex);
        s->tex = img ? SDL_CreateTextureFromSurface(p->ren, img) : NULL;
        if (img && !s->tex)
            wr_plat_sdl_error("SDL_CreateTextureFromSurface (picture)");
        s->tw = d->box.w;
        s->th = d->box.h;
        SDL_FreeSurface(img);
        if (!s->tex)
            return;
        SDL_SetTextureBlendMode(s->tex, SDL_BLENDMODE_BLEND);
    }
    int tw, th;
    SDL_QueryTexture(s->tex, NULL, NULL, &tw, &th);
    double k = fmin((double)d->box.w / tw, (double)d->box.h / th);
    int w = (int)(tw * k), h = (int)(th * k);
    SDL_Rect dst = {d->box.x + (d->box.w - w) / 2, d->box.y + (d->box.h - h) / 2, w, h};
    SDL_RenderCopy(p->ren, s->tex, NULL, &dst);
}

/* Picture 'name' as RGBA pixels 'w' wide; see platform.h. */
unsigned char *wr_platform_picture_rgba(wr_platform *p, const char *name, int w, int *h)
{
    int nw, nh;
    if (w <= 0 || w > 4096 || wr_picture_natural(p, name, &nw, &nh) != 0 || nw <= 0 || nh <= 0)
        return NULL;
    *h = (int)lround((double)w * nh / nw);
    if (*h <= 0 || *h > 4096)
        return NULL;
    SDL_Surface *img = load_sized(p, name, w, *h);
    SDL_Surface *rgba = img ? SDL_ConvertSurfaceFormat(img, SDL_PIXELFORMAT_ABGR8888, 0) : NULL;
    unsigned char *out = rgba ? malloc((size_t)w * (size_t)rgba->h * 4) : NULL;
    if (out) { /* ABGR8888 is R, G, B, A in memory on a little-endian machine */
        *h = rgba->h;
        for (int y = 0; y < rgba->h; y++) {
            const uint8_t *row = (const uint8_t *)rgba->pixels + (size_t)y * (size_t)rgba->pitch;
            for (int x = 0; x < rgba->w && x < w; x++) {
                uint32_t px;
                memcpy(&px, row + 4 * x, 4);
                unsigned char *o = out + ((size_t)y * (size_t)w + (size_t)x) * 4;
                SDL_GetRGBA(px, rgba->format, &o[0], &o[1], &o[2], &o[3]);
            }
        }
        if (rgba->w < w) /* an image that is not an SVG keeps its own size: clear the rest */
            for (int y = 0; y < rgba->h; y++)
                memset(out + ((size_t)y * (size_t)w + (size_t)rgba->w) * 4, 0,
                       (size_t)(w - rgba->w) * 4);
    } else {
        wr_plat_log("picture %s cannot be drawn for printing", name);
    }
    SDL_FreeSurface(rgba);
    SDL_FreeSurface(img);
    return out;
}

/* Frees every shape and picture texture. */
void wr_draw_close(wr_platform *p)
{
    for (int i = 0; i < SHAPE_SLOTS; i++)
        if (p->shapes[i].tex)
            SDL_DestroyTexture(p->shapes[i].tex);
    for (int i = 0; i < PICTURE_SLOTS; i++)
        if (p->pictures[i].tex)
            SDL_DestroyTexture(p->pictures[i].tex);
    memset(p->shapes, 0, sizeof p->shapes);
    memset(p->pictures, 0, sizeof p->pictures);
}

/* ================================================================ frames */

/* True when two rectangles are the same. */
static bool same_rect(const SDL_Rect *a, const wr_rect *b)
{
    return a->x == b->x && a->y == b->y && a->w == b->w && a->h == b->h;
}

/* Renders the whole draw list of ui into the back buffer (without presenting). */
static void render(wr_platform *p, const wr_ui *ui)
{
    Uint64 t0 = SDL_GetPerformanceCounter();
    const wr_draw_item *items;
    int n = wr_ui_draw_list(ui, &items);
    wr_color bg = wr_ui_background(ui);
    SDL_Rect clip = {-1, -1, -1, -1};
    p->frame_no++;
    wr_rot_begin(p);
    SDL_RenderSetClipRect(p->ren, NULL);
    SDL_SetRenderDrawBlendMode(p->ren, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(p->ren, bg.r, bg.g, bg.b, 255);
    SDL_RenderClear(p->ren);
    for (int i = 0; i < n; i++) {
        const wr_draw_item *d = &items[i];
        if (!same_rect(&clip, &d->clip)) {
            clip = (SDL_Rect){d->clip.x, d->clip.y, d->clip.w, d->clip.h};
            SDL_RenderSetClipRect(p->ren, &clip);
        }
        switch (d->kind) {
        case WR_DRAW_RECT:
            draw_rect(p, d);
            break;
        case WR_DRAW_TEXT:
            draw_text(p, d);
            break;
        case WR_DRAW_PICTURE:
            draw_picture(p, d);
            break;
        case WR_DRAW_TICK:
        case WR_DRAW_ICON:
            draw_tick(p, d);
            break;
        }
    }
    SDL_RenderSetClipRect(p->ren, NULL);
    wr_rot_end(p);
    wr_text_trim(p);
    p->render_us =
        (uint32_t)((SDL_GetPerformanceCounter() - t0) * 1000000 / SDL_GetPerformanceFrequency());
}

/* Draws and presents when the ui changed since the last frame. */
int wr_platform_draw(wr_platform *p, const wr_ui *ui)
{
    if (!p->force && ui == p->last_ui && wr_ui_version(ui) == p->drawn_version)
        return 0;
    render(p, ui);
    SDL_RenderPresent(p->ren);
    p->last_ui = ui;
    p->drawn_version = wr_ui_version(ui);
    p->force = false;
    return 1;
}

/* Saves the frame of the last drawn ui as PNG (read before presenting). */
int wr_platform_save_png(wr_platform *p, const char *path)
{
    int rc = 0;
    if (!p->last_ui)
        return wr_plat_fail("no frame drawn yet");
    render(p, p->last_ui);
    if (p->headless) {
        if (IMG_SavePNG(p->frame, path) != 0)
            rc = wr_plat_fail("cannot save %s: %s", path, IMG_GetError());
        return rc;
    }
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, p->pw, p->ph, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s)
        return wr_plat_fail("out of memory for a screenshot");
    if (SDL_RenderReadPixels(p->ren, NULL, SDL_PIXELFORMAT_ARGB8888, s->pixels, s->pitch) != 0)
        rc = wr_plat_fail("cannot read the frame: %s", SDL_GetError());
    else if (IMG_SavePNG(s, path) != 0)
        rc = wr_plat_fail("cannot save %s: %s", path, IMG_GetError());
    SDL_FreeSurface(s);
    SDL_RenderPresent(p->ren);
    return rc;
}

/* Microseconds the last render took. */
uint32_t wr_platform_last_render_us(const wr_platform *p)
{
    return p->render_us;
}
