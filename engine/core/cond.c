/*
 * cond.c -- evaluating a pack's conditions against a session.
 * Uses only pack.h and session.h.
 */
#include "cond.h"

#include <stdio.h>

static int eval_answered(const wr_cond *c, const wr_session *s)
{
    if (!wr_session_answered(s, c->name))
        return 0;
    if (c->n_options == 0)
        return 1;
    for (int i = 0; i < c->n_options; i++)
        if (c->option_index && wr_session_has_option(s, c->name, c->option_index[i]))
            return 1;
    return 0;
}

static int eval_scale(const wr_cond *c, const wr_session *s)
{
    int n;
    if (!wr_session_number(s, c->name, &n))
        return 0;
    return c->kind == WR_COND_AT_LEAST ? n >= c->number : n <= c->number;
}

/* ANY holds when one child holds, even if another failed; ALL fails when one fails. */
static int eval_group(const wr_pack *p, const wr_cond *c, const wr_session *s, char *err,
                      size_t n)
{
    int failed = 0;
    int held = 0;
    for (int i = 0; i < c->n_kids; i++) {
        int r = wr_cond_eval(p, c->kids[i], s, err, n);
        if (r < 0)
            failed = 1;
        else
            held += r;
    }
    switch (c->kind) {
    case WR_COND_ANY:
        return held ? 1 : failed ? -1 : 0;
    case WR_COND_ALL:
        return failed ? -1 : held == c->n_kids;
    default: /* NONE */
        return held ? 0 : failed ? -1 : 1;
    }
}

/* 1 when 'c' holds for session 's', 0 when not, -1 when a script function failed (its
 * message in 'err'). A NULL condition holds. */
int wr_cond_eval(const wr_pack *p, const wr_cond *c, const wr_session *s, char *err,
                 size_t n)
{
    if (!c)
        return 1;
    switch (c->kind) {
    case WR_COND_TRUE:
        return 1;
    case WR_COND_ANSWERED:
        return eval_answered(c, s);
    case WR_COND_AT_LEAST:
    case WR_COND_AT_MOST:
        return eval_scale(c, s);
    case WR_COND_VISITED:
        return wr_session_visited(s, c->name);
    case WR_COND_CUSTOM:
        if (!p->custom_eval) {
            snprintf(err, n, "%s:%d: script condition cannot run", c->pos.file, c->pos.line);
            return -1;
        }
        return p->custom_eval(p->custom_ud, c->ref, s, err, n);
    default:
        return eval_group(p, c, s, err, n);
    }
}
