/*
 * dsl.h -- the script vocabulary (meta, scene, say, question, red_flag, answered...) that
 * builds one language's wr_pack inside its sandbox. Private to engine/lua (includes Lua).
 *
 * dsl.c holds the one table of every word with its help text, the helpers of every word,
 * the scene words and the Markdown reference; dslitems.c holds question, red_flag, prompt,
 * note and handout; dslcond.c holds the condition words, their conversion to wr_cond, and
 * the run-time evaluation of script functions used as conditions.
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

/* ---- shared between dsl.c, dslitems.c and dslcond.c -------------------------------- */

#define WR_DSL_MAX_ITEMS 4000 /* scenes, questions, ... of one kind in one language */

/* The kinds of value a field of a word's { ... } table takes. */
typedef enum wr_dsl_ftype {
    WR_DSL_STRING,
    WR_DSL_BOOL,
    WR_DSL_INT,
    WR_DSL_COND,
    WR_DSL_LIST,
    WR_DSL_RANGE
} wr_dsl_ftype;

/* One named field a table word accepts; tables of them end with a NULL name. */
typedef struct wr_dsl_field {
    const char *name;
    wr_dsl_ftype type;
    const char *help;
} wr_dsl_field;

/* The fields of the words of dslitems.c, listed with them in the word table. */
extern const wr_dsl_field wr_dsl_question_fields[], wr_dsl_flag_fields[], wr_dsl_prompt_fields[],
    wr_dsl_note_fields[], wr_dsl_handout_fields[];

/* Grows 'arr' of '*n' items of 'size' bytes by one zeroed item; returns the new array.
 * Raises when out of memory or when there are already 'limit' items. */
void *wr_dsl_grow(lua_State *L, void *arr, int *n, size_t size, int limit, const char *what);

/* Appends a zeroed item to array 'arr' (counted by 'n') and yields a pointer to it. */
#define WR_DSL_GROW(L, arr, n, limit, what)                                                        \
    ((arr) = wr_dsl_grow((L), (arr), &(n), sizeof *(arr), (limit), (what)), &(arr)[(n)-1])

/* The type name of the value at 'n' (the __name of steps and conditions). */
const char *wr_dsl_type_name(lua_State *L, int n);

/* Checks every key of the table at 1 against 'fs'; integer keys 1..n are allowed only when
 * 'positional' (n is returned). 'what' names the table in messages. */
int wr_dsl_check_fields(lua_State *L, const char *what, const wr_dsl_field *fs, int positional);

/* The string field 'key' of the table at 1 (checked), or NULL; its integer (booleans 0/1),
 * or 'def'; whether it is there at all. */
const char *wr_dsl_get_str(lua_State *L, const char *key);
int wr_dsl_get_int(lua_State *L, const char *key, int def);
int wr_dsl_has_field(lua_State *L, const char *key);

/* Raises "what needs key = ..." with 'code' unless the table at 1 has the field. */
void wr_dsl_need(lua_State *L, const char *code, const char *what, const char *key);

/* "word 'id'" in 'buf', for messages; returns buf. */
const char *wr_dsl_label(char *buf, size_t n, const char *word, const char *id);

/* 'word "id"': checks the id and returns 'body' (a function of the { ... } table). */
int wr_dsl_define(lua_State *L, const char *word, lua_CFunction body);

/* In a body: checks the table; returns the id, and where 'word "id"' was written. */
const char *wr_dsl_body_start(lua_State *L, const char *word, wr_srcpos *pos);

/* Raises "word 'id' is already defined at file:line" (E105) when 'found' is not NULL. */
void wr_dsl_unique(lua_State *L, const char *word, const char *id, const wr_srcpos *found);

/* The words of dslitems.c, listed in the word table of dsl.c. */
int wr_dsl_question(lua_State *L);
int wr_dsl_red_flag(lua_State *L);
int wr_dsl_prompt(lua_State *L);
int wr_dsl_note(lua_State *L);
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
