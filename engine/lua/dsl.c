/*
 * dsl.c -- the words of the script language that build a wr_pack: meta, start, ui, scene
 * and its steps; the helpers every word uses (checking a table's fields, two-step
 * definitions, going on after a mistake). One table (words[]) lists every word, with
 * those of dslitems.c (question, red_flag, prompt, note, handout) and dslcond.c (the
 * conditions), with its signature and help; the bindings are registered from it and the
 * staff reference is printed from it. Uses the public API of Lua and of engine/core.
 *
 * Two-step words: 'question "id"' returns a function that takes the { ... } table, so
 * 'question "id" { ... }' reads like a declaration. Steps (say, ask, choice...) are
 * tables with the "step" metatable; calling one with a table, as in
 * 'say "text" { when = cond }', returns a copy with those options.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <lauxlib.h>

#include "dsl.h"

#define STEP_MT "step"
#define MAX_STEPS 400 /* steps of one scene */

/* ======================================================================================
 * Field tables: the named fields each table word accepts
 * ==================================================================================== */

static const char *const ftype_names[] = {
    "string", "boolean", "whole number", "condition", "list of strings", "{ low, high }",
};

static const wr_dsl_field meta_fields[] = {
    {"title", WR_DSL_STRING, "the pack's title, for staff"},
    {"language", WR_DSL_STRING, "language code: \"en\", \"es\"... (the folder name by default)"},
    {"language_name", WR_DSL_STRING, "the language's own name, on the language button"},
    {"version", WR_DSL_STRING, "a version, e.g. a date"},
    {"reviewed_by", WR_DSL_STRING, "who reviewed the clinical content"},
    {"reviewed_on", WR_DSL_STRING, "when it was reviewed"},
    {"default", WR_DSL_BOOL, "true: the kiosk starts in this language"},
    {NULL, 0, NULL},
};

static const wr_dsl_field scene_fields[] = {
    {"go", WR_DSL_STRING, "the scene after the last screen (\"@end\" ends the visit)"},
    {NULL, 0, NULL},
};

static const wr_dsl_field choice_fields[] = {
    {"go", WR_DSL_STRING, "the scene this button leads to, or \"@end\""},
    {"when", WR_DSL_COND, "shown only when this condition holds"},
    {NULL, 0, NULL},
};

static const wr_dsl_field when_fields[] = {
    {"when", WR_DSL_COND, "the step is skipped unless this condition holds"},
    {NULL, 0, NULL},
};

static const wr_dsl_field jump_fields[] = {
    {"when", WR_DSL_COND, "jumps only when this condition holds (always if absent)"},
    {NULL, 0, NULL},
};

static const wr_dsl_field pick_fields[] = {
    {"max", WR_DSL_INT, "most suggested questions a patient may pick (5)"},
    {"typed", WR_DSL_INT, "most questions of their own a patient may type (3)"},
    {"when", WR_DSL_COND, "the step is skipped unless this condition holds"},
    {NULL, 0, NULL},
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
static const char *check_id(lua_State *L, int n, const char *word)
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
static const char *check_text(lua_State *L, int n, const char *word)
{
    if (lua_type(L, n) != LUA_TSTRING)
        wr_dsl_argerror(L, n, word, "string");
    return lua_tostring(L, n);
}

/* The table argument 1 of 'word': a plain table, not a step or a condition. */
static void check_table(lua_State *L, const char *word)
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
                            ftype_names[fs[i].type], wr_dsl_type_name(L, -1));
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

