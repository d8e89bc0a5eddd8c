/*
 * packcheck.c -- references, translations and the review sign-off, and the driver that runs
 * every check. Uses engine/core's pack lookups and the C library.
 */
#include "packcheck_internal.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"

/* ======================================================================================
 * Shared helpers
 * ==================================================================================== */

/* A checker for one language. */
checker wr_ck_make(const wr_check_lang *lang, wr_emit_fn emit, void *ud)
{
    checker ck = {emit, ud, lang, lang->pack};
    return ck;
}

/* Formats the message and hands it on. */
void wr_ck_report(checker *ck, const char *code, const wr_srcpos *pos, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ck->emit(ck->ud, code, pos, msg);
}

/* Where a problem of the whole language is shown: meta, start, or the first file. */
wr_srcpos wr_ck_where(const checker *ck)
{
    wr_srcpos first = {ck->p->n_files ? ck->p->files[0] : NULL, 0};
    if (ck->lang->meta.line > 0)
        return ck->lang->meta;
    if (ck->lang->start.line > 0)
        return ck->lang->start;
    return first;
}

/* Does 'text' contain 'part', ignoring letter case? */
static int has_nocase(const char *text, const char *part)
{
    size_t n = strlen(part);
    for (; *text; text++)
        if (strncasecmp(text, part, n) == 0)
            return 1;
    return 0;
}

/* " (did you mean 'x'?)" for the closest of 'names', or "". */
const char *wr_ck_suggest(const char *name, const char *const *names, int n, char quote, char *buf,
                          size_t len)
{
    int best = 100;
    const char *pick = NULL;
    buf[0] = '\0';
    for (int i = 0; name && i < n; i++) {
        if (!names[i] || !wr_diag_close(name, names[i]))
            continue;
        int d = strcasecmp(name, names[i]) == 0 ? 0 : wr_edit_distance(name, names[i]);
        if (d < best) {
            best = d;
            pick = names[i];
        }
    }
    if (pick)
        snprintf(buf, len, " (did you mean %c%s%c?)", quote, pick, quote);
    return buf;
}

/* Every scene id of the pack and "@end", for suggestions (malloc'd; NULL when OOM). */
static const char **scene_names(const wr_pack *p, int *n)
{
    const char **v = malloc((size_t)(p->n_scenes + 1) * sizeof *v);
    *n = 0;
    if (!v)
        return NULL;
    for (int i = 0; i < p->n_scenes; i++)
        v[(*n)++] = p->scenes[i].id;
    v[(*n)++] = "@end";
    return v;
}

/* Every question id of the pack (malloc'd; NULL when there are none or OOM). */
static const char **question_names(const wr_pack *p, int *n)
{
    const char **v = malloc((size_t)(p->n_questions + 1) * sizeof *v);
    *n = 0;
    for (int i = 0; v && i < p->n_questions; i++)
        v[(*n)++] = p->questions[i].id;
    return v;
}

/* ======================================================================================
 * References
 * ==================================================================================== */

/* Reports 'go' when it names no scene. 'what' says where it was written. */
static void check_target(checker *ck, const wr_srcpos *pos, const char *go, const char *what)
{
    char hint[200];
    int n = 0;
    if (!go || strcmp(go, "@end") == 0 || wr_pack_find_scene(ck->p, go) >= 0)
        return;
    const char **names = scene_names(ck->p, &n);
    wr_ck_report(ck, "E101", pos, "%s: unknown scene '%s'%s", what, go,
                 wr_ck_suggest(go, names, n, '\'', hint, sizeof hint));
    free(names);
}

/* Reports 'id' when it names no question; returns the question or NULL. */
static const wr_question *check_question(checker *ck, const wr_srcpos *pos, const char *id,
                                         const char *what)
{
    char hint[200];
    int n = 0, qi = wr_pack_find_question(ck->p, id);
    if (qi >= 0)
        return &ck->p->questions[qi];
    const char **names = question_names(ck->p, &n);
    wr_ck_report(ck, "E102", pos, "%s: unknown question '%s'%s", what, id ? id : "?",
                 wr_ck_suggest(id, names, n, '\'', hint, sizeof hint));
    free(names);
    return NULL;
}

