/*
 * diag.h -- what the checker tells staff: each problem as "file:line: code: message", and
 * the list of them that one check builds. Pure C11 (no Lua): the kiosk and the tools use
 * it as plain data.
 *
 * The code table (wr_diag_codes) is the one place codes are defined. A code's letter is
 * its severity: E an error (the pack must not reach a patient), W a warning (worth a look;
 * the pack still works). scripts/README.md lists them; tests/test_lua_check.c keeps the
 * two in step.
 *
 * Ownership: a wr_diags owns copies of every file name and message added to it; release
 * them with wr_diags_free().
 */
#ifndef WR_DIAG_H
#define WR_DIAG_H

#include <stdio.h>

#include "pack.h"

typedef enum wr_severity { WR_SEV_ERROR, WR_SEV_WARNING } wr_severity;

/* One code: "E101", its short name "unknown-scene", and a line for the guide. */
typedef struct wr_diag_code {
    const char *code;
    const char *name;
    const char *help;
} wr_diag_code;

/* One problem. 'file' is NULL and 'line' 0 when the problem belongs to no file. */
typedef struct wr_diag {
    char *file;
    int line;
    const wr_diag_code *code;
    wr_severity severity;
    char *message;
} wr_diag;

/* The problems of one check, in the order found (wr_diags_sort() orders them by file). */
typedef struct wr_diags {
    wr_diag *v;
    int n, cap;
    int errors, warnings;
    int oom; /* a problem could not be stored: out of memory */
} wr_diags;

/* Every code, in order; *n receives the count. */
const wr_diag_code *wr_diag_codes(int *n);

/* The code "E101", or NULL when there is no such code. */
const wr_diag_code *wr_diag_code_find(const char *code);

/* An empty list (no allocation until the first problem). */
void wr_diags_init(wr_diags *d);

/* Frees every problem; the list is empty again. */
void wr_diags_free(wr_diags *d);

/* Adds a problem with 'code' (a code of the table; an unknown one is stored as E002) at
 * 'pos' (may be NULL), its message formatted printf-style. Returns 0, or -1 when out of
 * memory (then d->oom is set). */
int wr_diags_add(wr_diags *d, const char *code, const wr_srcpos *pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Orders the problems by file and line (problems without a file first), keeping the order
 * found among equals, and drops exact repeats. */
void wr_diags_sort(wr_diags *d);

/* Prints every problem, one "file:line: code: message" a line, or (json) one JSON array
 * of { "file", "line", "code", "severity", "message" } objects. */
void wr_diags_print(const wr_diags *d, FILE *out, int json);

/* "file:line: code: message" of one problem into 'buf'; returns buf. */
char *wr_diag_format(const wr_diag *dg, char *buf, size_t len);

/* How many single-letter edits turn 'a' into 'b' (99 when either is over 32 bytes). */
int wr_edit_distance(const char *a, const char *b);

/* Is 'name' close enough to 'known' to suggest it ("did you mean ...?"): the same but for
 * letter case, or a few edits apart for its length? */
int wr_diag_close(const char *name, const char *known);

#endif
