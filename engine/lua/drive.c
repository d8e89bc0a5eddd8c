/*
 * drive.c -- the headless drive runner: a drive file runs in a sandbox of its own, and
 * each of its words calls back into the kiosk through wr_drive_ops. Uses the public API
 * of Lua and sandbox.h.
 */
#include "drive.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "sandbox.h"

#define DRIVE_MEMORY ((size_t)64 << 20)
#define DRIVE_INSTRUCTIONS 200000000UL /* long drives are fine; endless loops are not */
#define DRIVE_MS (30u * 60 * 1000)        /* a drive plays a whole morning in minutes */

/* What the words need: kept in the state's extra space. */
typedef struct drive {
    const wr_drive_ops *ops;
    FILE *log;
    wr_sandbox *sb;
    char dir[1024];  /* the drive file's folder, for include */
    int taps;        /* taps, holds and key presses on patient screens since the visit began */
    int keys;        /* keys of the on-screen keyboard pressed by type() since then */
} drive;

/* The drive that runs 'L'. */
static drive *this_drive(lua_State *L)
{
    drive *d;
    memcpy(&d, lua_getextraspace(L), sizeof d);
    return d;
}

/* ======================================================================================
 * Helpers
 * ==================================================================================== */

/* The string argument 'n' of 'word', or a raised "bad argument" error. */
static const char *check_text(lua_State *L, int n, const char *word)
{
    if (lua_type(L, n) != LUA_TSTRING)
        wr_sandbox_error(L, "bad argument #%d to '%s' (string expected, got %s)", n, word,
                         luaL_typename(L, n));
    return lua_tostring(L, n);
}

/* 's' in double quotes with quotes, backslashes and newlines escaped, into 'buf'. */
static const char *quote(const char *s, char *buf, size_t len)
{
    size_t o = 0;
    buf[o++] = '"';
    for (; *s && o + 4 < len; s++) {
        if (*s == '"' || *s == '\\')
            buf[o++] = '\\';
        if (*s == '\n') {
            buf[o++] = '\\';
            buf[o++] = 'n';
            continue;
        }
        buf[o++] = *s;
    }
    buf[o++] = '"';
    buf[o] = '\0';
    return buf;
}

/* Prints "file:line: word arg" for the step about to run. */
static void announce(lua_State *L, const char *word, const char *arg)
{
    char where[300];
    FILE *log = this_drive(L)->log;
    wr_sandbox_where(L, 1, where, sizeof where);
    fprintf(log, "%s%s%s%s%s\n", where, where[0] ? ": " : "", word, arg[0] ? " " : "", arg);
    fflush(log);
}

/* Raises the step's failure: the kiosk's message, else the default one. */
static int fail(lua_State *L, const char *err, const char *fallback)
{
    return wr_sandbox_error(L, "%s", err[0] ? err : fallback);
}

/* Raises "word is not available" for a callback the kiosk did not give. */
static int unavailable(lua_State *L, const char *word)
{
    return wr_sandbox_error(L, "%s is not available in this drive", word);
}

/* Pushes a malloc'd string (freeing it) or nil. */
static int push_owned(lua_State *L, char *s)
{
    if (!s) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushstring(L, s);
    free(s);
    return 1;
}

/* True when the kiosk shows the screen 'name' now. */
static bool showing(const wr_drive_ops *ops, const char *name)
{
    const char *now = ops->screen ? ops->screen(ops->ud) : NULL;
    return now && strcmp(now, name) == 0;
}

/* Before a tap, hold, key or type: a step that leaves the attract screen begins a visit, so
 * the counts start again. Returns true when the step is on a patient screen (it counts), false
 * on a staff screen. */
static bool count_from_here(drive *d)
{
    if (showing(d->ops, "attract"))
        d->taps = d->keys = 0;
    return !showing(d->ops, "staff");
}

/* ======================================================================================
 * The words
 * ==================================================================================== */