/* The options named in answered(q, ...) against the question's option ids. */
static void check_options(checker *ck, const wr_cond *c, const wr_question *q)
{
    char hint[200];
    if (c->n_options > 0 && (q->kind == WR_Q_SCALE || q->kind == WR_Q_TYPED)) {
        wr_ck_report(ck, "E103", &c->pos,
                     "question '%s' is %s: answered() can name no option for it%s", q->id,
                     q->kind == WR_Q_SCALE ? "a scale" : "typed",
                     q->kind == WR_Q_SCALE ? " (use at_least or at_most)" : "");
        return;
    }
    for (int i = 0; i < c->n_options; i++) {
        if (wr_pack_find_option(q, c->options[i]) >= 0)
            continue;
        wr_ck_suggest(c->options[i],
                      (const char *const *)(q->option_ids ? q->option_ids : q->options),
                      q->n_options, '"', hint, sizeof hint);
        wr_ck_report(ck, "E103", &c->pos, "question '%s' has no option \"%s\"%s", q->id,
                     c->options[i], hint);
    }
}

/* at_least / at_most: a scale question, and a number that can hold. */
static void check_scale(checker *ck, const wr_cond *c, const wr_question *q)
{
    const char *word = c->kind == WR_COND_AT_LEAST ? "at_least" : "at_most";
    if (q->kind != WR_Q_SCALE) {
        wr_ck_report(ck, "E107", &c->pos, "%s(\"%s\", %d): question '%s' is not a scale", word,
                     q->id, c->number, q->id);
        return;
    }
    int never = c->kind == WR_COND_AT_LEAST ? c->number > q->scale_max : c->number < q->scale_min;
    if (never)
        wr_ck_report(ck, "E107", &c->pos,
                     "%s(\"%s\", %d) can never hold: the scale goes from %d to %d", word, q->id,
                     c->number, q->scale_min, q->scale_max);
}

/* Every name a condition uses. */
static void check_cond(checker *ck, const wr_cond *c)
{
    if (!c)
        return;
    const wr_question *q;
    switch (c->kind) {
    case WR_COND_ANSWERED:
    case WR_COND_AT_LEAST:
    case WR_COND_AT_MOST:
        q = check_question(ck, &c->pos, c->name,
                           c->kind == WR_COND_ANSWERED ? "answered()" : "at_least()/at_most()");
        if (q && c->kind == WR_COND_ANSWERED)
            check_options(ck, c, q);
        else if (q)
            check_scale(ck, c, q);
        return;
    case WR_COND_VISITED:
        check_target(ck, &c->pos, c->name, "visited()");
        return;
    default:
        for (int i = 0; i < c->n_kids; i++)
            check_cond(ck, c->kids[i]);
        return;
    }
}

/* Every {placeholder} in 'text': {answer:question}, {emergency} and {crisis_line} are known. */
static void check_placeholders(checker *ck, const wr_srcpos *pos, const char *text)
{
    const char *open = text;
    while (open && (open = strchr(open, '{')) != NULL) {
        const char *close = strchr(open, '}');
        if (!close)
            return;
        char key[128];
        snprintf(key, sizeof key, "%.*s", (int)(close - open - 1), open + 1);
        if (strncmp(key, "answer:", 7) == 0)
            check_question(ck, pos, key + 7, "{answer:...}");
        else if (strcmp(key, "emergency") != 0 && strcmp(key, "crisis_line") != 0)
            wr_ck_report(ck, "E203", pos,
                         "unknown placeholder {%s} (the known ones are {answer:question_id}, "
                         "{emergency} and {crisis_line})",
                         key);
        open = close + 1;
    }
}

