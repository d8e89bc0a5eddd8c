/*
 * walk_all.c -- the walk through every branch: a depth-first search over the ways on from
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

/* The state of the player's flow: the screen, the language, every condition's truth. */
static uint64_t state_key(walk_player *pl)
{
    const wr_screen *s = wr_flow_screen(pl->flow);
    const walk_cover *c = &pl->w->cov[wr_flow_language(pl->flow)];
    const wr_session *ses = wr_flow_session(pl->flow);
    int lang = wr_flow_language(pl->flow), kind = (int)s->kind;
    char err[128];
    uint64_t h = 0xCBF29CE484222325ULL;
    h = hash(hash(h, &lang, sizeof lang), &kind, sizeof kind);
    h = hash_str(hash_str(h, s->scene_id), s->question_id);
    for (int i = 0; i < s->n_paras; i++)
        h = hash_str(h, s->paras[i]);
    for (int i = 0; i < s->n_controls; i++) {
        unsigned char on = (unsigned char)(s->controls[i].selected * 2 + s->controls[i].disabled);
        h = hash(hash_str(h, s->controls[i].label), &on, 1);
    }
    for (int i = 0; i < c->n_leaves; i++) {
        signed char v = (signed char)wr_cond_eval(c->p, c->leaves[i], ses, err, sizeof err);
        h = hash(h, &v, 1);
    }
    return h;
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
                   c->action == WR_ACT_SKIP) {
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
        if (walk_tap(pl, w->taps[i].action, w->taps[i].arg, w->taps[i].label) < 0)
            return -1;
    return 0;
}

/* Brings a new flow to the screen of frame 'depth': replays the way tried in every frame
 * above it. Returns -1 when out of memory. */
static int replay(walk_player *pl, frame *frames, int depth)
{
    if (walk_restart(pl) < 0)
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
        walk_error(pl, wr_flow_last_error(pl->flow));
        return 1;
    case WR_SCREEN_ATTRACT:
        w->ends[END_OVER]++;
        return 1;
    default:
        return 0;
    }
}

/* The walk through every branch; see the top of this file. */
void walk_all(wr_walk *w)
{
    walk_player pl = {w, NULL, 0, 0, {0}};
    seen_set seen = {NULL, 0, 0};
    int cap = 64, depth = 0, at = 0; /* at: the frame whose screen the flow shows */
    frame *frames = malloc((size_t)cap * sizeof *frames);
    if (!frames || walk_restart(&pl) < 0)
        goto out;
    ways_from(&frames[0], wr_flow_screen(pl.flow));
    while (depth >= 0) {
        frame *f = &frames[depth];
        if (f->next >= f->n) {
            depth--;
            continue;
        }
        if (at != depth && replay(&pl, frames, depth) < 0)
            goto out;
        if (play(&pl, &f->ways[f->next++]) < 0 && !walk_failed(&pl))
            walk_error(&pl, "a button the screen offered did nothing when tapped");
        at = -1; /* the flow shows the screen after the way just tried */
        const wr_screen *s = wr_flow_screen(pl.flow);
        if (ended(&pl, s))
            continue;
        int fresh = seen_add(&seen, state_key(&pl));
        if (fresh < 0)
            goto out;
        if (!fresh)
            continue;
        w->states++;
        if (w->states >= w->opt.max_states) {
            w->bounded = true;
            break;
        }
        if (depth + 1 >= w->opt.max_taps) {
            w->unfinished++;
            continue;
        }
        if (depth + 1 >= cap) {
            frame *big = realloc(frames, (size_t)cap * 2 * sizeof *frames);
            if (!big)
                goto out;
            frames = big;
            cap *= 2;
        }
        ways_from(&frames[++depth], s);
        at = depth;
    }
out:
    w->visits = w->ends[END_THANKS] + w->ends[END_URGENT] + w->ends[END_ERROR] + w->ends[END_OVER];
    free(frames);
    free(seen.keys);
    wr_flow_destroy(pl.flow);
    free(pl.trail.buf);
}
