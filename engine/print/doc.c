/*
 * doc.c -- a wr_doc laid out with pango and drawn into a PDF built in memory with cairo.
 *
 * The document becomes a flat list of rows (one per pango line, plus rules and pictures),
 * each with the space it wants above it; rows are then placed on pages (a heading never ends
 * a page, a paragraph is not split, a section that breaks gets its heading again with
 * "continued"), and drawn page by page. Sections shown as care cards (card.c) get a tinted
 * box with a coloured edge and an icon. A receipt is laid out first and its single page made
 * just tall enough. Text is always set with pango_layout_set_text, never as markup.
 */
#include <cairo-pdf.h>
#include <fribidi.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "print_impl.h"

#define MM (72.0 / 25.4)
#define FAMILY "Atkinson Hyperlegible, Noto Sans"
#define MAX_PAGES_FULL_LIST 2

/* ==== Geometry ============================================================================ */

/* Every measure of one page size, in points. */
typedef struct geometry {
    double page_w, page_h; /* page_h 0: the page grows with the content (receipt) */
    double margin_x, margin_top, margin_bottom;
    double title_pt, date_pt, heading_pt, body_pt, footer_pt;
    double line_gap, item_gap, section_gap;
    double mark_indent, box_pad;
    double edge, icon; /* a care card's coloured edge; its icon's size */
} geometry;

/* The measures for 'size', with the type scaled by 'scale' (1.0, or a little less to keep a
 * long list on two pages). A negative scale is the tight layout of a list that nearly fits
 * one page: that type size, narrower margins and closer items. */
static geometry geometry_for(wr_page_size size, double scale)
{
    geometry g;
    bool tight = scale < 0;

    scale = fabs(scale);

    if (size == WR_PAGE_RECEIPT) {
        g = (geometry){.page_w = 80 * MM,
                       .page_h = 0,
                       .margin_x = 4 * MM,
                       .margin_top = 5 * MM,
                       .margin_bottom = 14 * MM,
                       .title_pt = 16,
                       .date_pt = 11.5,
                       .heading_pt = 13,
                       .body_pt = 11.5,
                       .footer_pt = 8};
    } else {
        g = (geometry){.page_w = size == WR_PAGE_A4 ? 210 * MM : 8.5 * 72,
                       .page_h = size == WR_PAGE_A4 ? 297 * MM : 11 * 72,
                       .margin_x = 22 * MM,
                       .margin_top = 20 * MM,
                       .margin_bottom = 22 * MM,
                       .title_pt = 26 * scale,
                       .date_pt = 15 * scale,
                       .heading_pt = 18 * scale,
                       .body_pt = 15 * scale,
                       .footer_pt = 10};
    }
    g.line_gap = (tight ? 0.15 : 0.25) * g.body_pt;
    g.item_gap = (tight ? 0.12 : 0.6) * g.body_pt;
    g.section_gap = (tight ? 0.8 : 1.3) * g.body_pt;
    if (tight) {
        g.margin_x = 16 * MM;
        g.margin_top = 11 * MM;
        g.margin_bottom = 11 * MM;
        g.title_pt = 20;
        g.heading_pt = 16;
    }
    g.mark_indent = 1.8 * g.body_pt;
    g.box_pad = (tight ? 0.5 : 0.8) * g.body_pt;
    g.edge = 0.4 * g.body_pt;
    g.icon = 1.1 * g.body_pt;
    return g;
}

/* ==== Rows ================================================================================ */

typedef enum row_kind { ROW_TEXT, ROW_RULE, ROW_PICTURE } row_kind;

/* One line of text (or a rule) and where it goes. */
typedef struct row {
    row_kind kind;
    PangoLayoutLine *line;   /* borrowed from a layout the builder owns */
    double x;                /* left edge of the line on the page */
    double height, baseline; /* logical height; baseline below the row's top */
    double space_before;     /* dropped at the top of a page */
    double grey;             /* 0 = black */
    int lines_left;          /* lines of the same paragraph after this one */
    wr_mark mark;            /* drawn beside this row: the first line of an item */
    bool boxed;              /* inside a box or a card */
    bool keep_with_next;     /* a heading: never the last row of a page */
    int box;                 /* which box (its section's slot + 1), 0 for none */
    int sec;                 /* the section's slot, -1 for none */
    bool heading;            /* a line of its section's heading */
    bool icon;               /* the card's icon goes beside this row */
    cairo_surface_t *picture; /* ROW_PICTURE: borrowed from the builder */
    double pic_w;
    double cont_h;           /* > 0: "continued" heading of this height drawn above the row */
    int page;
    double y; /* top of the row on its page */
} row;