/* One question of an ask_group: it exists, answers yes and no, and has a short line. */
static void check_group_item(checker *ck, const wr_step *st, int i)
{
    const wr_question *q = check_question(ck, &st->pos, st->items[i], "ask_group");
    if (!q)
        return;
    for (int k = 0; k < i; k++)
        if (strcmp(st->items[k], st->items[i]) == 0) {
            wr_ck_report(ck, "E132", &st->pos, "ask_group: question '%s' is in the group twice",
                         q->id);
            return;
        }
    if (q->kind != WR_Q_SINGLE || wr_pack_find_option(q, "yes") < 0 ||
        wr_pack_find_option(q, "no") < 0)
        wr_ck_report(ck, "E132", &st->pos,
                     "ask_group: question '%s' is not a Yes/No question (a group needs one "
                     "answer of options with the ids \"yes\" and \"no\")",
                     q->id);
    if (!q->brief || !*q->brief)
        wr_ck_report(ck, "E132", &st->pos,
                     "ask_group: question '%s' has no short line for the group screen (add "
                     "short = \"...\" to the question, at %s:%d)",
                     q->id, q->pos.file ? q->pos.file : "?", q->pos.line);
}

/* The step other than group 'at' that asks question 'id' too, or NULL. */
static const wr_step *asked_elsewhere(const wr_pack *p, const char *id, const wr_step *at)
{
    for (int s = 0; s < p->n_scenes; s++)
        for (int k = 0; k < p->scenes[s].n_steps; k++) {
            const wr_step *st = &p->scenes[s].steps[k];
            if (st->kind == WR_STEP_ASK && st->question && strcmp(st->question, id) == 0)
                return st;
            for (int i = 0; st->kind == WR_STEP_ASK_GROUP && i < st->n_items; i++)
                if (st != at && strcmp(st->items[i], id) == 0)
                    return st;
        }
    return NULL;
}

/* An ask_group: every question checked, and none asked anywhere else too. */
static void check_group(checker *ck, const wr_step *st)
{
    for (int i = 0; i < st->n_items; i++) {
        check_group_item(ck, st, i);
        const wr_step *other = asked_elsewhere(ck->p, st->items[i], st);
        if (other)
            wr_ck_report(ck, "E132", &st->pos,
                         "ask_group: question '%s' is also asked at %s:%d (a question of a "
                         "group is asked by the group only)",
                         st->items[i], other->pos.file ? other->pos.file : "?", other->pos.line);
    }
}

/* A safety net's text: {emergency} and {crisis_line} only. The signs are printed for anyone
 * whose answers fit, so they never repeat an answer ({answer:...}). */
static void net_text(checker *ck, const wr_safety_net *n, const char *text)
{
    if (!text)
        return;
    if (strstr(text, "{answer:"))
        wr_ck_report(ck, "E203", &n->pos,
                     "safety_net '%s' repeats an answer ({answer:...}): warning signs are the "
                     "same for everyone they apply to; say it with when = answered(...)",
                     n->id);
    else
        check_placeholders(ck, &n->pos, text);
}

/* A safety net: its condition, its words, and a lead-in that leads in to the signs. */
static void check_net(checker *ck, const wr_safety_net *n)
{
    check_cond(ck, n->when);
    net_text(ck, n, n->title);
    net_text(ck, n, n->action);
    for (int k = 0; k < n->n_signs; k++)
        net_text(ck, n, n->signs[k]);
    if (!n->title || strspn(n->title, " \t\n") == strlen(n->title))
        wr_ck_report(ck, "E203", &n->pos, "safety_net '%s' has an empty title (the lead-in, "
                     "such as \"Get help straight away if any of these start:\")", n->id);
}

