/*
 * wire.h -- a print request as bytes, for the pipe between the kiosk and its print worker
 * (waitroom-print). The kiosk never links cairo, pango or CUPS: it hands each printout to a
 * short-lived worker process over a pipe (memory only, never a file), and reads one line back.
 *
 * The request: the printer settings, the number of copies, and either a document to lay out
 * or the bytes of a ready PDF (a handout shipped as a file).
 */
#ifndef WR_WIRE_H
#define WR_WIRE_H

#include <stddef.h>
#include <stdio.h>

#include "print.h"

typedef struct wr_wire_request {
    wr_printer_config printer;
    wr_print_kind kind;
    int copies;
    const wr_doc *doc;           /* a document to lay out, or NULL */
    const unsigned char *pdf;    /* else the PDF's bytes */
    size_t pdf_len;
} wr_wire_request;

/* Encodes 'r' into a malloc'd buffer (*len bytes); NULL when out of memory. The caller
 * wipes it (wr_wipe) and frees it. */
unsigned char *wr_wire_encode(const wr_wire_request *r, size_t *len);

/* A decoded request; every string and array lives in one block owned by it. */
typedef struct wr_wire_decoded wr_wire_decoded;

/* Reads a request from 'in'; NULL when it is malformed. Free with wr_wire_free(). */
wr_wire_decoded *wr_wire_read(FILE *in);
const wr_wire_request *wr_wire_get(const wr_wire_decoded *d);
void wr_wire_free(wr_wire_decoded *d);

#endif
