/*
 * dsl.c -- the words of the script language that build a wr_pack: meta, start, ui, scene
 * and its steps, question, red_flag, prompt, note. One table (words[]) lists every word
 * with its signature and help; the bindings are registered from it and the staff
 * reference is printed from it. Uses the public API of Lua and of engine/core.
 *
 * Two-step words: 'question "id"' returns a function that takes the { ... } table, so
 * 'question "id" { ... }' reads like a declaration. Steps (say, ask, choice...) are
 * tables with the "step" metatable; calling one with a table, as in
 * 'say "text" { when = cond }', returns a copy with those options.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <lauxlib.h>

#include "dsl.h"

#define STEP_MT "step"
#define MAX_ITEMS 4000 /* scenes, questions, ... of one kind in one language */
#define MAX_STEPS 400  /* steps of one scene */

/* ======================================================================================
 * Field tables: the named fields each table word accepts
 * ==================================================================================== */

typedef enum ftype { F_STRING, F_BOOL, F_INT, F_COND, F_LIST, F_RANGE } ftype;

typedef struct field {
    const char *name;
    ftype type;
    const char *help;
} field;

static const char *const ftype_names[] = {
    "string", "boolean", "whole number", "condition", "list of strings", "{ low, high }",
};

static const field meta_fields[] = {
    {"title", F_STRING, "the pack's title, for staff"},
    {"language", F_STRING, "language code: \"en\", \"es\"... (the folder name by default)"},
    {"language_name", F_STRING, "the language's own name, on the language button"},
    {"version", F_STRING, "a version, e.g. a date"},
    {"reviewed_by", F_STRING, "who reviewed the clinical content"},
    {"reviewed_on", F_STRING, "when it was reviewed"},
    {"default", F_BOOL, "true: the kiosk starts in this language"},
    {NULL, 0, NULL},
};

static const field scene_fields[] = {
    {"go", F_STRING, "the scene after the last screen (\"@end\" ends the visit)"},
    {NULL, 0, NULL},
};

static const field choice_fields[] = {
    {"go", F_STRING, "the scene this button leads to, or \"@end\""},
    {"when", F_COND, "shown only when this condition holds"},
    {NULL, 0, NULL},
};

static const field when_fields[] = {
    {"when", F_COND, "the step is skipped unless this condition holds"},
    {NULL, 0, NULL},
};

static const field jump_fields[] = {
    {"when", F_COND, "jumps only when this condition holds (always if absent)"},
    {NULL, 0, NULL},
};

static const field pick_fields[] = {
    {"max", F_INT, "most suggested questions a patient may pick (5)"},
    {"typed", F_INT, "most questions of their own a patient may type (3)"},
    {"when", F_COND, "the step is skipped unless this condition holds"},
    {NULL, 0, NULL},
};

static const field question_fields[] = {
    {"text", F_STRING, "the question (required)"},
    {"options", F_LIST, "the answers to pick from: one answer, or several with multiple"},
    {"multiple", F_BOOL, "true: several options may be chosen, then Next"},
    {"scale", F_RANGE, "a number scale, e.g. { 0, 10 }: one button per number"},
    {"low", F_STRING, "scale: words under the lowest number"},
    {"high", F_STRING, "scale: words under the highest number"},
    {"typed", F_BOOL, "true: the patient types an answer on the on-screen keyboard"},
    {"max", F_INT, "typed: most letters (200)"},
    {"required", F_BOOL, "true: no Skip button"},
    {"hint", F_STRING, "a smaller line under the question"},
    {NULL, 0, NULL},
};

static const field flag_fields[] = {
    {"when", F_COND, "the condition that raises the flag (required)"},
    {"level", F_STRING, "\"urgent\" (the urgent screen at once), \"today\" or \"mention\""},
    {"patient", F_STRING, "plain words for the patient (required)"},
    {"clinician", F_STRING, "words for the clinician (the patient's words by default)"},
    {NULL, 0, NULL},
};

static const field prompt_fields[] = {
    {"text", F_STRING, "the question as it will be printed (required)"},
    {"topic", F_STRING, "a heading to group suggested questions under"},
    {NULL, 0, NULL},
};

static const field handout_fields[] = {
    {"title", F_STRING, "the handout's title, on the staff screen and the printout (required)"},
    {"text", F_LIST, "paragraphs laid out by the kiosk; one starting \"## \" is a heading"},
    {"file", F_STRING, "a PDF in the language folder, e.g. \"handouts/pain.pdf\", printed as it is"},
    {NULL, 0, NULL},
};

static const field note_fields[] = {
    {"when", F_COND, "the note goes on the list when this holds (always if absent)"},
    {"text", F_STRING, "the note; {answer:question_id} is replaced by the answer"},
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
        luaL_error(L, "not enough memory");
    return p;
}

/* The type name of the value at 'n', using __name for steps and conditions. The name may
 * stay on the stack: callers raise an error right after. */
