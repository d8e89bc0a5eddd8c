/*
 * walk_internal.h -- what walk.c (random visits, coverage, the report) and wr_walk_all.c
 * (every branch) share. Not for use outside engine/core.
 */
#ifndef WR_WALK_INTERNAL_H
#define WR_WALK_INTERNAL_H

#include "flow.h"
#include "walk.h"

#define WALK_STEP_MS 1500 /* the virtual clock moves this much a tap */
#define WALK_MAX_ERRORS 32

/* What one language of the walk reached; arrays of flags, one byte an item. */
typedef struct walk_cover {
    const wr_pack *p;
    char *scenes, *questions, *options, *choices, *flags, *notes;
    char *urgent;   /* per option: tapping it led straight to the urgent screen */
    int *opt_base;  /* question i's first option in options[] */
    int *step_base; /* scene i's first step in choices[] (choices are steps) */
    /* wr_walk_all.c: the conditions that can change the way through the pack, each with the
     * scene it belongs to (-1: an urgent flag), and which scenes lead to which */
    const wr_cond **conds;
    int *cond_scene, *cond_step;
    int n_conds;
    char *reach; /* reach[a * n_scenes + b]: scene b can follow scene a; NULL: assume so */
} walk_cover;

/* An error met, with the shortest run of taps that reached it. */
typedef struct walk_found {
    char *message;
    char *path;
    int taps;
} walk_found;

/* How a visit ended. */
enum { END_THANKS, END_URGENT, END_ERROR, END_OVER, END_AWAY, END_KINDS };

struct wr_walk {
    wr_walk_options opt;
    wr_pack **packs;
    int n;
    walk_cover *cov;
    walk_found found[WALK_MAX_ERRORS];
    int n_found;
    long taps;
    int visits, unfinished, states;
    bool bounded; /* exhaustive: stopped at max_states */
    int ends[END_KINDS];
    double seconds;
};

/* The taps of one visit, as staff read them: "Touch to start" > "My back" > type "ab". */
typedef struct walk_trail {
    char *buf;
    size_t len, cap;
    int taps;
    bool typing;
} walk_trail;

/* One player: a flow, its clock, its random numbers and its taps so far. */
typedef struct walk_player {
    wr_walk *w;
    wr_flow *flow;
    uint32_t now;
    uint64_t rng;
    walk_trail trail;
} walk_player;

/* A new flow at the attract screen for the player (the old one is freed); -1 on OOM. */
int wr_walk_restart(walk_player *pl);

/* Taps (action, arg) shown as 'label' (NULL: made from the action and arg), then does what
 * the kiosk would (printing) and notes what was reached. Returns wr_flow_act's result. */
int wr_walk_tap(walk_player *pl, wr_action action, int arg, const char *label);

/* Did the last tap end on the error screen? */
bool wr_walk_failed(walk_player *pl);

/* Notes an error with the player's taps so far. */
void wr_walk_fail(walk_player *pl, const char *msg);

/* The taps so far as text (owned by the trail). */
const char *wr_walk_trail_text(walk_trail *t);

/* Forgets the taps. */
void wr_walk_trail_reset(walk_trail *t);

/* The trace (walk_trace.c): the screen after a tap, the list when it is printed. Both do
 * nothing unless the options name a trace file. */
void wr_walk_trace_screen(walk_player *pl);
void wr_walk_trace_list(walk_player *pl);

/* Every branch (wr_walk_all.c). */
void wr_walk_all(wr_walk *w);

/* Sets up (and frees) the conditions and scene links of one language (wr_walk_all.c). */
int wr_walk_conds_init(walk_cover *c);
void wr_walk_conds_free(walk_cover *c);

#endif
