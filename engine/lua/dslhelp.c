/*
 * dslhelp.c -- the helper layer every word of the script language uses (dsl.c, dslitems.c,
 * dslcond.c): the language a state belongs to, raising errors at the script's line,
 * checking a table's fields, two-step definitions ('question "id" { ... }'), making steps,
 * and going on after a mistake so that one run reports every mistake. Uses the public API
 * of Lua and of engine/core; calls no word, so the word files depend on it and not on one
 * another.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "dsl.h"

const char *const wr_dsl_ftype_names[] = {
    "string", "boolean", "whole number", "condition", "list of strings", "{ low, high }",
};

/* ======================================================================================
 * Small helpers shared with dslcond.c
 * ==================================================================================== */

/* The language whose sandbox runs 'L', kept in the state's extra space. */
wr_lang *wr_dsl_lang(lua_State *L)
{
    wr_lang *lg;
    memcpy(&lg, lua_getextraspace(L), sizeof lg);
    return lg;
}

/* A heap copy of 's', or a raised out-of-memory error. */
char *wr_dsl_strdup(lua_State *L, const char *s)
{
    char *p = wr_strdup(s);
    if (s && !p)
        wr_dsl_oom(L);
    return p;
}

/* The type name of the value at 'n', using __name for steps and conditions. The name may
 * stay on the stack: callers raise an error right after. */
const char *wr_dsl_type_name(lua_State *L, int n)
{
    n = lua_absindex(L, n);
    int t = luaL_getmetafield(L, n, "__name");
    if (t == LUA_TSTRING)
        return lua_tostring(L, -1);
    if (t != LUA_TNIL)
        lua_pop(L, 1);
    return luaL_typename(L, n);
}

/* Raises "file:line: message" for the script line that called the word, noting the
 * checker's 'code' for it (diag.h). */
int wr_dsl_fail(lua_State *L, const char *code, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    const char *msg = lua_pushvfstring(L, fmt, ap);
    va_end(ap);
    wr_sandbox_set_code(L, code);
    return wr_sandbox_error(L, "%s", msg);
}

/* Raises "not enough memory" (E004): the C heap refused a copy. */
int wr_dsl_oom(lua_State *L)
{
    wr_sandbox_set_code(L, "E004");
    return luaL_error(L, "not enough memory");
}

/* The nearest script (Lua) frame above the running C function into *ar, with its source
 * and line; 0 when there is none (a word called from C). */
int wr_dsl_frame(lua_State *L, lua_Debug *ar)
{
    for (int level = 1; lua_getstack(L, level, ar); level++)
        if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0)
            return 1;
    return 0;
}

/* Raises "bad argument #n to 'word' (expected expected, got type)". */
int wr_dsl_argerror(lua_State *L, int n, const char *word, const char *expected)
{
    return wr_dsl_fail(L, "E201", "bad argument #%d to '%s' (%s expected, got %s)", n, word,
                       expected, wr_dsl_type_name(L, n));
}

/* The position of the script line that called the running word, interned in the pack. */
void wr_dsl_pos(lua_State *L, wr_srcpos *pos)
{
    lua_Debug ar;
    pos->file = NULL;
    pos->line = 0;
    if (!wr_dsl_frame(L, &ar))
        return;
    const char *src = ar.source[0] == '@' ? ar.source + 1 : ar.short_src;
    pos->file = wr_pack_intern_file(wr_dsl_lang(L)->pack, src);
    pos->line = ar.currentline;
    if (!pos->file)
        wr_dsl_oom(L);
}

/* Grows 'arr' of '*n' items of 'size' bytes by one zeroed item; returns the new array.
 * Raises when out of memory or when there are already 'limit' items. */
void *wr_dsl_grow(lua_State *L, void *arr, int *n, size_t size, int limit, const char *what)
{
    if (*n >= limit)
        wr_dsl_fail(L, "E203", "too many %s (at most %d)", what, limit);
    char *p = realloc(arr, (size_t)(*n + 1) * size);
    if (!p)
        wr_dsl_oom(L);
    memset(p + (size_t)*n * size, 0, size);
    (*n)++;
    return p;
}

