/*
 * sandbox.c -- a lua_State with a memory cap, an instruction budget, text-only chunks and
 * a whitelisted environment. Uses only the public API of Lua 5.4 and its auxiliary library.
 */
#include "sandbox.h"

#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

#define HOOK_EVERY 1000   /* instructions between two budget checks */
#define CHURN_PER_STEP 16 /* bytes a call may allocate in all, per instruction of its budget */
#define MAX_FILE ((size_t)4 << 20)

struct wr_sandbox {
    lua_State *L;
    size_t used, cap;
    unsigned long budget; /* hook ticks per call */
    unsigned long left;   /* hook ticks left in this call */
    size_t churn;         /* bytes allocated since this call began (freed or not) */
    size_t churn_cap;     /* the most a call may allocate in all: work done in C counts */
    int depth;            /* nesting of wr_sandbox_call */
    int mem_hit;          /* the cap refused an allocation during this call */
    char mem_where[256];  /* where that happened, "file:line" or "" */
    const char *code;     /* the checker's code of the last failure (diag.h), or NULL */
    char trace[2048];
};

/* The globals a script may use; everything else is absent. */
static const char *const allowed[] = {
    "assert",       "error",    "getmetatable", "ipairs", "next",   "pairs",
    "pcall",        "rawequal", "rawget",       "rawlen", "rawset", "select",
    "setmetatable", "tonumber", "tostring",     "type",   "xpcall", "_VERSION",
    "string",       "table",    "math",         "utf8",   NULL,
};

/* Names that scripts may reach for but must not have; reading one is a clear error. */
static const char *const forbidden[] = {
    "io",     "os",    "package",        "require", "load",      "loadfile",
    "dofile", "debug", "collectgarbage", "print",   "coroutine", "loadstring",
    "warn",   NULL,
};

/* Fills 'lim' with the defaults. */
void wr_lua_limits_defaults(wr_lua_limits *lim)
{
    lim->memory = WR_LUA_DEFAULT_MEMORY;
    lim->instructions = WR_LUA_DEFAULT_INSTRUCTIONS;
}

/* ======================================================================================
 * Positions and errors
 * ==================================================================================== */

/* Notes the checker's code ("E201"...) of the error about to be raised in 'L'. */
void wr_sandbox_set_code(lua_State *L, const char *code)
{
    wr_sandbox_of(L)->code = code;
}

/* The code noted for the last failure (NULL if none), and forgets it. */
const char *wr_sandbox_take_code(wr_sandbox *sb)
{
    const char *code = sb->code;
    sb->code = NULL;
    return code;
}

/* "file:line" of the Lua function at 'level' into 'buf'; returns the line or 0. */
int wr_sandbox_where(lua_State *L, int level, char *buf, size_t len)
{
    lua_Debug ar;
    buf[0] = '\0';
    if (!lua_getstack(L, level, &ar) || !lua_getinfo(L, "Sl", &ar) || ar.currentline <= 0)
        return 0;
    const char *src = ar.source[0] == '@' || ar.source[0] == '=' ? ar.source + 1 : ar.short_src;
    snprintf(buf, len, "%s:%d", src, ar.currentline);
    return ar.currentline;
}

/* The first Lua frame from 'level' up, as wr_sandbox_where() writes it. */
static int first_lua_where(lua_State *L, int level, char *buf, size_t len)
{
    lua_Debug ar;
    for (; lua_getstack(L, level, &ar); level++)
        if (wr_sandbox_where(L, level, buf, len) > 0)
            return 1;
    buf[0] = '\0';
    return 0;
}

/* Raises "file:line: message" for the script line that called the running C function. */
int wr_sandbox_error(lua_State *L, const char *fmt, ...)
{
    char where[300];
    va_list ap;
    first_lua_where(L, 1, where, sizeof where);
    va_start(ap, fmt);
    lua_pushvfstring(L, fmt, ap);
    va_end(ap);
    if (where[0]) {
        lua_pushfstring(L, "%s: %s", where, lua_tostring(L, -1));
        lua_remove(L, -2);
    }
    return lua_error(L);
}