/* The string field 'key' of the table at 1 (already checked), or NULL. */
const char *wr_dsl_get_str(lua_State *L, const char *key)
{
    lua_getfield(L, 1, key);
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

/* What a word that went wrong gives back, so that the script can go on loading. */
typedef enum stand_in_kind {
    STAND_NONE,   /* nothing (meta, start, ui, the { ... } of a definition) */
    STAND_STEP,   /* a step marked "dud" that the scene leaves out */
    STAND_DEFINE, /* a function that takes the { ... } and ignores it */
    STAND_COND    /* false: a condition that never holds */
} stand_in_kind;

static void push_step(lua_State *L, wr_step_kind kind);

/* The stand-in of a definition whose id was wrong: takes its { ... } and ignores it. */
static int swallow(lua_State *L)
{
    (void)L;
    return 0;
}

/* Pushes the stand-in of 'kind'; returns how many values. */
static int stand_in(lua_State *L, stand_in_kind kind)
{
    switch (kind) {
    case STAND_STEP:
        push_step(L, WR_STEP_SAY);
        lua_pushboolean(L, 1);
        lua_setfield(L, -2, "dud");
        return 1;
    case STAND_DEFINE:
        lua_pushcfunction(L, swallow);
        return 1;
    case STAND_COND:
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
    return stand_in(L, (stand_in_kind)lua_tointeger(L, lua_upvalueindex(2)));
}

/* Replaces the function on top of the stack with a guarded one of stand-in 'kind'. */
static void guarded(lua_State *L, stand_in_kind kind)
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
static void while_loading(lua_State *L, const char *word)
{
    if (wr_dsl_lang(L)->loaded)
        wr_dsl_fail(L, "E205", "%s can only be used while the scripts load", word);
}

/* Notes that 'word "id"' waits for its table; raises if the previous one never got it. */
static void begin_def(lua_State *L, const char *word, const char *id)
{
    wr_lang *lg = wr_dsl_lang(L);
    while_loading(L, word);
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
    const char *id = check_id(L, 1, word);
    lua_settop(L, 1);
    begin_def(L, word, id);
    lua_pushcclosure(L, body, 1);
    guarded(L, STAND_NONE);
    return 1;
}

/* In a body: the table is checked and the definition no longer pending. Returns the id
 * and the position where 'word "id"' was written. */
const char *wr_dsl_body_start(lua_State *L, const char *word, wr_srcpos *pos)
{
    wr_lang *lg = wr_dsl_lang(L);
    while_loading(L, word);
    check_table(L, word);
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

/* ======================================================================================
 * Steps
 * ==================================================================================== */

static const char *const step_words[] = {
    "say", "ask", "choice", "pick_prompts", "show_list", "jump", "picture", "slip",
};

/* Pushes a new step of 'kind' that remembers the calling script line (if any). */
static void push_step(lua_State *L, wr_step_kind kind)
{
    lua_Debug ar;
    lua_createtable(L, 0, 8);
    luaL_setmetatable(L, STEP_MT);
    lua_pushinteger(L, kind);
    lua_setfield(L, -2, "k");
    if (wr_dsl_frame(L, &ar)) {
        lua_pushstring(L, ar.source[0] == '@' ? ar.source + 1 : ar.short_src);
        lua_setfield(L, -2, "src");
        lua_pushinteger(L, ar.currentline);
        lua_setfield(L, -2, "line");
    }
}

/* Sets field 'key' of the step on top to the value at 'idx' (a string, a condition...). */
static void step_set(lua_State *L, const char *key, int idx)
{
    lua_pushvalue(L, idx);
    lua_setfield(L, -2, key);
}

/* say "text": one paragraph of the kiosk's turn. */
static int w_say(lua_State *L)
{
    check_text(L, 1, "say");
    push_step(L, WR_STEP_SAY);
    step_set(L, "text", 1);
    return 1;
}

/* ask "question": the question on a screen of its own. */
static int w_ask(lua_State *L)
{
    check_id(L, 1, "ask");
    push_step(L, WR_STEP_ASK);
    step_set(L, "question", 1);
    return 1;
}

/* picture "name": an illustration with the next screen. */
static int w_picture(lua_State *L)
{
    check_id(L, 1, "picture");
    push_step(L, WR_STEP_PICTURE);
    step_set(L, "text", 1);
    return 1;
}

/* choice { "Label", go = "scene", when = cond }: a reply button. */
static int w_choice(lua_State *L)
{
    check_table(L, "choice");
    if (wr_dsl_check_fields(L, "choice", choice_fields, 1) != 1 ||
        lua_rawgeti(L, 1, 1) != LUA_TSTRING)
        return wr_dsl_fail(L, "E204",
                           "choice needs its label first: choice { \"Yes\", go = "
                           "\"scene\" }");
    wr_dsl_need(L, "E204", "choice", "go");
    push_step(L, WR_STEP_CHOICE);
    step_set(L, "text", 2);
    lua_getfield(L, 1, "go");
    lua_setfield(L, -2, "go");
    lua_getfield(L, 1, "when");
    lua_setfield(L, -2, "when");
    return 1;
}

/* jump { "scene", when = cond }: goes on to the scene at once when the condition holds. */
static int w_jump(lua_State *L)
{
    check_table(L, "jump");
    if (wr_dsl_check_fields(L, "jump", jump_fields, 1) != 1 || lua_rawgeti(L, 1, 1) != LUA_TSTRING)
        return wr_dsl_fail(L, "E204",
                           "jump needs its scene first: jump { \"scene\", when = "
                           "cond }");
    push_step(L, WR_STEP_JUMP);
    step_set(L, "go", 2);
    lua_getfield(L, 1, "when");
    lua_setfield(L, -2, "when");
    return 1;
}

/* The pick_prompts value: the question-list builder with the default limits. */
static int w_pick_prompts(lua_State *L)
{
    push_step(L, WR_STEP_PICK_PROMPTS);
    return 1;
}

/* The show_list value: the list preview. */
static int w_show_list(lua_State *L)
{
    push_step(L, WR_STEP_SHOW_LIST);
    return 1;
}

/* The slip value: the safety part is over; a "today" slip for the desk prints now. */
static int w_slip(lua_State *L)
{
    push_step(L, WR_STEP_SLIP);
    return 1;
}

/* Is the field 'key' of the table at 'idx' a string? */
static int is_str_field(lua_State *L, int idx, const char *key)
{
    int t = lua_getfield(L, idx, key);
    lua_pop(L, 1);
    return t == LUA_TSTRING;
}

/* The kind of the step at 'idx', checked: a step is a plain table that a script could have
 * changed, so its kind and the strings that kind needs are checked before use (E205). */
static wr_step_kind step_kind(lua_State *L, int idx)
{
    int isint = 0, ok;
    lua_getfield(L, idx, "k");
    lua_Integer k = lua_tointegerx(L, -1, &isint);
    lua_pop(L, 1);
    ok = isint && k >= WR_STEP_SAY && k <= WR_STEP_SLIP;
    if (ok && (k == WR_STEP_SAY || k == WR_STEP_PICTURE || k == WR_STEP_CHOICE))
        ok = is_str_field(L, idx, "text");
    if (ok && k == WR_STEP_ASK)
        ok = is_str_field(L, idx, "question");
    if (ok && (k == WR_STEP_CHOICE || k == WR_STEP_JUMP))
        ok = is_str_field(L, idx, "go");
    if (!ok)
        wr_dsl_fail(L, "E205",
                    "a step was changed after it was made (write say \"...\", "
                    "ask \"id\", choice { ... })");
    return (wr_step_kind)k;
}

/* step { options }: a copy of the step with options, positioned at this call. */
static int step_call(lua_State *L)
{
    static const char *const kept[] = {"text", "question", "go",  "when",
                                       "max",  "typed",    "dud", NULL};
    static const char *const options[] = {"when", "max", "typed", NULL};
    lua_settop(L, 2);
    wr_step_kind kind = step_kind(L, 1);
    lua_insert(L, 1); /* 1: the options, 2: the step */
    check_table(L, step_words[kind]);
    wr_dsl_check_fields(L, step_words[kind],
                        kind == WR_STEP_PICK_PROMPTS ? pick_fields : when_fields, 0);
    push_step(L, kind);
    for (int i = 0; kept[i]; i++) {
        lua_getfield(L, 2, kept[i]);
        lua_setfield(L, 3, kept[i]);
    }
    for (int i = 0; options[i]; i++) {
        if (lua_getfield(L, 1, options[i]) == LUA_TNIL)
            lua_pop(L, 1);
        else
            lua_setfield(L, 3, options[i]);
    }
    return 1;
}

/* ======================================================================================
 * Scenes
 * ==================================================================================== */

/* Is the value at 'idx' a step? */
static int is_step(lua_State *L, int idx)
{
    if (!lua_istable(L, idx) || !lua_getmetatable(L, idx))
        return 0;
    luaL_getmetatable(L, STEP_MT);
    int same = lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
    return same;
}

/* The string field 'key' of the step at 'idx', copied; NULL when absent. */
static char *step_str(lua_State *L, int idx, const char *key)
{
    lua_getfield(L, idx, key);
    char *s = wr_dsl_strdup(L, lua_tostring(L, -1));
    lua_pop(L, 1);
    return s;
}

/* The integer field 'key' of the step at 'idx', or 'def'. */
static int step_int(lua_State *L, int idx, const char *key, int def)
{
    lua_getfield(L, idx, key);
    int v = lua_isnil(L, -1) ? def : (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    return v;
}

/* Raises an error about item 'i' of the scene unless the value at 'idx' is a step. */
static void check_step(lua_State *L, int idx, int i, const char *scene)
{
    if (is_step(L, idx))
        return;
    if (lua_isfunction(L, idx))
        wr_dsl_fail(L, "E205",
                    "item #%d of scene '%s' is a word without its text or table "
                    "(write say \"...\", ask \"id\", choice { ... })",
                    i, scene);
    wr_dsl_fail(L, "E205", "item #%d of scene '%s' is not a step (got %s; write say \"...\")", i,
                scene, wr_dsl_type_name(L, idx));
}

/* Checks the limits of a pick_prompts step. */
static void check_pick(lua_State *L, const wr_step *st)
{
    if (st->max < 1 || st->max > 50)
        wr_dsl_fail(L, "E203", "pick_prompts: max must be 1 to 50 (got %d)", st->max);
    if (st->max_typed < 0 || st->max_typed > WR_SESSION_MAX_OWN)
        wr_dsl_fail(L, "E203", "pick_prompts: typed must be 0 to %d (got %d)", WR_SESSION_MAX_OWN,
                    st->max_typed);
}

/* Appends the step at 'idx' (item 'i') to scene 'sc'. */
static void add_step(lua_State *L, wr_scene *sc, int idx, int i)
{
    check_step(L, idx, i, sc->id);
    lua_getfield(L, idx, "dud");
    int dud = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (dud) /* a step whose word went wrong: already reported */
        return;
    wr_step_kind kind = step_kind(L, idx);
    wr_step *st = WR_DSL_GROW(L, sc->steps, sc->n_steps, MAX_STEPS, "steps in one scene");
    st->kind = kind;
    st->pos = sc->pos;
    lua_getfield(L, idx, "src");
    if (lua_isstring(L, -1)) {
        st->pos.file = wr_pack_intern_file(wr_dsl_lang(L)->pack, lua_tostring(L, -1));
        st->pos.line = step_int(L, idx, "line", 0);
        if (!st->pos.file)
            wr_dsl_oom(L);
    }
    lua_pop(L, 1);
    st->text = step_str(L, idx, "text");
    st->question = step_str(L, idx, "question");
    st->go = step_str(L, idx, "go");
    st->max = step_int(L, idx, "max", 5);
    st->max_typed = step_int(L, idx, "typed", 3);
    if (st->kind == WR_STEP_PICK_PROMPTS)
        check_pick(L, st);
    if (lua_getfield(L, idx, "when") != LUA_TNIL)
        wr_dsl_build_cond(L, -1, &st->when);
    lua_pop(L, 1);
}

/* The { ... } of scene "id": steps in order and go. */
static int scene_body(lua_State *L)
{
    wr_srcpos pos;
    char what[160];
    const char *id = wr_dsl_body_start(L, "scene", &pos);
    wr_pack *p = wr_dsl_lang(L)->pack;
    int i = wr_pack_find_scene(p, id);
    wr_dsl_unique(L, "scene", id, i < 0 ? NULL : &p->scenes[i].pos);
    int n = wr_dsl_check_fields(L, wr_dsl_label(what, sizeof what, "scene", id), scene_fields, 1);
    wr_scene *sc = WR_DSL_GROW(L, p->scenes, p->n_scenes, WR_DSL_MAX_ITEMS, "scenes");
    sc->pos = pos;
    sc->id = wr_dsl_strdup(L, id);
    sc->go = wr_dsl_strdup(L, wr_dsl_get_str(L, "go"));
    for (i = 1; i <= n; i++) {
        lua_rawgeti(L, 1, i);
        add_step(L, sc, lua_gettop(L), i);
        lua_pop(L, 1);
    }
    return 0;
}

/* scene "id" { ... } */
static int w_scene(lua_State *L)
{
    return wr_dsl_define(L, "scene", scene_body);
}

/* ======================================================================================
 * meta, start, ui
 * ==================================================================================== */

/* Raises "what is already given at file:line" when 'pos' was set before. */
static void once(lua_State *L, const char *what, const wr_srcpos *pos)
{
    if (pos->line > 0)
        wr_dsl_fail(L, "E205", "%s is already given at %s:%d", what, pos->file, pos->line);
}

/* meta { title = ..., language = ..., ... } */
static int w_meta(lua_State *L)
{
    wr_lang *lg = wr_dsl_lang(L);
    wr_pack *p = lg->pack;
    while_loading(L, "meta");
    check_table(L, "meta");
    wr_dsl_check_fields(L, "meta", meta_fields, 0);
    once(L, "meta", &lg->meta_pos);
    wr_dsl_pos(L, &lg->meta_pos);
    p->title = wr_dsl_strdup(L, wr_dsl_get_str(L, "title"));
    p->language = wr_dsl_strdup(L, wr_dsl_get_str(L, "language"));
    p->language_name = wr_dsl_strdup(L, wr_dsl_get_str(L, "language_name"));
    p->version = wr_dsl_strdup(L, wr_dsl_get_str(L, "version"));
    p->reviewed_by = wr_dsl_strdup(L, wr_dsl_get_str(L, "reviewed_by"));
    p->reviewed_on = wr_dsl_strdup(L, wr_dsl_get_str(L, "reviewed_on"));
    lg->is_default = wr_dsl_get_int(L, "default", 0);
    return 0;
}

/* start "scene" */
static int w_start(lua_State *L)
{
    wr_lang *lg = wr_dsl_lang(L);
    while_loading(L, "start");
    const char *id = check_id(L, 1, "start");
    once(L, "start", &lg->start_pos);
    wr_dsl_pos(L, &lg->start_pos);
    lg->pack->start = wr_dsl_strdup(L, id);
    return 0;
}

/* Sets the pack's word for 'key' to 'text', replacing an earlier one. */
static void set_uitext(lua_State *L, wr_pack *p, const char *key, const char *text)
{
    for (int i = 0; i < p->n_uitext; i++) {
        if (strcmp(p->uitext[i].key, key) == 0) {
            char *copy = wr_dsl_strdup(L, text);
            free(p->uitext[i].text);
            p->uitext[i].text = copy;
            return;
        }
    }
    wr_uitext *u = WR_DSL_GROW(L, p->uitext, p->n_uitext, WR_DSL_MAX_ITEMS, "ui words");
    u->key = wr_dsl_strdup(L, key);
    u->text = wr_dsl_strdup(L, text);
}

/* Raises E202 unless 'key' is one of the engine's words, naming the closest one. */
static void check_ui_key(lua_State *L, const char *key)
{
    int n = 0, best = 3;
    const char *near = NULL;
    const wr_uitext *ui = wr_pack_builtin_ui(&n);
    for (int i = 0; i < n; i++) {
        int d = wr_sandbox_distance(key, ui[i].key);
        if (d == 0)
            return;
        if (d < best) {
            best = d;
            near = ui[i].key;
        }
    }
    if (near)
        wr_dsl_fail(L, "E202", "unknown ui word '%s' (did you mean '%s'?)", key, near);
    wr_dsl_fail(L, "E202", "unknown ui word '%s' (see waitroom --reference)", key);
}

/* ui { key = "text", ... }: the engine's own words in this language. */
static int w_ui(lua_State *L)
{
    while_loading(L, "ui");
    check_table(L, "ui");
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        if (lua_type(L, -2) != LUA_TSTRING)
            wr_dsl_fail(L, "E203", "ui takes named words only (key = \"text\")");
        const char *key = lua_tostring(L, -2);
        check_ui_key(L, key);
        if (lua_type(L, -1) != LUA_TSTRING)
            wr_dsl_fail(L, "E203", "bad field '%s' in ui (string expected, got %s)", key,
                        wr_dsl_type_name(L, -1));
        set_uitext(L, wr_dsl_lang(L)->pack, key, lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    return 0;
}

/* ======================================================================================
 * The words: one table for the bindings and the reference
 * ==================================================================================== */

typedef struct word {
    const char *name;
    lua_CFunction fn;
    int value;           /* the global is the step fn() returns, not fn itself */
    stand_in_kind stand; /* what the word gives back when it goes wrong while loading */
    const char *section;
    const char *signature;
    const char *help;
    const wr_dsl_field *fields; /* the fields its { ... } table takes, or NULL */
} word;

static const word words[] = {
    {"meta", w_meta, 0, STAND_NONE, "The pack", "meta { title = \"...\", language = \"en\", ... }",
     "Describes this language of the pack. Once per language.", meta_fields},
    {"start", w_start, 0, STAND_NONE, "The pack", "start \"scene\"",
     "The first scene after the attract screen. Once per language.", NULL},
    {"ui", w_ui, 0, STAND_NONE, "The pack", "ui { key = \"text\", ... }",
     "Replaces the engine's own words (buttons, attract and urgent screens) in this "
     "language; keys as listed under \"Engine words\".",
     NULL},
    {"scene", w_scene, 0, STAND_DEFINE, "Scenes",
     "scene \"id\" { step, step, ..., go = \"scene\" }",
     "A part of the conversation: its steps in the order written, then go (no go: the "
     "visit ends).",
     scene_fields},
    {"say", w_say, 0, STAND_STEP, "Scenes", "say \"text\"",
     "One paragraph of the kiosk's turn; several say lines make one screen.", when_fields},
    {"ask", w_ask, 0, STAND_STEP, "Scenes", "ask \"question\"",
     "Asks a question, on a screen of its own (Back and Skip too).", when_fields},
    {"choice", w_choice, 0, STAND_STEP, "Scenes",
     "choice { \"Label\", go = \"scene\", when = cond }",
     "A reply button that leads to a scene, or to \"@end\".", choice_fields},
    {"jump", w_jump, 0, STAND_STEP, "Scenes", "jump { \"scene\", when = cond }",
     "Goes to the scene at once, when the condition holds; no screen of its own.", jump_fields},
    {"picture", w_picture, 0, STAND_STEP, "Scenes", "picture \"name\"",
     "An illustration, shown with the next screen.", when_fields},
    {"pick_prompts", w_pick_prompts, 1, STAND_STEP, "Scenes", "pick_prompts { max = 5, typed = 3 }",
     "The screen where the patient picks suggested questions (prompt) for the list and types "
     "their own. Bare pick_prompts takes the defaults.",
     pick_fields},
    {"show_list", w_show_list, 1, STAND_STEP, "Scenes", "show_list",
     "The preview of the patient's list: questions, notes and flags to mention.", when_fields},
    {"slip", w_slip, 1, STAND_STEP, "Scenes", "slip",
     "Marks the end of the safety part: when the patient passes it and a \"today\" flag is "
     "up, the slip for the desk prints at once (not at the end of the visit). No screen.",
     when_fields},
    {"question", wr_dsl_question, 0, STAND_DEFINE, "Questions",
     "question \"id\" { text = \"...\", ... }",
     "A question: options (one answer, or several with multiple = true), a scale, or typed "
     "text. Every question offers Skip unless required = true.",
     wr_dsl_question_fields},
    {"red_flag", wr_dsl_red_flag, 0, STAND_DEFINE, "Rules",
     "red_flag \"id\" { when = cond, level = \"urgent\", "
     "patient = \"...\", clinician = \"...\" }",
     "Checked after every answer. urgent: the urgent screen at once; today and mention: on "
     "the list.",
     wr_dsl_flag_fields},
    {"prompt", wr_dsl_prompt, 0, STAND_DEFINE, "Rules",
     "prompt \"id\" { text = \"...\", topic = \"...\" }",
     "A suggested question the patient may pick for the list.", wr_dsl_prompt_fields},
    {"note", wr_dsl_note, 0, STAND_DEFINE, "Rules", "note \"id\" { when = cond, text = \"...\" }",
     "A line for the clinician on the list, when the condition holds.", wr_dsl_note_fields},
    {"handout", wr_dsl_handout, 0, STAND_DEFINE, "Handouts",
     "handout \"id\" { title = \"...\", text = { \"...\", \"## Heading\", \"...\" } }",
     "A handout staff can print (and a patient can ask for at the end): paragraphs laid out by "
     "the kiosk, or file = \"handouts/name.pdf\" for a PDF kept in the language folder.",
     wr_dsl_handout_fields},
    {"answered", wr_dsl_answered, 0, STAND_COND, "Conditions",
     "answered(\"question\", \"Option\", ...)",
     "Holds when the question was answered; with options, when one of them was chosen.", NULL},
    {"at_least", wr_dsl_at_least, 0, STAND_COND, "Conditions", "at_least(\"question\", n)",
     "Holds when the scale answer is n or more.", NULL},
    {"at_most", wr_dsl_at_most, 0, STAND_COND, "Conditions", "at_most(\"question\", n)",
     "Holds when the scale answer is n or less.", NULL},
    {"any", wr_dsl_any, 0, STAND_COND, "Conditions", "any(cond, ...)",
     "Holds when one of them holds.", NULL},
    {"all", wr_dsl_all, 0, STAND_COND, "Conditions", "all(cond, ...)",
     "Holds when every one holds.", NULL},
    {"none", wr_dsl_none, 0, STAND_COND, "Conditions", "none(cond, ...)",
     "Holds when not one holds.", NULL},
    {"visited", wr_dsl_visited, 0, STAND_COND, "Conditions", "visited(\"scene\")",
     "Holds when the scene has been shown in this visit.", NULL},
    {"answer", wr_dsl_answer, 0, STAND_NONE, "Conditions", "answer(\"question\")",
     "Only inside a condition function: the answer (the option chosen, a list of options "
     "for multiple, the number, the text typed), or nil.",
     NULL},
};

#define N_WORDS ((int)(sizeof words / sizeof words[0]))

/* Registers every word of words[] as a global, and the step metatable. */
static int open_words(lua_State *L)
{
    luaL_newmetatable(L, STEP_MT);
    lua_pushcfunction(L, step_call);
    guarded(L, STAND_STEP);
    lua_setfield(L, -2, "__call");
    lua_pushliteral(L, "step"); /* getmetatable() shows this; setmetatable() refuses */
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    wr_dsl_cond_open(L);
    for (int i = 0; i < N_WORDS; i++) {
        lua_pushcfunction(L, words[i].fn);
        if (words[i].value)
            lua_call(L, 0, 1);
        else
            guarded(L, words[i].stand);
        lua_setglobal(L, words[i].name);
    }
    return 0;
}

/* ======================================================================================
 * Languages
 * ==================================================================================== */

/* A new language with its sandbox and an empty pack; see dsl.h. */
wr_lang *wr_dsl_lang_create(const char *name, const char *dir, const wr_lua_limits *lim)
{
    wr_lang *lg = calloc(1, sizeof *lg);
    if (!lg)
        return NULL;
    lg->name = name ? wr_strdup(name) : NULL;
    lg->dir = dir ? wr_strdup(dir) : NULL;
    lg->pack = wr_pack_create();
    lg->sb = wr_sandbox_create(lim);
    if ((name && !lg->name) || (dir && !lg->dir) || !lg->pack || !lg->sb ||
        wr_sandbox_plain_strings(lg->sb) < 0)
        goto out_destroy;
    lua_State *L = wr_sandbox_state(lg->sb);
    memcpy(lua_getextraspace(L), &lg, sizeof lg);
    lua_pushcfunction(L, open_words);
    if (lua_pcall(L, 0, 0, 0) != LUA_OK)
        goto out_destroy;
    return lg;

out_destroy:
    wr_dsl_lang_destroy(lg);
    return NULL;
}

/* Frees the language, its pack (unless taken) and its state. NULL does nothing. */
void wr_dsl_lang_destroy(wr_lang *lg)
{
    if (!lg)
        return;
    wr_sandbox_destroy(lg->sb);
    wr_pack_destroy(lg->pack);
    free(lg->name);
    free(lg->dir);
    free(lg);
}

/* Runs the chunk just loaded (when 'rc' is 0); the failure's code goes to *code. A
 * definition still waiting for its table at the end is a failure too. */
static int run_loaded(wr_lang *lg, int rc, char *err, size_t errlen, const char **code)
{
    if (rc == 0)
        rc = wr_sandbox_call(lg->sb, 0, 0, err, errlen);
    *code = rc < 0 ? wr_sandbox_take_code(lg->sb) : NULL;
    if (rc < 0 && !*code)
        *code = "E002";
    if (rc == 0 && lg->pending_word) {
        snprintf(err, errlen, "%s:%d: %s '%s' has no { ... } table after it", lg->pending_pos.file,
                 lg->pending_pos.line, lg->pending_word, lg->pending_id);
        *code = "E205";
        rc = -1;
    }
    lg->pending_word = NULL;
    return rc;
}

/* Runs one script file of the language; see dsl.h. */
int wr_dsl_run_file(wr_lang *lg, const char *path, char *err, size_t errlen, const char **code)
{
    int rc = wr_sandbox_load_file(lg->sb, path, err, errlen);
    return run_loaded(lg, rc, err, errlen, code);
}

/* Runs 'len' bytes of script text named 'name' in the language; see dsl.h. */
int wr_dsl_run_buffer(wr_lang *lg, const char *name, const char *buf, size_t len, char *err,
                      size_t errlen, const char **code)
{
    int rc = wr_sandbox_load(lg->sb, buf, len, name, err, errlen);
    return run_loaded(lg, rc, err, errlen, code);
}

/* Makes the globals read-only and lets the pack run its script conditions. */
void wr_dsl_finish(wr_lang *lg)
{
    wr_sandbox_freeze(lg->sb);
    lg->loaded = 1;
    lg->pack->custom_eval = wr_dsl_custom_eval;
    lg->pack->custom_ud = lg;
}

/* ======================================================================================
 * The reference
 * ==================================================================================== */

/* Prints the fields of one table word as a Markdown list. */
static void reference_fields(FILE *out, const wr_dsl_field *fs)
{
    for (int i = 0; fs && fs[i].name; i++)
        fprintf(out, "- `%s` (%s): %s\n", fs[i].name, ftype_names[fs[i].type], fs[i].help);
}

/* Prints the Markdown reference of every word, grouped by section. */
void wr_dsl_reference(FILE *out)
{
    const char *section = "";
    fprintf(out, "# The waitroom script language\n\n"
                 "Scripts are plain Lua text. Every word below is a global; nothing else from "
                 "outside the script is available (no files, no network, no `os`).\n");
    for (int i = 0; i < N_WORDS; i++) {
        if (strcmp(section, words[i].section) != 0) {
            section = words[i].section;
            fprintf(out, "\n## %s\n", section);
        }
        fprintf(out, "\n### %s\n\n    %s\n\n%s\n", words[i].name, words[i].signature,
                words[i].help);
        if (words[i].fields == when_fields) {
            fprintf(out, "\nAdd `{ when = cond }` after it to use it only when cond holds.\n");
        } else if (words[i].fields) {
            fputc('\n', out);
            reference_fields(out, words[i].fields);
        }
    }
    fprintf(out, "\n## Conditions as functions\n\n"
                 "Any `when` may be a function, run each time the kiosk checks: "
                 "`when = function() return (answer(\"pain_now\") or 0) >= 7 end`. Inside it "
                 "the condition words answer true or false at once. Globals cannot be "
                 "changed while the kiosk runs.\n\n## Engine words\n\n");
    int n = 0;
    const wr_uitext *ui = wr_pack_builtin_ui(&n);
    for (int i = 0; i < n; i++) {
        fprintf(out, "- `%s`: ", ui[i].key);
        for (const char *t = ui[i].text; *t; t++) /* a line break is shown as \n */
            fputs(*t == '\n' ? "\\n" : (char[]){*t, 0}, out);
        fputc('\n', out);
    }
}
