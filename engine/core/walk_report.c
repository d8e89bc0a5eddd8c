/*
 * walk_report.c -- the walker's report for staff: what was played, what was reached in
 * each language and what never was (with file:line), how the visits ended, and every
 * error with the taps that led to it. Uses only engine/core and the C library.
 */
#include "walk_internal.h"

#define MAX_MISSED 40 /* never-reached items listed per language */

/* "file:line" of 'pos' into 'buf'. */
static const char *where(const wr_srcpos *pos, char *buf, size_t len)
{
    snprintf(buf, len, "%s:%d", pos->file ? pos->file : "?", pos->line);
    return buf;
}

/* Prints one never-reached item, while fewer than MAX_MISSED were printed. */
static void missed(FILE *out, int *n, const wr_srcpos *pos, const char *fmt, const char *a,
                   const char *b) __attribute__((format(printf, 4, 0)));
static void missed(FILE *out, int *n, const wr_srcpos *pos, const char *fmt, const char *a,
                   const char *b)
{
    char at[300], what[600];
    if ((*n)++ >= MAX_MISSED)
        return;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    snprintf(what, sizeof what, fmt, a, b);
#pragma GCC diagnostic pop
    fprintf(out, "  never reached: %s (%s)\n", what, where(pos, at, sizeof at));
}

/* Lists what language 'c' never reached. */
static void print_missed(FILE *out, const walk_cover *c)
{
    const wr_pack *p = c->p;
    int n = 0;
    for (int i = 0; i < p->n_scenes; i++)
        if (!c->scenes[i])
            missed(out, &n, &p->scenes[i].pos, "scene '%s'%s", p->scenes[i].id, "");
    for (int i = 0; i < p->n_questions; i++) {
        const wr_question *q = &p->questions[i];
        if (!c->questions[i])
            missed(out, &n, &q->pos, "question '%s'%s", q->id, "");
        for (int k = 0; c->questions[i] && k < q->n_options; k++)
            if (!c->options[c->opt_base[i] + k])
                missed(out, &n, &q->pos, "option \"%s\" of question '%s'", q->options[k], q->id);
    }
    for (int i = 0; i < p->n_scenes; i++)
        for (int k = 0; c->scenes[i] && k < p->scenes[i].n_steps; k++) {
            const wr_step *st = &p->scenes[i].steps[k];
            if (st->kind == WR_STEP_CHOICE && !c->choices[c->step_base[i] + k])
                missed(out, &n, &st->pos, "choice \"%s\" of scene '%s'", st->text, p->scenes[i].id);
        }
    for (int i = 0; i < p->n_flags; i++)
        if (!c->flags[i])
            missed(out, &n, &p->flags[i].pos, "red flag '%s' (never raised)%s", p->flags[i].id, "");
    for (int i = 0; i < p->n_notes; i++)
        if (!c->notes[i])
            missed(out, &n, &p->notes[i].pos, "note '%s' (never on the list)%s", p->notes[i].id,
                   "");
    if (n > MAX_MISSED)
        fprintf(out, "  ... and %d more never reached\n", n - MAX_MISSED);
}

/* The first line: what was played, and how fast. */
static void print_head(const wr_walk *w, FILE *out)
{
    double rate = w->seconds > 0 ? w->visits / w->seconds : 0;
    if (w->opt.exhaustive)
        fprintf(out, "walk: every branch, %d states, %d visits, %ld taps in %.2f s%s\n", w->states,
                w->visits, w->taps, w->seconds,
                w->bounded ? " (stopped at the state limit: some branches were not tried)" : "");
    else
        fprintf(out,
                "walk: %d random visits (seed %llu), %ld taps in %.2f s (%.0f visits a second)\n",
                w->visits, (unsigned long long)w->opt.seed, w->taps, w->seconds, rate);
}

/* Prints the report; see walk.h. */
void wr_walk_print(const wr_walk *w, FILE *out)
{
    print_head(w, out);
    for (int i = 0; i < w->n; i++) {
        wr_walk_cover c;
        wr_walk_coverage(w, i, &c);
        fprintf(out,
                "%s: scenes %d/%d, questions %d/%d, options %d/%d, choices %d/%d, red flags "
                "%d/%d, notes %d/%d\n",
                w->packs[i]->language ? w->packs[i]->language : "?", c.scenes, c.n_scenes,
                c.questions, c.n_questions, c.options, c.n_options, c.choices, c.n_choices, c.flags,
                c.n_flags, c.notes, c.n_notes);
        print_missed(out, &w->cov[i]);
    }
    fprintf(out,
            "ends: %d thank-you, %d urgent, %d error, %d started over, %d walked away, "
            "%d given up after %d taps\n",
            w->ends[END_THANKS], w->ends[END_URGENT], w->ends[END_ERROR], w->ends[END_OVER],
            w->ends[END_AWAY], w->unfinished, w->opt.max_taps);
    if (w->n_found == 0)
        fprintf(out, "no errors found\n");
    for (int i = 0; i < w->n_found; i++)
        fprintf(out, "error: %s\n  taps: %s\n", w->found[i].message, w->found[i].path);
}
