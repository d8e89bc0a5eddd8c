/*
 * sandbox.c -- a lua_State with a memory cap, an instruction budget, a wall-clock bound,
 * text-only chunks and a whitelisted environment. Uses only the public API of Lua 5.4 and
 * its auxiliary library, and POSIX timers and signals for the wall clock.
 */
#include "sandbox.h"

#include "diag.h"
#include "textcheck.h"

#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lualib.h>

#define HOOK_EVERY 1000   /* instructions between two budget checks */
#define MAX_FILE ((size_t)4 << 20)
#define MS 1000000LL      /* nanoseconds */

struct wr_sandbox {
    lua_State *L;
    size_t used, cap;
    unsigned long budget; /* hook ticks per call */
    unsigned long left;   /* hook ticks left in this call */
    unsigned long spare;  /* charged steps not yet a whole tick */
    long long call_ns;    /* the wall-clock bound of one call once frozen */
    long long load_until; /* before that: when the load time ends (wr_lua_clock_ns) */
    long long deadline;   /* of the timed call in progress (processor time) */
    long long wall_hard;  /* when it is stuck for sure (wall clock): the hard stop */
    int frozen;           /* loaded: calls get call_ns each */
    unsigned load_ms;     /* the load's bound, for messages */
    volatile sig_atomic_t expired;  /* the deadline passed: stop at the next chance */
    volatile sig_atomic_t in_alloc; /* inside malloc: the hard stop must wait */
    int dead;             /* abandoned by the hard stop: the state is never touched again */
    char time_where[256]; /* where the script was when its time ran out */
    char chunk[256];      /* the chunk being compiled, for messages */
    sigjmp_buf jump;      /* the hard stop's way back into the timed call */
    wr_sandbox *outer;    /* the timed call this one runs inside (another sandbox), or NULL */
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
    memset(lim, 0, sizeof *lim);
    lim->memory = WR_LUA_DEFAULT_MEMORY;
    lim->instructions = WR_LUA_DEFAULT_INSTRUCTIONS;
    lim->call_ms = WR_LUA_DEFAULT_CALL_MS;
    lim->load_ms = WR_LUA_DEFAULT_LOAD_MS;
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

/* The allocator: refuses to grow past the cap, and notes where the script was then; once
 * the time is up it refuses to grow at all, which stops work done inside C functions. */
static void *cap_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    wr_sandbox *sb = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        sb->in_alloc = 1;
        free(ptr);
        sb->in_alloc = 0;
        sb->used -= old;
        return NULL;
    }
    if (nsize > old && sb->expired) {
        if (sb->L && !sb->time_where[0])
            first_lua_where(sb->L, 0, sb->time_where, sizeof sb->time_where);
        return NULL;
    }
    if (nsize > old && sb->used - old + nsize > sb->cap) {
        if (sb->L && sb->depth > 0 && !sb->mem_hit)
            first_lua_where(sb->L, 0, sb->mem_where, sizeof sb->mem_where);
        sb->mem_hit = 1;
        return NULL;
    }
    sb->in_alloc = 1;
    void *p = realloc(ptr, nsize);
    sb->in_alloc = 0;
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

/* Raises the time-limit error (the message is made in take_error: once the time is up, no
 * allocation succeeds); from now on every instruction raises it again. */
static int out_of_time(lua_State *L, int level)
{
    wr_sandbox *sb = wr_sandbox_of(L);
    lua_sethook(L, on_count, LUA_MASKCOUNT, 1);
    sb->code = "E008";
    if (!sb->time_where[0])
        first_lua_where(L, level, sb->time_where, sizeof sb->time_where);
    lua_pushliteral(L, "time limit");
    return lua_error(L);
}

/* The count hook: spends the budget, and counts what the call allocated as work too (a
 * loop of string.rep does much in few instructions). The watchdog makes it run at once
 * when the time is up. */
static void on_count(lua_State *L, lua_Debug *ar)
{
    wr_sandbox *sb = wr_sandbox_of(L);
    (void)ar;
    if (sb->expired)
        out_of_time(L, 0);
    if (sb->left > 0 && sb->churn <= sb->churn_cap) {
        sb->left--;
        return;
    }
    out_of_budget(L, 0);
}

/* Spends 'steps' instructions of the budget on work a library function does in C; see
 * sandbox.h. */
void wr_sandbox_charge(lua_State *L, lua_Unsigned steps)
{
    wr_sandbox *sb = wr_sandbox_of(L);
    if (sb->depth == 0)
        return;
    if (sb->expired)
        out_of_time(L, 1);
    lua_Unsigned all = steps + sb->spare;
    lua_Unsigned ticks = all / HOOK_EVERY;
    sb->spare = (unsigned long)(all % HOOK_EVERY);
    if (ticks >= sb->left)
        out_of_budget(L, 1);
    sb->left -= (unsigned long)ticks;
}

