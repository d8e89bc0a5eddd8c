/*
 * wr_walk_all.c -- the walk through every branch: a depth-first search over the ways on from
 * each screen (each option of a question, each number of a scale, Skip, typing then Next,
 * each choice, Next, printing), replaying the taps from the attract screen whenever it
 * steps back. A state is the screen shown (its kind, scene, question, words and buttons),
 * the language, and the truth of every condition the pack has: two visits in the same
 * state go on the same way, so the second is not explored again. Back, the toggles and
 * Start over lead to states already seen and are left to the random walk; several ticks on
 * one multiple-choice question are tried one at a time. Uses only engine/core.
 */
#include "walk_internal.h"

#include <stdlib.h>
#include <string.h>

#include "cond.h"

#define MAX_WAYS 80 /* ways on from one screen, at most */

/* One tap of a way on: the action, its argument, and its label when it is stable (a pack
 * string; NULL: made from the argument). */
typedef struct way_tap {
    wr_action action;
    int arg;
    const char *label;
} way_tap;

/* One way on from a screen: one to three taps. */
typedef struct way {
    way_tap taps[3];
    int n;
} way;

/* A screen on the current path: its ways on, and which one is being tried. */
typedef struct frame {
    way ways[MAX_WAYS];
    int n, next;
} frame;

/* The set of states seen: 64-bit keys, open addressing. */
typedef struct seen_set {
    uint64_t *keys;
    size_t cap, n;
} seen_set;

/* ======================================================================================
 * States
 * ==================================================================================== */

/* FNV-1a over 'len' bytes, continuing from 'h'. */
static uint64_t hash(uint64_t h, const void *p, size_t len)
{
    const unsigned char *b = p;
    for (size_t i = 0; i < len; i++)
        h = (h ^ b[i]) * 0x100000001B3ULL;
    return h;
}

/* FNV-1a of a string (NULL hashes as ""), continuing from 'h'. */
static uint64_t hash_str(uint64_t h, const char *s)
{
    return hash(h, s ? s : "", s ? strlen(s) + 1 : 1);
}

/* Is 'c' a group (any, all, none)? */
static int group(const wr_cond *c)
{
    return c->kind == WR_COND_ANY || c->kind == WR_COND_ALL || c->kind == WR_COND_NONE;
}

/* Hashes what of condition 'c' can still matter for 'ses': a plain condition by its truth;
 * any() and none() by "true" once a part holds (it stays so: the search never goes Back),
 * else by their groups only (a plain part that does not hold yet tells nothing a later
 * answer will not); all() by every part. */
static uint64_t hash_cond(uint64_t h, const wr_pack *p, const wr_cond *c, const wr_session *ses)
{
    char err[128];
    if (!c)
        return h;
    if (!group(c)) {
        signed char v = (signed char)wr_cond_eval(p, c, ses, err, sizeof err);
        return hash(h, &v, 1);
    }
    if (c->kind != WR_COND_ALL) {
        for (int i = 0; i < c->n_kids; i++)
            if (c->kids[i] && !group(c->kids[i]) &&
                wr_cond_eval(p, c->kids[i], ses, err, sizeof err) == 1)
                return hash(h, "T", 1);
    }
    h = hash(h, "(", 1);
    for (int i = 0; i < c->n_kids; i++)
        if (c->kind == WR_COND_ALL || (c->kids[i] && group(c->kids[i])))
            h = hash_cond(h, p, c->kids[i], ses);
    return hash(h, ")", 1);
}

/* Can a flag's condition still change: does it look at a question not answered yet, at
 * scenes, or at a script function? A false flag whose questions are all answered stays
 * false (the search never goes Back), so it no longer tells states apart. */
