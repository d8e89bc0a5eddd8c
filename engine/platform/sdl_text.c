/*
 * sdl_text.c -- fonts and text: Atkinson Hyperlegible for everything it covers, Noto Sans
 * for the code points it lacks (checked glyph by glyph, drawn as separate runs), Noto Sans
 * Arabic for Arabic script, shaped right to left by HarfBuzz. Measures
 * text for engine/ui (with a cache of widths) and renders lines into textures, kept in an
 * LRU cache bounded in bytes so memory stays flat.
 */
#include "sdl_internal.h"
#include "wipe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const font_names[FAM_COUNT][2] = {
    {"AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf"},
    {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"},
    {"NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"},
};

#define MAX_RUNS 16

typedef struct run {
    size_t start, len;
    int family;
} run;

/* ================================================================ font files */

/* Reads every font file into memory (TTF_Font objects are then opened from there at any
 * size without touching the disk). Needs at least one regular face. */
int wr_text_open(wr_platform *p)
{
    char path[600];
    for (int f = 0; f < FAM_COUNT; f++) {
        for (int b = 0; b < 2; b++) {
            snprintf(path, sizeof path, "%s/%s", p->font_dir, font_names[f][b]);
            p->files[f][b].data = SDL_LoadFile(path, &p->files[f][b].size);
            if (!p->files[f][b].data)
                wr_plat_log("font %s not found: text falls back to another face", path);
        }
    }
    if (!p->files[FAM_ATKINSON][0].data && !p->files[FAM_NOTO][0].data)
        return wr_plat_fail("no fonts in %s (AtkinsonHyperlegible-Regular.ttf expected)",
                            p->font_dir);
    return 0;
}

/* Destroys a text texture, its pixels overwritten first. */
static void destroy_text(text_entry *e)
{
    void *zeros = calloc((size_t)e->w * 4, (size_t)e->h);
    if (zeros)
        SDL_UpdateTexture(e->tex, NULL, zeros, e->w * 4);
    free(zeros);
    SDL_DestroyTexture(e->tex);
    free(e);
}

/* Forgets every rendered text (a visit has ended): textures wiped and destroyed, the
 * scratch copy and the measured widths wiped. */
void wr_text_forget(wr_platform *p)
{
    for (int i = 0; i < TEXT_BUCKETS; i++) {
        while (p->texts[i]) {
            text_entry *e = p->texts[i];
            p->texts[i] = e->next;
            destroy_text(e);
        }
    }
    p->text_bytes = 0;
    wr_wipe(p->scratch, p->scratch_cap);
    wr_wipe(p->widths, sizeof p->widths);
}

/* Closes every open font, frees the files and every text texture. */
void wr_text_close(wr_platform *p)
{
    wr_text_forget(p);
    for (int i = 0; i < FONT_SLOTS; i++) {
        if (p->fonts[i].font)
            TTF_CloseFont(p->fonts[i].font);
        p->fonts[i].font = NULL;
    }
    for (int f = 0; f < FAM_COUNT; f++)
        for (int b = 0; b < 2; b++) {
            SDL_free(p->files[f][b].data);
            p->files[f][b].data = NULL;
        }
    free(p->scratch);
    p->scratch = NULL;
    p->scratch_cap = 0;
}

/* The file to use for family f, weight b: itself, else the other weight, else the other
 * Latin family. */
static const font_file *pick_file(const wr_platform *p, int *f, bool b)
{
    int other = *f == FAM_ATKINSON ? FAM_NOTO : FAM_ATKINSON;
    const font_file *tries[4] = {&p->files[*f][b], &p->files[*f][!b], &p->files[other][b],
                                 &p->files[other][!b]};
    for (int i = 0; i < 4; i++)
        if (tries[i]->data) {
            *f = i < 2 ? *f : other;
            return tries[i];
        }
    return NULL;
}

/* Arabic script is set right to left and shaped as Arabic (joining forms) by HarfBuzz. */
static void set_script(TTF_Font *font, int family)
{
    if (family != FAM_ARABIC)
        return;
    if (TTF_SetFontDirection(font, TTF_DIRECTION_RTL) < 0 || TTF_SetFontScriptName(font, "Arab") < 0)
        wr_plat_log("Arabic text is not shaped (SDL_ttf built without HarfBuzz?): %s",
                    TTF_GetError());
}