/* start(): touch the attract screen. */
static int d_start(lua_State *L)
{
    const wr_drive_ops *ops = this_drive(L)->ops;
    char err[512] = "";
    announce(L, "start()", "");
    if (!ops->start)
        return unavailable(L, "start");
    if (ops->start(ops->ud, err, sizeof err) < 0)
        return fail(L, err, "start failed");
    this_drive(L)->taps = 1; /* the touch that began the visit */
    this_drive(L)->keys = 0;
    return 0;
}

/* The shape of tap, type, expect_screen and shot: one string, one callback. */
typedef int (*text_op)(void *ud, const char *text, char *err, size_t n);

/* Runs a one-string step: announces it, calls 'op', raises on failure (with the kiosk's
 * message, else "<before> "text"<after>"). */
static int text_step(lua_State *L, const char *word, text_op op, const char *before,
                     const char *after)
{
    const wr_drive_ops *ops = this_drive(L)->ops;
    char q[600], err[512] = "", msg[700];
    const char *text = check_text(L, 1, word);
    announce(L, word, quote(text, q, sizeof q));
    if (!op)
        return unavailable(L, word);
    if (op(ops->ud, text, err, sizeof err) == 0)
        return 0;
    snprintf(msg, sizeof msg, "%s %s%s", before, q, after);
    return fail(L, err, msg);
}

/* A one-string step that counts as one tap of the patient's when it is done on a patient
 * screen (see taps()). */
static int counted_step(lua_State *L, const char *word, text_op op, const char *before,
                        const char *after)
{
    drive *d = this_drive(L);
    bool counts = count_from_here(d);
    int r = text_step(L, word, op, before, after);
    d->taps += counts;
    return r;
}

/* tap "label": taps the visible control with that text. */
static int d_tap(lua_State *L)
{
    return counted_step(L, "tap", this_drive(L)->ops->tap, "no control", " to tap");
}