/* What a continued heading needs to know of its section. */
typedef struct slot {
    const char *title;
    wr_mark card;           /* the section's mark: a card, or WR_MARK_BULLET for a plain box */
    bool boxed;
    double pt, x, w;        /* the heading's size and column */
    PangoLayout *continued; /* made when first needed; owned by the builder */
    double cont_h;
    bool joined; /* goes on in the card above: no icon of its own */
} slot;

/* The rows of one document being built, and the layouts they point into. */
typedef struct builder {
    PangoContext *ctx;
    geometry g;
    bool rtl;
    row *rows;
    int n_rows, cap_rows;
    PangoLayout **layouts;
    int n_layouts, cap_layouts;
    slot *slots; /* one per section, the highlight first */
    int n_slots;
    cairo_surface_t **pictures; /* one per picture of the document */
    int n_pictures;
    const wr_doc *doc;
    bool failed; /* out of memory somewhere */
} builder;

/* Appends a row; returns it, or NULL (and marks the builder failed) when out of memory. */
static row *push_row(builder *b)
{
    if (b->n_rows == b->cap_rows) {
        int cap = b->cap_rows ? 2 * b->cap_rows : 64;
        row *rows = realloc(b->rows, (size_t)cap * sizeof *rows);

        if (!rows) {
            b->failed = true;
            return NULL;
        }
        b->rows = rows;
        b->cap_rows = cap;
    }
    row *r = &b->rows[b->n_rows++];
    memset(r, 0, sizeof *r);
    return r;
}

/* Keeps 'layout' alive until the builder is freed; returns false when out of memory. */
static bool keep_layout(builder *b, PangoLayout *layout)
{
    if (b->n_layouts == b->cap_layouts) {
        int cap = b->cap_layouts ? 2 * b->cap_layouts : 32;
        PangoLayout **list = realloc(b->layouts, (size_t)cap * sizeof *list);

        if (!list) {
            b->failed = true;
            g_object_unref(layout);
            return false;
        }
        b->layouts = list;
        b->cap_layouts = cap;
    }
    b->layouts[b->n_layouts++] = layout;
    return true;
}

/* Frees the rows and the layouts. */
static void builder_free(builder *b)
{
    for (int i = 0; i < b->n_layouts; i++)
        g_object_unref(b->layouts[i]);
    for (int i = 0; i < b->n_pictures; i++)
        cairo_surface_destroy(b->pictures[i]);
    free(b->layouts);
    free(b->rows);
    free(b->slots);
    free(b->pictures);
    b->layouts = NULL;
    b->rows = NULL;
    b->slots = NULL;
    b->pictures = NULL;
    b->n_layouts = b->n_rows = b->cap_layouts = b->cap_rows = b->n_slots = b->n_pictures = 0;
}

/* The direction of the first strong character of 'text' (by the Unicode bidi rules), or
 * NEUTRAL when it has none. */
static PangoDirection text_dir(const char *text)
{
    for (const char *p = text; p && *p; p = g_utf8_next_char(p)) {
        FriBidiCharType type = fribidi_get_bidi_type(g_utf8_get_char(p));

        if (FRIBIDI_IS_STRONG(type))
            return FRIBIDI_IS_RTL(type) ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR;
    }
    return PANGO_DIRECTION_NEUTRAL;
}

/* Alignment that puts a paragraph on the document's starting side. Pango swaps left and right
 * for a paragraph whose own direction differs from the context's, so such a paragraph gets
 * the opposite value. */
static PangoAlignment start_alignment(const builder *b, const char *text)
{
    PangoDirection d = text_dir(text);
    bool differs = (d == PANGO_DIRECTION_RTL && !b->rtl) || (d == PANGO_DIRECTION_LTR && b->rtl);
    bool right = b->rtl != differs;

    return right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
}

/* Text style of one paragraph. */
typedef struct style {
    double pt;
    bool bold;
    double grey;
    wr_mark mark; /* WR_MARK_NONE: no bullet or box */
    bool boxed;
    bool keep_with_next;
    int sec;      /* the section's slot, -1 for none */
    int box;      /* boxed rows: the box they are drawn in */
    bool heading;
} style;

/* A layout of 'text' in our fonts at 'pt' points, wrapped at 'w' points and set on the
 * document's starting side. The caller unrefs it. */