static const char *type_name(lua_State *L, int n)
{
    n = lua_absindex(L, n);
    int t = luaL_getmetafield(L, n, "__name");
    if (t == LUA_TSTRING)
        return lua_tostring(L, -1);
    if (t != LUA_TNIL)
        lua_pop(L, 1);
    return luaL_typename(L, n);
}

/* Raises "bad argument #n to 'word' (expected expected, got type)". */
int wr_dsl_argerror(lua_State *L, int n, const char *word, const char *expected)
{
    return wr_sandbox_error(L, "bad argument #%d to '%s' (%s expected, got %s)", n, word, expected,
                            type_name(L, n));
}

/* The position of the script line at 'level', interned in the pack. */
void wr_dsl_pos(lua_State *L, int level, wr_srcpos *pos)
{
    lua_Debug ar;
    pos->file = NULL;
    pos->line = 0;
    if (!lua_getstack(L, level, &ar) || !lua_getinfo(L, "Sl", &ar))
        return;
    const char *src = ar.source[0] == '@' ? ar.source + 1 : ar.short_src;
    pos->file = wr_pack_intern_file(wr_dsl_lang(L)->pack, src);
    pos->line = ar.currentline;
    if (!pos->file)
        luaL_error(L, "not enough memory");
}

/* Grows 'arr' of '*n' items of 'size' bytes by one zeroed item; returns the new array.
 * Raises when out of memory or when there are already 'limit' items. */
static void *grow(lua_State *L, void *arr, int *n, size_t size, int limit, const char *what)
{
    if (*n >= limit)
        wr_sandbox_error(L, "too many %s (at most %d)", what, limit);
    char *p = realloc(arr, (size_t)(*n + 1) * size);
    if (!p)
        luaL_error(L, "not enough memory");
    memset(p + (size_t)*n * size, 0, size);
    (*n)++;
    return p;
}

/* Appends a zeroed item to array 'arr' (counted by 'n') and yields a pointer to it. */
#define GROW(L, arr, n, limit, what)                                                               \
    ((arr) = grow((L), (arr), &(n), sizeof *(arr), (limit), (what)), &(arr)[(n)-1])

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
        wr_sandbox_error(L,
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
static int unknown_field(lua_State *L, const char *key, const char *what, const field *fs)
{
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 0; fs[i].name; i++) {
        if (wr_sandbox_distance(key, fs[i].name) <= 2)
            return wr_sandbox_error(L, "unknown field '%s' in %s (did you mean '%s'?)", key, what,
                                    fs[i].name);
        luaL_addstring(&b, i ? ", " : "");
        luaL_addstring(&b, fs[i].name);
    }
    luaL_pushresult(&b);
    return wr_sandbox_error(L, "unknown field '%s' in %s (fields: %s)", key, what,
                            lua_tostring(L, -1));
}

/* Does the value on top of the stack have the type 'type' asks for? */
static int type_fits(lua_State *L, ftype type)
{
    int isint = 0;
    switch (type) {
    case F_STRING:
        return lua_type(L, -1) == LUA_TSTRING;
    case F_BOOL:
        return lua_isboolean(L, -1);
    case F_INT:
        lua_tointegerx(L, -1, &isint);
        return isint && lua_type(L, -1) == LUA_TNUMBER;
    case F_COND:
        return wr_dsl_is_cond(L, -1);
    default:
        return lua_istable(L, -1);
    }
}

/* Checks every key of the table at 1 against 'fs'; integer keys 1..n are allowed only
 * when 'positional' (then n is returned). 'what' names the table in messages. */
static int check_fields(lua_State *L, const char *what, const field *fs, int positional)
{
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        if (lua_type(L, -2) == LUA_TNUMBER && positional) {
            n++;
        } else if (lua_type(L, -2) != LUA_TSTRING) {
            wr_sandbox_error(L, "%s takes named fields only (name = value)", what);
        } else {
            const char *key = lua_tostring(L, -2);
            int i = 0;
            while (fs[i].name && strcmp(fs[i].name, key) != 0)
                i++;
            if (!fs[i].name)
                unknown_field(L, key, what, fs);
            if (!type_fits(L, fs[i].type))
                wr_sandbox_error(L, "bad field '%s' in %s (%s expected, got %s)", key, what,
                                 ftype_names[fs[i].type], type_name(L, -1));
        }
        lua_pop(L, 1);
    }
    for (int i = 1; i <= n; i++)
        if (lua_rawgeti(L, 1, i) == LUA_TNIL)
            wr_sandbox_error(L, "%s: item #%d is missing (nil)", what, i);
    lua_pop(L, n);
    return n;
}

/* The string field 'key' of the table at 1 (already checked), or NULL. */
static const char *get_str(lua_State *L, const char *key)
{
    lua_getfield(L, 1, key);
    const char *s = lua_tostring(L, -1); /* the table keeps the string alive */
    lua_pop(L, 1);
    return s;
}

