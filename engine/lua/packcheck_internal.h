/*
 * packcheck_internal.h -- what packcheck.c, packcheck_flow.c and packcheck_text.c share. Not for
 * use outside engine/lua.
 */
#ifndef WR_PACKCHECK_INTERNAL_H
#define WR_PACKCHECK_INTERNAL_H

#include "packcheck.h"

/* One language being checked, and where its problems go. */
typedef struct checker {
    wr_emit_fn emit;
    void *ud;
    const wr_check_lang *lang;
    const wr_pack *p;
} checker;

/* A checker for 'lang' reporting to 'emit'. */
checker wr_ck_make(const wr_check_lang *lang, wr_emit_fn emit, void *ud);

/* Reports a problem with 'code' at 'pos' (NULL: the pack as a whole), printf-style. */
void wr_ck_report(checker *ck, const char *code, const wr_srcpos *pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* A position for problems of the whole language: meta, else start, else its first file. */
wr_srcpos wr_ck_where(const checker *ck);

/* " (did you mean 'x'?)" for the one of the 'n' names closest to 'name', or "" when none
 * is close; written to 'buf'. 'quote' is the quote mark to use: '\'' or '"'. */
const char *wr_ck_suggest(const char *name, const char *const *names, int n, char quote, char *buf,
                          size_t len);

#endif
