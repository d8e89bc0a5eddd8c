/*
 * dslcond.c -- the condition words of the script language and script functions used as
 * conditions. At load time a word such as answered("saddle", "Yes") returns a condition
 * object (a table with the "condition" metatable) that the pack words turn into wr_cond.
 * While a script function runs as a condition (wr_dsl_custom_eval), the same words
 * answer at once with true or false, so they read the same in both places.
 */
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "dsl.h"

#define COND_MT WR_DSL_COND_MT
#define HELPER_KEY "wr.helper"
#define MAX_DEPTH 32 /* conditions inside conditions, at most */

/* ======================================================================================
 * Arguments
 * ==================================================================================== */

/* The string argument 'n' of 'word', or a raised "bad argument" error. */
static const char *check_str(lua_State *L, int n, const char *word)
{
    if (lua_type(L, n) != LUA_TSTRING)
        wr_dsl_argerror(L, n, word, "string");
    return lua_tostring(L, n);
}

/* The whole-number argument 'n' of 'word', or a raised "bad argument" error. */
static int check_int(lua_State *L, int n, const char *word)
{
    int isint = 0;
    lua_Integer v = lua_tointegerx(L, n, &isint);
    if (!isint || lua_type(L, n) != LUA_TNUMBER || v < -1000000 || v > 1000000)
        wr_dsl_argerror(L, n, word, "whole number");
    return (int)v;
}

/* Is the script running as a condition now (answers at hand)? */
static const wr_session *now_session(lua_State *L)
{
    return wr_dsl_lang(L)->session;
}

/* ======================================================================================
 * Run time: evaluating against the session
 * ==================================================================================== */

/* The question 'id' of the running language, or NULL. */
static const wr_question *find_question(lua_State *L, const char *id)
{
    const wr_pack *p = wr_dsl_lang(L)->pack;
    int i = wr_pack_find_question(p, id);
    return i < 0 ? NULL : &p->questions[i];
}

/* answered(q, opt...) now: the options are the strings at stack 'first'..'last'. */
static int holds_answered(lua_State *L, const char *qid, int first, int last)
{
    const wr_session *s = now_session(L);
    const wr_question *q = find_question(L, qid);
    if (!wr_session_answered(s, qid))
        return 0;
    if (first > last)
        return 1;
    for (int i = first; q && i <= last; i++)
        if (wr_session_has_option(s, qid, wr_pack_find_option(q, lua_tostring(L, i))))
            return 1;
    return 0;
}

/* at_least / at_most now. */
static int holds_scale(lua_State *L, const char *qid, int number, int least)
{
    int n = 0;
    if (!wr_session_number(now_session(L), qid, &n))
        return 0;
    return least ? n >= number : n <= number;
}

static int holds_value(lua_State *L, int idx, int depth);

/* Raises (E203) when conditions nest deeper than MAX_DEPTH, or the stack is full. */
static void check_depth(lua_State *L, int depth)
{
    if (depth > MAX_DEPTH || !lua_checkstack(L, 40))
        wr_dsl_fail(L, "E203", "conditions nested more than %d deep", MAX_DEPTH);
}

/* The kind of the condition object at 'idx', checked: a condition is a plain table that a
 * script could have changed, so its kind and name are checked before use (E203). */
static wr_cond_kind object_kind(lua_State *L, int idx)
{
    int isint = 0;
    lua_getfield(L, idx, "k");
    lua_Integer k = lua_tointegerx(L, -1, &isint);
    lua_getfield(L, idx, "name");
    int named = lua_type(L, -1) == LUA_TSTRING;
    lua_pop(L, 2);
    int needs_name = k == WR_COND_ANSWERED || k == WR_COND_AT_LEAST || k == WR_COND_AT_MOST ||
                     k == WR_COND_VISITED;
    if (!isint || k < WR_COND_TRUE || k >= WR_COND_CUSTOM || (needs_name && !named))
        wr_dsl_fail(L, "E203", "a condition was changed after it was made");
    return (wr_cond_kind)k;
}

/* A group's "args" (at stack 'args') now: how many of the 'n' conditions hold. */
static int count_held(lua_State *L, int args, int n, int depth)
{
    int count = 0;
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, args, i);
        count += holds_value(L, -1, depth + 1);
        lua_pop(L, 1);
    }
    return count;
}

