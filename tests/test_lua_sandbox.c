/*
 * test_lua_sandbox.c -- the sandbox: no way out, endless loops and greedy scripts stop with
 * a clear message, errors read "file:line: message". A script cannot read or write files,
 * run commands, load bytecode or modules, reach the C heap (no userdata, no forged engine
 * objects, no debug or collectgarbage), hang inside a C call, loop for ever or hoard memory.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lua.h>

#include "check.h"
#include "dsl.h"
#include "sandbox.h"

static char err[2048];

/* Runs 'code' as the chunk "chunk.lua"; returns 0 or -1 with the message in err. */
static int run(wr_sandbox *sb, const char *code)
{
    err[0] = '\0';
    if (wr_sandbox_load(sb, code, strlen(code), "chunk.lua", err, sizeof err) < 0)
        return -1;
    return wr_sandbox_call(sb, 0, 0, err, sizeof err);
}

/* Every way out that a script might try is closed, with a message naming it. */
static void test_escapes(void)
{
    static const char *const tries[][2] = {
        {"io.open('/etc/passwd')", "chunk.lua:1: 'io' is not available in scripts"},
        {"os.execute('true')", "chunk.lua:1: 'os' is not available in scripts"},
        {"require('socket')", "chunk.lua:1: 'require' is not available in scripts"},
        {"load('return 1')", "chunk.lua:1: 'load' is not available in scripts"},
        {"loadfile('x.lua')", "chunk.lua:1: 'loadfile' is not available in scripts"},
        {"dofile('x.lua')", "chunk.lua:1: 'dofile' is not available in scripts"},
        {"debug.sethook()", "chunk.lua:1: 'debug' is not available in scripts"},
        {"collectgarbage()", "chunk.lua:1: 'collectgarbage' is not available in scripts"},
        {"package.loadlib('a', 'b')", "chunk.lua:1: 'package' is not available in scripts"},
        {"string.dump(print)", "chunk.lua:1: 'string.dump' is not available in scripts"},
        {"local s = ('x'):dump()", "chunk.lua:1: 'string.dump' is not available in scripts"},
        {"print('x')", "chunk.lua:1: 'print' is not available in scripts"},
    };
    wr_sandbox *sb = wr_sandbox_create(NULL);
    CHECK(sb != NULL);
    for (size_t i = 0; i < sizeof tries / sizeof tries[0]; i++) {
        CHECK(run(sb, tries[i][0]) == -1);
        CHECK_STR(err, tries[i][1]);
    }
    /* what scripts may use is there */
    CHECK(run(sb, "assert(string.format('%d', 3) == '3' and table.concat({1, 2}) == '12' "
                  "and math.max(1, 2) == 2 and utf8.len('é') == 1 and select('#', 1, 2) == 2 "
                  "and pcall(error) == false and tostring(tonumber('7')) == '7')") == 0);
    wr_sandbox_destroy(sb);
}

/* A compiled chunk is refused: scripts are text. */
static void test_binary_chunk(void)
{
    static const char chunk[] = "\x1bLuaT\x00\x19\x93\r\n\x1a\n";
    wr_sandbox *sb = wr_sandbox_create(NULL);
    CHECK(wr_sandbox_load(sb, chunk, sizeof chunk - 1, "evil.lua", err, sizeof err) == -1);
    CHECK_STR(err, "evil.lua: is a compiled (binary) chunk; scripts must be text");
    wr_sandbox_destroy(sb);
}

/* An endless loop stops with the budget message, even inside pcall. */
static void test_budget(void)
{
    wr_lua_limits lim = {.instructions = 1000000};
    wr_sandbox *sb = wr_sandbox_create(&lim);
    CHECK(run(sb, "local n = 0\nwhile true do n = n + 1 end") == -1);
    CHECK_STR(err, "chunk.lua:2: instruction budget exceeded (endless loop?)");
    CHECK(run(sb, "while true do pcall(function() while true do end end) end") == -1);
    CHECK_HAS(err, "instruction budget exceeded (endless loop?)");
    /* the next call has a fresh budget */
    CHECK(run(sb, "for i = 1, 1000 do end") == 0);
    wr_sandbox_destroy(sb);
}