/* The number of characters (UTF-8 sequences) in 's'. */
static int n_chars(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* type "text": taps the keys of the on-screen keyboard. */
static int d_type(lua_State *L)
{
    drive *d = this_drive(L);
    bool counts = count_from_here(d);
    const char *text = check_text(L, 1, "type");
    int n = n_chars(text);
    int r = text_step(L, "type", d->ops->type, "could not type", "");
    d->keys += counts ? n : 0;
    return r;
}

/* expect_screen "name": the screen shown is of that kind. */
static int d_expect_screen(lua_State *L)
{
    return text_step(L, "expect_screen", this_drive(L)->ops->expect_screen, "expected the screen",
                     "");
}

/* hold "top-left": presses and holds a corner for 3 s (the hidden staff gesture). */
static int d_hold(lua_State *L)
{
    return counted_step(L, "hold", this_drive(L)->ops->hold, "could not hold", "");
}

/* include "helpers.lua": runs a file of shared steps and helper functions, from the drive
 * file's own folder, in the same sandbox (a plain name: no folders, no ".."). */
static int d_include(lua_State *L)
{
    drive *d = this_drive(L);
    const char *name = luaL_checkstring(L, 1);
    char path[2048], err[1024];
    if (strchr(name, '/') || strstr(name, ".."))
        return luaL_error(L, "include \"%s\": a file name in the drive's folder, please", name);
    snprintf(path, sizeof path, "%s/%s", d->dir, name);
    if (wr_sandbox_load_file(d->sb, path, err, sizeof err) < 0)
        return luaL_error(L, "%s", err);
    lua_call(L, 0, 0);
    return 0;
}

/* shot "name": saves the rendered frame; skipped when the kiosk keeps no shots. */
static int d_shot(lua_State *L)
{
    if (!this_drive(L)->ops->shot) {
        check_text(L, 1, "shot");
        return 0;
    }
    return text_step(L, "shot", this_drive(L)->ops->shot, "could not save the shot", "");
}

/* expect / expect_not share this. */
static int expect_step(lua_State *L, const char *word, int negate)
{
    const wr_drive_ops *ops = this_drive(L)->ops;
    char q[600], err[512] = "", msg[700];
    const char *text = check_text(L, 1, word);
    announce(L, word, quote(text, q, sizeof q));
    if (!ops->expect)
        return unavailable(L, word);
    if (ops->expect(ops->ud, text, negate, err, sizeof err) == 0)
        return 0;
    snprintf(msg, sizeof msg,
             negate ? "text %s is on screen but should not be" : "expected text %s not on screen",
             q);
    return fail(L, err, msg);
}

/* expect "text": the text is visible. */
static int d_expect(lua_State *L)
{
    return expect_step(L, "expect", 0);
}

/* expect_not "text": the text is not visible. */
static int d_expect_not(lua_State *L)
{
    return expect_step(L, "expect_not", 1);
}

/* wait(seconds): lets virtual time pass. */
static int d_wait(lua_State *L)
{
    const wr_drive_ops *ops = this_drive(L)->ops;
    char arg[64], err[512] = "";
    if (lua_type(L, 1) != LUA_TNUMBER || lua_tonumber(L, 1) < 0)
        return wr_sandbox_error(L, "bad argument #1 to 'wait' (seconds expected, got %s)",
                                luaL_typename(L, 1));
    double s = lua_tonumber(L, 1);
    snprintf(arg, sizeof arg, "wait(%g)", s);
    announce(L, arg, "");
    if (!ops->wait)
        return unavailable(L, "wait");
    if (ops->wait(ops->ud, s, err, sizeof err) < 0)
        return fail(L, err, "wait failed");
    return 0;
}

/* list(): the question list as plain text. */
static int d_list(lua_State *L)
{
    const wr_drive_ops *ops = this_drive(L)->ops;
    announce(L, "list()", "");
    if (!ops->list)
        return unavailable(L, "list");
    return push_owned(L, ops->list(ops->ud));
}

/* printed(): the text of the last printout, or nil. */
static int d_printed(lua_State *L)
{
    const wr_drive_ops *ops = this_drive(L)->ops;
    announce(L, "printed()", "");
    if (!ops->printed)
        return unavailable(L, "printed");
    return push_owned(L, ops->printed(ops->ud));
}

/* controls(): the labels of the controls a tap can reach now, as an array (for drives
 * that tap at random). */
static int d_controls(lua_State *L)
{
    const wr_drive_ops *ops = this_drive(L)->ops;
    announce(L, "controls()", "");
    if (!ops->controls)
        return unavailable(L, "controls");
    char *all = ops->controls(ops->ud);
    lua_newtable(L);
    int n = 0;
    for (char *line = all, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        lua_pushlstring(L, line, next ? (size_t)(next - line) : strlen(line));
        lua_rawseti(L, -2, ++n);
        next = next ? next + 1 : NULL;
    }
    free(all);
    return 1;
}

/* slip(): the text of the last slip for the desk, or nil. */
static int d_slip(lua_State *L)
{
    const wr_drive_ops *ops = this_drive(L)->ops;
    announce(L, "slip()", "");
    if (!ops->slip)
        return unavailable(L, "slip");
    return push_owned(L, ops->slip(ops->ud));
}

/* chimed(): how many loud samples of the last chime have played. */
static int d_chimed(lua_State *L)
{
    const wr_drive_ops *ops = this_drive(L)->ops;
    announce(L, "chimed()", "");
    if (!ops->chimed)
        return unavailable(L, "chimed");
    lua_pushnumber(L, ops->chimed(ops->ud));
    return 1;
}

/* key "Down": one press of a key, as the keypad or keyboard would send it. */
static int d_key(lua_State *L)
{
    return counted_step(L, "key", this_drive(L)->ops->key, "no key", "");
}

/* taps(): the patient's taps and the keys typed since the visit began. */
static int d_taps(lua_State *L)
{
    drive *d = this_drive(L);
    char arg[64];
    snprintf(arg, sizeof arg, "-> %d taps, %d keys", d->taps, d->keys);
    announce(L, "taps()", arg);
    lua_pushinteger(L, d->taps);
    lua_pushinteger(L, d->keys);
    return 2;
}

/* said(): the words of the last utterance read aloud, or nil. */
static int d_said(lua_State *L)
{
    const wr_drive_ops *ops = this_drive(L)->ops;
    announce(L, "said()", "");
    if (!ops->said)
        return unavailable(L, "said");
    return push_owned(L, ops->said(ops->ud));
}

/* heard(): a table describing the sound played since the last utterance began. */
static int d_heard(lua_State *L)
{
    const wr_drive_ops *ops = this_drive(L)->ops;
    wr_drive_sound h = {0};
    announce(L, "heard()", "");
    if (!ops->heard)
        return unavailable(L, "heard");
    ops->heard(ops->ud, &h);
    lua_createtable(L, 0, 6);
    lua_pushnumber(L, h.seconds);
    lua_setfield(L, -2, "seconds");
    lua_pushinteger(L, h.peak);
    lua_setfield(L, -2, "peak");
    lua_pushnumber(L, h.rms);
    lua_setfield(L, -2, "rms");
    lua_pushinteger(L, h.utterances);
    lua_setfield(L, -2, "utterances");
    lua_pushboolean(L, h.playing);
    lua_setfield(L, -2, "playing");
    lua_pushstring(L, h.voice);
    lua_setfield(L, -2, "voice");
    return 1;
}

/* log(...): prints its arguments, separated by spaces. */
static int d_log(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; i++) {
        luaL_tolstring(L, i, NULL);
        luaL_addvalue(&b);
        if (i < n)
            luaL_addchar(&b, ' ');
    }
    luaL_pushresult(&b);
    announce(L, "log:", lua_tostring(L, -1));
    return 0;
}