/* A condition object now: evaluates its recorded kind and arguments. */
static int holds_object(lua_State *L, int idx, int depth)
{
    int top = lua_gettop(L), held = 0;
    idx = lua_absindex(L, idx);
    check_depth(L, depth);
    int kind = (int)object_kind(L, idx);
    const char *name = (lua_getfield(L, idx, "name"), lua_tostring(L, -1));
    int number = (int)(lua_getfield(L, idx, "n"), lua_tointeger(L, -1));
    lua_getfield(L, idx, "args");
    int args = lua_gettop(L);
    int n = lua_istable(L, args) ? (int)lua_rawlen(L, args) : 0;
    if (kind == WR_COND_ANSWERED) {
        if (!lua_checkstack(L, n + LUA_MINSTACK))
            wr_dsl_fail(L, "E203", "answered() names too many options (%d)", n);
        for (int i = 1; i <= n; i++)
            lua_rawgeti(L, args, i);
        held = holds_answered(L, name, args + 1, args + n);
    } else if (kind == WR_COND_AT_LEAST || kind == WR_COND_AT_MOST) {
        held = holds_scale(L, name, number, kind == WR_COND_AT_LEAST);
    } else if (kind == WR_COND_VISITED) {
        held = wr_session_visited(now_session(L), name);
    } else if (kind == WR_COND_TRUE) {
        held = 1;
    } else {
        int count = count_held(L, args, n, depth);
        held = kind == WR_COND_ANY ? count > 0 : kind == WR_COND_ALL ? count == n : count == 0;
    }
    lua_settop(L, top);
    return held;
}

/* Any value used as a condition, now: a function is called with the helper table. */
static int holds_value(lua_State *L, int idx, int depth)
{
    idx = lua_absindex(L, idx);
    check_depth(L, depth);
    if (lua_isfunction(L, idx)) {
        lua_pushvalue(L, idx);
        lua_getfield(L, LUA_REGISTRYINDEX, HELPER_KEY);
        lua_call(L, 1, 1);
        int held = holds_value(L, -1, depth + 1);
        lua_pop(L, 1);
        return held;
    }
    if (lua_istable(L, idx) && wr_dsl_is_cond(L, idx))
        return holds_object(L, idx, depth);
    return lua_toboolean(L, idx);
}

/* ======================================================================================
 * Load time: condition objects
 * ==================================================================================== */

/* Pushes a new condition object of 'kind' that remembers the calling script line. */
static void push_object(lua_State *L, wr_cond_kind kind, const char *name)
{
    lua_Debug ar;
    lua_createtable(L, 0, 6);
    luaL_setmetatable(L, COND_MT);
    lua_pushinteger(L, kind);
    lua_setfield(L, -2, "k");
    lua_pushstring(L, name);
    lua_setfield(L, -2, "name");
    if (wr_dsl_frame(L, &ar)) {
        lua_pushstring(L, ar.source[0] == '@' ? ar.source + 1 : ar.short_src);
        lua_setfield(L, -2, "src");
        lua_pushinteger(L, ar.currentline);
        lua_setfield(L, -2, "line");
    }
}

/* Stores the arguments 'first'..top as the object's "args" list. */
static void set_args(lua_State *L, int obj, int first)
{
    int top = lua_gettop(L) - 1; /* the object itself is on top */
    lua_createtable(L, top - first + 1 > 0 ? top - first + 1 : 0, 0);
    for (int i = first; i <= top; i++) {
        lua_pushvalue(L, i);
        lua_rawseti(L, -2, i - first + 1);
    }
    lua_setfield(L, obj, "args");
}

/* answered(q, option...): the question has an answer (one of these options, if given). */
int wr_dsl_answered(lua_State *L)
{
    const char *q = check_str(L, 1, "answered");
    int last = lua_gettop(L);
    for (int i = 2; i <= last; i++)
        check_str(L, i, "answered");
    if (now_session(L)) {
        lua_pushboolean(L, holds_answered(L, q, 2, last));
        return 1;
    }
    push_object(L, WR_COND_ANSWERED, q);
    set_args(L, lua_gettop(L), 2);
    return 1;
}

/* at_least / at_most share this: a scale answer compared with a number. */
static int scale_word(lua_State *L, const char *word, wr_cond_kind kind)
{
    const char *q = check_str(L, 1, word);
    int n = check_int(L, 2, word);
    if (now_session(L)) {
        lua_pushboolean(L, holds_scale(L, q, n, kind == WR_COND_AT_LEAST));
        return 1;
    }
    push_object(L, kind, q);
    lua_pushinteger(L, n);
    lua_setfield(L, -2, "n");
    return 1;
}

/* at_least(q, n): the scale answer to q is n or more. */
int wr_dsl_at_least(lua_State *L)
{
    return scale_word(L, "at_least", WR_COND_AT_LEAST);
}

/* at_most(q, n): the scale answer to q is n or less. */
int wr_dsl_at_most(lua_State *L)
{
    return scale_word(L, "at_most", WR_COND_AT_MOST);
}