/* The field 'key' of the table at 1 as an integer (booleans 0/1), or 'def' when absent. */
static int get_int(lua_State *L, const char *key, int def)
{
    lua_getfield(L, 1, key);
    int v = lua_isnil(L, -1)       ? def
            : lua_isboolean(L, -1) ? lua_toboolean(L, -1)
                                   : (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    return v;
}

/* Raises "what needs field 'key'" unless the table at 1 has it. */
static void need(lua_State *L, const char *what, const char *key)
{
    if (lua_getfield(L, 1, key) == LUA_TNIL)
        wr_sandbox_error(L, "%s needs %s = ...", what, key);
    lua_pop(L, 1);
}

/* "word 'id'" in a buffer, for messages. */
static const char *label(char *buf, size_t n, const char *word, const char *id)
{
    snprintf(buf, n, "%s '%s'", word, id);
    return buf;
}

/* ======================================================================================
 * Two-step definitions: 'question "id"' then its { ... } table
 * ==================================================================================== */

/* Raises unless the pack is still loading: once the kiosk runs (a condition function),
 * the pack is shared with the engine and must not change. */
static void while_loading(lua_State *L, const char *word)
{
    if (wr_dsl_lang(L)->loaded)
        wr_sandbox_error(L, "%s can only be used while the scripts load", word);
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
        lua_error(L);
    }
    lg->pending_word = word;
    snprintf(lg->pending_id, sizeof lg->pending_id, "%s", id);
    wr_dsl_pos(L, 1, &lg->pending_pos);
}

/* 'word "id"': checks the id and returns 'body' as a closure over the id. */
static int define(lua_State *L, const char *word, lua_CFunction body)
{
    const char *id = check_id(L, 1, word);
    lua_settop(L, 1);
    begin_def(L, word, id);
    lua_pushcclosure(L, body, 1);
    return 1;
}

/* In a body: the table is checked and the definition no longer pending. Returns the id
 * and the position where 'word "id"' was written. */
static const char *body_start(lua_State *L, const char *word, wr_srcpos *pos)
{
    wr_lang *lg = wr_dsl_lang(L);
    while_loading(L, word);
    check_table(L, word);
    *pos = lg->pending_pos;
    lg->pending_word = NULL;
    return lua_tostring(L, lua_upvalueindex(1));
}

/* Raises "word 'id' is already defined at file:line" when 'found' is not NULL. */
static void unique(lua_State *L, const char *word, const char *id, const wr_srcpos *found)
{
    if (found)
        wr_sandbox_error(L, "%s '%s' is already defined at %s:%d", word, id, found->file,
                         found->line);
}

/* ======================================================================================
 * Steps
 * ==================================================================================== */

static const char *const step_words[] = {
    "say", "ask", "choice", "pick_prompts", "show_list", "jump", "picture",
};

