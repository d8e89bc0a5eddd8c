/*
 * sandbox.h -- a lua_State that clinic scripts and drive files cannot escape from.
 * Text chunks only, a whitelisted environment (no io, os, package, require, load, dofile,
 * debug, collectgarbage, string.dump), a memory cap, an instruction budget and a
 * wall-clock bound (luapack.h, wr_lua_limits). Work done in C counts against the budget
 * too: what a call allocates in all, and what the library functions do (sandbox_lib.c);
 * finalizers are refused (clinic scripts also lose Lua patterns: see
 * wr_sandbox_plain_strings).
 *
 * Private to engine/lua: this header includes Lua, so nothing outside engine/lua may
 * include it. Every call into a script goes through wr_sandbox_call().
 */
#ifndef WR_SANDBOX_H
#define WR_SANDBOX_H

#include <stddef.h>

#include <lua.h>

#include "luapack.h"

typedef struct wr_sandbox wr_sandbox;

/* Bytes a call may allocate in all, per instruction of its budget: allocating is work. */
#define WR_CHURN_PER_STEP 16

/* A fresh sandbox with the limits in 'lim' (NULL: the defaults), or NULL when out of
 * memory. Free with wr_sandbox_destroy(). */
wr_sandbox *wr_sandbox_create(const wr_lua_limits *lim);

/* Closes the state and frees the sandbox. NULL does nothing. */
void wr_sandbox_destroy(wr_sandbox *sb);

/* The sandbox's state, for registering bindings and pushing arguments. Owned by 'sb'. */
lua_State *wr_sandbox_state(wr_sandbox *sb);

/* The sandbox that owns 'L' (any thread of it). */
wr_sandbox *wr_sandbox_of(lua_State *L);

/* Compiles 'len' bytes of text as the chunk 'name' (a file name, shown in messages) and
 * pushes the function. Returns 0, or -1 with "name:line: message" in 'err' (nothing
 * pushed). Binary chunks are refused. */
int wr_sandbox_load(wr_sandbox *sb, const char *buf, size_t len, const char *name, char *err,
                    size_t errlen);

/* Reads pack file 'path' whole into a malloc'd buffer (*len bytes; the caller frees it),
 * without following a link: it must be a plain file of at most 4 MiB. NULL on failure, with
 * the checker's code in *code (E009 a link or not a plain file, E007, E004) and the message
 * in 'err'. */
char *wr_lua_read_file(const char *path, size_t *len, const char **code, char *err,
                       size_t errlen);

/* Reads the text file 'path' and compiles it as wr_sandbox_load() does. */
int wr_sandbox_load_file(wr_sandbox *sb, const char *path, char *err, size_t errlen);

/* THE way into a script: calls the function below 'nargs' arguments on the stack with a
 * fresh instruction budget, the memory cap and a traceback handler, leaving 'nresults'
 * results. Returns 0, or -1 with "file:line: message" in 'err' (the stack then holds
 * nothing of the call). wr_sandbox_traceback() has the traceback of the last failure. */
int wr_sandbox_call(wr_sandbox *sb, int nargs, int nresults, char *err, size_t errlen);

/* True when the hard stop abandoned 'sb': its state must not be touched at all (not even
 * to push arguments); every call and load fails with the time-limit message. */
int wr_sandbox_dead(const wr_sandbox *sb);

/* The Lua traceback of the last failed wr_sandbox_call(), or "". Owned by 'sb'. */
const char *wr_sandbox_traceback(const wr_sandbox *sb);

/* Replaces string.find with a plain-text find and removes string.match, gmatch and gsub:
 * a Lua pattern can backtrack for hours inside one C call, out of the instruction budget's
 * reach. For clinic scripts (drive files keep patterns). Returns 0, or -1 when out of
 * memory. */
int wr_sandbox_plain_strings(wr_sandbox *sb);

/* Makes the globals read-only (after loading, before custom conditions run): reading
 * works as before, setting a global raises an error. Returns 0, or -1 when out of memory. */
int wr_sandbox_freeze(wr_sandbox *sb);

/* Spends 'steps' instructions of the running call's budget on work a library function
 * does in C (moving many table items, reading long text); raises the budget error when it
 * runs out, and the time-limit error when the call's time is up. Nothing outside a call. */
void wr_sandbox_charge(lua_State *L, lua_Unsigned steps);

/* Wraps the costly library functions (sandbox_lib.c) so that their work is charged, and
 * setmetatable so that it refuses __gc and __close. For the sandbox's own setup. */
void wr_sandbox_open_costs(lua_State *L);

/* Notes the checker's code (diag.h: "E201"...) of the error about to be raised in 'L'; the
 * sandbox notes its own (E001 syntax, E003 budget, E004 memory, E005 not allowed, E006
 * unknown name). */
void wr_sandbox_set_code(lua_State *L, const char *code);

/* The code of the last failure of wr_sandbox_load() or wr_sandbox_call() (NULL when none
 * was noted: a plain script error), and forgets it. */
const char *wr_sandbox_take_code(wr_sandbox *sb);

/* The number of single-letter edits between two short names (99 for long ones), for
 * "did you mean" hints. */
int wr_sandbox_distance(const char *a, const char *b);

/* Bytes the state holds now. */
size_t wr_sandbox_memory(const wr_sandbox *sb);

/* Writes "file:line" of the Lua function at stack 'level' (1 = the caller of the running C
 * function) into 'buf'; "" when that level is not Lua code. Returns the line or 0. */
int wr_sandbox_where(lua_State *L, int level, char *buf, size_t len);

/* Raises a Lua error whose message is "file:line: <formatted>", the position being that
 * of the script line that called the running C function. Never returns. */
int wr_sandbox_error(lua_State *L, const char *fmt, ...);

#endif
