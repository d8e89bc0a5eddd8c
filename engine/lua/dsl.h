/*
 * dsl.h -- the script vocabulary (meta, scene, say, question, red_flag, answered...) that
 * builds one language's wr_pack inside its sandbox. Private to engine/lua (includes Lua).
 *
 * dsl.c holds the one table of every word with its help text, the scene words and the
 * Markdown reference; dslitems.c holds question, red_flag, prompt, note and handout;
 * dslcond.c holds the condition words, their conversion to wr_cond, and the run-time
 * evaluation of script functions used as conditions; dslhelp.c (dslhelp.h) the helpers
 * all of them use.
 */
#ifndef WR_DSL_H
#define WR_DSL_H

#include <stdio.h>

#include <lua.h>

#include "pack.h"
#include "sandbox.h"
#include "session.h"

/* One language of a pack: its sandbox, the pack it builds, and loader bookkeeping. */
typedef struct wr_lang {
    char *name;                /* folder name ("en"), or NULL for a flat pack */
    char *dir;                 /* the folder of its scripts (handout files are found there),
                                * or NULL when the scripts come from memory */
    wr_sandbox *sb;            /* owned */
    wr_pack *pack;             /* owned until handed to the wr_luapack */
    const wr_session *session; /* set only while a custom condition runs */
    int is_default;            /* meta { default = true } */
    int loaded;                /* wr_dsl_finish() ran: the pack may no longer change */
    wr_srcpos meta_pos;        /* where meta was called; line 0 when it was not */
    wr_srcpos start_pos;
    /* where a mistake goes while loading (the script goes on); NULL: mistakes are raised */
    void (*on_problem)(void *ud, const char *code, const char *text);
    void *problem_ud;
    /* "question "id"" called, its { ... } table not yet given */
    const char *pending_word;
    char pending_id[128];
    wr_srcpos pending_pos;
} wr_lang;

/* A new language 'name' whose scripts are in 'dir' (both copied; NULL name for a flat pack,
 * NULL dir for scripts from memory) with an empty pack and a sandbox holding the
 * vocabulary, or NULL when out of memory. Free with wr_dsl_lang_destroy(). */
wr_lang *wr_dsl_lang_create(const char *name, const char *dir, const wr_lua_limits *lim);

/* Frees the language: its pack (unless taken: set lang->pack to NULL) and its state. */
void wr_dsl_lang_destroy(wr_lang *lg);

/* Runs the script file 'path' in the language's sandbox. Returns 0, or -1 with
 * "file:line: message" in 'err' and the checker's code (diag.h) in *code. Mistakes in
 * words go to lg->on_problem as they happen, when it is set, and the script goes on. */
int wr_dsl_run_file(wr_lang *lg, const char *path, char *err, size_t errlen, const char **code);

/* The same for 'len' bytes of script text named 'name' (a file name for messages). */
int wr_dsl_run_buffer(wr_lang *lg, const char *name, const char *buf, size_t len, char *err,
                      size_t errlen, const char **code);

/* After the last file: makes the globals read-only and installs custom_eval in the pack. */
void wr_dsl_finish(wr_lang *lg);

/* The Markdown reference of every word. */
void wr_dsl_reference(FILE *out);

#include "dslhelp.h"

/* The fields of the words of dslitems.c, listed with them in the word table. */
extern const wr_dsl_field wr_dsl_question_fields[], wr_dsl_flag_fields[], wr_dsl_prompt_fields[],
    wr_dsl_note_fields[], wr_dsl_handout_fields[],
    wr_dsl_net_fields[];

/* The words of dslitems.c, listed in the word table of dsl.c. */
int wr_dsl_question(lua_State *L);
int wr_dsl_red_flag(lua_State *L);
int wr_dsl_prompt(lua_State *L);
int wr_dsl_note(lua_State *L);
int wr_dsl_safety_net(lua_State *L);
int wr_dsl_handout(lua_State *L);

/* The language whose sandbox runs 'L'. */
wr_lang *wr_dsl_lang(lua_State *L);

/* The position of the script line that called the running word (the nearest Lua frame),
 * with the file interned in the pack. Raises on out of memory. */
void wr_dsl_pos(lua_State *L, wr_srcpos *pos);

/* The nearest Lua frame above the running C function into *ar ("Sl" filled); 0 if none. */
int wr_dsl_frame(lua_State *L, lua_Debug *ar);

/* Raises "file:line: <formatted>" at the calling script line, with the checker's 'code'
 * (diag.h). Never returns. */
int wr_dsl_fail(lua_State *L, const char *code, const char *fmt, ...);

/* Raises "not enough memory" (E004). Never returns. */
int wr_dsl_oom(lua_State *L);

/* A heap copy of 's' (NULL stays NULL); raises "not enough memory" on failure. */
char *wr_dsl_strdup(lua_State *L, const char *s);

/* Raises E302 when the string at 'idx' holds a NUL byte; 'what' names it. */
void wr_dsl_no_nul(lua_State *L, int idx, const char *what);

/* Raises "bad argument #n to 'word' (expected expected, got <type>)". */
int wr_dsl_argerror(lua_State *L, int n, const char *word, const char *expected);

/* Converts the condition at 'idx' into a new wr_cond stored in *slot (stored before it is
 * filled, so that a raised error leaves nothing unowned). */
void wr_dsl_build_cond(lua_State *L, int idx, wr_cond **slot);

/* Registers the condition metatable; called once per state. */
void wr_dsl_cond_open(lua_State *L);

/* The condition words (dslcond.c), listed in the word table of dsl.c. */
int wr_dsl_answered(lua_State *L);
int wr_dsl_at_least(lua_State *L);
int wr_dsl_at_most(lua_State *L);
int wr_dsl_any(lua_State *L);
int wr_dsl_all(lua_State *L);
int wr_dsl_none(lua_State *L);
int wr_dsl_visited(lua_State *L);
int wr_dsl_answer(lua_State *L);

/* wr_custom_eval_fn for the packs: 'ud' is the wr_lang. */
int wr_dsl_custom_eval(void *ud, int ref, const void *session, char *err, size_t errlen);

#endif
