/*
 * dslitems.c -- the words that define the pack's items, each with its { ... } table:
 * question, red_flag, prompt, note and handout. They are listed in the word table of
 * dsl.c and use its helpers (dsl.h). Uses the public API of Lua and of engine/core, and
 * realpath() to find a handout's file.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <lauxlib.h>

#include "dsl.h"

/* ======================================================================================
 * Field tables
 * ==================================================================================== */

const wr_dsl_field wr_dsl_question_fields[] = {
    {"text", WR_DSL_STRING, "the question (required)"},
    {"options", WR_DSL_LIST,
     "the answers to pick from (one, or several with multiple), each { \"id\", \"Words\" }: "
     "rules name the id; or just \"Words\", which are then the id too"},
    {"multiple", WR_DSL_BOOL, "true: several options may be chosen, then Next"},
    {"scale", WR_DSL_RANGE, "a number scale, e.g. { 0, 10 }: one button per number"},
    {"low", WR_DSL_STRING, "scale: words under the lowest number"},
    {"high", WR_DSL_STRING, "scale: words under the highest number"},
    {"typed", WR_DSL_BOOL, "true: the patient types an answer on the on-screen keyboard"},
    {"max", WR_DSL_INT, "typed: most letters (200)"},
    {"required", WR_DSL_BOOL, "true: no Skip button"},
    {"hint", WR_DSL_STRING, "a smaller line under the question"},
    {"short", WR_DSL_STRING,
     "a Yes/No question's line on an ask_group screen (a few words: the tick's label)"},
    {"private", WR_DSL_BOOL, "true: read aloud only through headphones (else \"on the screen\")"},
    {NULL, 0, NULL},
};

const wr_dsl_field wr_dsl_flag_fields[] = {
    {"when", WR_DSL_COND, "the condition that raises the flag (required)"},
    {"level", WR_DSL_STRING, "\"urgent\" (the urgent screen at once), \"today\" or \"mention\""},
    {"patient", WR_DSL_STRING, "plain words for the patient (required)"},
    {"clinician", WR_DSL_STRING, "words for the clinician (the patient's words by default)"},
    {"private", WR_DSL_BOOL, "true: the patient words are read aloud only through headphones"},
    {"no_topic", WR_DSL_BOOL,
     "true: an urgent flag whose screen names no topic (\"ask to talk privately\"), for "
     "\"I'd rather tell someone in private\" on an urgent question"},
    {"combines", WR_DSL_LIST,
     "ids of the flags this one may combine: the list and the staff box name those raised "
     "(\"Pain at night, and I have had cancer\"), and the list does not repeat them lower "
     "down"},
    {NULL, 0, NULL},
};

const wr_dsl_field wr_dsl_prompt_fields[] = {
    {"text", WR_DSL_STRING, "the question as it will be printed (required)"},
    {"topic", WR_DSL_STRING, "a heading to group suggested questions under"},
    {NULL, 0, NULL},
};

const wr_dsl_field wr_dsl_note_fields[] = {
    {"when", WR_DSL_COND, "the note goes on the list when this holds (always if absent)"},
    {"text", WR_DSL_STRING, "the note; {answer:question_id} is replaced by the answer"},
    {NULL, 0, NULL},
};

const wr_dsl_field wr_dsl_net_fields[] = {
    {"when", WR_DSL_COND, "the signs are shown when this holds (always if absent)"},
    {"title", WR_DSL_STRING,
     "the lead-in, e.g. \"Get help straight away if any of these start:\" (required)"},
    {"signs", WR_DSL_LIST, "the warning signs, one bullet each: 1 to 8 lines (required)"},
    {"action", WR_DSL_STRING,
     "what to do then, e.g. \"Then go to the emergency department, or call {emergency}.\""},
    {NULL, 0, NULL},
};

const wr_dsl_field wr_dsl_handout_fields[] = {
    {"title", WR_DSL_STRING,
     "the handout's title, on the staff screen and the printout (required)"},
    {"text", WR_DSL_LIST,
     "paragraphs laid out by the kiosk; one starting \"## \" is a heading; picture \"name\" "
     "among them prints that picture (the screens' pictures) there"},
    {"file", WR_DSL_STRING,
     "a PDF in the language folder, e.g. \"handouts/pain.pdf\", printed as it is"},
    {NULL, 0, NULL},
};