static PangoLayout *new_layout(const builder *b, const char *text, double pt, bool bold, double w)
{
    PangoLayout *layout = pango_layout_new(b->ctx);
    PangoFontDescription *font = pango_font_description_from_string(FAMILY);

    pango_font_description_set_size(font, (int)lround(pt * PANGO_SCALE));
    pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout, font);
    pango_font_description_free(font);
    pango_layout_set_width(layout, (int)lround(w * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout, start_alignment(b, text));
    pango_layout_set_text(layout, text, -1);
    return layout;
}

/* Lays out 'text' as one paragraph in the column [x, x + w) and appends a row per line; the
 * first row gets 'space_before', the others the line gap. */
static void add_paragraph(builder *b, const char *text, const style *st, double x, double w,
                          double space_before)
{
    PangoLayout *layout = new_layout(b, text, st->pt, st->bold, w);
    int n_lines = pango_layout_get_line_count(layout), index = 0;
    PangoLayoutIter *iter;

    if (!keep_layout(b, layout))
        return;
    iter = pango_layout_get_iter(layout);
    do {
        PangoRectangle logical;
        row *r = push_row(b);
        bool first = index == 0;

        if (!r)
            break;
        pango_layout_iter_get_line_extents(iter, NULL, &logical);
        r->kind = ROW_TEXT;
        r->line = pango_layout_iter_get_line_readonly(iter);
        r->x = x + (double)logical.x / PANGO_SCALE;
        r->height = (double)logical.height / PANGO_SCALE;
        r->baseline = (double)(pango_layout_iter_get_baseline(iter) - logical.y) / PANGO_SCALE;
        r->space_before = first ? space_before : b->g.line_gap;
        r->grey = st->grey;
        r->mark = first ? st->mark : WR_MARK_NONE;
        r->boxed = st->boxed;
        r->box = st->boxed ? st->box : 0;
        r->sec = st->sec;
        r->heading = st->heading;
        r->icon = first && st->heading && st->sec >= 0 && st->box == st->sec + 1 &&
                  wr_card_is(b->slots[st->sec].card);
        r->keep_with_next = st->keep_with_next;
        r->lines_left = n_lines - 1 - index++;
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
}

/* Appends a thin rule across the column. */
static void add_rule(builder *b, double space_before)
{
    row *r = push_row(b);

    if (!r)
        return;
    r->kind = ROW_RULE;
    r->height = 0.8;
    r->space_before = space_before;
    r->grey = 0.55;
    r->sec = -1;
}

/* The column of a paragraph: the full text width, less the box's padding (and a card's
 * edge on the starting side), less the room for a mark on the starting side. */
static void column(const builder *b, bool boxed, bool marked, double *x, double *w)
{
    const geometry *g = &b->g;
    double inset = boxed ? g->box_pad : 0, start = boxed ? g->edge : 0;

    *x = g->margin_x + inset + (b->rtl ? 0 : start);
    *w = g->page_w - 2 * g->margin_x - 2 * inset - start;
    if (marked) {
        if (!b->rtl)
            *x += g->mark_indent;
        *w -= g->mark_indent;
    }
}

/* The heading's column in a card: room for the icon on the starting side. */
static void icon_room(const builder *b, double *x, double *w)
{
    double room = b->g.icon + 0.45 * b->g.body_pt;

    if (!b->rtl)
        *x += room;
    *w -= room;
}

/* Appends the picture 'pic' as a row, centred in the column [x, x + w); nothing when its
 * pixels cannot be made into an image. */
static void add_picture(builder *b, const wr_doc_picture *pic, int sec, double x, double w)
{
    cairo_surface_t *img;
    unsigned char *data;
    int stride;

    if (pic->w <= 0 || pic->h <= 0 || pic->w > 8192 || pic->h > 8192 || !pic->rgba)
        return;
    img = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pic->w, pic->h);
    if (cairo_surface_status(img) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(img);
        return;
    }
    cairo_surface_flush(img);
    data = cairo_image_surface_get_data(img);
    stride = cairo_image_surface_get_stride(img);
    for (int yy = 0; yy < pic->h; yy++) {
        const unsigned char *src = pic->rgba + (size_t)yy * (size_t)pic->w * 4;
        uint32_t *dst = (uint32_t *)(void *)(data + (size_t)yy * (size_t)stride);

        for (int xx = 0; xx < pic->w; xx++, src += 4) { /* premultiplied ARGB */
            uint32_t a = src[3];
            dst[xx] = a << 24 | (src[0] * a / 255) << 16 | (src[1] * a / 255) << 8 |
                      (src[2] * a / 255);
        }
    }
    cairo_surface_mark_dirty(img);
    b->pictures[b->n_pictures++] = img;

    row *r = push_row(b);
    double pw = fmin(pic->width_mm > 0 ? pic->width_mm * MM : w, w);

    if (!r)
        return;
    r->kind = ROW_PICTURE;
    r->picture = img;
    r->pic_w = pw;
    r->height = pw * pic->h / pic->w;
    r->x = x + (w - pw) / 2;
    r->space_before = 0.8 * b->g.body_pt;
    r->sec = sec;
}

