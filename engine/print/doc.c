/*
 * doc.c -- a wr_doc laid out with pango and drawn into a PDF built in memory with cairo.
 *
 * The document becomes a flat list of rows (one per pango line, plus rules), each with the
 * space it wants above it; rows are then placed on pages (a heading never ends a page), and
 * drawn page by page. A receipt is laid out first and its single page made just tall enough.
 * Text is always set with pango_layout_set_text, never as markup.
 */
#include <cairo-pdf.h>
#include <fribidi.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdbool.h>
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
    g.item_gap = (tight ? 0.2 : 0.6) * g.body_pt;
    g.section_gap = (tight ? 0.9 : 1.3) * g.body_pt;
    if (tight) {
        g.margin_x = 16 * MM;
        g.margin_top = 12 * MM;
        g.margin_bottom = 12 * MM;
        g.title_pt = 20;
        g.heading_pt = 16;
    }
    g.mark_indent = 1.8 * g.body_pt;
    g.box_pad = 0.8 * g.body_pt;
    return g;
}

/* ==== Rows ================================================================================ */

typedef enum row_kind { ROW_TEXT, ROW_RULE } row_kind;

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
    bool boxed;              /* inside the highlighted box */
    bool keep_with_next;     /* a heading: never the last row of a page */
    int page;
    double y; /* top of the row on its page */
} row;

/* The rows of one document being built, and the layouts they point into. */
typedef struct builder {
    PangoContext *ctx;
    geometry g;
    bool rtl;
    row *rows;
    int n_rows, cap_rows;
    PangoLayout **layouts;
    int n_layouts, cap_layouts;
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
    free(b->layouts);
    free(b->rows);
    b->layouts = NULL;
    b->rows = NULL;
    b->n_layouts = b->n_rows = b->cap_layouts = b->cap_rows = 0;
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
}

/* The column of a paragraph: the full text width, less the box's padding, less the room for
 * a mark on the starting side. */
static void column(const builder *b, bool boxed, bool marked, double *x, double *w)
{
    const geometry *g = &b->g;
    double inset = boxed ? g->box_pad : 0;

    *x = g->margin_x + inset;
    *w = g->page_w - 2 * g->margin_x - 2 * inset;
    if (marked) {
        if (!b->rtl)
            *x += g->mark_indent;
        *w -= g->mark_indent;
    }
}

/* Appends a titled group of lines; nothing when it has no lines. 'gap' is the space above it.
 * WR_MARK_STAFF: bullets in a box, in type a fifth smaller (12 pt at least). */
static void add_section(builder *b, const wr_section *s, wr_mark mark, bool boxed, double gap)
{
    const geometry *g = &b->g;
    bool staff = mark == WR_MARK_STAFF;
    double small = fmax(12.0, 0.8 * g->body_pt);
    style head = {.pt = staff ? fmax(12.0, 0.8 * g->heading_pt) : g->heading_pt,
                  .bold = true,
                  .mark = WR_MARK_NONE,
                  .boxed = boxed || staff,
                  .keep_with_next = true};
    if (staff) {
        mark = WR_MARK_BULLET;
        boxed = true;
    }
    style body = {.pt = staff ? small : g->body_pt, .mark = mark, .boxed = boxed};
    double x, w, next_gap = gap;
    int shown = 0;

    for (int i = 0; i < s->n_lines; i++)
        shown += s->lines[i] && s->lines[i][0];
    if (shown == 0)
        return;
    if (s->title && s->title[0]) {
        column(b, boxed, false, &x, &w);
        add_paragraph(b, s->title, &head, x, w, gap);
        next_gap = 0.45 * g->body_pt;
    }
    column(b, boxed, mark != WR_MARK_NONE, &x, &w);
    for (int i = 0; i < s->n_lines; i++) {
        if (!s->lines[i] || !s->lines[i][0])
            continue;
        add_paragraph(b, s->lines[i], &body, x, w, next_gap);
        next_gap = mark == WR_MARK_NONE ? 0.8 * g->body_pt : staff ? 0.4 * small : g->item_gap;
    }
}