/* ======================================================================================
 * Questions
 * ==================================================================================== */

/* The next option of the list at 't' into 'q': "Words" (its id is the words themselves)
 * or { "id", "Words" }. */
static void read_option(lua_State *L, wr_question *q, int t, const char *what)
{
    int i = q->n_options, type = lua_rawgeti(L, t, i + 1);
    const char *id = NULL, *words = NULL;
    if (type == LUA_TSTRING) {
        wr_dsl_no_nul(L, -1, "an option");
        words = lua_tostring(L, -1);
        id = words;
    } else if (type == LUA_TTABLE && lua_rawlen(L, -1) == 2 &&
               lua_rawgeti(L, -1, 1) == LUA_TSTRING && lua_rawgeti(L, -2, 2) == LUA_TSTRING) {
        wr_dsl_no_nul(L, -2, "an option id");
        wr_dsl_no_nul(L, -1, "an option");
        id = lua_tostring(L, -2);
        words = lua_tostring(L, -1);
    } else {
        wr_dsl_fail(L, "E203",
                    "%s: option #%d must be \"Words\" or { \"id\", \"Words\" } (got %s)", what,
                    i + 1, wr_dsl_type_name(L, -1));
    }
    if (!*id)
        wr_dsl_fail(L, "E203", "%s: option #%d needs an id: { \"id\", \"%s\" }", what, i + 1,
                    words);
    for (int k = 0; k < i; k++)
        if (strcmp(q->options[k], words) == 0)
            wr_dsl_fail(L, "E105", "%s: the option \"%s\" is listed twice", what, words);
    for (int k = 0; k < i; k++)
        if (strcmp(q->option_ids[k], id) == 0)
            wr_dsl_fail(L, "E105", "%s: two options have the id \"%s\" (\"%s\")", what, id,
                        words);
    q->option_ids[i] = wr_dsl_strdup(L, id);
    q->options[i] = wr_dsl_strdup(L, words);
    q->n_options++;
    lua_settop(L, t);
}

/* Copies the options list of the table at 1 into 'q'; no empty list, no repeats. */
static void read_options(lua_State *L, wr_question *q, const char *what)
{
    lua_getfield(L, 1, "options");
    int t = lua_gettop(L);
    int n = (int)lua_rawlen(L, t);
    if (n < 1 || n > 64)
        wr_dsl_fail(L, "E203", "%s: options must list 1 to 64 answers (got %d)", what, n);
    q->options = calloc((size_t)n, sizeof *q->options);
    q->option_ids = calloc((size_t)n, sizeof *q->option_ids);
    if (!q->options || !q->option_ids)
        wr_dsl_oom(L);
    while (q->n_options < n)
        read_option(L, q, t, what);
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
        wr_dsl_fail(L, "E203",
                    "%s: scale must be { low, high }, whole numbers at most 20 apart "
                    "(e.g. { 0, 10 })",
                    what);
    lua_settop(L, t - 1);
}

/* Does the table at 1 have the field 'key'? */
int wr_dsl_has_field(lua_State *L, const char *key)
{
    int t = lua_getfield(L, 1, key);
    lua_pop(L, 1);
    return t != LUA_TNIL;
}

/* Which kind of question the fields of the table at 1 make; raises when unclear. */
static wr_qkind question_kind(lua_State *L, const char *what)
{
    int opts = wr_dsl_has_field(L, "options"), scale = wr_dsl_has_field(L, "scale");
    int typed = wr_dsl_get_int(L, "typed", 0), multiple = wr_dsl_get_int(L, "multiple", 0);
    if (opts + scale + typed != 1)
        wr_dsl_fail(L, "E203",
                    "%s needs exactly one of options = { ... }, scale = { 0, 10 } or "
                    "typed = true",
                    what);
    if (multiple && !opts)
        wr_dsl_fail(L, "E203", "%s: multiple = true goes with options", what);
    if ((wr_dsl_has_field(L, "low") || wr_dsl_has_field(L, "high")) && !scale)
        wr_dsl_fail(L, "E203", "%s: low and high go with a scale", what);
    if (wr_dsl_has_field(L, "max") && !typed)
        wr_dsl_fail(L, "E203", "%s: max goes with typed = true", what);
    if (opts)
        return multiple ? WR_Q_MULTIPLE : WR_Q_SINGLE;
    return scale ? WR_Q_SCALE : WR_Q_TYPED;
}

