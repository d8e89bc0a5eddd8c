/*
 * packcheck_flow.c -- the shape of the journey, read from the scenes without playing them:
 * which scenes a journey can reach from the start, dead ends, scenes that lead round in a
 * circle without a screen, questions never asked, red flags never raised. Uses engine/core's
 * pack data only.
 *
 * How a scene is read (as engine/core/pages.c plays it): steps run in order; a jump
 * without a when always leaves the scene there, so nothing after it counts; the scene's
 * last screen shows its choices whose when holds, and when none is shown, Next follows the
 * scene's go (no go: the visit ends). So go is followed unless a choice without a when is
 * sure to be shown.
 */
#include "packcheck_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The steps of 'sc' that can run: up to and with the first jump without a when. */
static int live_steps(const wr_scene *sc)
{
    for (int i = 0; i < sc->n_steps; i++)
        if (sc->steps[i].kind == WR_STEP_JUMP && !sc->steps[i].when)
            return i + 1;
    return sc->n_steps;
}

/* Does the scene always leave by a jump without a when? */
static int always_jumps(const wr_scene *sc)
{
    int n = live_steps(sc);
    return n > 0 && sc->steps[n - 1].kind == WR_STEP_JUMP && !sc->steps[n - 1].when;
}

/* Can Next on the scene's last screen follow its go? Not when the scene always jumps away,
 * nor when a choice without a when is always shown instead. */
static int go_followed(const wr_scene *sc)
{
    if (always_jumps(sc))
        return 0;
    for (int i = 0; i < sc->n_steps; i++)
        if (sc->steps[i].kind == WR_STEP_CHOICE && !sc->steps[i].when)
            return 0;
    return 1;
}

/* The scene index 'go' leads to, or -1 ("@end", none, unknown). */
static int target(const wr_pack *p, const char *go)
{
    return go ? wr_pack_find_scene(p, go) : -1;
}

/* ======================================================================================
 * Reachable scenes
 * ==================================================================================== */

/* Marks in 'seen' every scene reachable from 'start' through choices, jumps and go. */
static void reach(const wr_pack *p, int start, char *seen)
{
    int *todo = malloc((size_t)p->n_scenes * sizeof *todo), n = 0;
    if (!todo)
        return;
    seen[start] = 1;
    todo[n++] = start;
    while (n > 0) {
        const wr_scene *sc = &p->scenes[todo[--n]];
        int live = live_steps(sc);
        for (int i = 0; i <= live; i++) {
            const char *go = i < live ? sc->steps[i].go : go_followed(sc) ? sc->go : NULL;
            if (i < live && sc->steps[i].kind == WR_STEP_CHOICE && always_jumps(sc))
                continue; /* the last screen, with its choices, is never shown */
            int t = target(p, go);
            if (t >= 0 && !seen[t]) {
                seen[t] = 1;
                todo[n++] = t;
            }
        }
    }
    free(todo);
}

/* Marks the questions asked by the reachable scenes. */
static void mark_asked(const wr_pack *p, const char *seen, char *asked)
{
    for (int s = 0; s < p->n_scenes; s++) {
        const wr_scene *sc = &p->scenes[s];
        for (int i = 0; seen[s] && i < live_steps(sc); i++) {
            int q = sc->steps[i].kind == WR_STEP_ASK
                        ? wr_pack_find_question(p, sc->steps[i].question)
                        : -1;
            if (q >= 0)
                asked[q] = 1;
            for (int k = 0; sc->steps[i].kind == WR_STEP_ASK_GROUP && k < sc->steps[i].n_items;
                 k++) {
                q = wr_pack_find_question(p, sc->steps[i].items[k]);
                if (q >= 0)
                    asked[q] = 1; /* a group asks each of its questions */
            }
        }
    }
}

/* The facts a condition is weighed against: the scenes seen and questions asked. */
typedef struct reached {
    const wr_pack *p;
    const char *seen, *asked;
    char why[200]; /* what makes the last impossible condition so */
} reached;

/* Can 'c' ever hold, given what can be reached? When not, r->why says why. A script
 * function might always hold. */
static int possible(reached *r, const wr_cond *c)
{
    int n = 0, i;
    if (!c)
        return 1;
    switch (c->kind) {
    case WR_COND_ANSWERED:
    case WR_COND_AT_LEAST:
    case WR_COND_AT_MOST:
        i = wr_pack_find_question(r->p, c->name);
        snprintf(r->why, sizeof r->why, "question '%s' is never asked", c->name);
        return i < 0 || r->asked[i];
    case WR_COND_VISITED:
        i = wr_pack_find_scene(r->p, c->name);
        snprintf(r->why, sizeof r->why, "scene '%s' is never shown", c->name);
        return i < 0 || r->seen[i];
    case WR_COND_ANY:
        snprintf(r->why, sizeof r->why, "its condition is always false");
        for (i = 0; i < c->n_kids; i++)
            n += possible(r, c->kids[i]);
        return n > 0;
    case WR_COND_ALL:
        for (i = 0; i < c->n_kids; i++)
            if (!possible(r, c->kids[i]))
                return 0;
        return 1;
    default:
        return 1;
    }
}