/* True when 'msg' already starts with "something:digits:". */
static int has_position(const char *msg)
{
    const char *colon = strchr(msg, ':');
    const char *nl = strchr(msg, '\n');
    if (!colon || (nl && nl < colon) || colon[1] < '0' || colon[1] > '9')
        return 0;
    const char *p = colon + 1;
    while (*p >= '0' && *p <= '9')
        p++;
    return *p == ':';
}

/* The message handler of wr_sandbox_call: a positioned message, traceback kept aside. */
static int on_error(lua_State *L)
{
    wr_sandbox *sb = wr_sandbox_of(L);
    const char *msg = lua_tostring(L, 1);
    if (!msg) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            msg = lua_tostring(L, -1);
        else
            msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    char where[300];
    if (!has_position(msg) && first_lua_where(L, 1, where, sizeof where))
        msg = lua_pushfstring(L, "%s: %s", where, msg);
    luaL_traceback(L, L, msg, 1);
    snprintf(sb->trace, sizeof sb->trace, "%s", lua_tostring(L, -1));
    lua_pop(L, 1);
    lua_pushstring(L, msg);
    return 1;
}

/* ======================================================================================
 * Memory cap and instruction budget
 * ==================================================================================== */

/* The allocator: refuses to grow past the cap, and notes where the script was then. */
static void *cap_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    wr_sandbox *sb = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        sb->used -= old;
        return NULL;
    }
    if (nsize > old && sb->used - old + nsize > sb->cap) {
        if (sb->L && sb->depth > 0 && !sb->mem_hit)
            first_lua_where(sb->L, 0, sb->mem_where, sizeof sb->mem_where);
        sb->mem_hit = 1;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p) {
        sb->used = sb->used - old + nsize;
        sb->churn += nsize > old ? nsize - old : 0;
    }
    return p;
}

static void on_count(lua_State *L, lua_Debug *ar);

/* Raises the budget error; from now on every instruction raises it again, so that not
 * even a pcall inside the script can keep an endless loop alive. */
static int out_of_budget(lua_State *L, int level)
{
    wr_sandbox *sb = wr_sandbox_of(L);
    char where[300];
    sb->left = 0;
    lua_sethook(L, on_count, LUA_MASKCOUNT, 1);
    sb->code = "E003";
    first_lua_where(L, level, where, sizeof where);
    lua_pushfstring(L, "%s%sinstruction budget exceeded (endless loop?)", where,
                    where[0] ? ": " : "");
    return lua_error(L);
}

/* The count hook: spends the budget, and counts what the call allocated as work too (a
 * loop of string.rep does much in few instructions). */
static void on_count(lua_State *L, lua_Debug *ar)
{
    wr_sandbox *sb = wr_sandbox_of(L);
    (void)ar;
    if (sb->left > 0 && sb->churn <= sb->churn_cap) {
        sb->left--;
        return;
    }
    out_of_budget(L, 0);
}

/* Spends 'steps' instructions of the budget on work a library function does in C (moving
 * many table items, searching long text); raises the budget error when it runs out. */
static void charge(lua_State *L, lua_Unsigned steps)
{
    wr_sandbox *sb = wr_sandbox_of(L);
    lua_Unsigned ticks = steps / HOOK_EVERY;
    if (sb->depth > 0 && ticks >= sb->left)
        out_of_budget(L, 1);
    if (sb->depth > 0)
        sb->left -= (unsigned long)ticks;
}

/* table.move, charged one instruction an item to the budget: its loop runs in C. */
static int charged_move(lua_State *L)
{
    lua_Integer f = luaL_checkinteger(L, 2), e = luaL_checkinteger(L, 3);
    if (e >= f)
        charge(L, (lua_Unsigned)e - (lua_Unsigned)f + 1);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* ======================================================================================
 * The environment
 * ==================================================================================== */

/* How many single-letter edits turn 'a' into 'b' (99 for long names). */
int wr_sandbox_distance(const char *a, const char *b)
{
    return wr_edit_distance(a, b);
}

/* Pushes the key of table 't' closest to 'name' (at most 2 edits away), or nothing.
 * Returns 1 when it pushed one. */
static int closest_key(lua_State *L, int t, const char *name)
{
    int best = 3;
    lua_pushnil(L); /* the best key so far */
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING)
            continue;
        int d = wr_sandbox_distance(name, lua_tostring(L, -1));
        if (d < best) {
            best = d;
            lua_pushvalue(L, -1);
            lua_replace(L, -3);
        }
    }
    if (best < 3)
        return 1;
    lua_pop(L, 1);
    return 0;
}