/* The { ... } of question "id". */
static int question_body(lua_State *L)
{
    wr_srcpos pos;
    char what[160];
    const char *id = wr_dsl_body_start(L, "question", &pos);
    wr_pack *p = wr_dsl_lang(L)->pack;
    int i = wr_pack_find_question(p, id);
    wr_dsl_unique(L, "question", id, i < 0 ? NULL : &p->questions[i].pos);
    wr_dsl_check_fields(L, wr_dsl_label(what, sizeof what, "question", id), wr_dsl_question_fields,
                        0);
    wr_dsl_need(L, "E204", what, "text");
    wr_qkind kind = question_kind(L, what);
    wr_question *q = WR_DSL_GROW(L, p->questions, p->n_questions, WR_DSL_MAX_ITEMS, "questions");
    q->pos = pos;
    q->kind = kind;
    q->id = wr_dsl_strdup(L, id);
    q->text = wr_dsl_strdup(L, wr_dsl_get_str(L, "text"));
    q->hint = wr_dsl_strdup(L, wr_dsl_get_str(L, "hint"));
    q->brief = wr_dsl_strdup(L, wr_dsl_get_str(L, "short"));
    q->low = wr_dsl_strdup(L, wr_dsl_get_str(L, "low"));
    q->high = wr_dsl_strdup(L, wr_dsl_get_str(L, "high"));
    q->required = wr_dsl_get_int(L, "required", 0);
    q->private = wr_dsl_get_int(L, "private", 0);
    q->max_len = wr_dsl_get_int(L, "max", 200);
    if (kind == WR_Q_TYPED && (q->max_len < 1 || q->max_len > 2000))
        wr_dsl_fail(L, "E203", "%s: max must be 1 to 2000 (got %d)", what, q->max_len);
    if (kind == WR_Q_SINGLE || kind == WR_Q_MULTIPLE)
        read_options(L, q, what);
    if (kind == WR_Q_SCALE)
        read_scale(L, q, what);
    return 0;
}

/* question "id" { ... } */
int wr_dsl_question(lua_State *L)
{
    return wr_dsl_define(L, "question", question_body);
}

/* ======================================================================================
 * Red flags, prompts, notes
 * ==================================================================================== */

