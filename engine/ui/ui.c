/*
 * ui.c -- the wr_ui object: its memory (a string arena and growable arrays), the draw list
 * in screen pixels, and the queries the drive mode uses (find a control, shows text,
 * transcript). Layout is in layout.c and panel.c, input in input.c.
 */
#include "ui_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ================================================================ memory */

/* Copies s (len bytes) into the arena, NUL-terminated; NULL (and ui->ok = false) when out of
 * memory. Strings stay valid until the next layout, which wipes them (wipe.h). */
char *wr_ui_strndup(wr_ui *ui, const char *s, size_t len)
{
    char *d = wr_arena_strndup(&ui->arena, s, len);
    if (!d)
        ui->ok = false;
    return d;
}

/* Copies a NUL-terminated string into the arena; NULL becomes "". */
const char *wr_ui_strdup(wr_ui *ui, const char *s)
{
    if (!s)
        s = "";
    const char *d = wr_ui_strndup(ui, s, strlen(s));
    return d ? d : "";
}

/* Wipes every string of the arena (they may be a patient's words), keeping its oldest
 * block. */
void wr_ui_arena_reset(wr_ui *ui)
{
    wr_arena_reset(&ui->arena);
}

/* Makes room for one more element in a growable array; false when out of memory. */
static bool grow(void **arr, int *cap, int n, size_t elem)
{
    if (n < *cap)
        return true;
    int ncap = *cap ? *cap * 2 : 64;
    void *p = realloc(*arr, (size_t)ncap * elem);
    if (!p)
        return false;
    *arr = p;
    *cap = ncap;
    return true;
}

/* ================================================================ adding things */

/* Adds a draw item; NULL when out of memory. */
wr_draw_item *wr_ui_add_item(wr_ui *ui, int region, int layer, wr_draw_kind kind, wr_rect box,
                             wr_color color)
{
    if (!grow((void **)&ui->items, &ui->cap_items, ui->n_items, sizeof *ui->items)) {
        ui->ok = false;
        return NULL;
    }
    item *it = &ui->items[ui->n_items++];
    memset(it, 0, sizeof *it);
    it->region = region;
    it->layer = layer;
    it->d.kind = kind;
    it->d.box = box;
    it->d.color = color;
    return &it->d;
}

/* Adds a rounded rectangle, filled (border 0) or outlined. */
void wr_ui_add_rect(wr_ui *ui, int region, int layer, wr_rect box, wr_color c, int radius,
                    int border)
{
    wr_draw_item *d = wr_ui_add_item(ui, region, layer, WR_DRAW_RECT, box, c);
    if (d) {
        d->radius = radius;
        d->border = border;
    }
}

/* Adds a piece of text to the transcript list (the string must live in the arena). */
void wr_ui_add_source(wr_ui *ui, int region, src_kind kind, const char *text, int ctl)
{
    if (!grow((void **)&ui->srcs, &ui->cap_srcs, ui->n_srcs, sizeof *ui->srcs)) {
        ui->ok = false;
        return;
    }
    ui->srcs[ui->n_srcs++] = (source){kind, region, text, ctl};
}

/* Adds a hit target for c at box; returns its index or -1. */
int wr_ui_add_control(wr_ui *ui, int region, const wr_control *c, wr_rect box)
{
    if (!grow((void **)&ui->ctls, &ui->cap_ctls, ui->n_ctls, sizeof *ui->ctls)) {
        ui->ok = false;
        return -1;
    }
    control *k = &ui->ctls[ui->n_ctls];
    k->box = box;
    k->region = region;
    k->role = c->role;
    k->action = c->action;
    k->arg = c->arg;
    k->selected = c->selected;
    k->disabled = c->disabled;
    k->label = wr_ui_strdup(ui, c->label);
    wr_ui_add_source(ui, region, SRC_CONTROL, k->label, ui->n_ctls);
    return ui->n_ctls++;
}

/* ================================================================ text */

