/*
 * print.h -- printouts: a document laid out as a PDF in memory (cairo + pango), and sent to a
 * CUPS queue or written to a folder by a worker thread that the UI polls.
 *
 * Includes neither SDL nor Lua. Documents hold patient text: every buffer this module hands
 * out is wiped before it is freed, through the *_free functions below. Nothing a patient
 * entered is ever written to a temporary file, a job title, a document name or PDF metadata.
 *
 * Threads: the document functions (fonts, layout, PDF) are for one thread, usually the UI's.
 * Print jobs run on their own worker threads; wr_print_job_poll() never blocks.
 */
#ifndef WR_PRINT_H
#define WR_PRINT_H

#include <stdbool.h>
#include <stddef.h>

#include "screen.h" /* wr_section */
#include "wipe.h"   /* wr_wipe, wr_wbuf: the one wiping discipline */

/* ==== Documents ========================================================================== */

typedef enum wr_page_size {
    WR_PAGE_A4,     /* 210 x 297 mm, body text 15 pt */
    WR_PAGE_LETTER, /* 8.5 x 11 in, body text 15 pt */
    WR_PAGE_RECEIPT /* an 80 mm roll (72 mm printed), one page as long as the content */
} wr_page_size;

typedef enum wr_doc_dir {
    WR_DIR_AUTO, /* from the first strong character of the title and the text */
    WR_DIR_LTR,
    WR_DIR_RTL
} wr_doc_dir;

/* How the lines of a section are shown. */
typedef enum wr_mark {
    WR_MARK_BULLET,   /* a round bullet before each line */
    WR_MARK_CHECKBOX, /* an empty square to tick during the appointment */
    WR_MARK_NONE,     /* plain paragraphs (handouts) */
    WR_MARK_STAFF,    /* "For staff": a card of its own (dark edge, a cross), bullets in
                       * smaller type (never below 12 pt), set apart from the patient's words */
    WR_MARK_TODAY,    /* a care card "tell the staff today": amber edge, a round "!" icon */
    WR_MARK_NOW,      /* a care card "get help straight away": red edge, a "!" triangle */
    WR_MARK_MENTION   /* a card for things to mention: blue edge, an "i" icon */
} wr_mark;

/* A care card's colours and icon are drawn with cairo only (no image, no extra font); each
 * kind also differs in its icon's shape, so a card still reads on a mono laser printer. */

/* A picture in a document: RGBA pixels (8 bits each, not premultiplied, 'w' * 4 bytes a
 * row), placed before line 'line' of section 'section' (line == n_lines: after the last),
 * centred, at most 'width_mm' wide. Pixels are borrowed. */
typedef struct wr_doc_picture {
    int section, line;
    int w, h;
    const unsigned char *rgba;
    double width_mm;
} wr_doc_picture;

/* What a printout is: chooses the fixed, generic job title and PDF title ("Questions for my
 * appointment", "Handout", "Please show this to staff"). The caller never passes a title of
 * its own, so nothing a patient typed can reach the spool, the logs or the PDF's metadata. */
typedef enum wr_print_kind {
    WR_KIND_LIST,    /* the patient's question list: "waitroom-list" */
    WR_KIND_HANDOUT, /* a staff handout: "waitroom-handout" */
    WR_KIND_SLIP     /* an urgent or today slip for the desk: "waitroom-slip" */
} wr_print_kind;

/* A document. Every pointer is borrowed for the duration of the call that reads it. */
typedef struct wr_doc {
    wr_print_kind kind;
    const char *title;    /* large heading, e.g. "Questions for my appointment" */
    const char *date;     /* the date line, already formatted, or NULL */
    const char *language; /* BCP-47 code of the text, e.g. "en", "es", "he"; NULL = "en" */
    wr_doc_dir dir;
    const wr_section *highlight; /* optional boxed section under the title: flagged for
                                  * today, the safety-net message; NULL for none */
    const wr_section *sections;  /* in order; a section with no title is just its lines */
    int n_sections;
    wr_mark mark;         /* how section lines are shown */
    const wr_mark *marks; /* optional: one per section, overriding 'mark' */
    const char *footer;   /* small print on every page, e.g. "Script pack 2026.03", or NULL */
    const char *clinic;   /* the clinic's name, a line above the title, or NULL */
    const char *summary;  /* a line under the date: "2 things to check today, 4 questions" */
    const char *continued; /* a heading repeated on the next page when its section breaks
                            * there: "{title} (continued)"; NULL: no such heading */
    const wr_doc_picture *pictures; /* handouts: pictures among the sections; NULL for none */
    int n_pictures;
} wr_doc;

/* The fonts printouts use, from a private fontconfig configuration: no system font is ever
 * consulted, so a printout looks the same on every kiosk. */
typedef struct wr_print_fonts wr_print_fonts;

/* Loads every font file in 'paths' (a NULL-terminated list of folders or font files, e.g.
 * { "assets/fonts", NULL }) into a private font configuration. Text is set in Atkinson
 * Hyperlegible, with Noto Sans and then any other loaded font as fallbacks for missing
 * characters. Returns NULL with a message in 'err' when no font could be loaded.
 * Free with wr_print_fonts_destroy(). */
wr_print_fonts *wr_print_fonts_create(const char *const *paths, char *err, size_t errlen);

/* Frees the fonts; NULL does nothing. No document may be rendering with them. */
void wr_print_fonts_destroy(wr_print_fonts *fonts);