/* __index of the globals: a clear error for forbidden and unknown names. Upvalue 1, when
 * present, is the table that holds the globals (see wr_sandbox_freeze). */
static int global_missing(lua_State *L)
{
    const char *name = lua_tostring(L, 2);
    int t = lua_isnone(L, lua_upvalueindex(1)) ? 1 : lua_upvalueindex(1);
    if (!name)
        return 0;
    if (t != 1) {
        lua_pushvalue(L, 2);
        if (lua_rawget(L, t) != LUA_TNIL)
            return 1;
        lua_pop(L, 1);
    }
    for (int i = 0; forbidden[i]; i++) {
        if (strcmp(name, forbidden[i]) == 0) {
            wr_sandbox_set_code(L, "E005");
            return wr_sandbox_error(L, "'%s' is not available in scripts", name);
        }
    }
    wr_sandbox_set_code(L, "E006");
    if (closest_key(L, t, name))
        return wr_sandbox_error(L, "unknown name '%s' (did you mean '%s'?)", name,
                                lua_tostring(L, -1));
    return wr_sandbox_error(L, "unknown name '%s'", name);
}

/* __newindex of frozen globals. */
static int global_locked(lua_State *L)
{
    wr_sandbox_set_code(L, "E205");
    return wr_sandbox_error(L,
                            "cannot set the global '%s' while the kiosk runs (use a local "
                            "variable)",
                            luaL_tolstring(L, 2, NULL));
}

/* Moves every global into a hidden table and makes the globals table read-only. */
static int freeze(lua_State *L)
{
    lua_pushglobaltable(L); /* 1 */
    lua_newtable(L);        /* 2: the hidden table */
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, 2);
    }
    lua_pushnil(L);
    while (lua_next(L, 2)) {
        lua_pop(L, 1);
        lua_pushvalue(L, -1);
        lua_pushnil(L);
        lua_rawset(L, 1);
    }
    lua_newtable(L);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, global_missing, 1);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, global_locked);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, 1);
    return 0;
}

/* Makes the globals read-only from now on; 0, or -1 when out of memory. */
int wr_sandbox_freeze(wr_sandbox *sb)
{
    lua_pushcfunction(sb->L, freeze);
    if (lua_pcall(sb->L, 0, 0, 0) == LUA_OK)
        return 0;
    lua_pop(sb->L, 1);
    return -1;
}

/* __index of the string table: string.dump (and, in clinic scripts, the pattern
 * functions) are named as forbidden; other misses are nil. */
static int string_missing(lua_State *L)
{
    static const char *const patterns[] = {"match", "gmatch", "gsub", NULL};
    const char *name = lua_tostring(L, 2);
    if (name && strcmp(name, "dump") == 0) {
        wr_sandbox_set_code(L, "E005");
        return wr_sandbox_error(L, "'string.dump' is not available in scripts");
    }
    for (int i = 0; name && patterns[i]; i++) {
        if (strcmp(name, patterns[i]) == 0) {
            wr_sandbox_set_code(L, "E005");
            return wr_sandbox_error(L,
                                    "'string.%s' is not available in scripts (a pattern "
                                    "can run for ever); string.find looks for plain text",
                                    name);
        }
    }
    return 0;
}

/* string.find(s, text [, init]) for plain text only: the position of the first 'text' in
 * 's' from 'init' on, as two numbers, or nil. */
static int plain_find(lua_State *L)
{
    size_t ls, lt;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *t = luaL_checklstring(L, 2, &lt);
    lua_Integer init = luaL_optinteger(L, 3, 1);
    if (init < 0)
        init = (lua_Integer)ls + init + 1;
    if (init < 1)
        init = 1;
    lua_Unsigned work = 0; /* bytes compared, charged to the budget as it grows */
    for (size_t i = (size_t)init - 1; init <= (lua_Integer)ls + 1 && i + lt <= ls; i++) {
        if ((work += lt + 1) >= 65536) {
            charge(L, work);
            work = 0;
        }
        if (memcmp(s + i, t, lt) == 0) {
            lua_pushinteger(L, (lua_Integer)i + 1);
            lua_pushinteger(L, (lua_Integer)(i + lt));
            return 2;
        }
    }
    lua_pushnil(L);
    return 1;
}