/* Builds every row of 'doc' except the footer (which goes on each page). */
static void build_rows(builder *b, const wr_doc *doc)
{
    const geometry *g = &b->g;
    style title = {.pt = g->title_pt, .bold = true, .mark = WR_MARK_NONE};
    style date = {.pt = g->date_pt, .grey = 0.3, .mark = WR_MARK_NONE};
    double x, w, gap = g->section_gap;

    column(b, false, false, &x, &w);
    if (doc->title && doc->title[0])
        add_paragraph(b, doc->title, &title, x, w, 0);
    if (doc->date && doc->date[0])
        add_paragraph(b, doc->date, &date, x, w, 0.3 * g->body_pt);
    if (b->n_rows > 0)
        add_rule(b, 0.7 * g->body_pt);
    if (doc->highlight) {
        int before = b->n_rows;

        add_section(b, doc->highlight, WR_MARK_BULLET, true, g->section_gap + g->box_pad);
        gap = b->n_rows > before ? g->section_gap + g->box_pad : g->section_gap;
    }
    for (int i = 0; i < doc->n_sections; i++) {
        int before = b->n_rows;

        add_section(b, &doc->sections[i], doc->marks ? doc->marks[i] : doc->mark, false, gap);
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
 * goes with the paragraph after it, and a paragraph of up to four lines is not split. */
static double need_at(const builder *b, int i, bool page_top)
{
    int last = i;
    double need = (page_top ? 0 : b->rows[i].space_before) + b->rows[i].height;

    while (last + 1 < b->n_rows && b->rows[last].keep_with_next)
        last++;
    if (b->rows[last].lines_left < 4)
        last += b->rows[last].lines_left;
    for (int j = i + 1; j <= last && j < b->n_rows; j++)
        need += b->rows[j].space_before + b->rows[j].height;
    return need;
}

/* Places the rows on pages; returns the number of pages. On a growing page (receipt) all rows
 * go on page 0 and *content_bottom receives the bottom of the last row. */
static int paginate(builder *b, double *content_bottom)
{
    const geometry *g = &b->g;
    double top = g->margin_top;
    double limit = g->page_h > 0 ? g->page_h - g->margin_bottom - footer_band(g) : INFINITY;
    double y = top;
    int page = 0;

    for (int i = 0; i < b->n_rows; i++) {
        row *r = &b->rows[i];
        bool first_line = i == 0 || b->rows[i - 1].lines_left == 0;
        double need = first_line ? need_at(b, i, y <= top) : r->space_before + r->height;

        if (y > top && y + need > limit) {
            page++;
            y = top;
        }
        r->page = page;
        r->y = y + (y > top ? r->space_before : 0);
        y = r->y + r->height;
    }
    *content_bottom = y;
    return page + 1;
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

/* Draws the background and border of the box around rows [first, last] of one page. */
static void draw_box(cairo_t *cr, const builder *b, const row *first, const row *last)
{
    const geometry *g = &b->g;
    double x = g->margin_x, w = g->page_w - 2 * g->margin_x;
    double y0 = first->y - g->box_pad, y1 = last->y + last->height + g->box_pad;
    double rad = 0.5 * g->box_pad;

    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - rad, y0 + rad, rad, -M_PI / 2, 0);
    cairo_arc(cr, x + w - rad, y1 - rad, rad, 0, M_PI / 2);
    cairo_arc(cr, x + rad, y1 - rad, rad, M_PI / 2, M_PI);
    cairo_arc(cr, x + rad, y0 + rad, rad, M_PI, 1.5 * M_PI);
    cairo_close_path(cr);
    cairo_set_source_rgb(cr, 0.93, 0.93, 0.93);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 0.25, 0.25, 0.25);
    cairo_set_line_width(cr, 1.5);
    cairo_stroke(cr);
}

/* Draws the boxes of one page: one per run of boxed rows. */
static void draw_boxes(cairo_t *cr, const builder *b, int page)
{
    const row *first = NULL, *last = NULL;

    for (int i = 0; i <= b->n_rows; i++) {
        const row *r = i < b->n_rows ? &b->rows[i] : NULL;
        bool in_box = r && r->page == page && r->boxed;

        if (in_box) {
            if (!first)
                first = r;
            last = r;
        } else if (first) {
            draw_box(cr, b, first, last);
            first = last = NULL;
        }
    }
}

/* Draws one row. */
static void draw_row(cairo_t *cr, const builder *b, const row *r)
{
    const geometry *g = &b->g;

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
        /* A typical list fits one page: 14 pt type and closer lines before a second page. */
        int tight = lay_out(&b, doc, size, -14.0 / 15.0, &bottom);
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