/* Adds the pictures the document places before line 'line' of section 'index'. */
static void add_pictures_at(builder *b, int index, int line, int sec)
{
    double x, w;

    column(b, false, false, &x, &w);
    for (int i = 0; i < b->doc->n_pictures && b->doc->pictures; i++) {
        const wr_doc_picture *pic = &b->doc->pictures[i];

        if (pic->section == index && pic->line == line)
            add_picture(b, pic, sec, x, w);
    }
}

/* Appends a titled group of lines; nothing when it has no lines. 'gap' is the space above it;
 * 'index' is its place in doc->sections (-1: the highlight), 'sec' its slot. A care card
 * (card.c) is boxed with an icon beside its heading; WR_MARK_STAFF has type a fifth smaller
 * (12 pt at least). A plain box ('boxed') holds bullets. 'join' (a box, or 0): the section
 * goes on in that card, under a heading of body size, rather than in a card of its own. */
static void add_section(builder *b, const wr_section *s, wr_mark mark, bool boxed, double gap,
                        int index, int sec, int join)
{
    const geometry *g = &b->g;
    wr_mark kind = mark;
    bool staff = mark == WR_MARK_STAFF, card = wr_card_is(mark);
    double small = fmax(12.0, 0.8 * g->body_pt);
    int box = join ? join : sec + 1;
    style head = {.pt = staff ? fmax(12.0, 0.8 * g->heading_pt) : join ? g->body_pt : g->heading_pt,
                  .bold = true,
                  .mark = WR_MARK_NONE,
                  .boxed = boxed || card,
                  .keep_with_next = true,
                  .sec = sec,
                  .box = box,
                  .heading = true};
    if (card) {
        mark = WR_MARK_BULLET;
        boxed = true;
    }
    style body = {.pt = staff ? small : g->body_pt, .mark = mark, .boxed = boxed, .sec = sec,
                  .box = box};
    double x, w, next_gap = gap;
    int shown = 0;

    for (int i = 0; i < s->n_lines; i++)
        shown += s->lines[i] && s->lines[i][0];
    if (shown == 0)
        return;
    b->slots[sec] = (slot){.title = s->title, .card = card ? kind : WR_MARK_BULLET,
                           .boxed = boxed, .pt = head.pt, .joined = join != 0};
    if (s->title && s->title[0]) {
        column(b, boxed, false, &x, &w);
        if (card && !join)
            icon_room(b, &x, &w);
        b->slots[sec].x = x;
        b->slots[sec].w = w;
        add_paragraph(b, s->title, &head, x, w, gap);
        next_gap = 0.45 * g->body_pt;
    }
    column(b, boxed, mark != WR_MARK_NONE, &x, &w);
    for (int i = 0; i < s->n_lines; i++) {
        add_pictures_at(b, index, i, sec);
        if (!s->lines[i] || !s->lines[i][0])
            continue;
        add_paragraph(b, s->lines[i], &body, x, w, next_gap);
        next_gap = mark == WR_MARK_NONE ? 0.8 * g->body_pt : staff ? 0.4 * small : g->item_gap;
    }
    add_pictures_at(b, index, s->n_lines, sec);
}

/* Builds the rows above the sections: the clinic's name, the title, the date, the summary
 * for the clinician, and a rule under them. */
static void build_head(builder *b, const wr_doc *doc)
{
    const geometry *g = &b->g;
    style clinic = {.pt = fmax(12.0, 0.8 * g->date_pt), .bold = true, .grey = 0.3,
                    .mark = WR_MARK_NONE, .sec = -1};
    style title = {.pt = g->title_pt, .bold = true, .mark = WR_MARK_NONE, .sec = -1};
    style date = {.pt = g->date_pt, .grey = 0.3, .mark = WR_MARK_NONE, .sec = -1};
    style summary = {.pt = g->date_pt, .bold = true, .mark = WR_MARK_NONE, .sec = -1};
    double x, w;

    column(b, false, false, &x, &w);
    if (doc->clinic && doc->clinic[0])
        add_paragraph(b, doc->clinic, &clinic, x, w, 0);
    if (doc->title && doc->title[0])
        add_paragraph(b, doc->title, &title, x, w, b->n_rows ? 0.2 * g->body_pt : 0);
    if (doc->date && doc->date[0])
        add_paragraph(b, doc->date, &date, x, w, 0.3 * g->body_pt);
    if (doc->summary && doc->summary[0])
        add_paragraph(b, doc->summary, &summary, x, w, 0.3 * g->body_pt);
    if (b->n_rows > 0)
        add_rule(b, 0.7 * g->body_pt);
}