/* ======================================================================================
 * The clock. A call's time is the processor time its thread spends (so a busy machine
 * does not fail a sound script: a script cannot wait without using the processor). A
 * timer per thread sends a signal when the call's time is up; the handler sets 'expired'
 * and turns the count hook on for every instruction (the way lua.c stops a script on
 * Ctrl-C). A call that is still running WR_LUA_HARD_STOP_MS of processor time later, or
 * whose wall-clock time passes a generous bound (it is stuck), cannot be reached by the
 * hook (hooks off, or one C call): the handler jumps back into wr_sandbox_call, and the
 * state is abandoned, never touched again.
 * ==================================================================================== */

static _Thread_local timer_t watch_cpu, watch_wall;
static _Thread_local int watch_ready;    /* 1: the timers exist; -1: they cannot */
static _Thread_local wr_sandbox *timed; /* the innermost timed call, or NULL */

/* Abandoned states stay reachable here, so that leak checkers do not count them: one
 * can only be freed by code that might trip over what the hard stop left half done. */
static wr_sandbox *graveyard[16];
static int n_graves;

#define HARD (WR_LUA_HARD_STOP_MS * MS)
#define WALL_TIMES 4 /* the wall-clock bound: this many times the call's time, and HARD */

#ifndef sigev_notify_thread_id
#define sigev_notify_thread_id _sigev_un._tid
#endif

/* Nanoseconds of clock 'id'. */
static long long clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (long long)ts.tv_sec * 1000 * MS + ts.tv_nsec;
}

/* The processor time of the calling thread in nanoseconds: the clock of the limits. */
long long wr_lua_clock_ns(void)
{
    return clock_ns(CLOCK_THREAD_CPUTIME_ID);
}

/* Sets timer 't' to fire at 'when' (its clock, ns), or disarms it for 0. */
static void arm(timer_t t, long long when)
{
    struct itimerspec its = {{0, 0}, {when / (1000 * MS), when % (1000 * MS)}};
    if (watch_ready > 0)
        timer_settime(t, TIMER_ABSTIME, &its, NULL);
}

/* Arms both timers for the timed call 'sb' (NULL: disarms them). */
static void arm_for(const wr_sandbox *sb)
{
    arm(watch_cpu, !sb ? 0 : sb->expired ? sb->deadline + HARD : sb->deadline);
    arm(watch_wall, sb ? sb->wall_hard : 0);
}

/* The timers' signal handler: the soft stop, then the hard stop. Async-signal-safe:
 * clock_gettime, timer_settime, lua_sethook (meant for this) and siglongjmp. */
static void on_watch(int sig)
{
    int saved = errno;
    wr_sandbox *sb = timed;
    (void)sig;
    if (sb) {
        long long cpu = wr_lua_clock_ns(), wall = clock_ns(CLOCK_MONOTONIC);
        int stuck = wall >= sb->wall_hard || (sb->expired && cpu >= sb->deadline + HARD);
        if (!stuck && !sb->expired && cpu >= sb->deadline) {
            sb->expired = 1;
            lua_sethook(sb->L, on_count, LUA_MASKCOUNT, 1);
        }
        if (stuck && sb->in_alloc)
            arm(watch_wall, wall + 10 * MS); /* not inside malloc: try again soon */
        else if (stuck)
            siglongjmp(sb->jump, 1);
        else
            arm_for(sb); /* early, or the soft stop: wait for the hard stop */
    }
    errno = saved;
}

/* Makes this thread's timers and the signal's handler, once. 0, or -1 when it cannot (the
 * instruction budget and the memory cap still hold then). */
static int watch_init(void)
{
    if (watch_ready)
        return watch_ready > 0 ? 0 : -1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_watch;
    sa.sa_flags = SA_RESTART | SA_NODEFER; /* siglongjmp leaves the signal unblocked */
    sigemptyset(&sa.sa_mask);
    struct sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.sigev_notify = SIGEV_THREAD_ID;
    sev.sigev_signo = SIGRTMIN + 3;
    sev.sigev_notify_thread_id = (pid_t)syscall(SYS_gettid);
    watch_ready = sigaction(SIGRTMIN + 3, &sa, NULL) == 0 &&
                          timer_create(CLOCK_THREAD_CPUTIME_ID, &sev, &watch_cpu) == 0 &&
                          timer_create(CLOCK_MONOTONIC, &sev, &watch_wall) == 0
                      ? 1
                      : -1;
    return watch_ready > 0 ? 0 : -1;
}

/* The deadline of a call starting now: the load's end, or the bound of one call. */
static long long deadline_of(const wr_sandbox *sb)
{
    return sb->frozen ? wr_lua_clock_ns() + sb->call_ns : sb->load_until;
}

