/*
 * dsl.c -- the words of the script language that build a wr_pack: meta, start, ui, scene
 * and its steps (the helpers every word uses are in dslhelp.c). One table (words[]) lists every word, with
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
#include "screen.h"

#define MAX_STEPS 400 /* steps of one scene */

/* ======================================================================================
 * Field tables: the named fields each table word accepts
 * ==================================================================================== */


static const wr_dsl_field meta_fields[] = {
    {"title", WR_DSL_STRING, "the pack's title, for staff"},
    {"language", WR_DSL_STRING,
     "the code of the language the logic is written in (\"en\" by default); other languages "
     "are string tables, strings/LANG.po"},
    {"language_name", WR_DSL_STRING, "the language's own name, on the language button"},
    {"version", WR_DSL_STRING, "a version, e.g. a date"},
    {"reviewed_by", WR_DSL_STRING, "who reviewed the clinical content"},
    {"reviewed_on", WR_DSL_STRING, "when it was reviewed"},
    {"sign_off", WR_DSL_LIST,
     "the decisions a clinical lead must sign off, one string each (staff see them on the "
     "staff menu, \"Decisions to sign off\"; not shown to patients, not translated)"},
    {"default", WR_DSL_BOOL,
     "accepted for older packs: the language of the logic is always the default"},
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

static const wr_dsl_field say_fields[] = {
    {"when", WR_DSL_COND, "the step is skipped unless this condition holds"},
    {"card", WR_DSL_STRING,
     "\"today\" (tell the staff today) or \"urgent\" (get help straight away): the line is "
     "shown on a care card; say lines in a row with the same card make one card, the first its "
     "heading, and the lines after a heading that ends in ':' its bullets"},
    {"heading", WR_DSL_BOOL, "true: the line is the screen's key message, shown as a heading"},
    {NULL, 0, NULL},
};

static const wr_dsl_field jump_fields[] = {
    {"when", WR_DSL_COND, "jumps only when this condition holds (always if absent)"},
    {NULL, 0, NULL},
};

static const wr_dsl_field group_fields[] = {
    {"text", WR_DSL_STRING, "the words above the ticks (required)"},
    {"when", WR_DSL_COND, "the step is skipped unless this condition holds"},
    {NULL, 0, NULL},
};

static const wr_dsl_field pick_fields[] = {
    {"max", WR_DSL_INT, "most suggested questions a patient may pick (5)"},
    {"typed", WR_DSL_INT, "most questions of their own a patient may type (3)"},
    {"when", WR_DSL_COND, "the step is skipped unless this condition holds"},
    {NULL, 0, NULL},
};

/* ======================================================================================
 * Steps
 * ==================================================================================== */

static const char *const step_words[] = {
    "say", "ask", "choice", "pick_prompts", "show_list", "jump", "picture", "slip", "ask_group",
};

/* Sets field 'key' of the step on top to the value at 'idx' (a string, a condition...). */
static void step_set(lua_State *L, const char *key, int idx)
{
    lua_pushvalue(L, idx);
    lua_setfield(L, -2, key);
}

/* say "text": one paragraph of the kiosk's turn. */
static int w_say(lua_State *L)
{
    wr_dsl_check_text(L, 1, "say");
    wr_dsl_push_step(L, WR_STEP_SAY);
    step_set(L, "text", 1);
    return 1;
}

/* ask "question": the question on a screen of its own. */
static int w_ask(lua_State *L)
{
    wr_dsl_check_id(L, 1, "ask");
    wr_dsl_push_step(L, WR_STEP_ASK);
    step_set(L, "question", 1);
    return 1;
}

static int is_step(lua_State *L, int idx);

/* Item #i of ask_group (at the top of the stack): a question id, or ask "id" { when = c }
 * (whose condition goes into the table at 'whens'). Leaves the id on top. */
static void group_item(lua_State *L, int i, int whens)
{
    int top = lua_gettop(L);
    if (is_step(L, top)) {
        lua_getfield(L, top, "k");
        int ask = lua_tointeger(L, -1) == WR_STEP_ASK;
        lua_pop(L, 1);
        if (!ask)
            wr_dsl_fail(L, "E204", "ask_group: item #%d is a step other than ask", i);
        lua_getfield(L, top, "when");
        lua_rawseti(L, whens, i);
        lua_getfield(L, top, "question");
        lua_replace(L, top);
    }
    if (lua_type(L, top) != LUA_TSTRING)
        wr_dsl_fail(L, "E204", "ask_group: item #%d is not a question id (got %s)", i,
                    wr_dsl_type_name(L, top));
    wr_dsl_check_id(L, top, "ask_group");
}

/* ask_group { "q1", ask "q2" { when = c }, ..., text = "...", when = cond }: Yes/No
 * questions on one screen, a tick each (the questions' short lines); a question given as
 * ask "id" { when = ... } is on the screen only when its condition holds. packcheck checks
 * the questions. */
static int w_ask_group(lua_State *L)
{
    wr_dsl_check_table(L, "ask_group");
    int n = wr_dsl_check_fields(L, "ask_group", group_fields, 1);
    if (n < 2 || n > WR_GROUP_MAX)
        return wr_dsl_fail(L, "E204",
                           "ask_group needs 2 to %d question ids first: ask_group { \"q1\", "
                           "\"q2\", text = \"Do any of these apply to you?\" }",
                           WR_GROUP_MAX);
    wr_dsl_need(L, "E204", "ask_group", "text");
    wr_dsl_push_step(L, WR_STEP_ASK_GROUP);
    lua_createtable(L, n, 0);
    lua_createtable(L, n, 0);
    int ids = lua_gettop(L) - 1, whens = lua_gettop(L);
    for (int i = 1; i <= n; i++) {
        lua_rawgeti(L, 1, i);
        group_item(L, i, whens);
        lua_rawseti(L, ids, i);
    }
    lua_setfield(L, -3, "item_when");
    lua_setfield(L, -2, "items");
    lua_getfield(L, 1, "text");
    lua_setfield(L, -2, "text");
    lua_getfield(L, 1, "when");
    lua_setfield(L, -2, "when");
    return 1;
}

/* picture "name": an illustration with the next screen. */
static int w_picture(lua_State *L)
{
    wr_dsl_check_id(L, 1, "picture");
    wr_dsl_push_step(L, WR_STEP_PICTURE);
    step_set(L, "text", 1);
    return 1;
}

/* choice { "Label", go = "scene", when = cond }: a reply button. */
static int w_choice(lua_State *L)
{
    wr_dsl_check_table(L, "choice");
    if (wr_dsl_check_fields(L, "choice", choice_fields, 1) != 1 ||
        lua_rawgeti(L, 1, 1) != LUA_TSTRING)
        return wr_dsl_fail(L, "E204",
                           "choice needs its label first: choice { \"Yes\", go = "
                           "\"scene\" }");
    wr_dsl_need(L, "E204", "choice", "go");
    wr_dsl_push_step(L, WR_STEP_CHOICE);
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
    wr_dsl_check_table(L, "jump");
    if (wr_dsl_check_fields(L, "jump", jump_fields, 1) != 1 || lua_rawgeti(L, 1, 1) != LUA_TSTRING)
        return wr_dsl_fail(L, "E204",
                           "jump needs its scene first: jump { \"scene\", when = "
                           "cond }");
    wr_dsl_push_step(L, WR_STEP_JUMP);
    step_set(L, "go", 2);
    lua_getfield(L, 1, "when");
    lua_setfield(L, -2, "when");
    return 1;
}

/* The pick_prompts value: the question-list builder with the default limits. */
static int w_pick_prompts(lua_State *L)
{
    wr_dsl_push_step(L, WR_STEP_PICK_PROMPTS);
    return 1;
}

/* The show_list value: the list preview. */
static int w_show_list(lua_State *L)
{
    wr_dsl_push_step(L, WR_STEP_SHOW_LIST);
    return 1;
}

/* The slip value: the safety part is over; a "today" slip for the desk prints now. */
static int w_slip(lua_State *L)
{
    wr_dsl_push_step(L, WR_STEP_SLIP);
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
    ok = isint && k >= WR_STEP_SAY && k <= WR_STEP_ASK_GROUP;
    if (ok && (k == WR_STEP_SAY || k == WR_STEP_PICTURE || k == WR_STEP_CHOICE ||
               k == WR_STEP_ASK_GROUP))
        ok = is_str_field(L, idx, "text");
    if (ok && k == WR_STEP_ASK)
        ok = is_str_field(L, idx, "question");
    if (ok && k == WR_STEP_ASK_GROUP) {
        ok = lua_getfield(L, idx, "items") == LUA_TTABLE;
        lua_pop(L, 1);
    }
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
    static const char *const kept[] = {"text",  "question", "go",    "when",      "max",  "typed",
                                       "dud",   "items",    "item_when", "card", "heading", NULL};
    static const char *const options[] = {"when", "max", "typed", "card", "heading", NULL};
    lua_settop(L, 2);
    wr_step_kind kind = step_kind(L, 1);
    lua_insert(L, 1); /* 1: the options, 2: the step */
    wr_dsl_check_table(L, step_words[kind]);
    wr_dsl_check_fields(L, step_words[kind],
                        kind == WR_STEP_PICK_PROMPTS ? pick_fields
                        : kind == WR_STEP_SAY        ? say_fields
                                                     : when_fields,
                        0);
    wr_dsl_push_step(L, kind);
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
    luaL_getmetatable(L, WR_DSL_STEP_MT);
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

/* The look of a say step: its card ("today", "urgent") or heading, checked (E203). */
static int say_look(lua_State *L, int idx)
{
    int look = WR_LOOK_PLAIN;
    lua_getfield(L, idx, "heading");
    if (lua_toboolean(L, -1))
        look = WR_LOOK_HEADING;
    lua_getfield(L, idx, "card");
    const char *card = lua_tostring(L, -1);
    if (card && strcmp(card, "today") == 0)
        look = WR_LOOK_TODAY;
    else if (card && strcmp(card, "urgent") == 0)
        look = WR_LOOK_URGENT;
    else if (card)
        wr_dsl_fail(L, "E203", "say: card must be \"today\" or \"urgent\" (got \"%s\")", card);
    lua_pop(L, 2);
    return look;
}

/* The question ids of the ask_group step at 'idx' into st->items. */
static void read_items(lua_State *L, wr_step *st, int idx)
{
    lua_getfield(L, idx, "items");
    int t = lua_gettop(L), n = (int)lua_rawlen(L, t);
    for (int i = 1; i <= n && i <= WR_GROUP_MAX; i++) {
        lua_rawgeti(L, t, i);
        char **slot = WR_DSL_GROW(L, st->items, st->n_items, WR_GROUP_MAX, "questions in a group");
        *slot = wr_dsl_strdup(L, lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    st->item_when = calloc((size_t)(st->n_items ? st->n_items : 1), sizeof *st->item_when);
    if (!st->item_when)
        wr_dsl_oom(L);
    if (lua_getfield(L, idx, "item_when") == LUA_TTABLE)
        for (int i = 0; i < st->n_items; i++) {
            if (lua_rawgeti(L, -1, i + 1) != LUA_TNIL)
                wr_dsl_build_cond(L, -1, &st->item_when[i]);
            lua_pop(L, 1);
        }
    lua_pop(L, 1);
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
    if (st->kind == WR_STEP_ASK_GROUP)
        read_items(L, st, idx);
    if (st->kind == WR_STEP_PICK_PROMPTS)
        check_pick(L, st);
    if (st->kind == WR_STEP_SAY)
        st->look = say_look(L, idx);
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

/* Copies meta's sign_off = { "...", ... } (at most 40 strings) into the pack. */
static void read_sign_off(lua_State *L, wr_pack *p)
{
    if (lua_getfield(L, 1, "sign_off") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int t = lua_gettop(L);
    int n = (int)lua_rawlen(L, t);
    if (n < 1 || n > 40)
        wr_dsl_fail(L, "E203", "meta: sign_off must list 1 to 40 decisions (got %d)", n);
    p->sign_off = calloc((size_t)n, sizeof *p->sign_off);
    if (!p->sign_off)
        wr_dsl_oom(L);
    for (; p->n_sign_off < n; p->n_sign_off++) {
        if (lua_rawgeti(L, t, p->n_sign_off + 1) != LUA_TSTRING)
            wr_dsl_fail(L, "E203", "meta: sign_off #%d is not a string (got %s)",
                        p->n_sign_off + 1, wr_dsl_type_name(L, -1));
        p->sign_off[p->n_sign_off] = wr_dsl_strdup(L, lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* meta { title = ..., language = ..., ... } */
static int w_meta(lua_State *L)
{
    wr_lang *lg = wr_dsl_lang(L);
    wr_pack *p = lg->pack;
    wr_dsl_while_loading(L, "meta");
    wr_dsl_check_table(L, "meta");
    wr_dsl_check_fields(L, "meta", meta_fields, 0);
    once(L, "meta", &lg->meta_pos);
    wr_dsl_pos(L, &lg->meta_pos);
    p->title = wr_dsl_strdup(L, wr_dsl_get_str(L, "title"));
    p->language = wr_dsl_strdup(L, wr_dsl_get_str(L, "language"));
    p->language_name = wr_dsl_strdup(L, wr_dsl_get_str(L, "language_name"));
    p->version = wr_dsl_strdup(L, wr_dsl_get_str(L, "version"));
    p->reviewed_by = wr_dsl_strdup(L, wr_dsl_get_str(L, "reviewed_by"));
    p->reviewed_on = wr_dsl_strdup(L, wr_dsl_get_str(L, "reviewed_on"));
    read_sign_off(L, p);
    lg->is_default = wr_dsl_get_int(L, "default", 0);
    return 0;
}

/* start "scene" */
static int w_start(lua_State *L)
{
    wr_lang *lg = wr_dsl_lang(L);
    wr_dsl_while_loading(L, "start");
    const char *id = wr_dsl_check_id(L, 1, "start");
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
    wr_dsl_while_loading(L, "ui");
    wr_dsl_check_table(L, "ui");
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

/* Adds the words of the table at the top of the stack to the pack's pronounce list. */
static void pronounce_words(lua_State *L, wr_pack *p)
{
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
            wr_dsl_fail(L, "E203", "pronounce takes words only (MRI = \"M R I\")");
        const char *key = lua_tostring(L, -2);
        if (!key[0] || strchr(key, ' '))
            wr_dsl_fail(L, "E203", "pronounce: '%s' is not one word", key);
        wr_uitext *u = WR_DSL_GROW(L, p->sayas, p->n_sayas, WR_DSL_MAX_ITEMS, "pronounce words");
        u->key = wr_dsl_strdup(L, key);
        u->text = wr_dsl_strdup(L, lua_tostring(L, -1));
        lua_pop(L, 1);
    }
}

/* pronounce { MRI = "M R I", ["RF-*"] = "", es = { VIH = "uve i hache" } }: how read aloud
 * says words. The plain words are for the logic's language; a table under a language code
 * holds that language's own (its string table's). A key ending in '*' stands for any word
 * starting so; "" means the word is not read. */
static int w_pronounce(lua_State *L)
{
    wr_lang *lg = wr_dsl_lang(L);
    wr_dsl_while_loading(L, "pronounce");
    wr_dsl_check_table(L, "pronounce");
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        if (lua_type(L, -2) == LUA_TSTRING && lua_type(L, -1) == LUA_TTABLE) {
            if (lg->name && strcmp(lg->name, lua_tostring(L, -2)) == 0)
                pronounce_words(L, lg->pack);
        } else if (!lg->name) {
            lua_newtable(L); /* one word of the logic's language: through the same checks */
            lua_pushvalue(L, -3);
            lua_pushvalue(L, -3);
            lua_settable(L, -3);
            pronounce_words(L, lg->pack);
            lua_pop(L, 1);
        }
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
    wr_dsl_stand_in stand; /* what the word gives back when it goes wrong while loading */
    const char *section;
    const char *signature;
    const char *help;
    const wr_dsl_field *fields; /* the fields its { ... } table takes, or NULL */
} word;

static const word words[] = {
    {"meta", w_meta, 0, WR_DSL_STAND_NONE, "The pack", "meta { title = \"...\", language = \"en\", ... }",
     "Describes this language of the pack. Once per language.", meta_fields},
    {"start", w_start, 0, WR_DSL_STAND_NONE, "The pack", "start \"scene\"",
     "The first scene after the attract screen. Once per language.", NULL},
    {"ui", w_ui, 0, WR_DSL_STAND_NONE, "The pack", "ui { key = \"text\", ... }",
     "Replaces the engine's own words (buttons, attract and urgent screens) in this "
     "language; keys as listed under \"Engine words\".",
     NULL},
    {"pronounce", w_pronounce, 0, WR_DSL_STAND_NONE, "The pack",
     "pronounce { MRI = \"M R I\", [\"RF-*\"] = \"\", es = { VIH = \"uve i hache\" } }",
     "How Read aloud says words: the plain words are for the logic's language, a table under "
     "a language code (es = { ... }) for that string table's language. A key ending in * "
     "stands for any word starting so, \"\" means the word is not read. Numbers such as 0-10 "
     "are read \"0 to 10\" on their own.",
     NULL},
    {"scene", w_scene, 0, WR_DSL_STAND_DEFINE, "Scenes",
     "scene \"id\" { step, step, ..., go = \"scene\" }",
     "A part of the conversation: its steps in the order written, then go (no go: the "
     "visit ends).",
     scene_fields},
    {"say", w_say, 0, WR_DSL_STAND_STEP, "Scenes", "say \"text\"",
     "One paragraph of the kiosk's turn; several say lines make one screen.", say_fields},
    {"ask", w_ask, 0, WR_DSL_STAND_STEP, "Scenes", "ask \"question\"",
     "Asks a question, on a screen of its own (Back and Skip too).", when_fields},
    {"ask_group", w_ask_group, 0, WR_DSL_STAND_STEP, "Scenes",
     "ask_group { \"q1\", \"q2\", ..., text = \"...\", when = cond }",
     "Asks 2 to 8 Yes/No questions on one screen: each question's short line is a tick, and "
     "\"None of these\" (or Next) answers No to those not ticked. \"Not sure about one\" "
     "asks them one by one; \"I'd rather tell someone in private\" answers private to each. "
     "A tick that raises an urgent flag shows the urgent screen at once. Each question needs "
     "options with ids yes and no, and short = \"...\".",
     group_fields},
    {"choice", w_choice, 0, WR_DSL_STAND_STEP, "Scenes",
     "choice { \"Label\", go = \"scene\", when = cond }",
     "A reply button that leads to a scene, or to \"@end\".", choice_fields},
    {"jump", w_jump, 0, WR_DSL_STAND_STEP, "Scenes", "jump { \"scene\", when = cond }",
     "Goes to the scene at once, when the condition holds; no screen of its own.", jump_fields},
    {"picture", w_picture, 0, WR_DSL_STAND_STEP, "Scenes", "picture \"name\"",
     "An illustration, shown with the next screen.", when_fields},
    {"pick_prompts", w_pick_prompts, 1, WR_DSL_STAND_STEP, "Scenes", "pick_prompts { max = 5, typed = 3 }",
     "The screen where the patient picks suggested questions (prompt) for the list and types "
     "their own. Bare pick_prompts takes the defaults.",
     pick_fields},
    {"show_list", w_show_list, 1, WR_DSL_STAND_STEP, "Scenes", "show_list",
     "The preview of the patient's list: questions, notes and flags to mention.", when_fields},
    {"slip", w_slip, 1, WR_DSL_STAND_STEP, "Scenes", "slip",
     "Marks the end of the safety part: when the patient passes it and a \"today\" flag is "
     "up, the slip for the desk prints at once (not at the end of the visit). No screen.",
     when_fields},
    {"question", wr_dsl_question, 0, WR_DSL_STAND_DEFINE, "Questions",
     "question \"id\" { text = \"...\", ... }",
     "A question: options (one answer, or several with multiple = true), a scale, or typed "
     "text. Every question offers Skip unless required = true.",
     wr_dsl_question_fields},
    {"red_flag", wr_dsl_red_flag, 0, WR_DSL_STAND_DEFINE, "Rules",
     "red_flag \"id\" { when = cond, level = \"urgent\", "
     "patient = \"...\", clinician = \"...\" }",
     "Checked after every answer. urgent: the urgent screen at once; today and mention: on "
     "the list.",
     wr_dsl_flag_fields},
    {"prompt", wr_dsl_prompt, 0, WR_DSL_STAND_DEFINE, "Rules",
     "prompt \"id\" { text = \"...\", topic = \"...\" }",
     "A suggested question the patient may pick for the list.", wr_dsl_prompt_fields},
    {"note", wr_dsl_note, 0, WR_DSL_STAND_DEFINE, "Rules", "note \"id\" { when = cond, text = \"...\" }",
     "A line for the clinician on the list, when the condition holds.", wr_dsl_note_fields},
    {"safety_net", wr_dsl_safety_net, 0, WR_DSL_STAND_DEFINE, "Rules",
     "safety_net \"id\" { when = cond, title = \"...:\", signs = { \"...\", ... }, "
     "action = \"...\" }",
     "Warning signs that depend on the answers: a card of its own on the list, the printout "
     "and the last screen, after the signs everyone gets (ui.safety_net), when the condition "
     "holds.",
     wr_dsl_net_fields},
    {"handout", wr_dsl_handout, 0, WR_DSL_STAND_DEFINE, "Handouts",
     "handout \"id\" { title = \"...\", text = { \"...\", \"## Heading\", \"...\" } }",
     "A handout staff can print (and a patient can ask for at the end): paragraphs laid out by "
     "the kiosk, or file = \"handouts/name.pdf\" for a PDF kept in the language folder.",
     wr_dsl_handout_fields},
    {"answered", wr_dsl_answered, 0, WR_DSL_STAND_COND, "Conditions",
     "answered(\"question\", \"Option\", ...)",
     "Holds when the question was answered; with options, when one of them was chosen.", NULL},
    {"at_least", wr_dsl_at_least, 0, WR_DSL_STAND_COND, "Conditions", "at_least(\"question\", n)",
     "Holds when the scale answer is n or more.", NULL},
    {"at_most", wr_dsl_at_most, 0, WR_DSL_STAND_COND, "Conditions", "at_most(\"question\", n)",
     "Holds when the scale answer is n or less.", NULL},
    {"any", wr_dsl_any, 0, WR_DSL_STAND_COND, "Conditions", "any(cond, ...)",
     "Holds when one of them holds.", NULL},
    {"all", wr_dsl_all, 0, WR_DSL_STAND_COND, "Conditions", "all(cond, ...)",
     "Holds when every one holds.", NULL},
    {"none", wr_dsl_none, 0, WR_DSL_STAND_COND, "Conditions", "none(cond, ...)",
     "Holds when not one holds.", NULL},
    {"visited", wr_dsl_visited, 0, WR_DSL_STAND_COND, "Conditions", "visited(\"scene\")",
     "Holds when the scene has been shown in this visit.", NULL},
    {"answer", wr_dsl_answer, 0, WR_DSL_STAND_NONE, "Conditions", "answer(\"question\")",
     "Only inside a condition function: the answer (the option chosen, a list of options "
     "for multiple, the number, the text typed), or nil.",
     NULL},
};

#define N_WORDS ((int)(sizeof words / sizeof words[0]))

/* Registers every word of words[] as a global, and the step metatable. */
static int open_words(lua_State *L)
{
    luaL_newmetatable(L, WR_DSL_STEP_MT);
    lua_pushcfunction(L, step_call);
    wr_dsl_guarded(L, WR_DSL_STAND_STEP);
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
            wr_dsl_guarded(L, words[i].stand);
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
        fprintf(out, "- `%s` (%s): %s\n", fs[i].name, wr_dsl_ftype_names[fs[i].type], fs[i].help);
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