/* any / all / none share this: a group of conditions. */
static int group_word(lua_State *L, const char *word, wr_cond_kind kind)
{
    int last = lua_gettop(L);
    for (int i = 1; i <= last; i++)
        if (!wr_dsl_is_cond(L, i))
            wr_dsl_argerror(L, i, word, "condition");
    if (now_session(L)) {
        int count = 0;
        for (int i = 1; i <= last; i++)
            count += holds_value(L, i, 1);
        lua_pushboolean(L, kind == WR_COND_ANY   ? count > 0
                           : kind == WR_COND_ALL ? count == last
                                                 : count == 0);
        return 1;
    }
    push_object(L, kind, NULL);
    set_args(L, lua_gettop(L), 1);
    return 1;
}

/* any(c...): at least one holds. */
int wr_dsl_any(lua_State *L)
{
    return group_word(L, "any", WR_COND_ANY);
}

/* all(c...): every one holds. */
int wr_dsl_all(lua_State *L)
{
    return group_word(L, "all", WR_COND_ALL);
}

/* none(c...): not one holds. */
int wr_dsl_none(lua_State *L)
{
    return group_word(L, "none", WR_COND_NONE);
}

/* visited(scene): the scene has been shown in this visit. */
int wr_dsl_visited(lua_State *L)
{
    const char *scene = check_str(L, 1, "visited");
    if (now_session(L)) {
        lua_pushboolean(L, wr_session_visited(now_session(L), scene));
        return 1;
    }
    push_object(L, WR_COND_VISITED, scene);
    return 1;
}

/* Pushes the answer to question 'q' of a multiple-choice kind: a list of labels. */
static void push_multiple(lua_State *L, const wr_question *q)
{
    lua_newtable(L);
    for (int i = 0, n = 0; i < q->n_options; i++) {
        if (wr_session_has_option(now_session(L), q->id, i)) {
            lua_pushstring(L, q->options[i]);
            lua_rawseti(L, -2, ++n);
        }
    }
}

/* answer(q): inside a condition function, the answer to q (an option label, a list of
 * labels for multiple, a number for a scale, the text typed) or nil. */
int wr_dsl_answer(lua_State *L)
{
    const char *id = check_str(L, 1, "answer");
    const wr_session *s = now_session(L);
    const wr_question *q = find_question(L, id);
    int n = 0;
    if (!s)
        return wr_dsl_fail(L, "E205",
                           "answer() only works inside a condition function "
                           "(when = function() ... end)");
    if (!q)
        return wr_dsl_fail(L, "E102", "unknown question '%s'", id);
    if (!wr_session_answered(s, id))
        return 0;
    if (q->kind == WR_Q_SINGLE && wr_session_option(s, id) >= 0)
        lua_pushstring(L, q->options[wr_session_option(s, id)]);
    else if (q->kind == WR_Q_MULTIPLE)
        push_multiple(L, q);
    else if (q->kind == WR_Q_SCALE && wr_session_number(s, id, &n))
        lua_pushinteger(L, n);
    else if (q->kind == WR_Q_TYPED && wr_session_text(s, id))
        lua_pushstring(L, wr_session_text(s, id));
    else
        lua_pushnil(L);
    return 1;
}

/* Registers the condition metatable and the helper table given to condition functions. */
void wr_dsl_cond_open(lua_State *L)
{
    static const luaL_Reg helper[] = {
        {"answer", wr_dsl_answer},   {"answered", wr_dsl_answered}, {"at_least", wr_dsl_at_least},
        {"at_most", wr_dsl_at_most}, {"visited", wr_dsl_visited},   {NULL, NULL},
    };
    luaL_newmetatable(L, COND_MT);
    lua_pushliteral(L, "condition"); /* getmetatable() shows this; setmetatable() refuses */
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    luaL_newlib(L, helper);
    lua_setfield(L, LUA_REGISTRYINDEX, HELPER_KEY);
}

/* ======================================================================================
 * Conversion to wr_cond
 * ==================================================================================== */

/* A new wr_cond of 'kind' stored in *slot, or a raised out-of-memory error. */
static wr_cond *new_cond(lua_State *L, wr_cond_kind kind, wr_cond **slot)
{
    *slot = wr_cond_new(kind);
    if (!*slot)
        wr_dsl_oom(L);
    return *slot;
}

/* The position a condition object recorded, interned in the pack. */
static void object_pos(lua_State *L, int idx, wr_srcpos *pos)
{
    lua_getfield(L, idx, "src");
    lua_getfield(L, idx, "line");
    const char *src = lua_tostring(L, -2);
    pos->file = src ? wr_pack_intern_file(wr_dsl_lang(L)->pack, src) : NULL;
    pos->line = (int)lua_tointeger(L, -1);
    lua_pop(L, 2);
    if (src && !pos->file)
        wr_dsl_oom(L);
}

