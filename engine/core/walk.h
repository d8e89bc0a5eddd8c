/*
 * walk.h -- plays a pack by itself through the real flow (wr_flow_create, wr_flow_act) on
 * a virtual clock: as a patient tapping at random (reproducible from a seed: answers, Back,
 * Skip, typing, picking questions, changing language, walking away), or through every
 * branch (each answer of each question, states already seen skipped, so that it ends).
 * It reports what it reached (scenes, questions, options, choices, red flags, notes) and
 * what it never did, and every error with the taps that led to it.
 * Pure C11 over engine/core: script functions run through the pack's custom_eval.
 *
 * Ownership: the packs are borrowed for the walk; the wr_walk returned is the caller's,
 * freed with wr_walk_destroy().
 */
#ifndef WR_WALK_H
#define WR_WALK_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "pack.h"

typedef struct wr_walk_options {
    int runs;        /* random visits (1000) */
    uint64_t seed;   /* the same seed plays the same taps (1) */
    bool exhaustive; /* every branch instead of random visits */
    int max_taps;    /* taps in one visit before it is given up as endless (400) */
    int max_states;  /* exhaustive: distinct states explored at most (20000) */
    FILE *trace;     /* when set: every screen, the flags and each printed list (NULL) */
} wr_walk_options;

/* What one walk found. */
typedef struct wr_walk wr_walk;

/* What a walk reached in one language, against what there is. */
typedef struct wr_walk_cover {
    int scenes, n_scenes;
    int questions, n_questions;
    int options, n_options; /* the options of single and multiple questions */
    int choices, n_choices;
    int flags, n_flags;
    int notes, n_notes;
} wr_walk_cover;

/* Fills 'o' with the defaults above. */
void wr_walk_defaults(wr_walk_options *o);

/* Walks the 'n' packs (one per language, the default first, as wr_flow_create takes them).
 * Returns the findings, or NULL when out of memory. */
wr_walk *wr_walk_run(wr_pack **packs, int n, const wr_walk_options *o);

/* Frees the findings. NULL does nothing. */
void wr_walk_destroy(wr_walk *w);

/* How many different errors the walk met (0: none). */
int wr_walk_errors(const wr_walk *w);

/* Error 'i': the staff message, and the taps that led to it (*path; both owned by 'w'). */
const char *wr_walk_error(const wr_walk *w, int i, const char **path);

/* What the walk reached in language 'lang' (an index into the packs). */
void wr_walk_coverage(const wr_walk *w, int lang, wr_walk_cover *out);

/* Prints the report: what was played, coverage per language, what was never reached, the
 * ends of the visits, and every error with its taps. */
void wr_walk_print(const wr_walk *w, FILE *out);

#endif