/* Builds every row of 'doc' except the footer (which goes on each page). */
static void build_rows(builder *b, const wr_doc *doc)
{
    const geometry *g = &b->g;
    double gap = g->section_gap;

    b->doc = doc;
    b->slots = calloc((size_t)doc->n_sections + 1, sizeof *b->slots);
    b->pictures = calloc((size_t)doc->n_pictures + 1, sizeof *b->pictures);
    if (!b->slots || !b->pictures) {
        b->failed = true;
        return;
    }
    b->n_slots = doc->n_sections + 1;
    build_head(b, doc);
    if (doc->highlight) {
        int before = b->n_rows;

        add_section(b, doc->highlight, WR_MARK_TODAY, true, g->section_gap + g->box_pad, -1, 0, 0);
        gap = b->n_rows > before ? g->section_gap + g->box_pad : g->section_gap;
    }
    for (int i = 0; i < doc->n_sections; i++) {
        int before = b->n_rows;
        wr_mark mark = doc->marks ? doc->marks[i] : doc->mark;
        const row *prev = before > 0 ? &b->rows[before - 1] : NULL;
        /* warning signs that follow warning signs go on in the same card */
        int join = prev && prev->box && mark == WR_MARK_NOW &&
                           b->slots[prev->box - 1].card == WR_MARK_NOW
                       ? prev->box
                       : 0;
        double above = join ? 2 * g->item_gap + 0.3 * g->body_pt
                            : gap + (wr_card_is(mark) || (prev && prev->boxed) ? g->box_pad : 0);

        add_section(b, &doc->sections[i], mark, false, above, i, i + 1, join);
        if (b->n_rows > before)
            gap = g->section_gap;
    }
}

/* ==== Pages =============================================================================== */

/* The height kept free at the bottom of a page for the footer. */
static double footer_band(const geometry *g)
{
    return g->footer_pt * 2.6;
}

/* The height the rows from 'i' (the first line of a paragraph) need on one page: a heading
 * goes with the paragraph after it, and a paragraph is not split unless it is longer than a
 * page ('room'). */
static double need_at(const builder *b, int i, bool page_top, double room)
{
    int last = i, whole;
    double need = (page_top ? 0 : b->rows[i].space_before) + b->rows[i].height, all;

    while (last + 1 < b->n_rows && b->rows[last].keep_with_next)
        last++;
    for (int j = i + 1; j <= last && j < b->n_rows; j++)
        need += b->rows[j].space_before + b->rows[j].height;
    whole = last + b->rows[last].lines_left;
    all = need;
    for (int j = last + 1; j <= whole && j < b->n_rows; j++)
        all += b->rows[j].space_before + b->rows[j].height;
    return all <= room ? all : need;
}

/* The height of the "continued" heading the row 'r' gets at the top of a page: its
 * section's heading again ("{title} (continued)") when the section began on an earlier
 * page; 0 when the row is a heading, has no titled section, or the document has no word. */
static double continued(builder *b, row *r)
{
    const char *tmpl = b->doc->continued;
    slot *sl;

    if (r->sec < 0 || r->heading || !tmpl || !tmpl[0])
        return 0;
    sl = &b->slots[r->sec];
    if (!sl->title || !sl->title[0] || sl->w <= 0)
        return 0;
    if (!sl->continued) {
        char text[640];
        const char *at = strstr(tmpl, "{title}");
        PangoRectangle ext;
        PangoLayout *layout;

        if (at)
            snprintf(text, sizeof text, "%.*s%s%s", (int)(at - tmpl), tmpl, sl->title, at + 7);
        else
            snprintf(text, sizeof text, "%s %s", sl->title, tmpl);
        layout = new_layout(b, text, sl->pt, true, sl->w);
        if (!keep_layout(b, layout))
            return 0;
        sl->continued = layout;
        pango_layout_get_extents(layout, NULL, &ext);
        sl->cont_h = (double)ext.height / PANGO_SCALE + 0.45 * b->g.body_pt;
    }
    r->cont_h = sl->cont_h;
    return sl->cont_h;
}