/* Work done inside library functions counts against the budget too: a huge table.move,
 * a plain find over long text, a loop that makes big strings (each a few instructions). */
static void test_work_in_c(void)
{
    static const char *const hangs[] = {
        "table.move({}, 1, 1e15, 1)",
        "local s = string.rep('a', 4e5) .. 'b'\nlocal t = string.rep('a', 2e5) .. 'b'\n"
        "local f = string.find(s, t, 1, true)",
        "local h = {}\nfor i = 0, 1e9 do h[2] = string.rep('x', 97900) .. i end",
    };
    wr_lua_limits lim = {.instructions = 1000000};
    for (size_t i = 0; i < sizeof hangs / sizeof hangs[0]; i++) {
        wr_sandbox *sb = wr_sandbox_create(&lim);
        CHECK(wr_sandbox_plain_strings(sb) == 0);
        CHECK(run(sb, hangs[i]) == -1);
        CHECK_HAS(err, "instruction budget exceeded (endless loop?)");
        CHECK_STR(wr_sandbox_take_code(sb), "E003");
        CHECK(run(sb, "local t = table.move({1, 2, 3}, 1, 3, 2)\nassert(t[4] == 3)") == 0);
        wr_sandbox_destroy(sb);
    }
}

/* A greedy script hits the memory cap; the state stays usable. */
static void test_memory(void)
{
    wr_lua_limits lim = {.memory = 1 << 20};
    wr_sandbox *sb = wr_sandbox_create(&lim);
    CHECK(run(sb, "local t = {}\nfor i = 1, 1e7 do t[i] = i end") == -1);
    CHECK_STR(err, "chunk.lua:2: memory limit exceeded (1 MiB)");
    CHECK(run(sb, "local s = string.rep('x', 1 << 24)") == -1);
    CHECK_HAS(err, "memory limit exceeded");
    CHECK(wr_sandbox_memory(sb) < (1 << 20));
    CHECK(run(sb, "local t = {} for i = 1, 100 do t[i] = i end") == 0);
    wr_sandbox_destroy(sb);
}

/* Errors read "file:line: message", whatever the script threw. */
static void test_messages(void)
{
    wr_sandbox *sb = wr_sandbox_create(NULL);
    CHECK(run(sb, "local x = 1\n\nerror('boom')") == -1);
    CHECK_STR(err, "chunk.lua:3: boom");
    CHECK_HAS(wr_sandbox_traceback(sb), "stack traceback");
    CHECK(run(sb, "\nerror('no position', 0)") == -1);
    CHECK_STR(err, "chunk.lua:2: no position");
    CHECK(run(sb, "error({})") == -1);
    CHECK_STR(err, "chunk.lua:1: (error object is a table value)");
    CHECK(run(sb, "local t = nil\nlocal x = t.field") == -1);
    CHECK_HAS(err, "chunk.lua:2: attempt to index a nil value");
    CHECK(run(sb, "scene 'x' {\n  say 'a'\n  say 'b'\n}") == -1);
    CHECK_HAS(err, "chunk.lua:3:");
    CHECK(run(sb, "local a = tabel.concat({})") == -1);
    CHECK_STR(err, "chunk.lua:1: unknown name 'tabel' (did you mean 'table'?)");
    wr_sandbox_destroy(sb);
}

/* After wr_sandbox_freeze, globals can be read but not set. */
static void test_freeze(void)
{
    wr_sandbox *sb = wr_sandbox_create(NULL);
    CHECK(run(sb, "limit = 5") == 0);
    CHECK(wr_sandbox_freeze(sb) == 0);
    CHECK(run(sb, "assert(limit == 5 and type(pairs) == 'function')") == 0);
    CHECK(run(sb, "limit = 6") == -1);
    CHECK_HAS(err, "chunk.lua:1: cannot set the global 'limit'");
    CHECK(run(sb, "os.exit()") == -1);
    CHECK_STR(err, "chunk.lua:1: 'os' is not available in scripts");
    wr_sandbox_destroy(sb);
}