/* Pushes a new step of 'kind' that remembers the calling script line (if any). */
static void push_step(lua_State *L, wr_step_kind kind)
{
    lua_Debug ar;
    lua_createtable(L, 0, 8);
    luaL_setmetatable(L, STEP_MT);
    lua_pushinteger(L, kind);
    lua_setfield(L, -2, "k");
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
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
    if (check_fields(L, "choice", choice_fields, 1) != 1 || lua_rawgeti(L, 1, 1) != LUA_TSTRING)
        return wr_sandbox_error(L, "choice needs its label first: choice { \"Yes\", go = "
                                   "\"scene\" }");
    need(L, "choice", "go");
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
    if (check_fields(L, "jump", jump_fields, 1) != 1 || lua_rawgeti(L, 1, 1) != LUA_TSTRING)
        return wr_sandbox_error(L, "jump needs its scene first: jump { \"scene\", when = "
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

/* step { options }: a copy of the step with options, positioned at this call. */
static int step_call(lua_State *L)
{
    static const char *const kept[] = {"text", "question", "go", "when", "max", "typed", NULL};
    static const char *const options[] = {"when", "max", "typed", NULL};
    lua_settop(L, 2);
    lua_getfield(L, 1, "k");
    wr_step_kind kind = (wr_step_kind)lua_tointeger(L, -1);
    lua_pop(L, 1);
    lua_insert(L, 1); /* 1: the options, 2: the step */
    check_table(L, step_words[kind]);
    check_fields(L, step_words[kind], kind == WR_STEP_PICK_PROMPTS ? pick_fields : when_fields, 0);
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
        wr_sandbox_error(L,
                         "item #%d of scene '%s' is a word without its text or table "
                         "(write say \"...\", ask \"id\", choice { ... })",
                         i, scene);
    wr_sandbox_error(L, "item #%d of scene '%s' is not a step (got %s; write say \"...\")", i,
                     scene, type_name(L, idx));
}

/* Checks the limits of a pick_prompts step. */
static void check_pick(lua_State *L, const wr_step *st)
{
    if (st->max < 1 || st->max > 50)
        wr_sandbox_error(L, "pick_prompts: max must be 1 to 50 (got %d)", st->max);
    if (st->max_typed < 0 || st->max_typed > WR_SESSION_MAX_OWN)
        wr_sandbox_error(L, "pick_prompts: typed must be 0 to %d (got %d)", WR_SESSION_MAX_OWN,
                         st->max_typed);
}

/* Appends the step at 'idx' (item 'i') to scene 'sc'. */
static void add_step(lua_State *L, wr_scene *sc, int idx, int i)
{
    check_step(L, idx, i, sc->id);
    wr_step *st = GROW(L, sc->steps, sc->n_steps, MAX_STEPS, "steps in one scene");
    st->kind = (wr_step_kind)step_int(L, idx, "k", 0);
    st->pos = sc->pos;
    lua_getfield(L, idx, "src");
    if (lua_isstring(L, -1)) {
        st->pos.file = wr_pack_intern_file(wr_dsl_lang(L)->pack, lua_tostring(L, -1));
        st->pos.line = step_int(L, idx, "line", 0);
        if (!st->pos.file)
            luaL_error(L, "not enough memory");
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
    const char *id = body_start(L, "scene", &pos);
    wr_pack *p = wr_dsl_lang(L)->pack;
    int i = wr_pack_find_scene(p, id);
    unique(L, "scene", id, i < 0 ? NULL : &p->scenes[i].pos);
    int n = check_fields(L, label(what, sizeof what, "scene", id), scene_fields, 1);
    wr_scene *sc = GROW(L, p->scenes, p->n_scenes, MAX_ITEMS, "scenes");
    sc->pos = pos;
    sc->id = wr_dsl_strdup(L, id);
    sc->go = wr_dsl_strdup(L, get_str(L, "go"));
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
    return define(L, "scene", scene_body);
}

/* ======================================================================================
 * Questions
 * ==================================================================================== */

/* Copies the options list of the table at 1 into 'q'; no empty list, no repeats. */
static void read_options(lua_State *L, wr_question *q, const char *what)
{
    lua_getfield(L, 1, "options");
    int t = lua_gettop(L);
    int n = (int)lua_rawlen(L, t);
    if (n < 1 || n > 64)
        wr_sandbox_error(L, "%s: options must list 1 to 64 answers (got %d)", what, n);
    q->options = calloc((size_t)n, sizeof *q->options);
    if (!q->options)
        luaL_error(L, "not enough memory");
    for (; q->n_options < n; q->n_options++) {
        if (lua_rawgeti(L, t, q->n_options + 1) != LUA_TSTRING)
            wr_sandbox_error(L, "%s: option #%d is not a string (got %s)", what, q->n_options + 1,
                             type_name(L, -1));
        const char *o = lua_tostring(L, -1);
        if (wr_pack_find_option(q, o) >= 0)
            wr_sandbox_error(L, "%s: the option \"%s\" is listed twice", what, o);
        q->options[q->n_options] = wr_dsl_strdup(L, o);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* Reads scale = { low, high } of the table at 1 into 'q'. */
static void read_scale(lua_State *L, wr_question *q, const char *what)
{
    lua_getfield(L, 1, "scale");
    int t = lua_gettop(L), ok1 = 0, ok2 = 0;
    lua_rawgeti(L, t, 1);
    lua_rawgeti(L, t, 2);
    q->scale_min = (int)lua_tointegerx(L, -2, &ok1);
    q->scale_max = (int)lua_tointegerx(L, -1, &ok2);
    if (!ok1 || !ok2 || lua_rawlen(L, t) != 2 || q->scale_min >= q->scale_max ||
        q->scale_max - q->scale_min > 20)
        wr_sandbox_error(L,
                         "%s: scale must be { low, high }, whole numbers at most 20 apart "
                         "(e.g. { 0, 10 })",
                         what);
    lua_settop(L, t - 1);
}

/* Does the table at 1 have the field 'key'? */
static int has_field(lua_State *L, const char *key)
{
    int t = lua_getfield(L, 1, key);
    lua_pop(L, 1);
    return t != LUA_TNIL;
}

/* Which kind of question the fields of the table at 1 make; raises when unclear. */
static wr_qkind question_kind(lua_State *L, const char *what)
{
    int opts = has_field(L, "options"), scale = has_field(L, "scale");
    int typed = get_int(L, "typed", 0), multiple = get_int(L, "multiple", 0);
    if (opts + scale + typed != 1)
        wr_sandbox_error(L,
                         "%s needs exactly one of options = { ... }, scale = { 0, 10 } or "
                         "typed = true",
                         what);
    if (multiple && !opts)
        wr_sandbox_error(L, "%s: multiple = true goes with options", what);
    if ((has_field(L, "low") || has_field(L, "high")) && !scale)
        wr_sandbox_error(L, "%s: low and high go with a scale", what);
    if (has_field(L, "max") && !typed)
        wr_sandbox_error(L, "%s: max goes with typed = true", what);
    if (opts)
        return multiple ? WR_Q_MULTIPLE : WR_Q_SINGLE;
    return scale ? WR_Q_SCALE : WR_Q_TYPED;
}

/* The { ... } of question "id". */
static int question_body(lua_State *L)
{
    wr_srcpos pos;
    char what[160];
    const char *id = body_start(L, "question", &pos);
    wr_pack *p = wr_dsl_lang(L)->pack;
    int i = wr_pack_find_question(p, id);
    unique(L, "question", id, i < 0 ? NULL : &p->questions[i].pos);
    check_fields(L, label(what, sizeof what, "question", id), question_fields, 0);
    need(L, what, "text");
    wr_qkind kind = question_kind(L, what);
    wr_question *q = GROW(L, p->questions, p->n_questions, MAX_ITEMS, "questions");
    q->pos = pos;
    q->kind = kind;
    q->id = wr_dsl_strdup(L, id);
    q->text = wr_dsl_strdup(L, get_str(L, "text"));
    q->hint = wr_dsl_strdup(L, get_str(L, "hint"));
    q->low = wr_dsl_strdup(L, get_str(L, "low"));
    q->high = wr_dsl_strdup(L, get_str(L, "high"));
    q->required = get_int(L, "required", 0);
    q->max_len = get_int(L, "max", 200);
    if (kind == WR_Q_TYPED && (q->max_len < 1 || q->max_len > 2000))
        wr_sandbox_error(L, "%s: max must be 1 to 2000 (got %d)", what, q->max_len);
    if (kind == WR_Q_SINGLE || kind == WR_Q_MULTIPLE)
        read_options(L, q, what);
    if (kind == WR_Q_SCALE)
        read_scale(L, q, what);
    return 0;
}

/* question "id" { ... } */
static int w_question(lua_State *L)
{
    return define(L, "question", question_body);
}

/* ======================================================================================
 * Red flags, prompts, notes
 * ==================================================================================== */

/* The level named by field 'level' of the table at 1. */
static wr_level read_level(lua_State *L, const char *what)
{
    static const char *const names[] = {"urgent", "today", "mention", NULL};
    const char *s = get_str(L, "level");
    for (int i = 0; names[i]; i++)
        if (strcmp(s, names[i]) == 0)
            return (wr_level)i;
    wr_sandbox_error(L,
                     "bad field 'level' in %s (\"urgent\", \"today\" or \"mention\" "
                     "expected, got \"%s\")",
                     what, s);
    return WR_LEVEL_URGENT;
}

/* Finds a flag by id, or NULL. */
static const wr_flag *find_flag(const wr_pack *p, const char *id)
{
    for (int i = 0; i < p->n_flags; i++)
        if (strcmp(p->flags[i].id, id) == 0)
            return &p->flags[i];
    return NULL;
}

/* The { ... } of red_flag "id". */
static int flag_body(lua_State *L)
{
    wr_srcpos pos;
    char what[160];
    const char *id = body_start(L, "red_flag", &pos);
    wr_pack *p = wr_dsl_lang(L)->pack;
    const wr_flag *old = find_flag(p, id);
    unique(L, "red_flag", id, old ? &old->pos : NULL);
    check_fields(L, label(what, sizeof what, "red_flag", id), flag_fields, 0);
    need(L, what, "when");
    need(L, what, "level");
    need(L, what, "patient");
    wr_level level = read_level(L, what);
    wr_flag *f = GROW(L, p->flags, p->n_flags, MAX_ITEMS, "red flags");
    f->pos = pos;
    f->level = level;
    f->id = wr_dsl_strdup(L, id);
    f->patient = wr_dsl_strdup(L, get_str(L, "patient"));
    f->clinician =
        wr_dsl_strdup(L, get_str(L, "clinician") ? get_str(L, "clinician") : get_str(L, "patient"));
    lua_getfield(L, 1, "when");
    wr_dsl_build_cond(L, -1, &f->when);
    return 0;
}

/* red_flag "id" { ... } */
static int w_red_flag(lua_State *L)
{
    return define(L, "red_flag", flag_body);
}

/* The { ... } of prompt "id". */
static int prompt_body(lua_State *L)
{
    wr_srcpos pos;
    char what[160];
    const char *id = body_start(L, "prompt", &pos);
    wr_pack *p = wr_dsl_lang(L)->pack;
    int i = wr_pack_find_prompt(p, id);
    unique(L, "prompt", id, i < 0 ? NULL : &p->prompts[i].pos);
    check_fields(L, label(what, sizeof what, "prompt", id), prompt_fields, 0);
    need(L, what, "text");
    wr_prompt *pr = GROW(L, p->prompts, p->n_prompts, MAX_ITEMS, "prompts");
    pr->pos = pos;
    pr->id = wr_dsl_strdup(L, id);
    pr->text = wr_dsl_strdup(L, get_str(L, "text"));
    pr->topic = wr_dsl_strdup(L, get_str(L, "topic"));
    return 0;
}

/* prompt "id" { ... } */
static int w_prompt(lua_State *L)
{
    return define(L, "prompt", prompt_body);
}

/* Finds a note by id, or NULL. */
static const wr_note *find_note(const wr_pack *p, const char *id)
{
    for (int i = 0; i < p->n_notes; i++)
        if (strcmp(p->notes[i].id, id) == 0)
            return &p->notes[i];
    return NULL;
}

/* The { ... } of note "id". */
static int note_body(lua_State *L)
{
    wr_srcpos pos;
    char what[160];
    const char *id = body_start(L, "note", &pos);
    wr_pack *p = wr_dsl_lang(L)->pack;
    const wr_note *old = find_note(p, id);
    unique(L, "note", id, old ? &old->pos : NULL);
    check_fields(L, label(what, sizeof what, "note", id), note_fields, 0);
    need(L, what, "text");
    wr_note *nt = GROW(L, p->notes, p->n_notes, MAX_ITEMS, "notes");
    nt->pos = pos;
    nt->id = wr_dsl_strdup(L, id);
    nt->text = wr_dsl_strdup(L, get_str(L, "text"));
    if (lua_getfield(L, 1, "when") != LUA_TNIL)
        wr_dsl_build_cond(L, -1, &nt->when);
    return 0;
}

/* note "id" { ... } */
static int w_note(lua_State *L)
{
    return define(L, "note", note_body);
}

/* ======================================================================================
 * Handouts
 * ==================================================================================== */

/* Finds a handout by id, or NULL. */
static const wr_handout *find_handout(const wr_pack *p, const char *id)
{
    for (int i = 0; i < p->n_handouts; i++)
        if (strcmp(p->handouts[i].id, id) == 0)
            return &p->handouts[i];
    return NULL;
}

/* Copies the text = { ... } paragraphs of the table at 1 into 'h'. */
static void read_paras(lua_State *L, wr_handout *h, const char *what)
{
    lua_getfield(L, 1, "text");
    int t = lua_gettop(L);
    int n = (int)lua_rawlen(L, t);
    if (n < 1 || n > 400)
        wr_sandbox_error(L, "%s: text must list 1 to 400 paragraphs (got %d)", what, n);
    h->paras = calloc((size_t)n, sizeof *h->paras);
    if (!h->paras)
        luaL_error(L, "not enough memory");
    for (; h->n_paras < n; h->n_paras++) {
        if (lua_rawgeti(L, t, h->n_paras + 1) != LUA_TSTRING)
            wr_sandbox_error(L, "%s: paragraph #%d is not a string (got %s)", what,
                             h->n_paras + 1, type_name(L, -1));
        h->paras[h->n_paras] = wr_dsl_strdup(L, lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* Is 'name' a relative path with no ".." part, ending in ".pdf"? */
static int safe_pdf_name(const char *name)
{
    size_t n = strlen(name);
    if (name[0] == '/' || n < 5 || strcasecmp(name + n - 4, ".pdf") != 0)
        return 0;
    for (const char *p = name; *p; p = strchr(p, '/') ? strchr(p, '/') + 1 : p + strlen(p))
        if (p[0] == '.' && p[1] == '.' && (p[2] == '/' || p[2] == '\0'))
            return 0;
    return 1;
}

/* Is 'path' a regular file inside the folder 'base' (both resolved)? */
static int inside(const char *path, const char *base)
{
    struct stat st;
    size_t n = strlen(base);
    return strncmp(path, base, n) == 0 && path[n] == '/' && stat(path, &st) == 0 &&
           S_ISREG(st.st_mode);
}

/* Resolves the handout's file against the language folder into h->path (a full path);
 * raises when the name would leave the folder or the file is not there. */
static void resolve_file(lua_State *L, wr_handout *h, const char *what)
{
    const char *dir = wr_dsl_lang(L)->dir;
    char joined[4096];
    if (!safe_pdf_name(h->file))
        wr_sandbox_error(L,
                         "%s: file must be a PDF inside the language folder, such as "
                         "\"handouts/pain.pdf\" (got \"%s\")",
                         what, h->file);
    if (!dir)
        wr_sandbox_error(L, "%s: the file \"%s\" cannot be found (no pack folder)", what,
                         h->file);
    snprintf(joined, sizeof joined, "%s/%s", dir, h->file);
    h->path = realpath(joined, NULL);
    char *base = h->path ? realpath(dir, NULL) : NULL;
    int ok = base && inside(h->path, base);
    free(base);
    if (!ok)
        wr_sandbox_error(L, "%s: the file \"%s\" is not there (looked for %s)", what, h->file,
                         joined);
}

/* The { ... } of handout "id": a title and either text paragraphs or a PDF file. */
static int handout_body(lua_State *L)
{
    wr_srcpos pos;
    char what[160];
    const char *id = body_start(L, "handout", &pos);
    wr_pack *p = wr_dsl_lang(L)->pack;
    const wr_handout *old = find_handout(p, id);
    unique(L, "handout", id, old ? &old->pos : NULL);
    check_fields(L, label(what, sizeof what, "handout", id), handout_fields, 0);
    need(L, what, "title");
    if (has_field(L, "text") == has_field(L, "file"))
        wr_sandbox_error(L, "%s needs one of text = { \"...\", ... } or file = \"....pdf\"",
                         what);
    wr_handout *h = GROW(L, p->handouts, p->n_handouts, MAX_ITEMS, "handouts");
    h->pos = pos;
    h->id = wr_dsl_strdup(L, id);
    h->title = wr_dsl_strdup(L, get_str(L, "title"));
    if (has_field(L, "text")) {
        read_paras(L, h, what);
        return 0;
    }
    h->file = wr_dsl_strdup(L, get_str(L, "file"));
    resolve_file(L, h, what);
    return 0;
}

/* handout "id" { ... } */
static int w_handout(lua_State *L)
{
    return define(L, "handout", handout_body);
}

/* ======================================================================================
 * meta, start, ui
 * ==================================================================================== */

/* Raises "what is already given at file:line" when 'pos' was set before. */
static void once(lua_State *L, const char *what, const wr_srcpos *pos)
{
    if (pos->line > 0)
        wr_sandbox_error(L, "%s is already given at %s:%d", what, pos->file, pos->line);
}

/* meta { title = ..., language = ..., ... } */
static int w_meta(lua_State *L)
{
    wr_lang *lg = wr_dsl_lang(L);
    wr_pack *p = lg->pack;
    while_loading(L, "meta");
    check_table(L, "meta");
    check_fields(L, "meta", meta_fields, 0);
    once(L, "meta", &lg->meta_pos);
    wr_dsl_pos(L, 1, &lg->meta_pos);
    p->title = wr_dsl_strdup(L, get_str(L, "title"));
    p->language = wr_dsl_strdup(L, get_str(L, "language"));
    p->language_name = wr_dsl_strdup(L, get_str(L, "language_name"));
    p->version = wr_dsl_strdup(L, get_str(L, "version"));
    p->reviewed_by = wr_dsl_strdup(L, get_str(L, "reviewed_by"));
    p->reviewed_on = wr_dsl_strdup(L, get_str(L, "reviewed_on"));
    lg->is_default = get_int(L, "default", 0);
    return 0;
}

/* start "scene" */
static int w_start(lua_State *L)
{
    wr_lang *lg = wr_dsl_lang(L);
    while_loading(L, "start");
    const char *id = check_id(L, 1, "start");
    once(L, "start", &lg->start_pos);
    wr_dsl_pos(L, 1, &lg->start_pos);
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
    wr_uitext *u = GROW(L, p->uitext, p->n_uitext, MAX_ITEMS, "ui words");
    u->key = wr_dsl_strdup(L, key);
    u->text = wr_dsl_strdup(L, text);
}

/* Is 'key' one of the engine's words? */
static int known_ui_key(const char *key)
{
    int n = 0;
    const wr_uitext *ui = wr_pack_builtin_ui(&n);
    for (int i = 0; i < n; i++)
        if (strcmp(ui[i].key, key) == 0)
            return 1;
    return 0;
}

/* ui { key = "text", ... }: the engine's own words in this language. */
static int w_ui(lua_State *L)
{
    while_loading(L, "ui");
    check_table(L, "ui");
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        if (lua_type(L, -2) != LUA_TSTRING)
            wr_sandbox_error(L, "ui takes named words only (key = \"text\")");
        const char *key = lua_tostring(L, -2);
        if (!known_ui_key(key))
            wr_sandbox_error(L, "unknown ui word '%s' (see waitroom --reference)", key);
        if (lua_type(L, -1) != LUA_TSTRING)
            wr_sandbox_error(L, "bad field '%s' in ui (string expected, got %s)", key,
                             type_name(L, -1));
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
    int value; /* the global is the step fn() returns, not fn itself */
    const char *section;
    const char *signature;
    const char *help;
    const field *fields; /* the fields its { ... } table takes, or NULL */
} word;

static const word words[] = {
    {"meta", w_meta, 0, "The pack", "meta { title = \"...\", language = \"en\", ... }",
     "Describes this language of the pack. Once per language.", meta_fields},
    {"start", w_start, 0, "The pack", "start \"scene\"",
     "The first scene after the attract screen. Once per language.", NULL},
    {"ui", w_ui, 0, "The pack", "ui { key = \"text\", ... }",
     "Replaces the engine's own words (buttons, attract and urgent screens) in this "
     "language; keys as listed under \"Engine words\".",
     NULL},
    {"scene", w_scene, 0, "Scenes", "scene \"id\" { step, step, ..., go = \"scene\" }",
     "A part of the conversation: its steps in the order written, then go (no go: the "
     "visit ends).",
     scene_fields},
    {"say", w_say, 0, "Scenes", "say \"text\"",
     "One paragraph of the kiosk's turn; several say lines make one screen.", when_fields},
    {"ask", w_ask, 0, "Scenes", "ask \"question\"",
     "Asks a question, on a screen of its own (Back and Skip too).", when_fields},
    {"choice", w_choice, 0, "Scenes", "choice { \"Label\", go = \"scene\", when = cond }",
     "A reply button that leads to a scene, or to \"@end\".", choice_fields},
    {"jump", w_jump, 0, "Scenes", "jump { \"scene\", when = cond }",
     "Goes to the scene at once, when the condition holds; no screen of its own.", jump_fields},
    {"picture", w_picture, 0, "Scenes", "picture \"name\"",
     "An illustration, shown with the next screen.", when_fields},
    {"pick_prompts", w_pick_prompts, 1, "Scenes", "pick_prompts { max = 5, typed = 3 }",
     "The screen where the patient picks suggested questions (prompt) for the list and types "
     "their own. Bare pick_prompts takes the defaults.",
     pick_fields},
    {"show_list", w_show_list, 1, "Scenes", "show_list",
     "The preview of the patient's list: questions, notes and flags to mention.", when_fields},
    {"question", w_question, 0, "Questions", "question \"id\" { text = \"...\", ... }",
     "A question: options (one answer, or several with multiple = true), a scale, or typed "
     "text. Every question offers Skip unless required = true.",
     question_fields},
    {"red_flag", w_red_flag, 0, "Rules",
     "red_flag \"id\" { when = cond, level = \"urgent\", "
     "patient = \"...\", clinician = \"...\" }",
     "Checked after every answer. urgent: the urgent screen at once; today and mention: on "
     "the list.",
     flag_fields},
    {"prompt", w_prompt, 0, "Rules", "prompt \"id\" { text = \"...\", topic = \"...\" }",
     "A suggested question the patient may pick for the list.", prompt_fields},
    {"note", w_note, 0, "Rules", "note \"id\" { when = cond, text = \"...\" }",
     "A line for the clinician on the list, when the condition holds.", note_fields},
    {"handout", w_handout, 0, "Handouts",
     "handout \"id\" { title = \"...\", text = { \"...\", \"## Heading\", \"...\" } }",
     "A handout staff can print (and a patient can ask for at the end): paragraphs laid out by "
     "the kiosk, or file = \"handouts/name.pdf\" for a PDF kept in the language folder.",
     handout_fields},
    {"answered", wr_dsl_answered, 0, "Conditions", "answered(\"question\", \"Option\", ...)",
     "Holds when the question was answered; with options, when one of them was chosen.", NULL},
    {"at_least", wr_dsl_at_least, 0, "Conditions", "at_least(\"question\", n)",
     "Holds when the scale answer is n or more.", NULL},
    {"at_most", wr_dsl_at_most, 0, "Conditions", "at_most(\"question\", n)",
     "Holds when the scale answer is n or less.", NULL},
    {"any", wr_dsl_any, 0, "Conditions", "any(cond, ...)", "Holds when one of them holds.", NULL},
    {"all", wr_dsl_all, 0, "Conditions", "all(cond, ...)", "Holds when every one holds.", NULL},
    {"none", wr_dsl_none, 0, "Conditions", "none(cond, ...)", "Holds when not one holds.", NULL},
    {"visited", wr_dsl_visited, 0, "Conditions", "visited(\"scene\")",
     "Holds when the scene has been shown in this visit.", NULL},
    {"answer", wr_dsl_answer, 0, "Conditions", "answer(\"question\")",
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
    lua_setfield(L, -2, "__call");
    lua_pop(L, 1);
    wr_dsl_cond_open(L);
    for (int i = 0; i < N_WORDS; i++) {
        lua_pushcfunction(L, words[i].fn);
        if (words[i].value)
            lua_call(L, 0, 1);
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
    if ((name && !lg->name) || (dir && !lg->dir) || !lg->pack || !lg->sb)
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

/* Runs one script file of the language; see dsl.h. */
int wr_dsl_run_file(wr_lang *lg, const char *path, char *err, size_t errlen)
{
    int rc = wr_sandbox_load_file(lg->sb, path, err, errlen);
    if (rc == 0)
        rc = wr_sandbox_call(lg->sb, 0, 0, err, errlen);
    if (rc == 0 && lg->pending_word) {
        snprintf(err, errlen, "%s:%d: %s '%s' has no { ... } table after it", lg->pending_pos.file,
                 lg->pending_pos.line, lg->pending_word, lg->pending_id);
        rc = -1;
    }
    lg->pending_word = NULL;
    return rc;
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
static void reference_fields(FILE *out, const field *fs)
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
    for (int i = 0; i < n; i++)
        fprintf(out, "- `%s`: %s\n", ui[i].key, ui[i].text);
}