/* Places the rows on pages; returns the number of pages. On a growing page (receipt) all rows
 * go on page 0 and *content_bottom receives the bottom of the last row. */
static int paginate_with(builder *b, double band, double *content_bottom)
{
    const geometry *g = &b->g;
    double top = g->margin_top;
    double limit = g->page_h > 0 ? g->page_h - g->margin_bottom - band : INFINITY;
    double y = top;
    bool fresh = true; /* at the top of a page */
    int page = 0;

    for (int i = 0; i < b->n_rows; i++) {
        row *r = &b->rows[i];
        bool first_line = i == 0 || b->rows[i - 1].lines_left == 0;
        double need = first_line ? need_at(b, i, fresh, limit - top) : r->space_before + r->height;

        r->cont_h = 0;
        if (!fresh && y + need > limit) {
            page++;
            y = top + continued(b, r);
            fresh = true;
        }
        r->page = page;
        r->y = y + (fresh ? 0 : r->space_before);
        y = r->y + r->height;
        fresh = false;
    }
    *content_bottom = y;
    return page + 1;
}

/* Places the rows on pages; returns the number of pages. A document with no footer that fits
 * one page may use the footer's band too; on more pages the band holds the page numbers. */
static int paginate(builder *b, double *content_bottom)
{
    bool footer = b->doc->footer && b->doc->footer[0];
    int pages = paginate_with(b, footer ? footer_band(&b->g) : 0, content_bottom);

    if (pages > 1 && !footer)
        pages = paginate_with(b, footer_band(&b->g), content_bottom);
    return pages;
}

/* ==== Drawing ============================================================================= */

/* Draws the mark of the row at 'r' (a bullet or an empty check box) on the starting side. */
static void draw_mark(cairo_t *cr, const builder *b, const row *r)
{
    const geometry *g = &b->g;
    double x, w, cx, cy;

    column(b, r->boxed, false, &x, &w);
    cx = b->rtl ? x + w - 0.45 * g->mark_indent : x + 0.45 * g->mark_indent;
    cy = r->y + r->baseline - 0.34 * g->body_pt;
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_new_path(cr);
    if (r->mark == WR_MARK_BULLET) {
        cairo_arc(cr, cx, cy, 0.16 * g->body_pt, 0, 2 * M_PI);
        cairo_fill(cr);
    } else if (r->mark == WR_MARK_CHECKBOX) {
        double side = 0.78 * g->body_pt;

        cairo_set_line_width(cr, 0.09 * g->body_pt);
        cairo_rectangle(cr, cx - side / 2, cy - side / 2, side, side);
        cairo_stroke(cr);
    }
}

/* Draws the box or card around rows [first, last] of one page. */
static void draw_box(cairo_t *cr, const builder *b, const row *first, const row *last)
{
    const geometry *g = &b->g;
    double y0 = first->y - first->cont_h - g->box_pad, y1 = last->y + last->height + g->box_pad;

    wr_card_draw(cr, b->slots[first->box - 1].card, g->margin_x, y0, g->page_w - 2 * g->margin_x,
                 y1, g->edge, b->rtl);
}

/* Draws the boxes of one page: one per run of rows in the same box. */
static void draw_boxes(cairo_t *cr, const builder *b, int page)
{
    const row *first = NULL, *last = NULL;

    for (int i = 0; i <= b->n_rows; i++) {
        const row *r = i < b->n_rows ? &b->rows[i] : NULL;
        bool in_box = r && r->page == page && r->box;

        if (first && (!in_box || r->box != first->box)) {
            draw_box(cr, b, first, last);
            first = last = NULL;
        }
        if (in_box) {
            if (!first)
                first = r;
            last = r;
        }
    }
}

/* Draws the icon of the card of slot 'sl' beside a heading line [top, top + h). */
static void draw_icon(cairo_t *cr, const builder *b, const slot *sl, double top, double h)
{
    double off = 0.45 * b->g.body_pt + b->g.icon / 2;
    double cx = b->rtl ? sl->x + sl->w + off : sl->x - off;

    wr_card_icon(cr, sl->card, cx, top + h / 2, b->g.icon);
}

/* Draws the "continued" heading above row 'r' (and its card's icon). */
static void draw_continued(cairo_t *cr, const builder *b, const row *r)
{
    const slot *sl = &b->slots[r->sec];
    PangoLayoutLine *line = pango_layout_get_line_readonly(sl->continued, 0);
    PangoRectangle ext;
    double top = r->y - r->cont_h;

    pango_layout_line_get_extents(line, NULL, &ext);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_move_to(cr, sl->x, top);
    pango_cairo_show_layout(cr, sl->continued);
    if (wr_card_is(sl->card) && !sl->joined)
        draw_icon(cr, b, sl, top, (double)ext.height / PANGO_SCALE);
}