/* Lays out 'doc' on pages of 'size' and returns the PDF, built in memory, in *out and *len.
 * A list that nearly fits one A4 or Letter page is set tighter, at 14 pt and then 13 pt,
 * to keep it on one; else A4 and Letter use at most two pages for a full question list (the
 * type shrinks a little, never below 14 pt, before a third page is used; no text is ever
 * dropped). A section that breaks across pages gets its heading again ('continued'); a
 * paragraph shorter than a page is never split. Fonts are embedded.
 * Returns 0, or -1 with a message in 'err'. The caller owns *out: release it with
 * wr_print_pdf_free(), which wipes it first. */
int wr_doc_render_pdf(const wr_doc *doc, wr_print_fonts *fonts, wr_page_size size,
                      unsigned char **out, size_t *len, char *err, size_t errlen);

/* The same content as plain UTF-8 text, one line per line: title, date, the boxed section,
 * the sections (bullets as "- ", check boxes as "[ ] "), then the footer. For the drive
 * mode's printed() and for tests. Returns NULL when out of memory; release the text with
 * wr_print_text_free(), which wipes it first. */
char *wr_doc_plain_text(const wr_doc *doc);

/* The direction 'doc' is laid out in: WR_DIR_LTR or WR_DIR_RTL, never WR_DIR_AUTO. */
wr_doc_dir wr_doc_direction(const wr_doc *doc);

/* Wipes and frees a PDF from wr_doc_render_pdf(); NULL does nothing. */
void wr_print_pdf_free(unsigned char *pdf, size_t len);

/* Wipes and frees a text from wr_doc_plain_text(); NULL does nothing. */
void wr_print_text_free(char *text);

/* ==== Printing =========================================================================== */

typedef struct wr_printer_config {
    const char *queue;      /* CUPS queue name; NULL or "" = the default destination */
    const char *folder;     /* --print-to DIR: write numbered PDFs there instead; NULL = CUPS */
    wr_page_size page_size; /* what the kiosk lays out; sent as the job's media (A4, Letter)
                             * when the printer lists that size */
    int timeout_s;          /* give up (and cancel the job) after this long; 0 = 60 s */
} wr_printer_config;

typedef enum wr_print_status {
    WR_PRINT_PENDING, /* "Printing..." */
    WR_PRINT_DONE,    /* the printer has finished: "Take your list from the printer" */
    WR_PRINT_FAILED   /* "Please ask at the desk for help"; see wr_print_job_reason() */
} wr_print_status;

/* Why a job failed, for staff screens and logs; the patient only ever sees "ask at the desk". */
typedef enum wr_print_error {
    WR_PRINT_OK,
    WR_PRINT_ERR_NO_QUEUE,  /* no such queue, or no default destination */
    WR_PRINT_ERR_SERVER,    /* the print server cannot be reached */
    WR_PRINT_ERR_STOPPED,   /* the queue is stopped (disabled) */
    WR_PRINT_ERR_REJECTING, /* the queue is not accepting jobs */
    WR_PRINT_ERR_NO_PAPER,  /* the printer reports media-empty or media-needed */
    WR_PRINT_ERR_JOB,       /* the job was aborted or cancelled at the printer */
    WR_PRINT_ERR_TIMEOUT,   /* not finished within the timeout; the job was cancelled */
    WR_PRINT_ERR_FOLDER     /* --print-to: the file could not be written */
} wr_print_error;

typedef struct wr_print_job wr_print_job;

/* Starts printing 'len' bytes of PDF at 'pdf' (copied: the caller may wipe and free its own
 * buffer at once) on a worker thread: to the CUPS queue of 'cfg', or, when cfg->folder is set,
 * to the next free "<kind>-<n>.pdf" in that folder ("list-1.pdf", "handout-2.pdf"...), mode
 * 0600, holding nothing but the PDF. The job title is fixed by 'kind'. 'cfg' is copied.
 * Returns NULL when there is nothing to print (no PDF), when out of memory, or when no thread
 * can be started.
 * Free with wr_print_job_destroy(). */
wr_print_job *wr_print_submit(const wr_printer_config *cfg, const unsigned char *pdf, size_t len,
                              wr_print_kind kind);

/* Where the job is now. Never blocks: it only reads what the worker has reported, and reports
 * WR_PRINT_FAILED (timed out) by itself when the timeout has passed even if the worker is
 * still stuck in a call to the print server. Once DONE or FAILED, the answer never changes. */
wr_print_status wr_print_job_poll(wr_print_job *job);

/* Why the job failed (WR_PRINT_OK while pending or done). */
wr_print_error wr_print_job_error(wr_print_job *job);

/* A one-line reason for staff, in English, e.g. "the queue \"desk\" is stopped: check the
 * printer, then run cupsenable desk"; "" while pending or done. The string belongs to the job and
 * stays valid until wr_print_job_destroy(). It never contains document text. */
const char *wr_print_job_reason(wr_print_job *job);

/* Lets go of the job; NULL does nothing. Never blocks: a job still running is cancelled
 * (at the print server too) and its worker frees it, wiping the PDF, when it ends. */
void wr_print_job_destroy(wr_print_job *job);

/* The fixed job title for 'kind': "waitroom-list", "waitroom-handout" or "waitroom-slip". */
const char *wr_print_kind_title(wr_print_kind kind);

/* The state of CUPS queue 'queue' (NULL: the default printer) as one line for staff
 * ("front-desk: ready", "front-desk: stopped, not accepting jobs, paused"). Returns 0 when
 * it can print, or -1 (the line says why). Asks the print server; may block ~1 s. */
int wr_print_printer_state(const char *queue, char *out, size_t n);

#endif