/* The string argument 'n' of 'word' that names an id: letters, digits, _ - and '.'. */
const char *wr_dsl_check_id(lua_State *L, int n, const char *word)
{
    if (lua_type(L, n) != LUA_TSTRING)
        wr_dsl_argerror(L, n, word, "string");
    const char *id = lua_tostring(L, n);
    size_t len = strlen(id);
    if (len == 0 || len >= 120 ||
        strspn(id, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU"
                   "VWXYZ0123456789_-.") != len)
        wr_dsl_fail(L, "E201",
                    "bad argument #%d to '%s' (an id of letters, digits and _ "
                    "expected, got \"%s\")",
                    n, word, id);
    return id;
}

/* The string argument 'n' of 'word'. */
const char *wr_dsl_check_text(lua_State *L, int n, const char *word)
{
    if (lua_type(L, n) != LUA_TSTRING)
        wr_dsl_argerror(L, n, word, "string");
    wr_dsl_no_nul(L, n, word);
    return lua_tostring(L, n);
}

/* The table argument 1 of 'word': a plain table, not a step or a condition. */
void wr_dsl_check_table(lua_State *L, const char *word)
{
    if (lua_istable(L, 1) && luaL_getmetafield(L, 1, "__name") == LUA_TNIL)
        return;
    wr_dsl_argerror(L, 1, word, "table");
}

/* ======================================================================================
 * Checking a table's fields
 * ==================================================================================== */

/* Raises "unknown field 'key' in what (did you mean 'x'? / fields: ...)". */
static int unknown_field(lua_State *L, const char *key, const char *what, const wr_dsl_field *fs)
{
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 0; fs[i].name; i++) {
        if (wr_sandbox_distance(key, fs[i].name) <= 2)
            return wr_dsl_fail(L, "E202", "unknown field '%s' in %s (did you mean '%s'?)", key,
                               what, fs[i].name);
        luaL_addstring(&b, i ? ", " : "");
        luaL_addstring(&b, fs[i].name);
    }
    luaL_pushresult(&b);
    return wr_dsl_fail(L, "E202", "unknown field '%s' in %s (fields: %s)", key, what,
                       lua_tostring(L, -1));
}

/* Does the value on top of the stack have the type 'type' asks for? */
static int type_fits(lua_State *L, wr_dsl_ftype type)
{
    int isint = 0;
    switch (type) {
    case WR_DSL_STRING:
        return lua_type(L, -1) == LUA_TSTRING;
    case WR_DSL_BOOL:
        return lua_isboolean(L, -1);
    case WR_DSL_INT:
        lua_tointegerx(L, -1, &isint);
        return isint && lua_type(L, -1) == LUA_TNUMBER;
    case WR_DSL_COND:
        return wr_dsl_is_cond(L, -1);
    default:
        return lua_istable(L, -1);
    }
}

/* Checks every key of the table at 1 against 'fs'; integer keys 1..n are allowed only
 * when 'positional' (then n is returned). 'what' names the table in messages. */
int wr_dsl_check_fields(lua_State *L, const char *what, const wr_dsl_field *fs, int positional)
{
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        if (lua_type(L, -2) == LUA_TNUMBER && positional) {
            n++;
        } else if (lua_type(L, -2) != LUA_TSTRING) {
            wr_dsl_fail(L, "E203", "%s takes named fields only (name = value)", what);
        } else {
            const char *key = lua_tostring(L, -2);
            int i = 0;
            while (fs[i].name && strcmp(fs[i].name, key) != 0)
                i++;
            if (!fs[i].name)
                unknown_field(L, key, what, fs);
            if (!type_fits(L, fs[i].type))
                wr_dsl_fail(L, "E203", "bad field '%s' in %s (%s expected, got %s)", key, what,
                            wr_dsl_ftype_names[fs[i].type], wr_dsl_type_name(L, -1));
        }
        lua_pop(L, 1);
    }
    for (int i = 1; i <= n; i++) { /* one at a time: a C function has ~20 stack slots */
        if (lua_rawgeti(L, 1, i) == LUA_TNIL)
            wr_dsl_fail(L, "E203", "%s: item #%d is missing (nil)", what, i);
        lua_pop(L, 1);
    }
    return n;
}

/* Raises E302 when the string at 'idx' holds a NUL byte (an escape such as "\0"): the
 * engine's copy would end there, silently. 'what' names it. */