/* Draws a picture row, scaled to its place. */
static void draw_picture(cairo_t *cr, const row *r)
{
    int w = cairo_image_surface_get_width(r->picture);
    int h = cairo_image_surface_get_height(r->picture);

    cairo_save(cr);
    cairo_translate(cr, r->x, r->y);
    cairo_scale(cr, r->pic_w / w, r->height / h);
    cairo_set_source_surface(cr, r->picture, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    cairo_paint(cr);
    cairo_restore(cr);
}

/* Draws one row. */
static void draw_row(cairo_t *cr, const builder *b, const row *r)
{
    const geometry *g = &b->g;

    if (r->cont_h > 0)
        draw_continued(cr, b, r);
    if (r->kind == ROW_PICTURE) {
        draw_picture(cr, r);
        return;
    }
    cairo_set_source_rgb(cr, r->grey, r->grey, r->grey);
    if (r->kind == ROW_RULE) {
        cairo_set_line_width(cr, r->height);
        cairo_move_to(cr, g->margin_x, r->y + r->height / 2);
        cairo_line_to(cr, g->page_w - g->margin_x, r->y + r->height / 2);
        cairo_stroke(cr);
        return;
    }
    cairo_move_to(cr, r->x, r->y + r->baseline);
    pango_cairo_show_layout_line(cr, r->line);
    if (r->mark != WR_MARK_NONE)
        draw_mark(cr, b, r);
    if (r->icon)
        draw_icon(cr, b, &b->slots[r->sec], r->y, r->height);
}

/* Draws the footer of a page at 'y' (its top): the footer text on the starting side and, when
 * there is more than one page, "page / pages" on the other. */
static void draw_footer(cairo_t *cr, const builder *b, const char *footer, int page, int pages,
                        double y)
{
    const geometry *g = &b->g;
    double w = g->page_w - 2 * g->margin_x;
    char number[32];

    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    if (footer && footer[0]) {
        PangoLayout *layout = new_layout(b, footer, g->footer_pt, false, w);

        cairo_move_to(cr, g->margin_x, y);
        pango_cairo_show_layout(cr, layout);
        g_object_unref(layout);
    }
    if (pages > 1) {
        PangoLayout *layout;

        snprintf(number, sizeof number, "%d / %d", page + 1, pages);
        layout = new_layout(b, number, g->footer_pt, false, w);
        pango_layout_set_alignment(layout, b->rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
        cairo_move_to(cr, g->margin_x, y);
        pango_cairo_show_layout(cr, layout);
        g_object_unref(layout);
    }
}

/* ==== The PDF in memory =================================================================== */

/* cairo's write callback: appends to the wiping buffer (print.h). */
static cairo_status_t sink_write(void *closure, const unsigned char *data, unsigned int length)
{
    return wr_wbuf_put(closure, data, length) == 0 ? CAIRO_STATUS_SUCCESS
                                                   : CAIRO_STATUS_WRITE_ERROR;
}

/* The PDF's title: fixed per kind, never the document's own title or text. */
static const char *metadata_title(wr_print_kind kind)
{
    switch (kind) {
    case WR_KIND_LIST:
        return "Questions for my appointment";
    case WR_KIND_HANDOUT:
        return "Handout";
    case WR_KIND_SLIP:
        return "Please show this to staff";
    }
    return "waitroom";
}

/* Draws every page of the laid-out rows onto a new PDF surface writing into 's'.
 * Returns 0, or -1 with a message. */
static int draw_pdf(builder *b, const wr_doc *doc, int pages, double content_bottom, wr_wbuf *s,
                    char *err, size_t errlen)
{
    const geometry *g = &b->g;
    double page_h = g->page_h > 0 ? g->page_h : ceil(content_bottom + g->margin_bottom);
    double footer_y = g->page_h > 0 ? g->page_h - g->margin_bottom - g->footer_pt * 1.4
                                    : content_bottom + g->body_pt;
    cairo_surface_t *surface;
    cairo_t *cr;
    int status;

    if (g->page_h <= 0 && doc->footer && doc->footer[0])
        page_h += footer_band(g);
    surface = cairo_pdf_surface_create_for_stream(sink_write, s, g->page_w, page_h);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata_title(doc->kind));
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "waitroom");
    cr = cairo_create(surface);
    for (int page = 0; page < pages; page++) {
        draw_boxes(cr, b, page);
        for (int i = 0; i < b->n_rows; i++)
            if (b->rows[i].page == page)
                draw_row(cr, b, &b->rows[i]);
        draw_footer(cr, b, doc->footer, page, pages, footer_y);
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        snprintf(err, errlen, "cannot build the PDF: %s",
                 cairo_status_to_string((cairo_status_t)status));
        return -1;
    }
    return 0;
}