/* The font of family f, weight bold, at size pixels: from the cache, else opened (and
 * the least recently used one closed). NULL when it cannot be opened. */
static TTF_Font *get_font(wr_platform *p, int f, bool bold, int size)
{
    int lru = 0;
    size = size < 4 ? 4 : size;
    for (int i = 0; i < FONT_SLOTS; i++) {
        font_slot *s = &p->fonts[i];
        if (s->font && s->family == f && s->bold == bold && s->size == size) {
            s->used = ++p->use_clock;
            return s->font;
        }
        if (!s->font || (p->fonts[lru].font && s->used < p->fonts[lru].used))
            lru = i;
    }
    int real = f;
    const font_file *file = pick_file(p, &real, bold);
    if (!file)
        return NULL;
    SDL_RWops *rw = SDL_RWFromConstMem(file->data, (int)file->size);
    TTF_Font *font = rw ? TTF_OpenFontRW(rw, 1, size) : NULL;
    if (!font)
        return NULL;
    TTF_SetFontHinting(font, TTF_HINTING_LIGHT);
    set_script(font, real);
    font_slot *s = &p->fonts[lru];
    if (s->font)
        TTF_CloseFont(s->font);
    *s = (font_slot){font, f, size, bold, ++p->use_clock};
    return font;
}

/* ================================================================ runs */

/* Decodes one UTF-8 code point at s (at most n bytes); returns its length (>= 1). */
static size_t decode(const char *s, size_t n, Uint32 *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t len = u[0] < 0x80 ? 1 : u[0] < 0xE0 ? 2 : u[0] < 0xF0 ? 3 : 4;
    if (len > n || (u[0] < 0xC0 && u[0] >= 0x80)) {
        *cp = 0xFFFD;
        return 1;
    }
    Uint32 c = len == 1 ? u[0] : len == 2 ? u[0] & 0x1F : len == 3 ? u[0] & 0x0F : u[0] & 0x07;
    for (size_t i = 1; i < len; i++)
        c = (c << 6) | (u[i] & 0x3F);
    *cp = c;
    return len;
}

/* Is cp a letter or mark of the Arabic script (Arabic, its supplement and extended-A, and
 * the presentation forms)? */
static bool is_arabic(Uint32 cp)
{
    return (cp >= 0x0600 && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F) ||
           (cp >= 0x08A0 && cp <= 0x08FF) || (cp >= 0xFB50 && cp <= 0xFDFF) ||
           (cp >= 0xFE70 && cp <= 0xFEFF);
}

/* The family that draws code point cp: Noto Sans Arabic for Arabic script, else Atkinson
 * when it has the glyph, else Noto. */
static int family_of(wr_platform *p, Uint32 cp)
{
    if (cp < 0x80)
        return FAM_ATKINSON;
    if (is_arabic(cp) && p->files[FAM_ARABIC][0].data)
        return FAM_ARABIC;
    TTF_Font *atk = get_font(p, FAM_ATKINSON, false, 16);
    if (atk && p->files[FAM_ATKINSON][0].data && TTF_GlyphIsProvided32(atk, cp))
        return FAM_ATKINSON;
    return p->files[FAM_NOTO][0].data ? FAM_NOTO : FAM_ATKINSON;
}

/* Splits s[0..len) into runs of one family each (spaces join the run before them).
 * Returns the number of runs (at most MAX_RUNS; the last one takes the rest). */
static int split_runs(wr_platform *p, const char *s, size_t len, run *runs)
{
    int n = 0;
    for (size_t i = 0; i < len;) {
        Uint32 cp;
        size_t k = decode(s + i, len - i, &cp);
        int f = (cp == ' ' && n) ? runs[n - 1].family : family_of(p, cp);
        if (n && (runs[n - 1].family == f || n == MAX_RUNS))
            runs[n - 1].len += k;
        else
            runs[n++] = (run){i, k, f};
        i += k;
    }
    return n;
}