/* W121 scenes never reached, W122 questions never asked, W123 flags never raised. */
static void check_reach(checker *ck, int start)
{
    const wr_pack *p = ck->p;
    char *seen = calloc((size_t)p->n_scenes + 1, 1), *asked = calloc((size_t)p->n_questions + 1, 1);
    if (!seen || !asked)
        goto out_free;
    reach(p, start, seen);
    mark_asked(p, seen, asked);
    for (int i = 0; i < p->n_scenes; i++)
        if (!seen[i])
            wr_ck_report(ck, "W121", &p->scenes[i].pos,
                         "scene '%s' is never shown: no choice, jump or go leads to it from the "
                         "start scene '%s'",
                         p->scenes[i].id, p->start);
    for (int i = 0; i < p->n_questions; i++)
        if (!asked[i])
            wr_ck_report(
                ck, "W122", &p->questions[i].pos,
                "question '%s' is never asked: no scene a patient can reach has ask \"%s\"",
                p->questions[i].id, p->questions[i].id);
    reached r = {p, seen, asked, ""};
    for (int i = 0; i < p->n_flags; i++)
        if (!possible(&r, p->flags[i].when))
            wr_ck_report(ck, "W123", &p->flags[i].pos, "red flag '%s' can never be raised: %s",
                         p->flags[i].id, r.why);
out_free:
    free(seen);
    free(asked);
}

/* ======================================================================================
 * Dead ends and empty scenes
 * ==================================================================================== */

/* E111: every choice has a when and there is no go, so when none holds the visit ends
 * there with a bare Next. W114: a scene with nothing in it. */
static void check_ends(checker *ck, const wr_scene *sc)
{
    int choices = 0, guarded = 0;
    if (sc->n_steps == 0 && !sc->go) {
        wr_ck_report(ck, "W114", &sc->pos, "scene '%s' shows nothing and ends the visit", sc->id);
        return;
    }
    for (int i = 0; i < sc->n_steps; i++) {
        if (sc->steps[i].kind != WR_STEP_CHOICE)
            continue;
        choices++;
        guarded += sc->steps[i].when != NULL;
    }
    if (choices > 0 && guarded == choices && !sc->go && !always_jumps(sc))
        wr_ck_report(ck, "E111", &sc->pos,
                     "scene '%s' is a dead end: every choice has a when and there is no go, so "
                     "when none holds the patient only gets Next and the visit ends (add go = "
                     "\"scene\", or go = \"@end\" if that is meant)",
                     sc->id);
}

/* ======================================================================================
 * Loops without screens
 * ==================================================================================== */

/* What a scene shows on the way through: always a screen, maybe one, or never. */
enum { SHOWS_NEVER, SHOWS_MAYBE, SHOWS_ALWAYS };

/* Whether passing through 'sc' shows a screen (choices count when the last screen can be
 * reached). */
static int shows(const wr_scene *sc)
{
    int live = live_steps(sc), ever = 0, always = 0, jumps = always_jumps(sc);
    for (int i = 0; i < live; i++) {
        const wr_step *st = &sc->steps[i];
        if (st->kind == WR_STEP_JUMP || (st->kind == WR_STEP_CHOICE && jumps))
            continue;
        ever = 1;
        always |= st->when == NULL;
    }
    return always ? SHOWS_ALWAYS : ever ? SHOWS_MAYBE : SHOWS_NEVER;
}

/* Tarjan's strongly connected components over the scenes that may show nothing, by the
 * way on that shows nothing: jumps, and go. */
typedef struct tarjan {
    checker *ck;
    const wr_pack *p;
    int *index, *low, *stack, *kind;
    char *on;
    int next, n_stack;
} tarjan;

static void visit(tarjan *t, int v);

/* Follows the way from v to scene 'go', if that scene may show nothing too. */
static void follow(tarjan *t, int v, const char *go)
{
    int w = target(t->p, go);
    if (w < 0 || t->kind[w] == SHOWS_ALWAYS)
        return;
    if (t->index[w] < 0) {
        visit(t, w);
        t->low[v] = t->low[v] < t->low[w] ? t->low[v] : t->low[w];
    } else if (t->on[w]) {
        t->low[v] = t->low[v] < t->index[w] ? t->low[v] : t->index[w];
    }
}

