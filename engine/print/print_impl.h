/*
 * print_impl.h -- what the files of engine/print share with each other and nobody else.
 */
#ifndef WR_PRINT_IMPL_H
#define WR_PRINT_IMPL_H

#include <cairo.h>
#include <pango/pango.h>
#include <stdatomic.h>
#include <stdbool.h>

#include "print.h"

/* ---- fonts.c ---- */

/* The pango font map over the private font configuration; owned by 'fonts'. */
PangoFontMap *wr_print_fonts_map(wr_print_fonts *fonts);

/* ---- card.c ---- */

/* True when sections shown with 'mark' are care cards (staff, today, now, mention). */
bool wr_card_is(wr_mark mark);

/* Draws the card of 'mark' (or, for any other mark, a plain grey box) over
 * [x, x + w) x [y0, y1), with its coloured edge 'edge' points wide on the starting side. */
void wr_card_draw(cairo_t *cr, wr_mark mark, double x, double y0, double w, double y1,
                  double edge, bool rtl);

/* Draws the icon of card 'mark', 's' points across, centred on (cx, cy). */
void wr_card_icon(cairo_t *cr, wr_mark mark, double cx, double cy, double s);

/* ---- job.c and cups.c ---- */

/* What a worker reports back: an outcome and a reason for staff. */
typedef struct wr_print_result {
    wr_print_error error; /* WR_PRINT_OK = done */
    char reason[256];
} wr_print_result;

/* What a worker reads: its own copy of the request, and two flags the UI side may set. */
typedef struct wr_print_work {
    char *queue; /* NULL = default destination */
    wr_page_size page_size;
    wr_print_kind kind;
    const unsigned char *pdf;
    size_t len;
    int timeout_s;
    double deadline;    /* on wr_print_now()'s clock */
    atomic_bool cancel; /* set when the UI gives up: cancel the job, stop at once */
} wr_print_work;

/* Seconds on a monotonic clock. */
double wr_print_now(void);

/* Formats a reason into 'res' and sets its error code; returns -1 for `return wr_print_fail`. */
int wr_print_fail(wr_print_result *res, wr_print_error error, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Sends the work's PDF to CUPS and waits (polling the server, never longer than the deadline)
 * until the printer has finished with it. Runs on the worker thread. Returns 0 when the job
 * completed, or -1 with 'res' filled in. */
int wr_cups_print(wr_print_work *work, wr_print_result *res);

#endif