/* A NUL-terminated copy of s[0..len) in the scratch buffer, or NULL. */
static const char *scratch(wr_platform *p, const char *s, size_t len)
{
    if (len + 1 > p->scratch_cap) { /* grown by hand: the old copy is wiped, not left */
        size_t cap = (len + 1) * 2;
        char *n = malloc(cap);
        if (!n)
            return NULL;
        wr_wipe_free(p->scratch, p->scratch_cap);
        p->scratch = n;
        p->scratch_cap = cap;
    }
    memcpy(p->scratch, s, len);
    p->scratch[len] = '\0';
    return p->scratch;
}

/* ================================================================ measuring */

/* FNV-1a over bytes, continuing from h. */
static uint64_t fnv(uint64_t h, const void *data, size_t n)
{
    const unsigned char *d = data;
    for (size_t i = 0; i < n; i++)
        h = (h ^ d[i]) * 0x100000001b3ull;
    return h;
}

/* The extra space added above a line so lines sit 1.42 em apart at least (easier to read
 * for low vision than the font's own line gap). */
static int line_extra(TTF_Font *font, int size)
{
    int want = (size * 142 + 50) / 100, skip = TTF_FontLineSkip(font);
    return want > skip ? want - skip : 0;
}

/* wr_text_metrics.text_width: the sum of the widths of the runs. */
static int text_width(void *ctx, const char *s, size_t len, int size, bool bold)
{
    wr_platform *p = ctx;
    uint64_t h = fnv(0xcbf29ce484222325ull, s, len);
    h = fnv(h, &size, sizeof size) ^ (bold ? 0x9e3779b97f4a7c15ull : 0);
    h = h ? h : 1;
    width_slot *slot = &p->widths[h % WIDTH_SLOTS];
    if (slot->hash == h)
        return slot->width;
    run runs[MAX_RUNS];
    int n = split_runs(p, s, len, runs), total = 0;
    for (int i = 0; i < n; i++) {
        TTF_Font *font = get_font(p, runs[i].family, bold, size);
        const char *t = scratch(p, s + runs[i].start, runs[i].len);
        int w = 0;
        if (font && t && TTF_SizeUTF8(font, t, &w, NULL) == 0)
            total += w;
    }
    *slot = (width_slot){h, total};
    return total;
}

/* wr_text_metrics.font_metrics: from Atkinson at that size. */
static void font_metrics(void *ctx, int size, bool bold, wr_font_metrics *out)
{
    wr_platform *p = ctx;
    TTF_Font *font = get_font(p, FAM_ATKINSON, bold, size);
    int minx, maxx, miny, maxy, adv;
    if (!font)
        return;
    int extra = line_extra(font, size);
    out->line_height = TTF_FontLineSkip(font) + extra;
    out->ascent = TTF_FontAscent(font) + extra / 2;
    out->cap_height = size * 7 / 10;
    if (TTF_GlyphMetrics32(font, 'H', &minx, &maxx, &miny, &maxy, &adv) == 0)
        out->cap_height = maxy;
}

/* wr_text_metrics.picture_size. */
static int picture_size(void *ctx, const char *name, int *w, int *h)
{
    return wr_picture_natural(ctx, name, w, h);
}

/* Fills the callbacks engine/ui measures with. */
void wr_text_metrics_init(wr_platform *p)
{
    p->metrics = (wr_text_metrics){p, text_width, font_metrics, picture_size};
}

/* ================================================================ rendering */

/* Frees a surface of rendered text, its pixels wiped first (they show a patient's words). */
static void free_surface(SDL_Surface *s)
{
    if (s && s->pixels && SDL_LockSurface(s) == 0) {
        wr_wipe(s->pixels, (size_t)s->pitch * (size_t)s->h);
        SDL_UnlockSurface(s);
    }
    SDL_FreeSurface(s);
}

