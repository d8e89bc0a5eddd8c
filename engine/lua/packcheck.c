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
checker ck_make(const wr_check_lang *lang, wr_emit_fn emit, void *ud)
{
    checker ck = {emit, ud, lang, lang->pack};
    return ck;
}

/* Formats the message and hands it on. */
void ck_report(checker *ck, const char *code, const wr_srcpos *pos, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ck->emit(ck->ud, code, pos, msg);
}

/* Where a problem of the whole language is shown: meta, start, or the first file. */
wr_srcpos ck_where(const checker *ck)
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
const char *ck_suggest(const char *name, const char *const *names, int n, char quote, char *buf,
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
    ck_report(ck, "E101", pos, "%s: unknown scene '%s'%s", what, go,
              ck_suggest(go, names, n, '\'', hint, sizeof hint));
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
    ck_report(ck, "E102", pos, "%s: unknown question '%s'%s", what, id ? id : "?",
              ck_suggest(id, names, n, '\'', hint, sizeof hint));
    free(names);
    return NULL;
}

/* The option labels of answered(q, ...) against the question's options. */
static void check_options(checker *ck, const wr_cond *c, const wr_question *q)
{
    char hint[200];
    if (c->n_options > 0 && (q->kind == WR_Q_SCALE || q->kind == WR_Q_TYPED)) {
        ck_report(ck, "E103", &c->pos,
                  "question '%s' is %s: answered() can name no option for it%s", q->id,
                  q->kind == WR_Q_SCALE ? "a scale" : "typed",
                  q->kind == WR_Q_SCALE ? " (use at_least or at_most)" : "");
        return;
    }
    for (int i = 0; i < c->n_options; i++) {
        if (wr_pack_find_option(q, c->options[i]) >= 0)
            continue;
        ck_suggest(c->options[i], (const char *const *)q->options, q->n_options, '"', hint,
                   sizeof hint);
        ck_report(ck, "E103", &c->pos, "question '%s' has no option \"%s\"%s", q->id, c->options[i],
                  hint);
    }
}

/* at_least / at_most: a scale question, and a number that can hold. */
static void check_scale(checker *ck, const wr_cond *c, const wr_question *q)
{
    const char *word = c->kind == WR_COND_AT_LEAST ? "at_least" : "at_most";
    if (q->kind != WR_Q_SCALE) {
        ck_report(ck, "E107", &c->pos, "%s(\"%s\", %d): question '%s' is not a scale", word, q->id,
                  c->number, q->id);
        return;
    }
    int never = c->kind == WR_COND_AT_LEAST ? c->number > q->scale_max : c->number < q->scale_min;
    if (never)
        ck_report(ck, "E107", &c->pos,
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
            ck_report(ck, "E203", pos,
                      "unknown placeholder {%s} (the known ones are {answer:question_id}, "
                      "{emergency} and {crisis_line})",
                      key);
        open = close + 1;
    }
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
    checker ck = ck_make(lang, emit, ud);
    const wr_pack *p = ck.p;
    wr_srcpos where = ck_where(&ck);
    if (!p->start)
        ck_report(&ck, "E106", &where, "the pack has no start scene (add: start \"welcome\")");
    else
        check_target(&ck, lang->start.line > 0 ? &lang->start : &where, p->start, "start");
    for (int i = 0; i < p->n_scenes; i++)
        check_scene_refs(&ck, &p->scenes[i]);
    for (int i = 0; i < p->n_flags; i++) {
        const wr_flag *f = &p->flags[i];
        check_cond(&ck, f->when);
        check_placeholders(&ck, &f->pos, f->patient);
        if (blank(f->patient))
            ck_report(&ck, "E131", &f->pos,
                      "red flag '%s' has no words for the patient "
                      "(patient = \"...\")",
                      f->id);
    }
    for (int i = 0; i < p->n_notes; i++) {
        check_cond(&ck, p->notes[i].when);
        check_placeholders(&ck, &p->notes[i].pos, p->notes[i].text);
    }
}

/* ======================================================================================
 * Translations
 * ==================================================================================== */

enum { K_SCENE, K_QUESTION, K_FLAG, K_PROMPT, K_NOTE, K_HANDOUT, K_KINDS };
static const char *const kind_words[] = {"scene",  "question", "red_flag",
                                         "prompt", "note",     "handout"};

/* The number of items of 'kind' in 'p'. */
static int item_count(const wr_pack *p, int kind)
{
    const int n[] = {p->n_scenes,  p->n_questions, p->n_flags,
                     p->n_prompts, p->n_notes,     p->n_handouts};
    return n[kind];
}

/* The id of item 'i' of 'kind' in 'p', and its position in *pos. */
static const char *item_id(const wr_pack *p, int kind, int i, const wr_srcpos **pos)
{
    switch (kind) {
    case K_SCENE:
        *pos = &p->scenes[i].pos;
        return p->scenes[i].id;
    case K_QUESTION:
        *pos = &p->questions[i].pos;
        return p->questions[i].id;
    case K_FLAG:
        *pos = &p->flags[i].pos;
        return p->flags[i].id;
    case K_PROMPT:
        *pos = &p->prompts[i].pos;
        return p->prompts[i].id;
    case K_NOTE:
        *pos = &p->notes[i].pos;
        return p->notes[i].id;
    default:
        *pos = &p->handouts[i].pos;
        return p->handouts[i].id;
    }
}