/* A scene's targets, questions, conditions and placeholders. */
static void check_scene_refs(checker *ck, const wr_scene *sc)
{
    char what[200];
    snprintf(what, sizeof what, "scene '%s' go", sc->id);
    check_target(ck, &sc->pos, sc->go, what);
    for (int i = 0; i < sc->n_steps; i++) {
        const wr_step *st = &sc->steps[i];
        if (st->kind == WR_STEP_ASK)
            check_question(ck, &st->pos, st->question, "ask");
        if (st->kind == WR_STEP_ASK_GROUP)
            check_group(ck, st);
        for (int k = 0; st->item_when && k < st->n_items; k++)
            check_cond(ck, st->item_when[k]);
        if (st->kind == WR_STEP_CHOICE || st->kind == WR_STEP_JUMP)
            check_target(ck, &st->pos, st->go, st->kind == WR_STEP_CHOICE ? "choice" : "jump");
        if (st->kind == WR_STEP_SAY)
            check_placeholders(ck, &st->pos, st->text);
        check_cond(ck, st->when);
    }
}

/* Is 's' missing or only spaces? */
static int blank(const char *s)
{
    while (s && isspace((unsigned char)*s))
        s++;
    return !s || !*s;
}

/* References of one language; see check.h. */
void wr_check_refs(const wr_check_lang *lang, wr_emit_fn emit, void *ud)
{
    checker ck = wr_ck_make(lang, emit, ud);
    const wr_pack *p = ck.p;
    wr_srcpos where = wr_ck_where(&ck);
    if (!p->start)
        wr_ck_report(&ck, "E106", &where, "the pack has no start scene (add: start \"welcome\")");
    else
        check_target(&ck, lang->start.line > 0 ? &lang->start : &where, p->start, "start");
    for (int i = 0; i < p->n_scenes; i++)
        check_scene_refs(&ck, &p->scenes[i]);
    for (int i = 0; i < p->n_flags; i++) {
        const wr_flag *f = &p->flags[i];
        check_cond(&ck, f->when);
        check_placeholders(&ck, &f->pos, f->patient);
        if (blank(f->patient))
            wr_ck_report(&ck, "E131", &f->pos,
                         "red flag '%s' has no words for the patient "
                         "(patient = \"...\")",
                         f->id);
    }
    for (int i = 0; i < p->n_notes; i++) {
        check_cond(&ck, p->notes[i].when);
        check_placeholders(&ck, &p->notes[i].pos, p->notes[i].text);
    }
    for (int i = 0; i < p->n_nets; i++)
        check_net(&ck, &p->nets[i]);
}

/* ======================================================================================
 * Review, and every check
 * ==================================================================================== */

/* The sign-off in meta: reviewed_by, not a placeholder such as "not yet reviewed". */
void wr_check_review(const wr_check_lang *lang, wr_emit_fn emit, void *ud)
{
    checker ck = wr_ck_make(lang, emit, ud);
    const char *by = ck.p->reviewed_by;
    wr_srcpos where = wr_ck_where(&ck);
    if (blank(by))
        wr_ck_report(&ck, "W501", &where,
                     "no clinical review sign-off: add reviewed_by = \"name\" and reviewed_on = "
                     "\"date\" to meta once a clinician has reviewed the pack");
    else if (has_nocase(by, "not yet") || has_nocase(by, "not reviewed") ||
             has_nocase(by, "todo") || has_nocase(by, "pending"))
        wr_ck_report(&ck, "W501", &where, "no clinical review sign-off: reviewed_by says \"%s\"",
                     by);
}

/* Every check over the languages, the default first. The logic is the same in every
 * language (one logic, one string table per language), so its references, its journey
 * and its review are checked once; the words of every language are checked. */
void wr_check_all(const wr_check_lang *langs, int n, wr_emit_fn emit, void *ud)
{
    if (n < 1)
        return;
    wr_check_refs(&langs[0], emit, ud);
    wr_check_journey(&langs[0], emit, ud);
    wr_check_review(&langs[0], emit, ud);
    for (int i = 0; i < n; i++)
        wr_check_text(&langs[i], emit, ud);
}