/* serve(): hands the kiosk to its live loop (real clock, real waits) until it is stopped
 * by SIGTERM or SIGINT; for the service tests. */
static int d_serve(lua_State *L)
{
    const wr_drive_ops *ops = this_drive(L)->ops;
    char err[512] = "";
    announce(L, "serve()", "");
    if (!ops->serve)
        return unavailable(L, "serve");
    if (ops->serve(ops->ud, err, sizeof err) < 0)
        return fail(L, err, "serve failed");
    return 0;
}

typedef struct drive_word {
    const char *name;
    lua_CFunction fn;
    const char *signature;
    const char *help;
} drive_word;

static const drive_word words[] = {
    {"start", d_start, "start()", "Touches the attract screen (the default language)."},
    {"tap", d_tap, "tap \"label\"",
     "Taps the visible control with this text: an exact match, else the one control whose "
     "text contains it."},
    {"type", d_type, "type \"text\"", "Types the text on the on-screen keyboard."},
    {"expect", d_expect, "expect \"text\"", "Fails unless the text is on screen."},
    {"expect_not", d_expect_not, "expect_not \"text\"", "Fails if the text is on screen."},
    {"expect_screen", d_expect_screen, "expect_screen \"name\"",
     "Fails unless the screen is of this kind: attract, scene, question, list, urgent, "
     "idle_warning, error, staff..."},
    {"wait", d_wait, "wait(seconds)", "Lets time pass on the virtual clock."},
    {"hold", d_hold, "hold \"top-left\"",
     "Presses and holds a place (top-left, top-right, centre) for 3 s: the staff gesture."},
    {"shot", d_shot, "shot \"name\"", "Saves the rendered frame as name.png (with --shots)."},
    {"list", d_list, "list()", "The patient's question list, as plain text."},
    {"printed", d_printed, "printed()", "The text of the last printout, or nil."},
    {"controls", d_controls, "controls()",
     "The labels of the controls a tap can reach now (enabled ones), as an array."},
    {"slip", d_slip, "slip()", "The text of the last slip printed for the desk, or nil."},
    {"chimed", d_chimed, "chimed()",
     "How many loud samples of the last urgent chime have played, through the same sound "
     "output as read aloud. Time only passes with wait()."},
    {"key", d_key, "key \"Down\"",
     "Presses a key once: an SDL key name (\"Tab\", \"Shift+Tab\", \"Return\", \"Keypad 2\"), "
     "through the kiosk's keypad mapping, or one character typed (\"3\")."},
    {"said", d_said, "said()", "The words of the last utterance read aloud, or nil."},
    {"heard", d_heard, "heard()",
     "The sound played since the last utterance began: { seconds, peak, rms, utterances, "
     "playing, voice }. Time only passes with wait()."},
    {"taps", d_taps, "local taps, keys = taps()",
     "How many times the patient has touched the kiosk since the visit began: taps, holds "
     "and key presses on patient screens (the touch or tap that leaves the attract screen is "
     "the first; staff screens do not count). The second number counts the keys of the "
     "on-screen keyboard that type() pressed (one a character; Shift is not counted)."},
    {"log", d_log, "log(...)", "Prints its arguments in the drive's log."},
    {"include", d_include, "include \"helpers.lua\"",
     "Runs a file of shared steps and helper functions from the drive file's folder."},
    {"serve", d_serve, "serve()",
     "Runs the live kiosk loop (real clock) until SIGTERM or SIGINT stops it."},
};

