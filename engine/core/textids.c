/*
 * textids.c -- the ids of a pack's text and the visit that reads or replaces it (see
 * textids.h). Uses only engine/core and the C library.
 */
#include "textids.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A visit in progress: the callback, and whether memory ran out. */
typedef struct visit {
    wr_textids_fn fn;
    void *ud;
    int oom;
} visit;

/* Offers the string in *slot under 'id'; replaces it when the callback gives a new text. */
static void one(visit *v, char **slot, const wr_srcpos *pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void one(visit *v, char **slot, const wr_srcpos *pos, const char *fmt, ...)
{
    char id[512];
    va_list ap;
    if (!*slot)
        return;
    va_start(ap, fmt);
    vsnprintf(id, sizeof id, fmt, ap);
    va_end(ap);
    const char *text = v->fn(v->ud, id, *slot, pos);
    if (!text || text == *slot)
        return;
    char *copy = wr_strdup(text);
    if (!copy) {
        v->oom = 1;
        return;
    }
    free(*slot);
    *slot = copy;
}

/* The say and choice texts of every scene. */
static void scenes(visit *v, wr_pack *p)
{
    for (int i = 0; i < p->n_scenes; i++) {
        wr_scene *sc = &p->scenes[i];
        int n = 0;
        for (int k = 0; k < sc->n_steps; k++) {
            wr_step *st = &sc->steps[k];
            if (st->kind == WR_STEP_SAY || st->kind == WR_STEP_CHOICE ||
                st->kind == WR_STEP_ASK_GROUP)
                one(v, &st->text, &st->pos, "scene.%s.%d", sc->id, ++n);
        }
    }
}

/* Questions: text, hint, the words of a scale's ends, each option. */
static void questions(visit *v, wr_pack *p)
{
    for (int i = 0; i < p->n_questions; i++) {
        wr_question *q = &p->questions[i];
        one(v, &q->text, &q->pos, "question.%s", q->id);
        one(v, &q->hint, &q->pos, "question.%s.hint", q->id);
        one(v, &q->brief, &q->pos, "question.%s.short", q->id);
        one(v, &q->low, &q->pos, "question.%s.low", q->id);
        one(v, &q->high, &q->pos, "question.%s.high", q->id);
        for (int k = 0; k < q->n_options; k++)
            one(v, &q->options[k], &q->pos, "option.%s.%s", q->id,
                q->option_ids ? q->option_ids[k] : q->options[k]);
    }
}

/* A prompt's topic: one id per heading, whichever prompts share it. */
static void topic(visit *v, wr_prompt *pr)
{
    char *id = pr->topic ? wr_strdup(pr->topic) : NULL; /* the slot may be replaced */
    if (pr->topic && !id)
        v->oom = 1;
    if (id)
        one(v, &pr->topic, &pr->pos, "topic.%s", id);
    free(id);
}

/* Red flags, prompts, notes and handouts. */
static void rules(visit *v, wr_pack *p)
{
    for (int i = 0; i < p->n_flags; i++) {
        one(v, &p->flags[i].patient, &p->flags[i].pos, "flag.%s.patient", p->flags[i].id);
        one(v, &p->flags[i].clinician, &p->flags[i].pos, "flag.%s.staff", p->flags[i].id);
    }
    for (int i = 0; i < p->n_prompts; i++) {
        one(v, &p->prompts[i].text, &p->prompts[i].pos, "prompt.%s", p->prompts[i].id);
        topic(v, &p->prompts[i]);
    }
    for (int i = 0; i < p->n_notes; i++)
        one(v, &p->notes[i].text, &p->notes[i].pos, "note.%s", p->notes[i].id);
    for (int i = 0; i < p->n_nets; i++) {
        wr_safety_net *n = &p->nets[i];
        one(v, &n->title, &n->pos, "safety_net.%s.title", n->id);
        for (int k = 0; k < n->n_signs; k++)
            one(v, &n->signs[k], &n->pos, "safety_net.%s.%d", n->id, k + 1);
        one(v, &n->action, &n->pos, "safety_net.%s.action", n->id);
    }
    for (int i = 0; i < p->n_handouts; i++) {
        wr_handout *h = &p->handouts[i];
        one(v, &h->title, &h->pos, "handout.%s.title", h->id);
        for (int k = 0; k < h->n_paras; k++)
            one(v, &h->paras[k], &h->pos, "handout.%s.%d", h->id, k + 1);
    }
}

/* The pack's word for ui 'key', made its own entry (with the built-in text) if need be. */
static char **ui_slot(visit *v, wr_pack *p, const char *key, const char *builtin)
{
    for (int i = 0; i < p->n_uitext; i++)
        if (strcmp(p->uitext[i].key, key) == 0)
            return &p->uitext[i].text;
    wr_uitext *u = realloc(p->uitext, (size_t)(p->n_uitext + 1) * sizeof *u);
    if (!u) {
        v->oom = 1;
        return NULL;
    }
    p->uitext = u;
    u[p->n_uitext].key = wr_strdup(key);
    u[p->n_uitext].text = wr_strdup(builtin);
    if (!u[p->n_uitext].key || !u[p->n_uitext].text) {
        free(u[p->n_uitext].key);
        free(u[p->n_uitext].text);
        v->oom = 1;
        return NULL;
    }
    return &u[p->n_uitext++].text;
}

/* The engine's words: every key, the pack's own word where it gives one. Only a key whose
 * text changes is added to the pack's own words. */
static void ui(visit *v, wr_pack *p)
{
    int n = 0;
    const wr_uitext *b = wr_pack_builtin_ui(&n);
    for (int i = 0; i < n && !v->oom; i++) {
        char id[160];
        snprintf(id, sizeof id, "ui.%s", b[i].key);
        int own = -1;
        for (int k = 0; k < p->n_uitext; k++)
            if (strcmp(p->uitext[k].key, b[i].key) == 0)
                own = k;
        const char *now = own >= 0 ? p->uitext[own].text : b[i].text;
        const char *text = v->fn(v->ud, id, now, NULL);
        if (!text || strcmp(text, now) == 0)
            continue;
        char **slot = own >= 0 ? &p->uitext[own].text : ui_slot(v, p, b[i].key, b[i].text);
        char *copy = slot ? wr_strdup(text) : NULL;
        if (slot && !copy)
            v->oom = 1;
        if (copy) {
            free(*slot);
            *slot = copy;
        }
    }
}

/* Visits every string of the pack; see textids.h. */
int wr_textids_each(wr_pack *p, wr_textids_fn fn, void *ud)
{
    visit v = {fn, ud, 0};
    one(&v, &p->title, NULL, "meta.title");
    scenes(&v, p);
    questions(&v, p);
    rules(&v, p);
    ui(&v, p);
    return v.oom ? -1 : 0;
}

/* The next placeholder "{...}" of 's' from *at: its start and length; 0 when none. */
static int next_placeholder(const char *s, size_t *at, size_t *len)
{
    const char *open = strchr(s + *at, '{');
    const char *close = open ? strchr(open, '}') : NULL;
    if (!close)
        return 0;
    *at = (size_t)(open - s);
    *len = (size_t)(close - open) + 1;
    return 1;
}

/* How many times the placeholder 'ph' ('len' bytes) is in 's'. */
static int count_placeholder(const char *s, const char *ph, size_t len)
{
    int n = 0;
    size_t at = 0, l = 0;
    while (next_placeholder(s, &at, &l)) {
        n += l == len && memcmp(s + at, ph, len) == 0;
        at += l;
    }
    return n;
}

/* Does every placeholder of 'a' stand in 'b' as often? The first that does not is 'what'. */
static bool covered(const char *a, const char *b, char *what, size_t len)
{
    size_t at = 0, l = 0;
    while (next_placeholder(a, &at, &l)) {
        if (count_placeholder(a, a + at, l) != count_placeholder(b, a + at, l)) {
            snprintf(what, len, "%.*s", (int)l, a + at);
            return false;
        }
        at += l;
    }
    return true;
}

/* Same placeholders both ways; see textids.h. */
bool wr_textids_same_placeholders(const char *a, const char *b, char *what, size_t len)
{
    return covered(a, b, what, len) && covered(b, a, what, len);
}
