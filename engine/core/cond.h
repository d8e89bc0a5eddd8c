/*
 * cond.h -- evaluating conditions (answered, at_least, any, ...) against a session.
 * Pure C11.
 */
#ifndef WR_COND_H
#define WR_COND_H

#include <stddef.h>

#include "pack.h"
#include "session.h"

/* 1 when 'c' holds for 's', 0 when it does not, -1 when a script function failed (the
 * message, "file:line: ...", is written to 'err'). A NULL condition holds. ANY holds as
 * soon as one child holds, even when another child failed: a red flag that a plain
 * answer raises is never hidden by a broken script function beside it. */
int wr_cond_eval(const wr_pack *p, const wr_cond *c, const wr_session *s, char *err,
                 size_t n);

#endif
