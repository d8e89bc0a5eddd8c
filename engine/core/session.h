/*
 * session.h -- one patient's visit: answers, scenes seen, picked and typed questions.
 * Pure C11: knows nothing of SDL, fonts or Lua. Answers are keyed by question id and
 * option index, so they survive a change of language (every translation of a pack has
 * the same ids and the same option order). wr_session_wipe() and wr_session_destroy()
 * overwrite every byte a patient entered before freeing it.
 */
#ifndef WR_SESSION_H
#define WR_SESSION_H

#include <stdbool.h>
#include <stdint.h>

#include "pack.h"

typedef struct wr_session wr_session;

#define WR_SESSION_MAX_OWN 8  /* typed questions of the patient's own, at most */

/* A new empty session, or NULL when out of memory. Free with wr_session_destroy(). */
wr_session *wr_session_create(void);

/* Overwrites and frees everything the session holds. NULL does nothing. */
void wr_session_destroy(wr_session *s);

/* Forgets every answer (overwriting it first); the session is as new. */
void wr_session_wipe(wr_session *s);

/* Recording answers; each returns 0, or -1 when out of memory. */
int wr_session_set_option(wr_session *s, const char *qid, int option);     /* single */
int wr_session_toggle_option(wr_session *s, const char *qid, int option);  /* multiple */
int wr_session_set_number(wr_session *s, const char *qid, int number);     /* scale */
int wr_session_set_text(wr_session *s, const char *qid, const char *utf8); /* typed */
int wr_session_mark_answered(wr_session *s, const char *qid); /* multiple: Next pressed */
void wr_session_clear(wr_session *s, const char *qid);  /* skipped: no answer */

/* Reading answers. */
bool wr_session_answered(const wr_session *s, const char *qid);
bool wr_session_has_option(const wr_session *s, const char *qid, int option);
int wr_session_option(const wr_session *s, const char *qid);    /* single; -1 if none */
bool wr_session_number(const wr_session *s, const char *qid, int *out);
const char *wr_session_text(const wr_session *s, const char *qid); /* typed; NULL if none */

/* Scenes seen. */
int wr_session_visit(wr_session *s, const char *scene_id);
bool wr_session_visited(const wr_session *s, const char *scene_id);

/* The question list: picked prompts (by prompt id) and the patient's own typed questions. */
int wr_session_toggle_prompt(wr_session *s, const char *prompt_id);
bool wr_session_prompt_picked(const wr_session *s, const char *prompt_id);
int wr_session_n_prompts(const wr_session *s);
const char *wr_session_prompt_at(const wr_session *s, int i); /* picked order */
int wr_session_add_own(wr_session *s, const char *utf8);
bool wr_session_first_suggestion(wr_session *s); /* true once a visit: tick the suggestions */
void wr_session_remove_own(wr_session *s, int i);
int wr_session_n_own(const wr_session *s);
const char *wr_session_own_at(const wr_session *s, int i);

/* The answer to 'q' in words of 'q' (option labels joined with ", ", the number, the
 * typed text), written into 'buf'. Returns buf, or NULL when unanswered. */
char *wr_session_answer_words(const wr_session *s, const wr_question *q, char *buf,
                              size_t len);

/* Counts the bytes of patient data held, for tests of the wipe. */
size_t wr_session_bytes(const wr_session *s);

#endif
