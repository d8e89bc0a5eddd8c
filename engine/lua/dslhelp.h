/*
 * dslhelp.h -- the helper layer of the script language (dslhelp.c), used by every word
 * file (dsl.c, dslitems.c, dslcond.c): the language of a state, errors at the script's
 * line, a table's fields, two-step definitions, steps, and going on after a mistake.
 * Private to engine/lua (includes Lua). Included by dsl.h after wr_lang.
 */
#ifndef WR_DSLHELP_H
#define WR_DSLHELP_H

#include <lua.h>

#include "pack.h"

typedef struct wr_lang wr_lang;

#define WR_DSL_STEP_MT "step"      /* the metatable of steps (say, ask, choice...) */
#define WR_DSL_COND_MT "condition" /* the metatable of condition objects (dslcond.c) */

/* Is the value at 'idx' a condition (a condition object, a function or a boolean)? */
int wr_dsl_is_cond(lua_State *L, int idx);


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

/* The names of the field types, for messages and the reference. */
extern const char *const wr_dsl_ftype_names[];

/* Checks argument n of 'word': an id ("welcome": letters, digits, _), a text (a string), or
 * a table at 1; raises with the fixed wording otherwise. The id and text are returned. */
const char *wr_dsl_check_id(lua_State *L, int n, const char *word);
const char *wr_dsl_check_text(lua_State *L, int n, const char *word);
void wr_dsl_check_table(lua_State *L, const char *word);

/* Raises unless the pack is still loading (a word used inside a condition function). */
void wr_dsl_while_loading(lua_State *L, const char *word);

/* What a word that went wrong gives back, so that the script can go on loading. */
typedef enum wr_dsl_stand_in {
    WR_DSL_STAND_NONE,   /* nothing (meta, start, ui, the { ... } of a definition) */
    WR_DSL_STAND_STEP,   /* a step marked "dud" that the scene leaves out */
    WR_DSL_STAND_DEFINE, /* a function that takes the { ... } and ignores it */
    WR_DSL_STAND_COND    /* false: a condition that never holds */
} wr_dsl_stand_in;

/* Replaces the function on top of the stack with one that, while the scripts load,
 * records a mistake in it and gives the stand-in 'kind' instead (see dslhelp.c). */
void wr_dsl_guarded(lua_State *L, wr_dsl_stand_in kind);

/* Pushes a new step of 'kind' that remembers the calling script line (if any). */
void wr_dsl_push_step(lua_State *L, wr_step_kind kind);

#endif
