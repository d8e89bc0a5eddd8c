/*
 * dsl.h -- the script vocabulary (meta, scene, say, question, red_flag, answered...) that
 * builds one language's wr_pack inside its sandbox. Private to engine/lua (includes Lua).
 *
 * dsl.c holds the one table of every word with its help text, the pack-building words and
 * the Markdown reference; dslcond.c holds the condition words, their conversion to
 * wr_cond, and the run-time evaluation of script functions used as conditions.
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
 * "file:line: message" in 'err'. */
int wr_dsl_run_file(wr_lang *lg, const char *path, char *err, size_t errlen);

/* After the last file: makes the globals read-only and installs custom_eval in the pack. */
void wr_dsl_finish(wr_lang *lg);

/* The Markdown reference of every word. */
void wr_dsl_reference(FILE *out);

/* ---- shared between dsl.c and dslcond.c ------------------------------------------ */

/* The language whose sandbox runs 'L'. */
wr_lang *wr_dsl_lang(lua_State *L);

/* The position of the script line at stack 'level' (1: the caller of the running C
 * function), with the file interned in the pack. Raises on out of memory. */
void wr_dsl_pos(lua_State *L, int level, wr_srcpos *pos);

/* A heap copy of 's' (NULL stays NULL); raises "not enough memory" on failure. */
char *wr_dsl_strdup(lua_State *L, const char *s);

/* Raises "bad argument #n to 'word' (expected expected, got <type>)". */
int wr_dsl_argerror(lua_State *L, int n, const char *word, const char *expected);

/* Is the value at 'idx' a condition (a condition object, a function or a boolean)? */
int wr_dsl_is_cond(lua_State *L, int idx);

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