/* Clinic scripts find plain text only: a backtracking pattern cannot hang one C call. */
static void test_patterns(void)
{
    wr_sandbox *sb = wr_sandbox_create(NULL);
    CHECK(wr_sandbox_plain_strings(sb) == 0);
    CHECK(run(sb, "local a, b = string.find('hello world', 'o w')\n"
                  "assert(a == 5 and b == 7)\n"
                  "assert(('a.b'):find('.') == 2 and ('abc'):find('x') == nil)\n"
                  "assert(('abcabc'):find('c', 4) == 6 and ('abc'):find('', 10) == nil)") == 0);
    CHECK_STR(err, "");
    CHECK(run(sb, "local s = string.rep('a', 40)\nlocal m = s:match(string.rep('a?', 40) .. s)") ==
          -1);
    CHECK_STR(err, "chunk.lua:2: 'string.match' is not available in scripts (a pattern can run "
                   "for ever); string.find looks for plain text");
    CHECK(run(sb, "local n = ('x'):gsub('x', 'y')") == -1);
    CHECK_HAS(err, "'string.gsub' is not available");
    CHECK(run(sb, "for w in ('a b'):gmatch('%a') do end") == -1);
    CHECK_HAS(err, "'string.gmatch' is not available");
    wr_sandbox_destroy(sb);
}

/* Runs 'code' in a language with every script word, as clinic scripts run. */
static int run_words(const char *code, const char **code_out)
{
    wr_lang *lg = wr_dsl_lang_create(NULL, NULL, NULL);
    err[0] = '\0';
    int rc = wr_dsl_run_buffer(lg, "chunk.lua", code, strlen(code), err, sizeof err, code_out);
    wr_dsl_lang_destroy(lg);
    return rc;
}

/* Nothing a script can reach is a pointer into C (userdata, light userdata) or a thread:
 * every value reachable from the globals, the words and the metatables is checked. */
static void test_no_pointers(void)
{
    const char *code = NULL;
    CHECK(run_words(
              "local seen = {}\n"
              "local function walk(v, path)\n"
              "  local t = type(v)\n"
              "  if t == 'userdata' or t == 'thread' then error(t .. ' at ' .. path) end\n"
              "  if t ~= 'table' or seen[v] then return end\n"
              "  seen[v] = true\n"
              "  for k, x in pairs(v) do walk(k, path); walk(x, path .. '.' .. tostring(k)) end\n"
              "  walk(getmetatable(v), path .. '.<meta>')\n"
              "end\n"
              "walk(_G, '_G')\n"
              "walk(say 'x', 'step'); walk(answered('q', 'Yes'), 'condition')\n"
              "walk(getmetatable(''), 'strings'); walk(pick_prompts, 'pick_prompts')\n",
              &code) == 0);
    CHECK_STR(err, "");
}

/* Engine objects cannot be forged: their metatables are hidden, and a step or condition
 * changed after it was made is refused before C code uses it. */
static void test_forgery(void)
{
    const char *code = NULL;
    CHECK(run_words("assert(getmetatable(say 'x') == 'step')\n"
                    "assert(getmetatable(answered('q')) == 'condition')\n"
                    "assert(getmetatable('') == false and getmetatable(_G) == false)",
                    &code) == 0);
    CHECK(run_words("setmetatable(say 'x', nil)", &code) == -1);
    CHECK_STR(err, "chunk.lua:1: cannot change a protected metatable");
    CHECK(run_words("setmetatable(_G, nil)", &code) == -1);
    CHECK_HAS(err, "cannot change a protected metatable");
    CHECK(run_words("local s = say 'x'\nrawset(s, 'k', 100000)\nscene 'a' { s }", &code) == -1);
    CHECK_STR(err, "chunk.lua:3: a step was changed after it was made (write say \"...\", ask "
                   "\"id\", choice { ... })");
    CHECK_STR(code, "E205");
    CHECK(run_words("local s = ask 'q'\ns.question = {}\nscene 'a' { s }", &code) == -1);
    CHECK_STR(code, "E205");
    CHECK(run_words("local c = answered('q', 'Yes')\nc.k = 42\n"
                    "note 'n' { text = 'x', when = c }",
                    &code) == -1);
    CHECK_STR(err, "chunk.lua:3: a condition was changed after it was made");
    CHECK_STR(code, "E203");
    CHECK(run_words("local c = answered('q', 'Yes')\nc.args = { {} }\n"
                    "note 'n' { text = 'x', when = c }",
                    &code) == -1);
    CHECK_STR(code, "E203");
}