static int pending(const wr_cond *c, const wr_session *ses)
{
    if (!c)
        return 0;
    switch (c->kind) {
    case WR_COND_ANSWERED:
    case WR_COND_AT_LEAST:
    case WR_COND_AT_MOST:
        return !wr_session_answered(ses, c->name);
    case WR_COND_VISITED:
    case WR_COND_CUSTOM:
        return 1;
    default:
        for (int i = 0; i < c->n_kids; i++)
            if (pending(c->kids[i], ses))
                return 1;
        return 0;
    }
}

/* Can scene 'b' follow scene 'a' (assumed when the links were too big to keep)? */
static int follows(const walk_cover *c, int a, int b)
{
    return !c->reach || c->reach[(size_t)a * (size_t)c->p->n_scenes + (size_t)b];
}

/* Does condition 'i' still matter at step 'at' of scene 'cs': a step from there on, or
 * of a scene that can follow, or an urgent flag that can still change? */
static int matters(const walk_cover *c, int i, int cs, int at, const wr_session *ses)
{
    int owner = c->cond_scene[i];
    if (owner < 0)
        return pending(c->conds[i], ses);
    if (cs < 0)
        return 1;
    if (owner == cs)
        return c->cond_step[i] >= at || follows(c, cs, cs);
    return follows(c, cs, owner);
}

/* The step of scene 'cs' the screen 's' shows: the ask of its question (or the group
 * that holds it), else 0. */
static int step_at(const wr_pack *p, int cs, const wr_screen *s)
{
    const char *q = s->question_id ? s->question_id : s->n_group ? s->group[0] : NULL;
    for (int k = 0; cs >= 0 && q && k < p->scenes[cs].n_steps; k++) {
        const wr_step *st = &p->scenes[cs].steps[k];
        if (st->kind == WR_STEP_ASK && strcmp(st->question, q) == 0)
            return k;
        for (int i = 0; st->kind == WR_STEP_ASK_GROUP && i < st->n_items; i++)
            if (strcmp(st->items[i], q) == 0)
                return k;
    }
    return 0;
}

/* The state of the player's flow: the language, the screen, and the truth of the
 * conditions that can still change the way on. */
static uint64_t state_key(walk_player *pl)
{
    const wr_screen *s = wr_flow_screen(pl->flow);
    const walk_cover *c = &pl->w->cov[wr_flow_language(pl->flow)];
    const wr_session *ses = wr_flow_session(pl->flow);
    int lang = wr_flow_language(pl->flow), kind = (int)s->kind;
    int cs = s->scene_id ? wr_pack_find_scene(c->p, s->scene_id) : -1;
    int at = step_at(c->p, cs, s);
    uint64_t h = 0xCBF29CE484222325ULL;
    h = hash(hash(h, &lang, sizeof lang), &kind, sizeof kind);
    h = hash_str(hash_str(h, s->scene_id), s->question_id);
    for (int i = 0; i < s->n_paras; i++)
        h = hash_str(h, s->paras[i]);
    for (int i = 0; i < s->n_controls; i++) {
        unsigned char on = (unsigned char)(s->controls[i].selected * 2 + s->controls[i].disabled);
        h = hash(hash_str(h, s->controls[i].label), &on, 1);
    }
    for (int i = 0; i < c->n_conds; i++)
        if (matters(c, i, cs, at, ses))
            h = hash_cond(hash(h, &i, sizeof i), c->p, c->conds[i], ses);
    return h;
}

/* ======================================================================================
 * The conditions and scene links of a language
 * ==================================================================================== */

/* Adds condition 'cond' of step 'step' of scene 'scene' (-1: an urgent flag). */
static void add_cond(walk_cover *c, const wr_cond *cond, int scene, int step)
{
    if (!cond || cond->kind == WR_COND_TRUE)
        return;
    c->conds[c->n_conds] = cond;
    c->cond_step[c->n_conds] = step;
    c->cond_scene[c->n_conds++] = scene;
}

