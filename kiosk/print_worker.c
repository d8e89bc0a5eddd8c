/*
 * print_worker.c -- waitroom-print: lays out one printout and sends it to the printer, in a
 * process of its own, so that the kiosk itself never loads cairo, pango, fontconfig or CUPS
 * (it starts faster and stays smaller), and a printing problem cannot take the kiosk down.
 *
 *   waitroom-print --fonts DIR  < request
 *   waitroom-print --status [QUEUE]     (the printer's state, for the staff menu)
 *
 * Reads one request (wire.h) from standard input: memory only, nothing is written to disk
 * but the PDFs of --print-to. Prints one line: "ok", or "fail <reason for staff>".
 */
#include "print.h"
#include "wire.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int answer(int ok, const char *reason)
{
    printf(ok ? "ok\n" : "fail %s\n", reason);
    fflush(stdout);
    return ok ? 0 : 1;
}

/* Sends 'pdf' once and waits for the outcome; returns 1 when printed. */
static int print_once(const wr_wire_request *r, const unsigned char *pdf, size_t len,
                      char *reason, size_t n)
{
    wr_print_job *job = wr_print_submit(&r->printer, pdf, len, r->kind);
    if (!job) {
        snprintf(reason, n, "out of memory");
        return 0;
    }
    wr_print_status st;
    while ((st = wr_print_job_poll(job)) == WR_PRINT_PENDING) {
        struct timespec ts = {0, 20 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    if (st == WR_PRINT_FAILED)
        snprintf(reason, n, "%s", wr_print_job_reason(job));
    wr_print_job_destroy(job);
    return st == WR_PRINT_DONE;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && argc <= 3 && strcmp(argv[1], "--status") == 0) {
        char state[512];
        int ok = wr_print_printer_state(argc == 3 ? argv[2] : NULL, state, sizeof state) == 0;
        printf("ok %s%s\n", state, ok ? "" : " (printing will fail)");
        return 0;
    }
    const char *fonts_dir = argc == 3 && strcmp(argv[1], "--fonts") == 0 ? argv[2] : NULL;
    char reason[512] = "", err[256];
    if (!fonts_dir)
        return answer(0, "usage: waitroom-print --fonts DIR < request");
    setvbuf(stdin, NULL, _IONBF, 0); /* no stdio buffer keeps a copy of the request */
    wr_wire_decoded *d = wr_wire_read(stdin);
    if (!d)
        return answer(0, "the print request could not be read");
    const wr_wire_request *r = wr_wire_get(d);
    unsigned char *pdf = (unsigned char *)r->pdf;
    size_t len = r->pdf_len;
    wr_print_fonts *fonts = NULL;
    int ok = 1;
    if (r->doc) {
        const char *paths[] = {fonts_dir, NULL};
        fonts = wr_print_fonts_create(paths, err, sizeof err);
        if (!fonts || wr_doc_render_pdf(r->doc, fonts, r->printer.page_size, &pdf, &len, err,
                                        sizeof err) < 0) {
            snprintf(reason, sizeof reason, "cannot lay out the printout: %s", err);
            ok = 0;
        }
    }
    for (int i = 0; ok && i < r->copies; i++)
        ok = print_once(r, pdf, len, reason, sizeof reason);
    if (r->doc)
        wr_print_pdf_free(pdf, len);
    wr_print_fonts_destroy(fonts);
    wr_wire_free(d);
    return answer(ok, reason);
}