/* Reports the component whose root is v, when it is a loop (E112, or W113 when some scene
 * in it shows a screen under a condition). */
static void report_loop(tarjan *t, int v, int self_loop)
{
    char names[400] = "";
    int k = t->n_stack, worst = SHOWS_NEVER, first = v;
    while (t->stack[--k] != v)
        ;
    if (t->n_stack - k < 2 && !self_loop) {
        t->on[v] = 0;
        t->n_stack = k;
        return;
    }
    for (int i = k; i < t->n_stack; i++) {
        int s = t->stack[i];
        t->on[s] = 0;
        worst = t->kind[s] > worst ? t->kind[s] : worst;
        first = s < first ? s : first;
        snprintf(names + strlen(names), sizeof names - strlen(names), "%s'%s'", i > k ? " -> " : "",
                 t->p->scenes[s].id);
    }
    t->n_stack = k;
    wr_ck_report(t->ck, worst == SHOWS_NEVER ? "E112" : "W113", &t->p->scenes[first].pos,
                 worst == SHOWS_NEVER ? "scenes lead round in a circle without a screen: %s"
                                      : "scenes may lead round in a circle without a screen "
                                        "(each shows one only when a condition holds): %s",
                 names);
}

/* Tarjan's visit of scene v. */
static void visit(tarjan *t, int v)
{
    const wr_scene *sc = &t->p->scenes[v];
    int self = 0, live = live_steps(sc);
    t->index[v] = t->low[v] = t->next++;
    t->stack[t->n_stack++] = v;
    t->on[v] = 1;
    for (int i = 0; i < live; i++) {
        if (sc->steps[i].kind != WR_STEP_JUMP)
            continue;
        self |= target(t->p, sc->steps[i].go) == v;
        follow(t, v, sc->steps[i].go);
    }
    if (go_followed(sc)) {
        self |= target(t->p, sc->go) == v;
        follow(t, v, sc->go);
    }
    if (t->low[v] == t->index[v])
        report_loop(t, v, self);
}

/* E112 / W113 over every scene. */
static void check_loops(checker *ck)
{
    const wr_pack *p = ck->p;
    size_t n = (size_t)p->n_scenes + 1;
    tarjan t = {ck,
                p,
                malloc(n * sizeof(int)),
                malloc(n * sizeof(int)),
                malloc(n * sizeof(int)),
                malloc(n * sizeof(int)),
                calloc(n, 1),
                0,
                0};
    if (!t.index || !t.low || !t.stack || !t.kind || !t.on)
        goto out_free;
    for (int i = 0; i < p->n_scenes; i++) {
        t.index[i] = -1;
        t.kind[i] = shows(&p->scenes[i]);
    }
    for (int i = 0; i < p->n_scenes; i++)
        if (t.index[i] < 0 && t.kind[i] != SHOWS_ALWAYS)
            visit(&t, i);
out_free:
    free(t.index);
    free(t.low);
    free(t.stack);
    free(t.kind);
    free(t.on);
}

/* ======================================================================================
 * Functions as conditions
 * ==================================================================================== */

/* W124 for every script function used as a condition in 'c'. */
static void check_opaque(checker *ck, const wr_cond *c)
{
    if (!c)
        return;
    if (c->kind == WR_COND_CUSTOM)
        wr_ck_report(ck, "W124", &c->pos,
                     "a function as a condition: the checker cannot see inside it (waitroom "
                     "--walk tries it; prefer answered(), at_least(), any() ...)");
    for (int i = 0; i < c->n_kids; i++)
        check_opaque(ck, c->kids[i]);
}

/* The journey of one language; see check.h. */
void wr_check_journey(const wr_check_lang *lang, wr_emit_fn emit, void *ud)
{
    checker ck = wr_ck_make(lang, emit, ud);
    const wr_pack *p = ck.p;
    int start = p->start ? wr_pack_find_scene(p, p->start) : -1;
    for (int i = 0; i < p->n_scenes; i++) {
        check_ends(&ck, &p->scenes[i]);
        for (int k = 0; k < p->scenes[i].n_steps; k++) {
            const wr_step *st = &p->scenes[i].steps[k];
            check_opaque(&ck, st->when);
            for (int g = 0; st->item_when && g < st->n_items; g++)
                check_opaque(&ck, st->item_when[g]);
        }
    }
    for (int i = 0; i < p->n_flags; i++)
        check_opaque(&ck, p->flags[i].when);
    for (int i = 0; i < p->n_notes; i++)
        check_opaque(&ck, p->notes[i].when);
    for (int i = 0; i < p->n_nets; i++)
        check_opaque(&ck, p->nets[i].when);
    check_loops(&ck);
    if (start >= 0)
        check_reach(&ck, start);
}