/* Conditions nested without end (built in a loop) stop with a message, not a C stack
 * overflow. */
static void test_deep_conditions(void)
{
    const char *code = NULL;
    CHECK(run_words("local c = true\nfor i = 1, 1000 do c = any(c) end\n"
                    "note 'n' { text = 'x', when = c }",
                    &code) == -1);
    CHECK_STR(err, "chunk.lua:3: conditions nested more than 32 deep");
    CHECK_STR(code, "E203");
}

/* Milliseconds of the wall clock. */
static long long ms_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Finalizers run with hooks off, where nothing can stop them: no metatable with __gc (or
 * __close) can be set. */
static void test_finalizers(void)
{
    wr_sandbox *sb = wr_sandbox_create(NULL);
    CHECK(run(sb, "for i = 1, 50 do\n"
                  "  setmetatable({}, {__gc = function() while true do end end})\nend") == -1);
    CHECK_STR(err, "chunk.lua:2: setmetatable: '__gc' is not available in scripts (it would "
                   "run where no time limit can stop it)");
    CHECK_STR(wr_sandbox_take_code(sb), "E005");
    CHECK(run(sb, "local t = setmetatable({}, {__gc = true})") == -1);
    CHECK(run(sb, "local t <close> = setmetatable({}, {__close = function() end})") == -1);
    CHECK_HAS(err, "'__close' is not available");
    CHECK(run(sb, "local t = setmetatable({}, {__index = function() return 1 end})\n"
                  "assert(t.x == 1 and getmetatable(t))") == 0);
    CHECK(run(sb, "setmetatable({}, 5)") == -1);
    CHECK_STR(err, "chunk.lua:1: bad argument #2 to 'setmetatable' (nil or table expected, got number)");
    wr_sandbox_destroy(sb);
}

/* Library functions that work through long strings or big tables inside one C call are
 * charged for that work, so a loop of them ends soon (budget or clock): each of these
 * hung the kiosk for minutes before. */
static void test_library_bombs(void)
{
    static const char *const bombs[] = {
        "local t = {} for i = 1, 4e5 do t[i] = i end\n"
        "for i = 1, 1e9 do table.insert(t, 1, i) table.remove(t, 1) end",
        "local s = string.rep('\\u{e9}', 5e5)\nfor i = 1, 1e9 do local n = utf8.len(s) end",
        "local s = string.rep('a', 1 << 20)\nfor i = 1, 1e9 do local n = utf8.offset(s, 1 << 20) end",
        "local s = string.rep('a', 1 << 20)\nfor i = 1, 1e9 do local a, b = utf8.codepoint(s, 1, 2) "
        "local c = s:byte(-1) end",
        "local a, b = string.rep('a', 1 << 21) .. 'x', string.rep('a', 1 << 21) .. 'y'\n"
        "local t = {} for i = 1, 2e4 do t[i] = i % 2 == 0 and a or b end\n"
        "for i = 1, 1e9 do table.sort(t) end",
        "local t = {} for i = 1, 1e5 do t[i] = 'x' end\n"
        "for i = 1, 1e9 do local s = table.concat(t) end",
        "local t = {} for i = 1, 1e5 do t[i] = i end\n"
        "for i = 1, 1e9 do local n = select('#', table.unpack(t)) end",
        "local s = string.rep('a', 1 << 22)\nfor i = 1, 1e9 do local u = s:upper() end",
        "local s = string.rep('7', 190)\nfor i = 1, 1e9 do local n = tonumber(s, 10) end",
    };
    for (size_t i = 0; i < sizeof bombs / sizeof bombs[0]; i++) {
        wr_sandbox *sb = wr_sandbox_create(NULL);
        long long t0 = ms_now();
        CHECK(run(sb, bombs[i]) == -1);
        const char *code = wr_sandbox_take_code(sb);
        CHECK(code && (strcmp(code, "E003") == 0 || strcmp(code, "E008") == 0));
        if (getenv("WR_VERBOSE") || !code || ms_now() - t0 > 4000)
            fprintf(stderr, "bomb %zu: %s (%lld ms)\n", i, err, ms_now() - t0);
        CHECK(ms_now() - t0 < 4000);
        wr_sandbox_destroy(sb);
    }
}