/* Starts timing the outermost call into 'sb'. */
static void time_start(wr_sandbox *sb)
{
    watch_init();
    long long cpu = wr_lua_clock_ns();
    sb->expired = 0;
    sb->time_where[0] = '\0';
    sb->deadline = deadline_of(sb);
    sb->outer = timed;
    if (sb->outer && sb->outer->deadline < sb->deadline)
        sb->deadline = sb->outer->deadline;
    long long left = sb->deadline > cpu ? sb->deadline - cpu : 0;
    sb->wall_hard = clock_ns(CLOCK_MONOTONIC) + left * WALL_TIMES + HARD;
    if (sb->outer && sb->outer->wall_hard < sb->wall_hard)
        sb->wall_hard = sb->outer->wall_hard;
    timed = sb;
    if (left == 0) {
        sb->expired = 1; /* no time left: stop at the first chance */
        lua_sethook(sb->L, on_count, LUA_MASKCOUNT, 1);
    }
    arm_for(sb);
}

/* Ends the timing of 'sb': the call it ran inside (if any) is timed again. */
static void time_stop(wr_sandbox *sb)
{
    timed = sb->outer;
    arm_for(timed);
    sb->outer = NULL;
}

/* After a hard stop: the state is left as the jump found it, and kept out of reach. */
static void abandon(wr_sandbox *sb)
{
    time_stop(sb);
    sb->dead = 1;
    sb->depth = 0;
    if (n_graves < (int)(sizeof graveyard / sizeof graveyard[0]))
        graveyard[n_graves++] = sb;
}