/* Marks in row 'a' of the links every scene reachable from scene 'a'. */
static void link_from(walk_cover *c, int a, int *todo)
{
    const wr_pack *p = c->p;
    char *row = c->reach + (size_t)a * (size_t)p->n_scenes;
    int n = 0;
    todo[n++] = a;
    while (n > 0) {
        const wr_scene *sc = &p->scenes[todo[--n]];
        for (int k = 0; k <= sc->n_steps; k++) {
            const char *go = k < sc->n_steps ? sc->steps[k].go : sc->go;
            int t = go ? wr_pack_find_scene(p, go) : -1;
            if (t >= 0 && !row[t]) {
                row[t] = 1;
                todo[n++] = t;
            }
        }
    }
}

/* Sets up the conditions and scene links of one language; see walk_internal.h. */
int wr_walk_conds_init(walk_cover *c)
{
    const wr_pack *p = c->p;
    int n = p->n_flags;
    for (int i = 0; i < p->n_scenes; i++)
        n += p->scenes[i].n_steps;
    c->conds = malloc((size_t)(n + 1) * sizeof *c->conds);
    c->cond_scene = malloc((size_t)(n + 1) * sizeof *c->cond_scene);
    c->cond_step = malloc((size_t)(n + 1) * sizeof *c->cond_step);
    if (!c->conds || !c->cond_scene || !c->cond_step)
        return -1;
    for (int i = 0; i < p->n_scenes; i++)
        for (int k = 0; k < p->scenes[i].n_steps; k++) {
            const wr_step *st = &p->scenes[i].steps[k];
            add_cond(c, st->when, i, k);
            for (int g = 0; st->item_when && g < st->n_items; g++)
                add_cond(c, st->item_when[g], i, k);
        }
    if (p->n_scenes == 0 || p->n_scenes > 1000) /* links too big to keep: assume all */
        return 0;
    int *todo = malloc((size_t)(p->n_scenes + 1) * sizeof *todo);
    c->reach = calloc((size_t)p->n_scenes * (size_t)p->n_scenes, 1);
    for (int a = 0; todo && c->reach && a < p->n_scenes; a++)
        link_from(c, a, todo);
    free(todo);
    return c->reach ? 0 : -1;
}

/* Frees what wr_walk_conds_init() set up. */
void wr_walk_conds_free(walk_cover *c)
{
    free(c->conds);
    free(c->cond_scene);
    free(c->cond_step);
    free(c->reach);
}

/* Adds 'key' to the set; returns 1 when it was new, 0 when seen, -1 when out of memory. */
static int seen_add(seen_set *set, uint64_t key)
{
    if (set->n * 2 >= set->cap) {
        seen_set big = {calloc(set->cap ? set->cap * 2 : 1024, sizeof(uint64_t)), 0, 0};
        if (!big.keys)
            return -1;
        big.cap = set->cap ? set->cap * 2 : 1024;
        for (size_t i = 0; i < set->cap; i++)
            if (set->keys[i])
                seen_add(&big, set->keys[i]);
        free(set->keys);
        *set = big;
    }
    key |= 1; /* 0 marks an empty slot */
    size_t i = (size_t)(key % set->cap);
    while (set->keys[i] && set->keys[i] != key)
        i = (i + 1) % set->cap;
    if (set->keys[i])
        return 0;
    set->keys[i] = key;
    set->n++;
    return 1;
}

/* ======================================================================================
 * Ways on from a screen
 * ==================================================================================== */

/* Adds a way of up to three taps (n of them) to frame 'f'. */
static void add_way(frame *f, const way_tap *taps, int n)
{
    if (f->n >= MAX_WAYS)
        return;
    way *w = &f->ways[f->n++];
    memcpy(w->taps, taps, (size_t)n * sizeof *taps);
    w->n = n;
}

/* The tap of control 'c'; scale numbers and keys get their label made later. */
static way_tap tap_of(const wr_control *c)
{
    int made = c->action == WR_ACT_SCALE || c->action == WR_ACT_KEY;
    way_tap t = {c->action, c->arg, made ? NULL : c->label};
    return t;
}