/* Renders runs of s side by side on their common baseline into one surface. */
static SDL_Surface *render_runs(wr_platform *p, const char *s, const run *runs, int n,
                                const wr_draw_item *d, SDL_Color c)
{
    SDL_Surface *parts[MAX_RUNS] = {0}, *out = NULL;
    int asc[MAX_RUNS], top = 0, w = 0, h = 0;
    for (int i = 0; i < n; i++) {
        TTF_Font *font = get_font(p, runs[i].family, d->bold, d->size);
        const char *t = scratch(p, s + runs[i].start, runs[i].len);
        if (!font || !t || !(parts[i] = TTF_RenderUTF8_Blended(font, t, c)))
            goto out_free_parts;
        asc[i] = TTF_FontAscent(font);
        top = asc[i] > top ? asc[i] : top;
    }
    for (int i = 0; i < n; i++) {
        w += parts[i]->w;
        h = top - asc[i] + parts[i]->h > h ? top - asc[i] + parts[i]->h : h;
    }
    out = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
    for (int i = 0, x = 0; out && i < n; i++) {
        SDL_Rect at = {x, top - asc[i], parts[i]->w, parts[i]->h};
        SDL_SetSurfaceBlendMode(parts[i], SDL_BLENDMODE_NONE);
        SDL_BlitSurface(parts[i], NULL, out, &at);
        x += parts[i]->w;
    }
out_free_parts:
    for (int i = 0; i < n; i++)
        free_surface(parts[i]);
    return out;
}

/* Renders one text item into a new texture. */
static SDL_Texture *render_text(wr_platform *p, const wr_draw_item *d, int *w, int *h)
{
    SDL_Color c = {d->color.r, d->color.g, d->color.b, d->color.a};
    run runs[MAX_RUNS];
    size_t len = strlen(d->text);
    int n = split_runs(p, d->text, len, runs);
    SDL_Surface *s = NULL;
    if (n == 1) {
        TTF_Font *font = get_font(p, runs[0].family, d->bold, d->size);
        s = font ? TTF_RenderUTF8_Blended(font, d->text, c) : NULL;
    } else {
        s = render_runs(p, d->text, runs, n, d, c);
    }
    if (!s) {
        if (d->text[0])
            wr_plat_sdl_error("TTF_RenderUTF8_Blended");
        return NULL;
    }
    SDL_Texture *t = SDL_CreateTextureFromSurface(p->ren, s);
    *w = s->w;
    *h = s->h;
    free_surface(s);
    if (t)
        SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
    else
        wr_plat_sdl_error("SDL_CreateTextureFromSurface (text)");
    return t;
}

/* The texture for a text item: cached by text, size, weight and colour. */
SDL_Texture *wr_text_texture(wr_platform *p, const wr_draw_item *d, int *w, int *h)
{
    if (!d->text || !d->text[0] || d->box.w <= 0)
        return NULL;
    uint64_t k = fnv(0xcbf29ce484222325ull, d->text, strlen(d->text));
    k = fnv(k, &d->size, sizeof d->size);
    k = fnv(k, &d->color, sizeof d->color) ^ (d->bold ? 0x9e3779b97f4a7c15ull : 0);
    text_entry **b = &p->texts[k % TEXT_BUCKETS];
    for (text_entry *e = *b; e; e = e->next)
        if (e->hash == k) {
            e->used = p->frame_no;
            *w = e->w;
            *h = e->h;
            return e->tex;
        }
    text_entry *e = calloc(1, sizeof *e);
    if (!e || !(e->tex = render_text(p, d, &e->w, &e->h))) {
        free(e);
        return NULL;
    }
    e->hash = k;
    e->bytes = (size_t)e->w * (size_t)e->h * 4 + sizeof *e;
    e->used = p->frame_no;
    e->next = *b;
    *b = e;
    p->text_bytes += e->bytes;
    *w = e->w;
    *h = e->h;
    return e->tex;
}

/* The extra offset a line's pixels get below the top of its line box. */
int wr_text_line_offset(wr_platform *p, int size, bool bold)
{
    TTF_Font *font = get_font(p, FAM_ATKINSON, bold, size);
    return font ? line_extra(font, size) / 2 : 0;
}

/* Removes the least recently used text not drawn in this frame. Returns false when
 * nothing could go. */
static bool evict_one(wr_platform *p)
{
    text_entry **victim = NULL;
    for (int i = 0; i < TEXT_BUCKETS; i++)
        for (text_entry **e = &p->texts[i]; *e; e = &(*e)->next)
            if ((*e)->used != p->frame_no && (!victim || (*e)->used < (*victim)->used))
                victim = e;
    if (!victim)
        return false;
    text_entry *gone = *victim;
    *victim = gone->next;
    p->text_bytes -= gone->bytes;
    destroy_text(gone);
    return true;
}

/* Keeps the text cache within its budget. */
void wr_text_trim(wr_platform *p)
{
    while (p->text_bytes > TEXT_BUDGET && evict_one(p))
        ;
}