/* The index of the item of 'kind' with 'id' in 'p', or -1. */
static int item_find(const wr_pack *p, int kind, const char *id)
{
    const wr_srcpos *pos;
    for (int i = 0; i < item_count(p, kind); i++)
        if (strcmp(item_id(p, kind, i, &pos), id) == 0)
            return i;
    return -1;
}

/* Reports the items of 'kind' that 'a' has and 'b' lacks ('missing': a is the default). */
static void compare_ids(checker *ck, const wr_pack *a, const wr_pack *b, int kind, int missing)
{
    const wr_srcpos *pos;
    for (int i = 0; i < item_count(a, kind); i++) {
        const char *id = item_id(a, kind, i, &pos);
        if (item_find(b, kind, id) >= 0)
            continue;
        if (missing)
            ck_report(ck, "E601", pos, "%s '%s' is missing from the \"%s\" translation",
                      kind_words[kind], id, b->language);
        else
            ck_report(ck, "E602", pos, "%s '%s' is not in the default language \"%s\"",
                      kind_words[kind], id, b->language);
    }
}

/* Reports a translated question whose answers would not line up with the default's. */
static void compare_question(checker *ck, const wr_question *q, const wr_question *d,
                             const char *lang)
{
    static const char *const kinds[] = {"one answer", "multiple", "scale", "typed"};
    if (q->kind != d->kind)
        ck_report(ck, "E603", &q->pos, "question '%s' is %s here but %s in \"%s\"", q->id,
                  kinds[q->kind], kinds[d->kind], lang);
    else if (q->n_options != d->n_options)
        ck_report(ck, "E603", &q->pos,
                  "question '%s' has %d options here but %d in \"%s\" (answers are matched by "
                  "position)",
                  q->id, q->n_options, d->n_options, lang);
    else if (q->scale_min != d->scale_min || q->scale_max != d->scale_max)
        ck_report(ck, "E603", &q->pos,
                  "question '%s' has the scale %d to %d here but %d to %d in \"%s\"", q->id,
                  q->scale_min, q->scale_max, d->scale_min, d->scale_max, lang);
    else if (q->required != d->required)
        ck_report(ck, "E603", &q->pos, "question '%s' is %srequired here but %srequired in \"%s\"",
                  q->id, q->required ? "" : "not ", d->required ? "" : "not ", lang);
}

/* Do two strings match (both NULL counts)? */
static int same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* Do two conditions ask the same of the answers (options by position, names by id)? */
static int same_cond(const wr_cond *a, const wr_cond *b)
{
    if (!a || !b)
        return a == b;
    if (a->kind != b->kind || a->n_kids != b->n_kids || a->n_options != b->n_options ||
        a->number != b->number || !same_str(a->name, b->name))
        return 0;
    for (int i = 0; i < a->n_options; i++) {
        int ia = a->option_index ? a->option_index[i] : -1;
        int ib = b->option_index ? b->option_index[i] : -1;
        if (ia != ib)
            return 0;
    }
    for (int i = 0; i < a->n_kids; i++)
        if (!same_cond(a->kids[i], b->kids[i]))
            return 0;
    return 1;
}

/* Is step 'st' part of a scene's skeleton (what a translation must keep)? */
static int skeleton(const wr_step *st)
{
    return st->kind != WR_STEP_SAY && st->kind != WR_STEP_PICTURE;
}

/* The next skeleton step of 'sc' from index *i on, or NULL; advances *i past it. */
static const wr_step *next_bone(const wr_scene *sc, int *i)
{
    while (*i < sc->n_steps && !skeleton(&sc->steps[*i]))
        (*i)++;
    return *i < sc->n_steps ? &sc->steps[(*i)++] : NULL;
}

/* Do two skeleton steps do the same thing? */
static int same_bone(const wr_step *a, const wr_step *b)
{
    return a->kind == b->kind && same_str(a->question, b->question) && same_str(a->go, b->go) &&
           (a->kind != WR_STEP_PICK_PROMPTS ||
            (a->max == b->max && a->max_typed == b->max_typed)) &&
           same_cond(a->when, b->when);
}

/* Reports a translated scene whose questions, choices, jumps or go differ from the
 * default's: switching language mid-visit keeps the place, so the two must line up. */
static void compare_scene(checker *ck, const wr_scene *s, const wr_scene *d, const char *lang)
{
    int i = 0, j = 0, n = 0;
    for (;;) {
        const wr_step *a = next_bone(s, &i), *b = next_bone(d, &j);
        n++;
        if (!a && !b)
            break;
        if (!a || !b || !same_bone(a, b)) {
            ck_report(ck, "E603", a ? &a->pos : &s->pos,
                      "scene '%s' differs from \"%s\" in its questions, choices or jumps (the "
                      "%d%s of them); only the words may differ",
                      s->id, lang, n,
                      n == 1   ? "st"
                      : n == 2 ? "nd"
                      : n == 3 ? "rd"
                               : "th");
            return;
        }
    }
    if (!same_str(s->go, d->go))
        ck_report(ck, "E603", &s->pos, "scene '%s' goes to '%s' here but to '%s' in \"%s\"", s->id,
                  s->go ? s->go : "@end", d->go ? d->go : "@end", lang);
}