/* "file:line: message" for a call stopped by the time limit, into 'err'. */
static void time_message(const wr_sandbox *sb, char *err, size_t errlen)
{
    const char *where = sb->time_where[0] ? sb->time_where : sb->chunk;
    if (sb->dead)
        snprintf(err, errlen,
                 "%s%sthe script did not stop at its time limit and was abandoned (a "
                 "finalizer or a library call that cannot be interrupted?)",
                 where, where[0] ? ": " : "");
    else if (sb->frozen)
        snprintf(err, errlen,
                 "%s%stook longer than %lld ms: a condition must answer at once (too much "
                 "work in a loop or a library call?)",
                 where, where[0] ? ": " : "", sb->call_ns / MS);
    else
        snprintf(err, errlen,
                 "%s%sloading the pack took longer than %u ms (too much work in a loop or a "
                 "library call?)",
                 where, where[0] ? ": " : "", sb->load_ms);
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
    if (sb->dead)
        return -1;
    sb->frozen = 1;
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
            wr_sandbox_charge(L, work);
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
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    lua_settop(L, 0);
    lua_newtable(L); /* the loaded modules: from now on only the names of wrapped functions */
    lua_setfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
    wr_sandbox_open_costs(L);
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
    sb->churn_cap = n < (size_t)-1 / WR_CHURN_PER_STEP ? n * WR_CHURN_PER_STEP : (size_t)-1;
    sb->call_ns = (lim && lim->call_ms ? lim->call_ms : def.call_ms) * MS;
    sb->load_ms = lim && lim->load_ms ? lim->load_ms : def.load_ms;
    sb->load_until = lim && lim->load_until_ns ? lim->load_until_ns
                                               : wr_lua_clock_ns() + sb->load_ms * MS;
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
    if (!sb || sb->dead) /* an abandoned state stays in the graveyard */
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

/* True when the hard stop abandoned 'sb'. */
int wr_sandbox_dead(const wr_sandbox *sb)
{
    return sb->dead;
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
    if (sb->expired) {
        sb->code = "E008";
        time_message(sb, err, errlen);
    } else if (status == LUA_ERRMEM) {
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

/* For a sandbox abandoned by the hard stop: the message, and -1. */
static int refuse_dead(wr_sandbox *sb, char *err, size_t errlen)
{
    sb->code = "E008";
    time_message(sb, err, errlen);
    return -1;
}

/* Compiles text 'buf' as chunk 'name' and pushes it (the caller times it); a status. */
static int compile(wr_sandbox *sb, const char *buf, size_t len, const char *name)
{
    lua_State *L = sb->L;
    lua_pushfstring(L, "@%s", name);
    int status = luaL_loadbufferx(L, buf, len, lua_tostring(L, -1), "t");
    lua_remove(L, -2);
    return status;
}

/* Compiles text 'buf' as chunk 'name' and pushes it; 0 or -1 with a message in 'err'. */
int wr_sandbox_load(wr_sandbox *sb, const char *buf, size_t len, const char *name, char *err,
                    size_t errlen)
{
    lua_State *L = sb->L;
    if (sb->dead)
        return refuse_dead(sb, err, errlen);
    sb->mem_hit = 0;
    sb->mem_where[0] = '\0';
    snprintf(sb->chunk, sizeof sb->chunk, "%s", name);
    int outer = sb->depth == 0, status;
    if (outer) {
        if (sigsetjmp(sb->jump, 0)) {
            abandon(sb);
            return refuse_dead(sb, err, errlen);
        }
        time_start(sb);
    }
    status = compile(sb, buf, len, name);
    if (outer)
        time_stop(sb);
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
    int rc = take_error(sb, status, err, errlen);
    sb->expired = 0;
    return rc;
}

/* Reads 'path' whole into a malloc'd buffer (the caller frees it); NULL on failure, with
 * the code of the failure in *code. The file is opened without following a link and must
 * be a plain file of at most 4 MiB: a pack cannot point at files outside it, nor make the
 * loader wait on a pipe or read a device. */
char *wr_lua_read_file(const char *path, size_t *len, const char **code, char *err,
                       size_t errlen)
{
    struct stat st;
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    *code = "E009";
    if (fd < 0 && errno == ELOOP)
        return snprintf(err, errlen, "%s: is a link; a pack holds plain files only", path), NULL;
    if (fd < 0) {
        *code = "E007";
        return snprintf(err, errlen, "%s: cannot open the file", path), NULL;
    }
    char *buf = NULL;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: is not a plain file (a folder, a pipe or a device); a pack "
                 "holds plain files only", path);
    } else if ((size_t)st.st_size > MAX_FILE) {
        snprintf(err, errlen, "%s: is over 4 MiB; a script must be smaller", path);
    } else if (!(buf = malloc((size_t)st.st_size + 1))) {
        *code = "E004";
        snprintf(err, errlen, "%s: out of memory", path);
    } else {
        ssize_t n = read(fd, buf, (size_t)st.st_size + 1);
        if (n < 0 || (size_t)n > (size_t)st.st_size) { /* it changed while being read */
            *code = "E007";
            snprintf(err, errlen, "%s: cannot read the file", path);
            free(buf);
            buf = NULL;
        } else {
            *len = (size_t)n;
        }
    }
    close(fd);
    return buf;
}

/* Reads text file 'path' and compiles it; see wr_sandbox_load(). */
int wr_sandbox_load_file(wr_sandbox *sb, const char *path, char *err, size_t errlen)
{
    size_t len = 0;
    const char *code = NULL;
    char *buf = wr_lua_read_file(path, &len, &code, err, errlen);
    if (!buf) {
        sb->code = code;
        return -1;
    }
    char why[64];
    size_t at = 0;
    const char *bad = len > 0 && buf[0] == '\x1b' /* a compiled chunk: refused as such */
                          ? NULL
                          : wr_text_problem(buf, len, 2, &at, why, sizeof why);
    int rc = -1;
    if (bad) {
        sb->code = "E302";
        snprintf(err, errlen, "%s:%d: the file holds %s: save it as UTF-8 text", path,
                 wr_text_line(buf, at), bad);
    } else {
        rc = wr_sandbox_load(sb, buf, len, path, err, errlen);
    }
    free(buf);
    return rc;
}

/* Runs the function below 'nargs' arguments with the handler at 'base'; a status. Split
 * out of wr_sandbox_call so that the hard stop's jump lands where nothing is kept. */
static int protected_call(wr_sandbox *sb, int nargs, int nresults)
{
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, on_error);
    lua_insert(L, base);
    int status = lua_pcall(L, nargs, nresults, base);
    lua_remove(L, base);
    return status;
}

/* Calls into the script with the handler, a fresh budget, the memory cap and the clock. */
int wr_sandbox_call(wr_sandbox *sb, int nargs, int nresults, char *err, size_t errlen)
{
    lua_State *L = sb->L;
    if (sb->dead)
        return refuse_dead(sb, err, errlen);
    int outer = sb->depth++ == 0; /* nested calls share the outer call's budget and time */
    if (outer) {
        sb->left = sb->budget;
        sb->spare = 0;
        sb->mem_hit = 0;
        sb->mem_where[0] = '\0';
        sb->trace[0] = '\0';
        sb->code = NULL;
        sb->churn = 0;
        lua_sethook(L, on_count, LUA_MASKCOUNT, HOOK_EVERY);
        if (sigsetjmp(sb->jump, 0)) {
            abandon(sb);
            return refuse_dead(sb, err, errlen);
        }
        time_start(sb);
    }
    int status = protected_call(sb, nargs, nresults);
    if (outer)
        time_stop(sb);
    if (--sb->depth == 0)
        lua_sethook(L, on_count, LUA_MASKCOUNT, HOOK_EVERY);
    if (status == LUA_OK) { /* (also when the time ran out just as it ended) */
        if (outer)
            sb->expired = 0;
        return 0;
    }
    int rc = take_error(sb, status, err, errlen);
    if (outer)
        sb->expired = 0;
    return rc;
}