void wr_dsl_no_nul(lua_State *L, int idx, const char *what)
{
    size_t len = 0;
    const char *s = lua_tolstring(L, idx, &len);
    if (s && strlen(s) != len)
        wr_dsl_fail(L, "E302", "%s holds a NUL byte at byte %d: patients would see boxes or "
                    "garbled text", what, (int)strlen(s) + 1);
}

/* The string field 'key' of the table at 1 (already checked), or NULL. */
const char *wr_dsl_get_str(lua_State *L, const char *key)
{
    lua_getfield(L, 1, key);
    wr_dsl_no_nul(L, -1, key);
    const char *s = lua_tostring(L, -1); /* the table keeps the string alive */
    lua_pop(L, 1);
    return s;
}

/* The field 'key' of the table at 1 as an integer (booleans 0/1), or 'def' when absent. */
int wr_dsl_get_int(lua_State *L, const char *key, int def)
{
    lua_getfield(L, 1, key);
    int v = lua_isnil(L, -1)       ? def
            : lua_isboolean(L, -1) ? lua_toboolean(L, -1)
                                   : (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    return v;
}

/* Raises "what needs key = ..." (with 'code') unless the table at 1 has the field. */
void wr_dsl_need(lua_State *L, const char *code, const char *what, const char *key)
{
    if (lua_getfield(L, 1, key) == LUA_TNIL)
        wr_dsl_fail(L, code, "%s needs %s = ...", what, key);
    lua_pop(L, 1);
}

/* "word 'id'" in a buffer, for messages. */
const char *wr_dsl_label(char *buf, size_t n, const char *word, const char *id)
{
    snprintf(buf, n, "%s '%s'", word, id);
    return buf;
}

/* ======================================================================================
 * Going on after a mistake: every word runs through guard()
 * ==================================================================================== */



/* The stand-in of a definition whose id was wrong: takes its { ... } and ignores it. */
static int swallow(lua_State *L)
{
    (void)L;
    return 0;
}

/* Pushes the stand-in of 'kind'; returns how many values. */
static int stand_in(lua_State *L, wr_dsl_stand_in kind)
{
    switch (kind) {
    case WR_DSL_STAND_STEP:
        wr_dsl_push_step(L, WR_STEP_SAY);
        lua_pushboolean(L, 1);
        lua_setfield(L, -2, "dud");
        return 1;
    case WR_DSL_STAND_DEFINE:
        lua_pushcfunction(L, swallow);
        return 1;
    case WR_DSL_STAND_COND:
        lua_pushboolean(L, 0);
        return 1;
    default:
        return 0;
    }
}

/* Calls the word in upvalue 1 with the arguments. While the scripts load, a mistake in it
 * (any error with a code) is recorded and loading goes on with the stand-in of upvalue 2,
 * so that one run reports every mistake. Endless loops, memory, errors without a code and
 * every error once the kiosk runs are raised as they are. */
static int guard(lua_State *L)
{
    wr_lang *lg = wr_dsl_lang(L);
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    if (lg->loaded || !lg->on_problem) {
        lua_call(L, n, LUA_MULTRET);
        return lua_gettop(L);
    }
    wr_sandbox_set_code(L, NULL);
    int status = lua_pcall(L, n, LUA_MULTRET, 0);
    if (status == LUA_OK)
        return lua_gettop(L);
    const char *code = wr_sandbox_take_code(wr_sandbox_of(L));
    if (status == LUA_ERRMEM)
        code = "E004";
    if (!code || strcmp(code, "E003") == 0 || strcmp(code, "E004") == 0 ||
        lua_type(L, -1) != LUA_TSTRING) {
        wr_sandbox_set_code(L, code);
        return lua_error(L);
    }
    lg->on_problem(lg->problem_ud, code, lua_tostring(L, -1));
    lua_settop(L, 0);
    return stand_in(L, (wr_dsl_stand_in)lua_tointeger(L, lua_upvalueindex(2)));
}

/* Replaces the function on top of the stack with a guarded one of stand-in 'kind'. */
void wr_dsl_guarded(lua_State *L, wr_dsl_stand_in kind)
{
    lua_pushinteger(L, kind);
    lua_pushcclosure(L, guard, 2);
}

/* ======================================================================================
 * Two-step definitions: 'question "id"' then its { ... } table
 * ==================================================================================== */

/* A mistake that need not stop the script: recorded while the scripts load (loading goes
 * on), raised when nobody records it. 'text' is "file:line: message". */
static void mistake(lua_State *L, const char *code, const char *text)
{
    wr_lang *lg = wr_dsl_lang(L);
    if (!lg->loaded && lg->on_problem) {
        lg->on_problem(lg->problem_ud, code, text);
        return;
    }
    wr_sandbox_set_code(L, code);
    lua_pushstring(L, text);
    lua_error(L);
}

/* Raises unless the pack is still loading: once the kiosk runs (a condition function),
 * the pack is shared with the engine and must not change. */
void wr_dsl_while_loading(lua_State *L, const char *word)
{
    if (wr_dsl_lang(L)->loaded)
        wr_dsl_fail(L, "E205", "%s can only be used while the scripts load", word);
}

/* Notes that 'word "id"' waits for its table; raises if the previous one never got it. */
static void begin_def(lua_State *L, const char *word, const char *id)
{
    wr_lang *lg = wr_dsl_lang(L);
    wr_dsl_while_loading(L, word);
    if (lg->pending_word) {
        lua_pushfstring(L, "%s:%d: %s '%s' has no { ... } table after it", lg->pending_pos.file,
                        lg->pending_pos.line, lg->pending_word, lg->pending_id);
        lg->pending_word = NULL;
        mistake(L, "E205", lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    lg->pending_word = word;
    snprintf(lg->pending_id, sizeof lg->pending_id, "%s", id);
    wr_dsl_pos(L, &lg->pending_pos);
}

/* 'word "id"': checks the id and returns 'body' as a closure over the id. */
int wr_dsl_define(lua_State *L, const char *word, lua_CFunction body)
{
    const char *id = wr_dsl_check_id(L, 1, word);
    lua_settop(L, 1);
    begin_def(L, word, id);
    lua_pushcclosure(L, body, 1);
    wr_dsl_guarded(L, WR_DSL_STAND_NONE);
    return 1;
}

/* In a body: the table is checked and the definition no longer pending. Returns the id
 * and the position where 'word "id"' was written. */
const char *wr_dsl_body_start(lua_State *L, const char *word, wr_srcpos *pos)
{
    wr_lang *lg = wr_dsl_lang(L);
    wr_dsl_while_loading(L, word);
    wr_dsl_check_table(L, word);
    *pos = lg->pending_pos;
    lg->pending_word = NULL;
    return lua_tostring(L, lua_upvalueindex(1));
}

/* Raises "word 'id' is already defined at file:line" when 'found' is not NULL. */
void wr_dsl_unique(lua_State *L, const char *word, const char *id, const wr_srcpos *found)
{
    if (found)
        wr_dsl_fail(L, "E105", "%s '%s' is already defined at %s:%d", word, id, found->file,
                    found->line);
}

/* Is the value at 'idx' a condition object, a function or a boolean? */
int wr_dsl_is_cond(lua_State *L, int idx)
{
    if (lua_isfunction(L, idx) || lua_isboolean(L, idx))
        return 1;
    if (!lua_istable(L, idx) || !lua_getmetatable(L, idx))
        return 0;
    luaL_getmetatable(L, WR_DSL_COND_MT);
    int same = lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
    return same;
}

/* ======================================================================================
 * Steps
 * ==================================================================================== */

/* Pushes a new step of 'kind' that remembers the calling script line (if any). */
void wr_dsl_push_step(lua_State *L, wr_step_kind kind)
{
    lua_Debug ar;
    lua_createtable(L, 0, 8);
    luaL_setmetatable(L, WR_DSL_STEP_MT);
    lua_pushinteger(L, kind);
    lua_setfield(L, -2, "k");
    if (wr_dsl_frame(L, &ar)) {
        lua_pushstring(L, ar.source[0] == '@' ? ar.source + 1 : ar.short_src);
        lua_setfield(L, -2, "src");
        lua_pushinteger(L, ar.currentline);
        lua_setfield(L, -2, "line");
    }
}
