/*
 * packcheck.h -- the checks that find a pack's problems before a patient meets them:
 * references, the shape of the journey (scenes nobody reaches, dead ends,
 * loops), red flags, text that does not fit the smallest screen or reads too hard, and the
 * clinical review sign-off. Pure C11 over wr_pack data (no Lua); luapack.c runs it after
 * loading. The codes are those of diag.h.
 */
#ifndef WR_PACKCHECK_H
#define WR_PACKCHECK_H

#include "pack.h"

/* Receives one problem: a code of diag.h, where (may be NULL) and the message. */
typedef void (*wr_emit_fn)(void *ud, const char *code, const wr_srcpos *pos, const char *msg);

/* One language of a pack as the checks see it. */
typedef struct wr_check_lang {
    const wr_pack *pack; /* resolved: wr_pack_resolve() has run */
    wr_srcpos meta;      /* where meta { } was written (line 0: it was not) */
    wr_srcpos start;     /* where start "..." was written (line 0: it was not) */
} wr_check_lang;

/* Unknown scenes, questions and options (with "did you mean"), scale numbers that can
 * never hold, unknown {placeholders}, red flags without words (E1xx). */
void wr_check_refs(const wr_check_lang *lang, wr_emit_fn emit, void *ud);

/* The journey (packcheck_flow.c): dead ends, loops without screens, empty and unreachable
 * scenes, questions never asked, red flags never raised, functions as conditions. */
void wr_check_journey(const wr_check_lang *lang, wr_emit_fn emit, void *ud);

/* The words (packcheck_text.c): reading grade, and fit on the smallest screen (800 x 480 either
 * way up) at the larger text size. */
void wr_check_text(const wr_check_lang *lang, wr_emit_fn emit, void *ud);

/* The characters (packcheck_chars.c): every string a person may see is UTF-8 without NUL
 * bytes or control characters (E302). */
void wr_check_chars(const wr_check_lang *lang, wr_emit_fn emit, void *ud);

/* The clinical review sign-off in meta (W501). */
void wr_check_review(const wr_check_lang *lang, wr_emit_fn emit, void *ud);

/* Every check above over 'n' languages, the default first: the logic's (references,
 * journey, review) once, the words of each language. The string tables are checked as
 * they are applied (packstrings.c). */
void wr_check_all(const wr_check_lang *langs, int n, wr_emit_fn emit, void *ud);

#endif