/* The wall clock: a loop of long string comparisons does little per instruction for the
 * budget but much for the clock; the call's time limit stops it, then the load's. */
static void test_time_limit(void)
{
    static const char compare[] =
        "local a, b = string.rep('a', 1 << 22) .. 'x', string.rep('a', 1 << 22) .. 'y'\n"
        "for i = 1, 1e9 do local _ = a < b or a == b end";
    wr_lua_limits lim = {.instructions = 4000000000UL, .call_ms = 50, .load_ms = 300};
    wr_sandbox *sb = wr_sandbox_create(&lim);
    long long t0 = ms_now();
    CHECK(run(sb, compare) == -1);
    CHECK_STR(err, "chunk.lua:2: loading the pack took longer than 300 ms (too much work in a "
                   "loop or a library call?)");
    CHECK_STR(wr_sandbox_take_code(sb), "E008");
    CHECK(ms_now() - t0 < 300 + 2000); /* processor time: a busy machine takes longer */
    CHECK(run(sb, "local x = 1") == -1); /* the load's time is spent */
    wr_sandbox_destroy(sb);

    sb = wr_sandbox_create(&lim);
    CHECK(wr_sandbox_freeze(sb) == 0);
    t0 = ms_now();
    CHECK(run(sb, compare) == -1);
    CHECK_HAS(err, "chunk.lua:"); /* line 2, or 1 on a busy machine */
    CHECK_HAS(err, ": took longer than 50 ms: a condition must answer at once (too much work "
                   "in a loop or a library call?)");
    CHECK(ms_now() - t0 < 50 + 2000);
    CHECK(run(sb, "for i = 1, 1000 do end") == 0); /* the next call has its own time */
    wr_sandbox_destroy(sb);
}

/* A C function that never returns: the hook cannot reach it. */
static int spin(lua_State *L)
{
    volatile int forever = 1;
    while (forever)
        ;
    (void)L;
    return 0;
}

/* The hard stop: a call the hook cannot stop is abandoned one second after its time, and
 * the sandbox refuses every later call without touching its state. */
static void test_hard_stop(void)
{
    wr_lua_limits lim = {.call_ms = 50};
    wr_sandbox *sb = wr_sandbox_create(&lim);
    CHECK(wr_sandbox_freeze(sb) == 0);
    lua_pushcfunction(wr_sandbox_state(sb), spin);
    long long t0 = ms_now();
    CHECK(wr_sandbox_call(sb, 0, 0, err, sizeof err) == -1);
    long long took = ms_now() - t0;
    CHECK(took >= 50 + WR_LUA_HARD_STOP_MS && took < 50 + WR_LUA_HARD_STOP_MS + 4000);
    CHECK_HAS(err, "the script did not stop at its time limit and was abandoned");
    CHECK_STR(wr_sandbox_take_code(sb), "E008");
    CHECK(wr_sandbox_dead(sb));
    CHECK(run(sb, "local x = 1") == -1);
    CHECK_HAS(err, "abandoned");
    wr_sandbox_destroy(sb);
    /* other sandboxes go on as before */
    sb = wr_sandbox_create(NULL);
    CHECK(run(sb, "local t = {} for i = 1, 100 do t[i] = i end") == 0);
    wr_sandbox_destroy(sb);
}

int main(void)
{
    test_finalizers();
    test_library_bombs();
    test_time_limit();
    test_hard_stop();
    test_escapes();
    test_binary_chunk();
    test_budget();
    test_work_in_c();
    test_memory();
    test_messages();
    test_freeze();
    test_patterns();
    test_no_pointers();
    test_forgery();
    test_deep_conditions();
    wr_sandbox_destroy(NULL);
    return check_done();
}