/* Takes Lua patterns out of the string table: one match can backtrack for hours inside a
 * single C call, where the instruction budget never gets a say. */
static int plain_strings(lua_State *L)
{
    static const char *const gone[] = {"match", "gmatch", "gsub", NULL};
    lua_getglobal(L, LUA_STRLIBNAME);
    lua_pushcfunction(L, plain_find);
    lua_setfield(L, -2, "find");
    for (int i = 0; gone[i]; i++) {
        lua_pushnil(L);
        lua_setfield(L, -2, gone[i]);
    }
    return 0;
}

/* Clinic scripts get string.find for plain text only, and no other pattern function. */
int wr_sandbox_plain_strings(wr_sandbox *sb)
{
    lua_pushcfunction(sb->L, plain_strings);
    if (lua_pcall(sb->L, 0, 0, 0) == LUA_OK)
        return 0;
    lua_pop(sb->L, 1);
    return -1;
}

/* Opens the allowed libraries and replaces the globals with a table of the allowed names. */
static int open_env(lua_State *L)
{
    luaL_requiref(L, "_G", luaopen_base, 1);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
    lua_getfield(L, -1, "move");
    lua_pushcclosure(L, charged_move, 1);
    lua_setfield(L, -2, "move");
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    lua_settop(L, 0);
    lua_pushnil(L);
    lua_setfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    lua_getglobal(L, LUA_STRLIBNAME);
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_newtable(L);
    lua_pushcfunction(L, string_missing);
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_pop(L, 1);
    lua_pushliteral(L, ""); /* strings' own metatable: hidden from getmetatable("") */
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);

    lua_pushglobaltable(L);
    lua_newtable(L);
    for (int i = 0; allowed[i]; i++) {
        lua_getfield(L, -2, allowed[i]);
        lua_setfield(L, -2, allowed[i]);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, "_G");
    lua_newtable(L);
    lua_pushcfunction(L, global_missing);
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_rawseti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
    lua_pop(L, 1);
    return 0;
}

/* ======================================================================================
 * Life cycle
 * ==================================================================================== */

/* A new sandbox owned by the caller, or NULL when out of memory. */
wr_sandbox *wr_sandbox_create(const wr_lua_limits *lim)
{
    wr_lua_limits def;
    wr_lua_limits_defaults(&def);
    wr_sandbox *sb = calloc(1, sizeof *sb);
    if (!sb)
        return NULL;
    sb->cap = lim && lim->memory ? lim->memory : def.memory;
    unsigned long n = lim && lim->instructions ? lim->instructions : def.instructions;
    sb->budget = n / HOOK_EVERY ? n / HOOK_EVERY : 1;
    sb->churn_cap = n < (size_t)-1 / CHURN_PER_STEP ? n * CHURN_PER_STEP : (size_t)-1;
    lua_State *L = lua_newstate(cap_alloc, sb);
    if (!L)
        goto out_free_sb;
    sb->L = L;
    lua_pushcfunction(L, open_env);
    if (lua_pcall(L, 0, 0, 0) != LUA_OK)
        goto out_close;
    lua_sethook(L, on_count, LUA_MASKCOUNT, HOOK_EVERY);
    return sb;

out_close:
    lua_close(L);
out_free_sb:
    free(sb);
    return NULL;
}

/* Closes the state and frees the sandbox. NULL does nothing. */
void wr_sandbox_destroy(wr_sandbox *sb)
{
    if (!sb)
        return;
    lua_close(sb->L);
    free(sb);
}

/* The state of 'sb'; owned by 'sb'. */
lua_State *wr_sandbox_state(wr_sandbox *sb)
{
    return sb->L;
}

/* The sandbox that owns 'L': the allocator's user data. */
wr_sandbox *wr_sandbox_of(lua_State *L)
{
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return ud;
}