#define N_WORDS ((int)(sizeof words / sizeof words[0]))

/* Registers the drive words as globals. */
static int open_words(lua_State *L)
{
    for (int i = 0; i < N_WORDS; i++) {
        lua_pushcfunction(L, words[i].fn);
        lua_setglobal(L, words[i].name);
    }
    return 0;
}

/* ======================================================================================
 * Running a drive
 * ==================================================================================== */

/* Prints the failure and the kiosk's transcript. */
static void report_failure(const drive *d, const char *err)
{
    fprintf(d->log, "%s\n", err);
    char *t = d->ops->transcript ? d->ops->transcript(d->ops->ud) : NULL;
    if (t) {
        fprintf(d->log, "---- transcript ----\n%s%s", t,
                t[0] && t[strlen(t) - 1] != '\n' ? "\n" : "");
        free(t);
    }
    fflush(d->log);
}

/* Plays the drive file 'file' against 'ops'; see drive.h. */
int wr_drive_run(const char *file, const wr_drive_ops *ops, FILE *log)
{
    wr_lua_limits lim = {.memory = DRIVE_MEMORY, .instructions = DRIVE_INSTRUCTIONS,
                         .call_ms = DRIVE_MS, .load_ms = DRIVE_MS};
    drive d = {ops, log ? log : stderr, NULL, ".", 0, 0};
    drive *dp = &d;
    const char *slash = strrchr(file, '/');
    if (slash)
        snprintf(d.dir, sizeof d.dir, "%.*s", (int)(slash - file), file);
    char err[2048];
    int rc = 1;
    wr_sandbox *sb = wr_sandbox_create(&lim);
    if (!sb) {
        fprintf(d.log, "%s: out of memory\n", file);
        return 1;
    }
    d.sb = sb;
    lua_State *L = wr_sandbox_state(sb);
    memcpy(lua_getextraspace(L), &dp, sizeof dp);
    lua_pushcfunction(L, open_words);
    if (wr_sandbox_call(sb, 0, 0, err, sizeof err) < 0 ||
        wr_sandbox_load_file(sb, file, err, sizeof err) < 0 ||
        wr_sandbox_call(sb, 0, 0, err, sizeof err) < 0)
        report_failure(&d, err);
    else
        rc = 0;
    wr_sandbox_destroy(sb);
    return rc;
}

/* Prints the Markdown reference of the drive words. */
void wr_drive_reference(FILE *out)
{
    fprintf(out, "# Drive files\n\nA drive file is Lua text run by `waitroom --headless "
                 "--drive FILE`; each step acts on the settled screen and the first unmet "
                 "step stops the drive.\n");
    for (int i = 0; i < N_WORDS; i++)
        fprintf(out, "\n### %s\n\n    %s\n\n%s\n", words[i].name, words[i].signature,
                words[i].help);
}