/* The level named by field 'level' of the table at 1. */
static wr_level read_level(lua_State *L, const char *what)
{
    static const char *const names[] = {"urgent", "today", "mention", NULL};
    const char *s = wr_dsl_get_str(L, "level");
    for (int i = 0; names[i]; i++)
        if (strcmp(s, names[i]) == 0)
            return (wr_level)i;
    wr_dsl_fail(L, "E203",
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

/* Copies combines = { "flag_id", ... } of the table at 1 into 'f' (ids resolved later). */
static void read_combines(lua_State *L, wr_flag *f, const char *what)
{
    if (lua_getfield(L, 1, "combines") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int t = lua_gettop(L);
    int n = (int)lua_rawlen(L, t);
    if (n < 2 || n > WR_COMBINES_MAX)
        wr_dsl_fail(L, "E203", "%s: combines must list 2 to %d flag ids (got %d)", what,
                    WR_COMBINES_MAX, n);
    f->combines = calloc((size_t)n, sizeof *f->combines);
    if (!f->combines)
        wr_dsl_oom(L);
    for (; f->n_combines < n; f->n_combines++) {
        if (lua_rawgeti(L, t, f->n_combines + 1) != LUA_TSTRING)
            wr_dsl_fail(L, "E203", "%s: combines #%d is not a string (got %s)", what,
                        f->n_combines + 1, wr_dsl_type_name(L, -1));
        f->combines[f->n_combines] = wr_dsl_strdup(L, lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* The { ... } of red_flag "id". */
static int flag_body(lua_State *L)
{
    wr_srcpos pos;
    char what[160];
    const char *id = wr_dsl_body_start(L, "red_flag", &pos);
    wr_pack *p = wr_dsl_lang(L)->pack;
    const wr_flag *old = find_flag(p, id);
    wr_dsl_unique(L, "red_flag", id, old ? &old->pos : NULL);
    wr_dsl_check_fields(L, wr_dsl_label(what, sizeof what, "red_flag", id), wr_dsl_flag_fields, 0);
    wr_dsl_need(L, "E204", what, "when");
    wr_dsl_need(L, "E131", what, "level");
    wr_dsl_need(L, "E131", what, "patient");
    wr_level level = read_level(L, what);
    wr_flag *f = WR_DSL_GROW(L, p->flags, p->n_flags, WR_DSL_MAX_ITEMS, "red flags");
    f->pos = pos;
    f->level = level;
    f->id = wr_dsl_strdup(L, id);
    f->patient = wr_dsl_strdup(L, wr_dsl_get_str(L, "patient"));
    f->clinician = wr_dsl_strdup(L, wr_dsl_get_str(L, "clinician") ? wr_dsl_get_str(L, "clinician")
                                                                   : wr_dsl_get_str(L, "patient"));
    f->private = wr_dsl_get_int(L, "private", 0);
    f->topic_free = wr_dsl_get_int(L, "no_topic", 0);
    read_combines(L, f, what);
    lua_getfield(L, 1, "when");
    wr_dsl_build_cond(L, -1, &f->when);
    return 0;
}

/* red_flag "id" { ... } */
int wr_dsl_red_flag(lua_State *L)
{
    return wr_dsl_define(L, "red_flag", flag_body);
}

/* The { ... } of prompt "id". */
static int prompt_body(lua_State *L)
{
    wr_srcpos pos;
    char what[160];
    const char *id = wr_dsl_body_start(L, "prompt", &pos);
    wr_pack *p = wr_dsl_lang(L)->pack;
    int i = wr_pack_find_prompt(p, id);
    wr_dsl_unique(L, "prompt", id, i < 0 ? NULL : &p->prompts[i].pos);
    wr_dsl_check_fields(L, wr_dsl_label(what, sizeof what, "prompt", id), wr_dsl_prompt_fields, 0);
    wr_dsl_need(L, "E204", what, "text");
    wr_prompt *pr = WR_DSL_GROW(L, p->prompts, p->n_prompts, WR_DSL_MAX_ITEMS, "prompts");
    pr->pos = pos;
    pr->id = wr_dsl_strdup(L, id);
    pr->text = wr_dsl_strdup(L, wr_dsl_get_str(L, "text"));
    pr->topic = wr_dsl_strdup(L, wr_dsl_get_str(L, "topic"));
    return 0;
}

/* prompt "id" { ... } */
int wr_dsl_prompt(lua_State *L)
{
    return wr_dsl_define(L, "prompt", prompt_body);
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
    const char *id = wr_dsl_body_start(L, "note", &pos);
    wr_pack *p = wr_dsl_lang(L)->pack;
    const wr_note *old = find_note(p, id);
    wr_dsl_unique(L, "note", id, old ? &old->pos : NULL);
    wr_dsl_check_fields(L, wr_dsl_label(what, sizeof what, "note", id), wr_dsl_note_fields, 0);
    wr_dsl_need(L, "E204", what, "text");
    wr_note *nt = WR_DSL_GROW(L, p->notes, p->n_notes, WR_DSL_MAX_ITEMS, "notes");
    nt->pos = pos;
    nt->id = wr_dsl_strdup(L, id);
    nt->text = wr_dsl_strdup(L, wr_dsl_get_str(L, "text"));
    if (lua_getfield(L, 1, "when") != LUA_TNIL)
        wr_dsl_build_cond(L, -1, &nt->when);
    return 0;
}

/* note "id" { ... } */
int wr_dsl_note(lua_State *L)
{
    return wr_dsl_define(L, "note", note_body);
}

/* ======================================================================================
 * Safety nets: warning signs that depend on the answers
 * ==================================================================================== */

/* Finds a safety net by id, or NULL. */
static const wr_safety_net *find_net(const wr_pack *p, const char *id)
{
    for (int i = 0; i < p->n_nets; i++)
        if (strcmp(p->nets[i].id, id) == 0)
            return &p->nets[i];
    return NULL;
}

/* Copies signs = { "...", ... } of the table at 1 into 'n': 1 to 8 lines of words. */
static void read_signs(lua_State *L, wr_safety_net *n, const char *what)
{
    int t, count;
    if (lua_getfield(L, 1, "signs") != LUA_TTABLE)
        wr_dsl_fail(L, "E203", "%s: signs must be a list of lines, such as { \"New numbness "
                    "in your legs.\" } (got %s)", what, wr_dsl_type_name(L, -1));
    t = lua_gettop(L);
    count = (int)lua_rawlen(L, t);
    if (count < 1 || count > WR_NET_MAX_SIGNS)
        wr_dsl_fail(L, "E203", "%s: signs must list 1 to %d lines (got %d)", what,
                    WR_NET_MAX_SIGNS, count);
    n->signs = calloc((size_t)count, sizeof *n->signs);
    if (!n->signs)
        wr_dsl_oom(L);
    for (; n->n_signs < count; n->n_signs++) {
        if (lua_rawgeti(L, t, n->n_signs + 1) != LUA_TSTRING)
            wr_dsl_fail(L, "E203", "%s: signs #%d is not a string (got %s)", what,
                        n->n_signs + 1, wr_dsl_type_name(L, -1));
        wr_dsl_no_nul(L, -1, "a warning sign");
        if (!lua_tostring(L, -1)[0])
            wr_dsl_fail(L, "E203", "%s: signs #%d is empty", what, n->n_signs + 1);
        n->signs[n->n_signs] = wr_dsl_strdup(L, lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* The { ... } of safety_net "id". */
static int net_body(lua_State *L)
{
    wr_srcpos pos;
    char what[160];
    const char *id = wr_dsl_body_start(L, "safety_net", &pos);
    wr_pack *p = wr_dsl_lang(L)->pack;
    const wr_safety_net *old = find_net(p, id);
    wr_dsl_unique(L, "safety_net", id, old ? &old->pos : NULL);
    wr_dsl_check_fields(L, wr_dsl_label(what, sizeof what, "safety_net", id), wr_dsl_net_fields,
                        0);
    wr_dsl_need(L, "E204", what, "title");
    wr_dsl_need(L, "E204", what, "signs");
    if (p->n_nets >= WR_NET_MAX)
        wr_dsl_fail(L, "E203", "%s: a pack may have at most %d safety_net blocks (the printed "
                    "list must stay short)", what, WR_NET_MAX);
    wr_safety_net *n = WR_DSL_GROW(L, p->nets, p->n_nets, WR_NET_MAX, "safety nets");
    n->pos = pos;
    n->id = wr_dsl_strdup(L, id);
    n->title = wr_dsl_strdup(L, wr_dsl_get_str(L, "title"));
    n->action = wr_dsl_strdup(L, wr_dsl_get_str(L, "action"));
    read_signs(L, n, what);
    if (lua_getfield(L, 1, "when") != LUA_TNIL)
        wr_dsl_build_cond(L, -1, &n->when);
    return 0;
}

/* safety_net "id" { ... } */
int wr_dsl_safety_net(lua_State *L)
{
    return wr_dsl_define(L, "safety_net", net_body);
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

/* The picture name of the step at -1 when it is picture "name", else NULL. */
static const char *picture_step(lua_State *L)
{
    const char *name = NULL;
    if (!lua_istable(L, -1) || !lua_getmetatable(L, -1))
        return NULL;
    luaL_getmetatable(L, WR_DSL_STEP_MT);
    int step = lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
    if (step && lua_getfield(L, -1, "k") == LUA_TNUMBER &&
        lua_tointeger(L, -1) == WR_STEP_PICTURE) {
        lua_getfield(L, -2, "text");
        name = lua_tostring(L, -1);
        lua_pop(L, 1); /* the step keeps the string alive */
    }
    lua_pop(L, 1);
    return name;
}

/* Copies the text = { ... } paragraphs of the table at 1 into 'h': strings, and
 * picture "name" for an illustration (kept apart, with the paragraph it comes before). */
static void read_paras(lua_State *L, wr_handout *h, const char *what)
{
    lua_getfield(L, 1, "text");
    int t = lua_gettop(L);
    int n = (int)lua_rawlen(L, t);
    if (n < 1 || n > 400)
        wr_dsl_fail(L, "E203", "%s: text must list 1 to 400 paragraphs (got %d)", what, n);
    h->paras = calloc((size_t)n, sizeof *h->paras);
    h->pictures = calloc((size_t)n, sizeof *h->pictures);
    h->picture_at = calloc((size_t)n, sizeof *h->picture_at);
    if (!h->paras || !h->pictures || !h->picture_at)
        wr_dsl_oom(L);
    for (int i = 0; i < n; i++) {
        const char *pic;
        if (lua_rawgeti(L, t, i + 1) != LUA_TSTRING && (pic = picture_step(L)) != NULL) {
            h->picture_at[h->n_pictures] = h->n_paras;
            h->pictures[h->n_pictures++] = wr_dsl_strdup(L, pic);
            lua_pop(L, 1);
            continue;
        }
        if (lua_type(L, -1) != LUA_TSTRING)
            wr_dsl_fail(L, "E203", "%s: paragraph #%d is not a string or a picture (got %s)",
                        what, i + 1, wr_dsl_type_name(L, -1));
        wr_dsl_no_nul(L, -1, "a paragraph");
        h->paras[h->n_paras++] = wr_dsl_strdup(L, lua_tostring(L, -1));
        lua_pop(L, 1);
    }
    if (h->n_paras == 0)
        wr_dsl_fail(L, "E203", "%s: text has pictures but no paragraph", what);
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
        wr_dsl_fail(L, "E203",
                    "%s: file must be a PDF inside the language folder, such as "
                    "\"handouts/pain.pdf\" (got \"%s\")",
                    what, h->file);
    if (!dir)
        wr_dsl_fail(L, "E141", "%s: the file \"%s\" cannot be found (no pack folder)", what,
                    h->file);
    snprintf(joined, sizeof joined, "%s/%s", dir, h->file);
    h->path = realpath(joined, NULL);
    char *base = h->path ? realpath(dir, NULL) : NULL;
    int ok = base && inside(h->path, base);
    free(base);
    if (!ok)
        wr_dsl_fail(L, "E141", "%s: the file \"%s\" is not there (looked for %s)", what, h->file,
                    joined);
}

/* The { ... } of handout "id": a title and either text paragraphs or a PDF file. */
static int handout_body(lua_State *L)
{
    wr_srcpos pos;
    char what[160];
    const char *id = wr_dsl_body_start(L, "handout", &pos);
    wr_pack *p = wr_dsl_lang(L)->pack;
    const wr_handout *old = find_handout(p, id);
    wr_dsl_unique(L, "handout", id, old ? &old->pos : NULL);
    wr_dsl_check_fields(L, wr_dsl_label(what, sizeof what, "handout", id), wr_dsl_handout_fields,
                        0);
    wr_dsl_need(L, "E204", what, "title");
    if (wr_dsl_has_field(L, "text") == wr_dsl_has_field(L, "file"))
        wr_dsl_fail(L, "E204", "%s needs one of text = { \"...\", ... } or file = \"....pdf\"",
                    what);
    wr_handout *h = WR_DSL_GROW(L, p->handouts, p->n_handouts, WR_DSL_MAX_ITEMS, "handouts");
    h->pos = pos;
    h->id = wr_dsl_strdup(L, id);
    h->title = wr_dsl_strdup(L, wr_dsl_get_str(L, "title"));
    if (wr_dsl_has_field(L, "text")) {
        read_paras(L, h, what);
        return 0;
    }
    h->file = wr_dsl_strdup(L, wr_dsl_get_str(L, "file"));
    resolve_file(L, h, what);
    return 0;
}

/* handout "id" { ... } */
int wr_dsl_handout(lua_State *L)
{
    return wr_dsl_define(L, "handout", handout_body);
}