/* Bytes held by the state. */
size_t wr_sandbox_memory(const wr_sandbox *sb)
{
    return sb->used;
}

/* The traceback of the last failure; owned by 'sb'. */
const char *wr_sandbox_traceback(const wr_sandbox *sb)
{
    return sb->trace;
}

/* ======================================================================================
 * Loading and calling
 * ==================================================================================== */

/* Copies the message on top of the stack into 'err' and pops it; -1 for convenience. */
static int take_error(wr_sandbox *sb, int status, char *err, size_t errlen)
{
    const char *msg = lua_tostring(sb->L, -1);
    if (status == LUA_ERRMEM) {
        sb->code = "E004";
        unsigned long mib = (unsigned long)(sb->cap >> 20);
        snprintf(err, errlen, "%s%smemory limit exceeded (%lu MiB)", sb->mem_where,
                 sb->mem_where[0] ? ": " : "", mib);
    } else {
        snprintf(err, errlen, "%s", msg ? msg : "unknown error");
    }
    lua_pop(sb->L, 1);
    return -1;
}

/* Compiles text 'buf' as chunk 'name' and pushes it; 0 or -1 with a message in 'err'. */
int wr_sandbox_load(wr_sandbox *sb, const char *buf, size_t len, const char *name, char *err,
                    size_t errlen)
{
    lua_State *L = sb->L;
    sb->mem_hit = 0;
    sb->mem_where[0] = '\0';
    lua_pushfstring(L, "@%s", name);
    int status = luaL_loadbufferx(L, buf, len, lua_tostring(L, -1), "t");
    lua_remove(L, -2);
    if (status == LUA_OK)
        return 0;
    sb->code = status == LUA_ERRSYNTAX ? "E001" : NULL;
    if (status == LUA_ERRSYNTAX && strstr(lua_tostring(L, -1), "binary chunk")) {
        lua_pop(L, 1);
        sb->code = "E005";
        snprintf(err, errlen, "%s: is a compiled (binary) chunk; scripts must be text", name);
        return -1;
    }
    if (status == LUA_ERRMEM)
        snprintf(sb->mem_where, sizeof sb->mem_where, "%s", name);
    return take_error(sb, status, err, errlen);
}

/* Reads 'path' whole into a malloc'd buffer (the caller frees it); NULL on failure. */
static char *read_file(const char *path, size_t *len, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open the file", path);
        return NULL;
    }
    char *buf = malloc(MAX_FILE + 1);
    size_t n = buf ? fread(buf, 1, MAX_FILE + 1, f) : 0;
    int bad = !buf || ferror(f) || n > MAX_FILE;
    fclose(f);
    if (bad) {
        snprintf(err, errlen, "%s: cannot read the file (or it is over 4 MiB)", path);
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* Reads text file 'path' and compiles it; see wr_sandbox_load(). */
int wr_sandbox_load_file(wr_sandbox *sb, const char *path, char *err, size_t errlen)
{
    size_t len = 0;
    char *buf = read_file(path, &len, err, errlen);
    if (!buf) {
        sb->code = "E007";
        return -1;
    }
    int rc = wr_sandbox_load(sb, buf, len, path, err, errlen);
    free(buf);
    return rc;
}

/* Calls into the script with the handler, a fresh budget and the memory cap. */
int wr_sandbox_call(wr_sandbox *sb, int nargs, int nresults, char *err, size_t errlen)
{
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs;
    if (sb->depth++ == 0) { /* nested calls share the outer call's budget */
        sb->left = sb->budget;
        sb->mem_hit = 0;
        sb->mem_where[0] = '\0';
        sb->trace[0] = '\0';
        sb->code = NULL;
        sb->churn = 0;
        lua_sethook(L, on_count, LUA_MASKCOUNT, HOOK_EVERY);
    }
    lua_pushcfunction(L, on_error);
    lua_insert(L, base);
    int status = lua_pcall(L, nargs, nresults, base);
    lua_remove(L, base);
    if (--sb->depth == 0)
        lua_sethook(L, on_count, LUA_MASKCOUNT, HOOK_EVERY);
    if (status == LUA_OK)
        return 0;
    return take_error(sb, status, err, errlen);
}
