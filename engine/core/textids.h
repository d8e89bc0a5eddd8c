/*
 * textids.h -- every piece of text of a pack, each under a stable id, so that one logic
 * (scenes, questions, rules, written once) can be shown in many languages from string
 * tables. Pure C11.
 *
 * The ids (what a translator sees beside each sentence):
 *   meta.title                    the pack's title
 *   scene.ID.N                    the Nth say or choice of scene ID (1, 2, ...)
 *   question.ID, question.ID.hint, question.ID.low, question.ID.high
 *   option.QUESTION.OPTION        an answer (OPTION is its id, or its words when it has none)
 *   flag.ID.patient, flag.ID.staff
 *   prompt.ID, topic.WORDS        a suggested question and the heading it is grouped under
 *   note.ID
 *   handout.ID.title, handout.ID.N (its Nth paragraph)
 *   ui.KEY                        the engine's own words (buttons, the attract screen...)
 */
#ifndef WR_TEXTIDS_H
#define WR_TEXTIDS_H

#include "pack.h"

/* Called once for each string of a pack, in the pack's order: its id, its text in the pack
 * now, and where it was written (NULL for the engine's built-in words). Returns the text
 * that replaces it (copied by the caller), or NULL to keep it. */
typedef const char *(*wr_textids_fn)(void *ud, const char *id, const char *text,
                                     const wr_srcpos *pos);

/* Visits every string of 'pack' (see above), replacing those 'fn' gives a new text for.
 * Returns 0, or -1 when out of memory (the pack is then partly replaced, still sound). */
int wr_textids_each(wr_pack *pack, wr_textids_fn fn, void *ud);

/* Do 'a' and 'b' hold the same placeholders ({emergency}, {answer:pain}...), as many times
 * each? When not, the first one that differs is written into 'what' (at most 'len' bytes). */
bool wr_textids_same_placeholders(const char *a, const char *b, char *what, size_t len);

#endif