/* The first enabled control of 's' doing 'a', or NULL. */
static const wr_control *control(const wr_screen *s, wr_action a)
{
    for (int i = 0; i < s->n_controls; i++)
        if (s->controls[i].action == a && !s->controls[i].disabled)
            return &s->controls[i];
    return NULL;
}

/* The ways on from a question: each option (with Next when several may be ticked), each
 * number, typing then Next, Next with nothing ticked, Skip. */
static void question_ways(frame *f, const wr_screen *s)
{
    const wr_control *next = control(s, WR_ACT_NEXT), *key = control(s, WR_ACT_KEY);
    for (int i = 0; i < s->n_controls; i++) {
        const wr_control *c = &s->controls[i];
        way_tap two[2] = {tap_of(c), {0, 0, NULL}};
        if (c->disabled)
            continue;
        if (c->action == WR_ACT_OPTION && next) {
            two[1] = tap_of(next);
            add_way(f, two, 2);
        } else if (c->action == WR_ACT_OPTION || c->action == WR_ACT_SCALE ||
                   c->action == WR_ACT_SKIP || c->action == WR_ACT_ONE_BY_ONE ||
                   c->action == WR_ACT_GROUP_PRIVATE) {
            add_way(f, two, 1);
        } else if (c->action == WR_ACT_NEXT && key && s->field) {
            way_tap typed[3] = {tap_of(key), tap_of(key), tap_of(c)};
            add_way(f, typed, 3);
        } else if (c->action == WR_ACT_NEXT) {
            add_way(f, two, 1);
        }
    }
}

/* The ways on from any other screen: its choices and buttons, but not Back, Start over,
 * the toggles, typing or picking suggested questions (they change no branch). */
static void other_ways(frame *f, const wr_screen *s)
{
    for (int i = 0; i < s->n_controls; i++) {
        const wr_control *c = &s->controls[i];
        way_tap t = tap_of(c);
        if (c->disabled || c->role == WR_ROLE_KEY || c->role == WR_ROLE_HEADING ||
            c->action == WR_ACT_PROMPT || c->action == WR_ACT_TYPE_OWN ||
            c->action == WR_ACT_REMOVE_OWN || c->action == WR_ACT_SPEAK)
            continue;
        add_way(f, &t, 1);
    }
}

/* Fills frame 'f' with the ways on from screen 's'. */
static void ways_from(frame *f, const wr_screen *s)
{
    f->n = f->next = 0;
    if (s->kind == WR_SCREEN_ATTRACT) {
        for (int i = 0; i < s->n_controls; i++)
            if (s->controls[i].action == WR_ACT_LANGUAGE) {
                way_tap t = tap_of(&s->controls[i]);
                add_way(f, &t, 1);
            }
        if (f->n == 0 && control(s, WR_ACT_START)) {
            way_tap t = tap_of(control(s, WR_ACT_START));
            add_way(f, &t, 1);
        }
    } else if (s->kind == WR_SCREEN_QUESTION) {
        question_ways(f, s);
    } else {
        other_ways(f, s);
    }
}

/* ======================================================================================
 * The search
 * ==================================================================================== */

/* Plays one way on. Returns -1 when a tap offered was refused. */
static int play(walk_player *pl, const way *w)
{
    for (int i = 0; i < w->n; i++)
        if (wr_walk_tap(pl, w->taps[i].action, w->taps[i].arg, w->taps[i].label) < 0)
            return -1;
    return 0;
}

/* Brings a new flow to the screen of frame 'depth': replays the way tried in every frame
 * above it. Returns -1 when out of memory. */
static int replay(walk_player *pl, frame *frames, int depth)
{
    if (wr_walk_restart(pl) < 0)
        return -1;
    for (int d = 0; d < depth; d++)
        play(pl, &frames[d].ways[frames[d].next - 1]);
    return 0;
}