/* ==== The public functions ================================================================ */

/* The direction of 'doc' when it asks for WR_DIR_AUTO: that of the first strong character of
 * its title, box and lines; left to right when there is none. */
wr_doc_dir wr_doc_direction(const wr_doc *doc)
{
    PangoDirection d = text_dir(doc->title);

    if (doc->dir != WR_DIR_AUTO)
        return doc->dir;
    for (int i = -1; d == PANGO_DIRECTION_NEUTRAL && i < doc->n_sections; i++) {
        const wr_section *s = i < 0 ? doc->highlight : &doc->sections[i];

        for (int j = 0; s && j < s->n_lines && d == PANGO_DIRECTION_NEUTRAL; j++)
            d = text_dir(s->lines[j]);
    }
    return d == PANGO_DIRECTION_RTL ? WR_DIR_RTL : WR_DIR_LTR;
}

/* A pango context for laying out 'doc': points as units, no hinting (the PDF is vector), the
 * document's language and base direction. The caller unrefs it. */
static PangoContext *doc_context(wr_print_fonts *fonts, const wr_doc *doc, bool rtl)
{
    PangoContext *ctx = pango_font_map_create_context(wr_print_fonts_map(fonts));
    cairo_font_options_t *opts = cairo_font_options_create();

    cairo_font_options_set_hint_metrics(opts, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(opts, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(ctx, opts);
    cairo_font_options_destroy(opts);
    pango_cairo_context_set_resolution(ctx, 72.0);
    pango_context_set_language(ctx,
                               pango_language_from_string(doc->language ? doc->language : "en"));
    pango_context_set_base_dir(ctx, rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
    return ctx;
}

/* Lays out 'doc' at type scale 'scale' into 'b'; returns the number of pages, or -1 when out
 * of memory. */
static int lay_out(builder *b, const wr_doc *doc, wr_page_size size, double scale,
                   double *content_bottom)
{
    builder_free(b);
    b->g = geometry_for(size, scale);
    build_rows(b, doc);
    if (b->failed)
        return -1;
    return paginate(b, content_bottom);
}

/* Lays out and draws 'doc' into a new PDF in memory, retrying a long list with slightly
 * smaller type to keep it on two pages; the caller frees *out with wr_print_pdf_free(). */
int wr_doc_render_pdf(const wr_doc *doc, wr_print_fonts *fonts, wr_page_size size,
                      unsigned char **out, size_t *len, char *err, size_t errlen)
{
    builder b = {0};
    wr_wbuf s = {0};
    double bottom = 0;
    int pages, rc = -1;

    *out = NULL;
    *len = 0;
    if (!doc || !fonts) {
        snprintf(err, errlen, "no document or no fonts to print with");
        return -1;
    }
    b.rtl = wr_doc_direction(doc) == WR_DIR_RTL;
    b.ctx = doc_context(fonts, doc, b.rtl);
    pages = lay_out(&b, doc, size, 1.0, &bottom);
    if (pages > 1 && doc->kind == WR_KIND_LIST && size != WR_PAGE_RECEIPT) {
        /* A typical list fits one page: 14 pt type (then 13 pt) and closer lines before a
         * second page. */
        int tight = lay_out(&b, doc, size, -14.0 / 15.0, &bottom);
        if (tight != 1)
            tight = lay_out(&b, doc, size, -13.0 / 15.0, &bottom);
        if (tight != 1)
            pages = lay_out(&b, doc, size, 1.0, &bottom);
        else
            pages = tight;
    }
    if (pages > MAX_PAGES_FULL_LIST && size != WR_PAGE_RECEIPT)
        pages = lay_out(&b, doc, size, 14.0 / 15.0, &bottom);
    if (pages < 0) {
        snprintf(err, errlen, "out of memory while laying out the document");
        goto out_free;
    }
    if (draw_pdf(&b, doc, pages, bottom, &s, err, errlen) != 0) {
        wr_wbuf_free(&s);
        goto out_free;
    }
    *out = s.data;
    *len = s.len;
    rc = 0;
out_free:
    builder_free(&b);
    g_object_unref(b.ctx);
    return rc;
}