/* Width of s[0..len) at size. */
int wr_ui_text_width(const wr_ui *ui, const char *s, size_t len, int size, bool bold)
{
    return len ? ui->m.text_width(ui->m.ctx, s, len, size, bold) : 0;
}

/* Vertical metrics at size. */
wr_font_metrics wr_ui_font(const wr_ui *ui, int size, bool bold)
{
    wr_font_metrics f = {size * 5 / 4, size, size * 7 / 10};
    if (ui->m.font_metrics)
        ui->m.font_metrics(ui->m.ctx, size, bold, &f);
    return f;
}

typedef struct measure_ctx {
    const wr_ui *ui;
    int size;
    bool bold;
} measure_ctx;

/* wr_measure_fn adapter for one font. */
static int measure(void *ctx, const char *s, size_t len)
{
    measure_ctx *mc = ctx;
    return wr_ui_text_width(mc->ui, s, len, mc->size, mc->bold);
}

/* Wraps text to width w into *lines (a malloc'd array when it does not fit 'local');
 * returns the line count. */
static int wrap(const wr_ui *ui, const char *text, int w, int size, bool bold, wr_line *local,
                int cap, wr_line **lines)
{
    measure_ctx mc = {ui, size, bold};
    int n = wr_wrap(text, w, measure, &mc, local, cap);
    *lines = local;
    if (n <= cap)
        return n;
    *lines = malloc((size_t)n * sizeof **lines);
    if (!*lines) {
        *lines = local;
        return cap;
    }
    return wr_wrap(text, w, measure, &mc, *lines, n);
}

/* Wraps and adds text; returns the height used. */
int wr_ui_add_text(wr_ui *ui, int region, int layer, const char *text, int x, int y, int w,
                   int size, bool bold, wr_color c, int align)
{
    wr_line local[32], *lines;
    int n = wrap(ui, text, w, size, bold, local, 32, &lines);
    int lh = wr_ui_font(ui, size, bold).line_height;
    for (int i = 0; i < n; i++) {
        int lx = x;
        if (align == 1)
            lx = x + (w - lines[i].width) / 2;
        else if (align == 2)
            lx = x + w - lines[i].width;
        wr_rect box = {lx, y + i * lh, lines[i].width, lh};
        const char *s = wr_ui_strndup(ui, text + lines[i].start, lines[i].len);
        wr_draw_item *d = s ? wr_ui_add_item(ui, region, layer, WR_DRAW_TEXT, box, c) : NULL;
        if (d) {
            d->size = size;
            d->bold = bold;
            d->text = s;
        }
    }
    if (lines != local)
        free(lines);
    return n * lh;
}

/* The height of text wrapped to w. */
int wr_ui_text_height(const wr_ui *ui, const char *text, int w, int size, bool bold)
{
    measure_ctx mc = {ui, size, bold};
    int n = wr_wrap(text, w, measure, &mc, NULL, 0);
    return n * wr_ui_font(ui, size, bold).line_height;
}

/* The width of the widest hard line of text. */
int wr_ui_text_natural(const wr_ui *ui, const char *text, int size, bool bold)
{
    int best = 0;
    while (text && *text) {
        size_t len = strcspn(text, "\n");
        int wd = wr_ui_text_width(ui, text, len, size, bold);
        best = wd > best ? wd : best;
        text += len + (text[len] ? 1 : 0);
    }
    return best;
}

/* ================================================================ life */

/* A new, empty ui measuring text with m. */
wr_ui *wr_ui_create(const wr_text_metrics *m)
{
    if (!m || !m->text_width)
        return NULL;
    wr_ui *ui = calloc(1, sizeof *ui);
    if (!ui)
        return NULL;
    ui->m = *m;
    ui->focus = -1;
    ui->press_ctl = -1;
    ui->press_id = -2;
    ui->start_ctl = -1;
    return ui;
}

/* Wipes the laid-out screen's strings and empties it; see ui.h. */
void wr_ui_forget(wr_ui *ui)
{
    wr_ui_arena_reset(ui);
    ui->n_items = ui->n_ctls = ui->n_srcs = ui->n_out = 0;
}

