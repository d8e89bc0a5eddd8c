/*
 * card.c -- care cards on paper, NHS style: a light tint, a thin border, a coloured edge on
 * the starting side, and an icon drawn with cairo paths (no image, no extra font). Each
 * kind has its own icon shape, so the cards still read apart on a mono laser printer, where
 * the colours print as greys.
 */
#include <math.h>

#include "print_impl.h"

/* The colours of one kind of card. */
typedef struct look {
    double edge[3]; /* the edge and the icon */
    double fill[3]; /* the card's tint */
} look;

/* The colours of 'mark' (a plain grey box for a mark that is no card). */
static look look_of(wr_mark mark)
{
    switch (mark) {
    case WR_MARK_NOW: /* NHS red */
        return (look){{0.835, 0.157, 0.106}, {0.992, 0.945, 0.937}};
    case WR_MARK_TODAY: /* NHS orange: a darker edge than yellow, still visible in grey */
        return (look){{0.800, 0.420, 0.000}, {1.000, 0.965, 0.890}};
    case WR_MARK_MENTION: /* NHS blue */
        return (look){{0.000, 0.369, 0.722}, {0.937, 0.957, 0.988}};
    case WR_MARK_STAFF: /* NHS dark grey */
        return (look){{0.259, 0.333, 0.388}, {0.945, 0.945, 0.945}};
    default:
        return (look){{0.25, 0.25, 0.25}, {0.93, 0.93, 0.93}};
    }
}

/* True when sections shown with 'mark' are drawn as a card. */
bool wr_card_is(wr_mark mark)
{
    return mark == WR_MARK_STAFF || mark == WR_MARK_TODAY || mark == WR_MARK_NOW ||
           mark == WR_MARK_MENTION;
}

/* A rounded rectangle path. */
static void rounded(cairo_t *cr, double x, double y, double w, double h, double r)
{
    cairo_new_sub_path(cr);
    cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, 0);
    cairo_arc(cr, x + w - r, y + h - r, r, 0, M_PI / 2);
    cairo_arc(cr, x + r, y + h - r, r, M_PI / 2, M_PI);
    cairo_arc(cr, x + r, y + r, r, M_PI, 1.5 * M_PI);
    cairo_close_path(cr);
}

/* Draws the card (or plain box) of 'mark' over [x, x + w) x [y0, y1), its edge 'edge' points
 * wide on the right when 'rtl', else on the left. */
void wr_card_draw(cairo_t *cr, wr_mark mark, double x, double y0, double w, double y1,
                  double edge, bool rtl)
{
    look l = look_of(mark);
    double rad = 0.35 * edge + 2;

    cairo_save(cr);
    rounded(cr, x, y0, w, y1 - y0, rad);
    cairo_set_source_rgb(cr, l.fill[0], l.fill[1], l.fill[2]);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    cairo_set_line_width(cr, wr_card_is(mark) ? 0.8 : 1.5);
    cairo_stroke(cr);
    if (wr_card_is(mark)) {
        rounded(cr, x, y0, w, y1 - y0, rad);
        cairo_clip(cr);
        cairo_rectangle(cr, rtl ? x + w - edge : x, y0, edge, y1 - y0);
        cairo_set_source_rgb(cr, l.edge[0], l.edge[1], l.edge[2]);
        cairo_fill(cr);
    }
    cairo_restore(cr);
}

/* A white bar with round ends from (x, y0) down to (x, y1), 'wd' wide. */
static void bar(cairo_t *cr, double x, double y0, double y1, double wd)
{
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_width(cr, wd);
    cairo_move_to(cr, x, y0);
    cairo_line_to(cr, x, y1);
    cairo_stroke(cr);
}

/* A white dot. */
static void dot(cairo_t *cr, double x, double y, double r)
{
    cairo_new_path(cr);
    cairo_arc(cr, x, y, r, 0, 2 * M_PI);
    cairo_fill(cr);
}

/* Draws the icon of card 'mark', 's' points across, centred on (cx, cy): a triangle with
 * "!" (straight away), a disc with "!" (today), a disc with "i" (mention), a rounded square
 * with "+" (staff). Nothing for a mark that is no card. */
void wr_card_icon(cairo_t *cr, wr_mark mark, double cx, double cy, double s)
{
    look l = look_of(mark);
    double r = s / 2, wd = 0.14 * s;

    if (!wr_card_is(mark))
        return;
    cairo_save(cr);
    cairo_new_path(cr);
    cairo_set_source_rgb(cr, l.edge[0], l.edge[1], l.edge[2]);
    if (mark == WR_MARK_NOW) {
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
        cairo_set_line_width(cr, 0.12 * s);
        cairo_move_to(cr, cx, cy - r);
        cairo_line_to(cr, cx + r, cy + 0.8 * r);
        cairo_line_to(cr, cx - r, cy + 0.8 * r);
        cairo_close_path(cr);
        cairo_fill_preserve(cr);
        cairo_stroke(cr);
    } else if (mark == WR_MARK_STAFF) {
        rounded(cr, cx - r, cy - r, s, s, 0.2 * s);
        cairo_fill(cr);
    } else {
        cairo_arc(cr, cx, cy, r, 0, 2 * M_PI);
        cairo_fill(cr);
    }
    cairo_set_source_rgb(cr, 1, 1, 1);
    if (mark == WR_MARK_NOW) {
        bar(cr, cx, cy - 0.35 * r, cy + 0.2 * r, wd);
        dot(cr, cx, cy + 0.5 * r, 0.6 * wd);
    } else if (mark == WR_MARK_TODAY) {
        bar(cr, cx, cy - 0.5 * r, cy + 0.15 * r, wd);
        dot(cr, cx, cy + 0.5 * r, 0.6 * wd);
    } else if (mark == WR_MARK_MENTION) {
        dot(cr, cx, cy - 0.5 * r, 0.6 * wd);
        bar(cr, cx, cy - 0.1 * r, cy + 0.55 * r, wd);
    } else {
        bar(cr, cx, cy - 0.55 * r, cy + 0.55 * r, wd);
        cairo_move_to(cr, cx - 0.55 * r, cy);
        cairo_line_to(cr, cx + 0.55 * r, cy);
        cairo_stroke(cr);
    }
    cairo_restore(cr);
}