/* Notes how the visit ended when screen 's' ends it; returns 1 then, else 0. */
static int ended(walk_player *pl, const wr_screen *s)
{
    wr_walk *w = pl->w;
    switch (s->kind) {
    case WR_SCREEN_END:
        w->ends[END_THANKS]++;
        return 1;
    case WR_SCREEN_URGENT:
        w->ends[END_URGENT]++;
        return 1;
    case WR_SCREEN_ERROR:
        w->ends[END_ERROR]++;
        wr_walk_fail(pl, wr_flow_last_error(pl->flow));
        return 1;
    case WR_SCREEN_ATTRACT:
        w->ends[END_OVER]++;
        return 1;
    default:
        return 0;
    }
}

/* The search in progress: the player, the states seen, the path of screens. */
typedef struct search {
    walk_player pl;
    seen_set seen;
    frame *frames;
    int cap, depth;
    int at;          /* the frame whose screen the flow shows, or -1 */
    int root_states; /* states seen since the current first tap (Start, a language) */
} search;

/* Opens a frame for screen 's' below the current one. Returns -1 when out of memory. */
static int descend(search *sr, const wr_screen *s)
{
    if (sr->depth + 1 >= sr->cap) {
        frame *big = realloc(sr->frames, (size_t)sr->cap * 2 * sizeof *big);
        if (!big)
            return -1;
        sr->frames = big;
        sr->cap *= 2;
    }
    ways_from(&sr->frames[++sr->depth], s);
    sr->at = sr->depth;
    return 0;
}

/* Whether the state after the way just tried is new and within the limits; it is then
 * counted. Each first tap (each language) gets its share of the state limit. */
static int worth_going_on(search *sr)
{
    wr_walk *w = sr->pl.w;
    int fresh = seen_add(&sr->seen, state_key(&sr->pl));
    if (fresh <= 0)
        return fresh;
    w->states++;
    if (++sr->root_states >= w->opt.max_states / (sr->frames[0].n ? sr->frames[0].n : 1)) {
        w->bounded = true;
        sr->depth = 0; /* leave the rest of this first tap's branches */
        return 0;
    }
    if (sr->depth + 1 >= w->opt.max_taps) {
        w->unfinished++;
        return 0;
    }
    return 1;
}

/* Tries the next way of the current frame, or steps back when it has none left. Returns
 * -1 when out of memory. */
static int try_next(search *sr)
{
    frame *f = &sr->frames[sr->depth];
    if (f->next >= f->n) {
        sr->depth--;
        return 0;
    }
    if (sr->depth == 0)
        sr->root_states = 0;
    if (sr->at != sr->depth && replay(&sr->pl, sr->frames, sr->depth) < 0)
        return -1;
    if (play(&sr->pl, &f->ways[f->next++]) < 0 && !wr_walk_failed(&sr->pl))
        wr_walk_fail(&sr->pl, "a button the screen offered did nothing when tapped");
    sr->at = -1; /* the flow shows the screen after the way just tried */
    const wr_screen *s = wr_flow_screen(sr->pl.flow);
    if (ended(&sr->pl, s))
        return 0;
    int go_on = worth_going_on(sr);
    return go_on < 0 ? -1 : go_on ? descend(sr, s) : 0;
}

/* The walk through every branch; see the top of this file. */
void wr_walk_all(wr_walk *w)
{
    search sr = {{w, NULL, 0, 0, {0}}, {NULL, 0, 0}, NULL, 64, 0, 0, 0};
    sr.frames = malloc((size_t)sr.cap * sizeof *sr.frames);
    if (!sr.frames || wr_walk_restart(&sr.pl) < 0)
        goto out;
    ways_from(&sr.frames[0], wr_flow_screen(sr.pl.flow));
    while (sr.depth >= 0)
        if (try_next(&sr) < 0)
            break;
out:
    w->visits = w->ends[END_THANKS] + w->ends[END_URGENT] + w->ends[END_ERROR] + w->ends[END_OVER];
    free(sr.frames);
    free(sr.seen.keys);
    wr_flow_destroy(sr.pl.flow);
    free(sr.pl.trail.buf);
}