/* Frees the ui. */
void wr_ui_destroy(wr_ui *ui)
{
    if (!ui)
        return;
    wr_arena_free(&ui->arena);
    free(ui->items);
    free(ui->ctls);
    free(ui->srcs);
    free(ui->out);
    free(ui);
}

/* ================================================================ draw list */

/* Adds one screen-space item to the output list. */
static void out_push(wr_ui *ui, const wr_draw_item *d)
{
    if (!grow((void **)&ui->out, &ui->cap_out, ui->n_out, sizeof *ui->out))
        return;
    ui->out[ui->n_out++] = *d;
}

/* True when two rectangles share at least one pixel. */
static bool overlaps(wr_rect a, wr_rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/* Moves a content-space rectangle of region r to the screen. */
static wr_rect to_screen(const wr_ui *ui, int r, wr_rect b)
{
    const area *g = &ui->reg[r];
    b.x += g->view.x;
    b.y += g->view.y - g->scroll;
    return b;
}

/* The on-screen rectangle of control i. */
wr_rect wr_ui_ctl_screen_rect(const wr_ui *ui, int i)
{
    return to_screen(ui, ui->ctls[i].region, ui->ctls[i].box);
}

/* Pushes a screen-space rectangle clipped to clip. */
static void out_rect(wr_ui *ui, wr_rect box, wr_rect clip, wr_color c, int radius, int border)
{
    wr_draw_item d = {WR_DRAW_RECT, box, clip, c, radius, border, 0, false, NULL};
    out_push(ui, &d);
}

/* The "more below" cue at the bottom right of a scrolled region's view: a disc with a
 * chevron pointing down. */
static void out_more_cue(wr_ui *ui, const area *g, int tw, int bar_x)
{
    int d = ui->sz.target * 3 / 4;
    wr_rect disc = {bar_x - d - tw * 3 / 2, g->view.y + g->view.h - d - ui->sz.gap, d, d};
    out_rect(ui, disc, g->view, ui->th.accent, d / 2, 0);
    wr_draw_item icon = {WR_DRAW_ICON, {disc.x + d / 4, disc.y + d / 4, d / 2, d / 2}, g->view,
                         ui->th.on_accent, 0, 0, 0, false, "more"};
    out_push(ui, &icon);
}

/* The scroll bar, the soft edges of a scrolled region (a line of text cut by an edge fades
 * out under it) and the "more below" cue. */
static void out_scroll_marks(wr_ui *ui, int r)
{
    const area *g = &ui->reg[r];
    int range = g->content_h - g->view.h;
    if (range <= 0 || g->view.h <= 0)
        return;
    int tw = ui->sz.gap > 6 ? ui->sz.gap : 6;
    int th = g->view.h * g->view.h / g->content_h;
    th = th < ui->sz.target ? ui->sz.target : th;
    int ty = g->view.y + (int)((long)g->scroll * (g->view.h - th) / range);
    wr_rect bar = {g->bar_x > 0 ? g->bar_x : g->view.x + g->view.w - tw - tw / 2, ty, tw, th};
    wr_color fade = ui->th.bg;
    if (r == REG_PANEL)
        fade = ui->th.panel;
    int steps = 8, fh = (wr_ui_font(ui, ui->sz.title, true).line_height + steps - 1) / steps;
    fh = fh * steps > g->view.h / 3 ? g->view.h / 3 / steps : fh;
    for (int i = 0; i < steps; i++) {
        fade.a = (uint8_t)(250 - i * 30);
        if (g->scroll > 0)
            out_rect(ui, (wr_rect){g->view.x, g->view.y + i * fh, g->view.w - 2 * tw, fh}, g->view,
                     fade, 0, 0);
        if (g->scroll < range)
            out_rect(
                ui,
                (wr_rect){g->view.x, g->view.y + g->view.h - (i + 1) * fh, g->view.w - 2 * tw, fh},
                g->view, fade, 0, 0);
    }
    out_rect(ui, bar, g->view, ui->th.thumb, tw / 2, 0);
    if (g->scroll < range && g->content_h - g->scroll - g->view.h > ui->sz.body)
        out_more_cue(ui, g, tw, bar.x);
}

/* The focus ring and the pressed shade, on top of everything. */
static void out_focus_and_press(wr_ui *ui)
{
    if (ui->press_ctl >= 0 && !ui->dragging && ui->press_ctl < ui->n_ctls) {
        const control *k = &ui->ctls[ui->press_ctl];
        out_rect(ui, wr_ui_ctl_screen_rect(ui, ui->press_ctl), ui->reg[k->region].view,
                 ui->th.shade, ui->sz.radius, 0);
    }
    if (ui->focus >= 0 && ui->focus < ui->n_ctls) {
        const control *k = &ui->ctls[ui->focus];
        int o = ui->sz.ring * 2;
        wr_rect b = wr_ui_ctl_screen_rect(ui, ui->focus);
        b = (wr_rect){b.x - o, b.y - o, b.w + 2 * o, b.h + 2 * o};
        wr_rect clip = ui->reg[k->region].view;
        clip = (wr_rect){clip.x, clip.y - o, clip.w, clip.h + 2 * o};
        out_rect(ui, b, clip, ui->th.focus, ui->sz.radius + o, ui->sz.ring * 3 / 2);
    }
}

/* 'b' as it is shown: mirrored left to right for a right-to-left language. */
wr_rect wr_ui_shown(const wr_ui *ui, wr_rect b)
{
    if (ui->rtl)
        b.x = ui->w - b.x - b.w;
    return b;
}

/* Rebuilds the screen-space draw list and bumps the version. A right-to-left screen is
 * laid out as usual and mirrored here: bubbles, buttons and the toolbar change sides, and
 * each line of text is set against the right edge of its box. */
void wr_ui_rebuild(wr_ui *ui)
{
    ui->n_out = 0;
    for (int layer = 0; layer < LAYER_COUNT; layer++) {
        if (layer == LAYER_OVER) {
            out_scroll_marks(ui, REG_CONV);
            out_scroll_marks(ui, REG_PANEL);
        }
        for (int i = 0; i < ui->n_items; i++) {
            const item *it = &ui->items[i];
            if (it->layer != layer || it->region == REG_MENU)
                continue;
            wr_draw_item d = it->d;
            d.box = to_screen(ui, it->region, d.box);
            d.clip = ui->reg[it->region].view;
            if (overlaps(d.box, d.clip))
                out_push(ui, &d);
        }
    }
    for (int i = 0; ui->menu_open && i < ui->n_items; i++) { /* the open menu, over all */
        const item *it = &ui->items[i];
        if (it->region != REG_MENU)
            continue;
        wr_draw_item d = it->d;
        d.box = to_screen(ui, REG_MENU, d.box);
        d.clip = ui->reg[REG_MENU].view;
        out_push(ui, &d);
    }
    out_focus_and_press(ui);
    for (int i = 0; ui->rtl && i < ui->n_out; i++) {
        ui->out[i].box = wr_ui_shown(ui, ui->out[i].box);
        ui->out[i].clip = wr_ui_shown(ui, ui->out[i].clip);
    }
    ui->version++;
}

/* The current draw list. */
int wr_ui_draw_list(const wr_ui *ui, const wr_draw_item **items)
{
    *items = ui->out;
    return ui->n_out;
}

/* The screen's background colour. */
wr_color wr_ui_background(const wr_ui *ui)
{
    return ui->th.bg;
}

/* Changes whenever the draw list does. */
uint32_t wr_ui_version(const wr_ui *ui)
{
    return ui->version;
}

/* Sets a region's scroll, clamped to its content. */
bool wr_ui_set_scroll(wr_ui *ui, int r, int scroll)
{
    area *g = &ui->reg[r];
    int max = g->content_h - g->view.h;
    if (scroll > max)
        scroll = max;
    if (scroll < 0)
        scroll = 0;
    if (scroll == g->scroll)
        return false;
    g->scroll = scroll;
    return true;
}

/* Scrolls so control i is in view, with a little room around it. */
bool wr_ui_reveal(wr_ui *ui, int i)
{
    const control *k = &ui->ctls[i];
    const area *g = &ui->reg[k->region];
    int room = ui->sz.ring * 2;
    if (k->region == REG_FIXED)
        return false;
    if (k->box.y - room < g->scroll)
        return wr_ui_set_scroll(ui, k->region, k->box.y - room);
    if (k->box.y + k->box.h + room > g->scroll + g->view.h)
        return wr_ui_set_scroll(ui, k->region, k->box.y + k->box.h + room - g->view.h);
    return false;
}

/* True when control i is shown: anything but an item of the closed menu. */
bool wr_ui_ctl_shown(const wr_ui *ui, int i)
{
    return ui->ctls[i].region != REG_MENU || ui->menu_open;
}

/* Opens or closes the "Aa" menu. */
void wr_ui_menu_set(wr_ui *ui, bool open)
{
    ui->menu_open = open && ui->menu_ctl >= 0;
    ui->reg[REG_MENU].view = ui->menu_open ? ui->menu_view : (wr_rect){0, 0, 0, 0};
    wr_ui_rebuild(ui);
}

/* The focused control's rectangle. */
bool wr_ui_focus_rect(const wr_ui *ui, wr_rect *out)
{
    if (ui->focus < 0 || ui->focus >= ui->n_ctls)
        return false;
    *out = wr_ui_shown(ui, wr_ui_ctl_screen_rect(ui, ui->focus));
    return true;
}

/* The focused control, for read aloud. */
bool wr_ui_focused(const wr_ui *ui, wr_control *out)
{
    if (ui->focus < 0 || ui->focus >= ui->n_ctls)
        return false;
    const control *k = &ui->ctls[ui->focus];
    *out = (wr_control){.role = k->role, .label = k->label, .action = k->action, .arg = k->arg,
                        .selected = k->selected, .disabled = k->disabled};
    return true;
}

/* ================================================================ queries */

/* Appends the labels of every control matching (exactly or as a substring) to err. */
static void list_matches(const wr_ui *ui, const char *label, bool exact, char *err, size_t n)
{
    size_t used = strlen(err);
    const char *sep = "";
    for (int i = 0; i < ui->n_ctls && used + 1 < n; i++) {
        const char *l = ui->ctls[i].label;
        if (exact ? strcmp(l, label) != 0 : !strstr(l, label))
            continue;
        snprintf(err + used, n - used, "%s%s", sep, l);
        used += strlen(err + used);
        sep = ", ";
    }
}

/* Finds the control index for label (exact first, else unique substring), or -1 with err. */
static int match_control(const wr_ui *ui, const char *label, char *err, size_t n)
{
    int exact = -1, n_exact = 0, sub = -1, n_sub = 0;
    for (int i = 0; i < ui->n_ctls; i++) {
        if (strcmp(ui->ctls[i].label, label) == 0 && n_exact++ == 0)
            exact = i;
        if (strstr(ui->ctls[i].label, label) && n_sub++ == 0)
            sub = i;
    }
    if (n_exact == 1)
        return exact;
    if (n_exact == 0 && n_sub == 1)
        return sub;
    if (n_exact == 0 && n_sub == 0) {
        snprintf(err, n, "no control \"%s\" on the screen", label);
        return -1;
    }
    snprintf(err, n, "several controls match \"%s\": ", label);
    list_matches(ui, label, n_exact > 0, err, n);
    return -1;
}

/* Finds a control by label, scrolls it into view (opening or closing the "Aa" menu as a
 * patient would) and gives its centre. */
int wr_ui_find_control(wr_ui *ui, const char *label, int *x, int *y, char *err, size_t n)
{
    char dummy[8];
    if (!err || n == 0) {
        err = dummy;
        n = sizeof dummy;
    }
    err[0] = '\0';
    int i = match_control(ui, label ? label : "", err, n);
    if (i < 0)
        return -1;
    if (ui->ctls[i].disabled) {
        snprintf(err, n, "control \"%s\" is disabled", ui->ctls[i].label);
        return -1;
    }
    if ((ui->ctls[i].region == REG_MENU) != ui->menu_open && i != ui->menu_ctl)
        wr_ui_menu_set(ui, !ui->menu_open); /* open the "Aa" menu first, or close it */
    if (wr_ui_reveal(ui, i))
        wr_ui_rebuild(ui);
    wr_rect b = wr_ui_ctl_screen_rect(ui, i);
    const area *g = &ui->reg[ui->ctls[i].region];
    int top = b.y > g->view.y ? b.y : g->view.y;
    int bottom = b.y + b.h < g->view.y + g->view.h ? b.y + b.h : g->view.y + g->view.h;
    *x = wr_ui_shown(ui, b).x + b.w / 2;
    *y = (top + bottom) / 2;
    return 0;
}

/* True when text occurs in any source string. */
bool wr_ui_shows_text(const wr_ui *ui, const char *text)
{
    if (!text)
        return false;
    for (int i = 0; i < ui->n_srcs; i++)
        if (strstr(ui->srcs[i].text, text))
            return true;
    return false;
}

/* The line prefix and suffix of a source in the transcript. */
static void decorate(const wr_ui *ui, const source *s, const char **pre, const char **post)
{
    static const char *const pres[] = {
        [SRC_TITLE] = "# ",
        [SRC_PARA] = "",
        [SRC_KIOSK] = "kiosk: ",
        [SRC_PATIENT] = "you: ",
        [SRC_PICTURE] = "[picture: ",
        [SRC_SECTION] = "## ",
        [SRC_LINE] = "  - ",
        [SRC_FIELD] = "field: \"",
        [SRC_HINT] = "(",
        [SRC_CONTROL] = "[",
        [SRC_NOTE] = "",
    };
    *pre = pres[s->kind];
    *post = "";
    if (s->kind == SRC_PICTURE || s->kind == SRC_CONTROL)
        *post = "]";
    if (s->kind == SRC_FIELD)
        *post = "\"";
    if (s->kind == SRC_HINT)
        *post = ")";
    if (s->kind == SRC_CONTROL && ui->ctls[s->ctl].selected)
        *post = "] (selected)";
    if (s->kind == SRC_CONTROL && ui->ctls[s->ctl].disabled)
        *post = "] (disabled)";
}

/* The labels of the enabled controls, one a line; the caller frees it. */
char *wr_ui_controls(const wr_ui *ui)
{
    size_t len = 1;
    for (int i = 0; i < ui->n_ctls; i++)
        len += strlen(ui->ctls[i].label ? ui->ctls[i].label : "") + 1;
    char *out = malloc(len), *p = out;
    for (int i = 0; out && i < ui->n_ctls; i++) {
        if (ui->ctls[i].disabled || !ui->ctls[i].label || !ui->ctls[i].label[0])
            continue;
        p += sprintf(p, "%s\n", ui->ctls[i].label);
    }
    if (out)
        *p = '\0';
    return out;
}

/* Everything on screen as text, in reading order; the caller frees it. */
char *wr_ui_transcript(const wr_ui *ui)
{
    size_t cap = 64;
    for (int i = 0; i < ui->n_srcs; i++)
        cap += strlen(ui->srcs[i].text) + 32;
    char *t = malloc(cap);
    if (!t)
        return NULL;
    size_t used = (size_t)snprintf(t, cap, "screen %dx%d\n", ui->w, ui->h);
    for (int r = 0; r < REG_COUNT; r++) {
        for (int i = 0; i < ui->n_srcs; i++) {
            const source *s = &ui->srcs[i];
            const char *pre, *post;
            if (s->region != r)
                continue;
            decorate(ui, s, &pre, &post);
            used += (size_t)snprintf(t + used, cap - used, "%s%s%s\n", pre, s->text, post);
        }
    }
    return t;
}