/* Reports translated red flags and notes that raise differently. */
static void compare_rules(checker *ck, const wr_pack *t, const wr_pack *d)
{
    static const char *const levels[] = {"urgent", "today", "mention"};
    for (int i = 0; i < t->n_flags; i++) {
        int j = item_find(d, K_FLAG, t->flags[i].id);
        if (j < 0)
            continue;
        const wr_flag *a = &t->flags[i], *b = &d->flags[j];
        if (a->level != b->level)
            ck_report(ck, "E603", &a->pos, "red flag '%s' is %s here but %s in \"%s\"", a->id,
                      levels[a->level], levels[b->level], d->language);
        else if (!same_cond(a->when, b->when))
            ck_report(ck, "E603", &a->pos,
                      "red flag '%s' is raised by a different condition here than in \"%s\"", a->id,
                      d->language);
    }
    for (int i = 0; i < t->n_notes; i++) {
        int j = item_find(d, K_NOTE, t->notes[i].id);
        if (j >= 0 && !same_cond(t->notes[i].when, d->notes[j].when))
            ck_report(ck, "E603", &t->notes[i].pos,
                      "note '%s' has a different condition here than in \"%s\"", t->notes[i].id,
                      d->language);
    }
}

/* Engine words a translation (not in English) leaves in English: one warning with a few. */
static void compare_ui(checker *ck, const wr_pack *t)
{
    int n = 0, missing = 0;
    const wr_uitext *ui = wr_pack_builtin_ui(&n);
    char names[300] = "";
    if (!t->language || strncmp(t->language, "en", 2) == 0)
        return;
    for (int i = 0; i < n; i++) {
        int k = 0;
        while (k < t->n_uitext && strcmp(t->uitext[k].key, ui[i].key) != 0)
            k++;
        if (k < t->n_uitext)
            continue;
        if (missing++ < 4)
            snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s",
                     missing > 1 ? ", " : "", ui[i].key);
    }
    wr_srcpos where = ck_where(ck);
    if (missing)
        ck_report(ck, "W605", &where,
                  "%d of the engine's words are still in English in \"%s\" (%s%s): add them "
                  "to ui { ... }",
                  missing, t->language, names, missing > 4 ? ", ..." : "");
}

/* Translation 't' against the default language 'def'; see check.h. */
void wr_check_translation(const wr_check_lang *def, const wr_check_lang *t, wr_emit_fn emit,
                          void *ud)
{
    checker ck = ck_make(t, emit, ud);
    const wr_pack *d = def->pack, *p = t->pack;
    for (int kind = 0; kind < K_KINDS; kind++) {
        compare_ids(&ck, d, p, kind, 1);
        compare_ids(&ck, p, d, kind, 0);
    }
    for (int i = 0; i < p->n_questions; i++) {
        int j = wr_pack_find_question(d, p->questions[i].id);
        if (j >= 0)
            compare_question(&ck, &p->questions[i], &d->questions[j], d->language);
    }
    for (int i = 0; i < p->n_scenes; i++) {
        int j = wr_pack_find_scene(d, p->scenes[i].id);
        if (j >= 0)
            compare_scene(&ck, &p->scenes[i], &d->scenes[j], d->language);
    }
    compare_rules(&ck, p, d);
    compare_ui(&ck, p);
}

/* ======================================================================================
 * Review, and every check
 * ==================================================================================== */

/* The sign-off in meta: reviewed_by, not a placeholder such as "not yet reviewed". */
void wr_check_review(const wr_check_lang *lang, wr_emit_fn emit, void *ud)
{
    checker ck = ck_make(lang, emit, ud);
    const char *by = ck.p->reviewed_by;
    wr_srcpos where = ck_where(&ck);
    if (blank(by))
        ck_report(&ck, "W501", &where,
                  "no clinical review sign-off: add reviewed_by = \"name\" and reviewed_on = "
                  "\"date\" to meta once a clinician has reviewed the pack");
    else if (has_nocase(by, "not yet") || has_nocase(by, "not reviewed") ||
             has_nocase(by, "todo") || has_nocase(by, "pending"))
        ck_report(&ck, "W501", &where, "no clinical review sign-off: reviewed_by says \"%s\"", by);
}

/* Every check over the languages, the default first. */
void wr_check_all(const wr_check_lang *langs, int n, wr_emit_fn emit, void *ud)
{
    for (int i = 0; i < n; i++) {
        wr_check_refs(&langs[i], emit, ud);
        if (i > 0)
            wr_check_translation(&langs[0], &langs[i], emit, ud);
        wr_check_journey(&langs[i], emit, ud);
        wr_check_text(&langs[i], emit, ud);
        wr_check_review(&langs[i], emit, ud);
    }
}