/* A script function as a CUSTOM condition: kept in the registry, found again by 'ref'. */
static void build_custom(lua_State *L, int idx, wr_cond **slot)
{
    lua_Debug ar;
    wr_cond *c = new_cond(L, WR_COND_CUSTOM, slot);
    lua_pushvalue(L, idx);
    lua_getinfo(L, ">S", &ar);
    c->pos.line = ar.linedefined;
    c->pos.file = wr_pack_intern_file(wr_dsl_lang(L)->pack,
                                      ar.source[0] == '@' ? ar.source + 1 : ar.short_src);
    lua_pushvalue(L, idx);
    c->ref = luaL_ref(L, LUA_REGISTRYINDEX);
}

static void build(lua_State *L, int idx, wr_cond **slot, int depth);

/* Copies the object's "args": option labels (ANSWERED) or child conditions (groups). */
static void build_args(lua_State *L, int idx, wr_cond *c, int depth)
{
    lua_getfield(L, idx, "args");
    int args = lua_gettop(L);
    int n = lua_istable(L, args) ? (int)lua_rawlen(L, args) : 0;
    if (n == 0)
        goto out;
    if (c->kind == WR_COND_ANSWERED) {
        c->options = calloc((size_t)n, sizeof *c->options);
        if (!c->options)
            wr_dsl_oom(L);
        for (; c->n_options < n; c->n_options++) {
            if (lua_rawgeti(L, args, c->n_options + 1) != LUA_TSTRING)
                wr_dsl_fail(L, "E203", "a condition was changed after it was made");
            c->options[c->n_options] = wr_dsl_strdup(L, lua_tostring(L, -1));
            lua_pop(L, 1);
        }
        goto out;
    }
    c->kids = calloc((size_t)n, sizeof *c->kids);
    if (!c->kids)
        wr_dsl_oom(L);
    c->n_kids = n; /* unfilled kids are NULL, which wr_cond_free() skips */
    for (int i = 0; i < n; i++) {
        lua_rawgeti(L, args, i + 1);
        build(L, lua_gettop(L), &c->kids[i], depth + 1);
        lua_pop(L, 1);
    }
out:
    lua_pop(L, 1);
}

/* Converts the condition at 'idx', 'depth' levels down, into *slot. */
static void build(lua_State *L, int idx, wr_cond **slot, int depth)
{
    check_depth(L, depth);
    if (!wr_dsl_is_cond(L, idx))
        wr_dsl_fail(L, "E203",
                    "a condition is needed here (answered(...), any(...), true, a "
                    "function...), not a %s",
                    luaL_typename(L, idx));
    if (lua_isfunction(L, idx)) {
        build_custom(L, idx, slot);
        return;
    }
    if (lua_isboolean(L, idx)) {
        /* true always holds; false is an empty any(), which never does */
        new_cond(L, lua_toboolean(L, idx) ? WR_COND_TRUE : WR_COND_ANY, slot);
        wr_dsl_pos(L, &(*slot)->pos);
        return;
    }
    wr_cond *c = new_cond(L, object_kind(L, idx), slot);
    object_pos(L, idx, &c->pos);
    lua_getfield(L, idx, "name");
    c->name = wr_dsl_strdup(L, lua_tostring(L, -1));
    lua_getfield(L, idx, "n");
    c->number = (int)lua_tointeger(L, -1);
    lua_pop(L, 2);
    build_args(L, idx, c, depth);
}

/* Converts the condition at 'idx' into *slot; see dsl.h. */
void wr_dsl_build_cond(lua_State *L, int idx, wr_cond **slot)
{
    build(L, lua_absindex(L, idx), slot, 0);
}

/* ======================================================================================
 * Script functions as conditions, at run time
 * ==================================================================================== */

/* Inside the protected call: evaluates the condition function at 1 (its result too). */
static int eval_entry(lua_State *L)
{
    lua_pushboolean(L, holds_value(L, 1, 0));
    return 1;
}

/* Runs the function 'ref' against 'session': 1 holds, 0 not, -1 failed (see pack.h). */
int wr_dsl_custom_eval(void *ud, int ref, const void *session, char *err, size_t errlen)
{
    wr_lang *lg = ud;
    if (wr_sandbox_dead(lg->sb)) /* abandoned by the hard stop: its state is not touched */
        return wr_sandbox_call(lg->sb, 0, 0, err, errlen);
    lua_State *L = wr_sandbox_state(lg->sb);
    int top = lua_gettop(L);
    lua_pushcfunction(L, eval_entry);
    if (lua_rawgeti(L, LUA_REGISTRYINDEX, ref) != LUA_TFUNCTION) {
        lua_settop(L, top);
        snprintf(err, errlen, "script condition %d is missing", ref);
        return -1;
    }
    lg->session = session;
    int rc = wr_sandbox_call(lg->sb, 1, 1, err, errlen);
    int held = rc == 0 && lua_toboolean(L, -1);
    lg->session = NULL;
    lua_settop(L, top);
    return rc < 0 ? -1 : held;
}
