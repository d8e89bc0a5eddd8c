/*
 * luapack.h -- loads a clinic's script pack (Lua files) into wr_pack data, one pack per
 * language, and checks it. The public face of engine/lua: includes no Lua header.
 *
 * Pack layout: DIR holds the logic, NAME.lua files loaded in sorted name order, written once
 * with the words of the default language (meta language, else "en"); and DIR/strings/LANG.po,
 * one string table per other language (po.h). Each language runs the same logic in a
 * sandbox of its own and has its words replaced from its table, so every language has the
 * same scenes, questions, option ids and rules by construction.
 *
 * Ownership: a wr_luapack owns its packs and the Lua states behind them (custom
 * conditions run in them), so the packs live exactly as long as the wr_luapack.
 */
#ifndef WR_LUAPACK_H
#define WR_LUAPACK_H

#include <stddef.h>
#include <stdio.h>

#include "diag.h"
#include "pack.h"

/* Limits of one sandbox. Zero fields take the defaults. The two time limits cannot be
 * switched off. They count the processor time the script's thread uses (a busy machine
 * does not fail a sound script, and a script cannot wait without using the processor);
 * past one, the script stops at its next instruction, allocation or library call. A
 * script that cannot be stopped so (hooks off, a C call that never returns) is abandoned
 * WR_LUA_HARD_STOP_MS of processor time later, or when its wall-clock time passes four
 * times its limit and that second, and its state is never used again. */
typedef struct wr_lua_limits {
    size_t memory;              /* bytes a script may hold (16 MiB) */
    unsigned long instructions; /* Lua instructions per call into a script (20 million) */
    unsigned call_ms;           /* one call into a loaded pack: a condition (100 ms) */
    unsigned load_ms;           /* loading: every script compiled and run (3000 ms) */
    long long load_until_ns;    /* set by the loader: when the whole pack's load time ends
                                 * (wr_lua_clock_ns); 0: load_ms from the sandbox's start */
} wr_lua_limits;

#define WR_LUA_DEFAULT_MEMORY ((size_t)16 << 20)
#define WR_LUA_DEFAULT_INSTRUCTIONS 20000000UL
#define WR_LUA_DEFAULT_CALL_MS 100
#define WR_LUA_DEFAULT_LOAD_MS 3000
#define WR_LUA_HARD_STOP_MS 1000

/* The processor time of the calling thread in nanoseconds, as load_until_ns counts it. */
long long wr_lua_clock_ns(void);

/* Fills 'lim' with the defaults above. */
void wr_lua_limits_defaults(wr_lua_limits *lim);

typedef struct wr_luapack wr_luapack;

/* Loads the pack in 'dir' with limits 'lim' (NULL: defaults) and checks it as --check does.
 * Every error (a code E... of diag.h: syntax and script errors, unknown scenes, questions
 * and options, translation mismatches, dead ends, text that cannot fit...) goes to 'report'
 * as "E101: message" with its file:line (pos may be NULL for problems with no file, e.g.
 * an empty folder); warnings are not reported. Returns the loaded pack, or NULL when there
 * was an error. Free with wr_luapack_destroy(). 'report' may be NULL. */
wr_luapack *wr_luapack_load(const char *dir, const wr_lua_limits *lim, wr_report_fn report,
                            void *ud);

/* Loads and checks the pack in 'dir' like wr_luapack_load(), adding every problem, errors
 * and warnings, to 'diags' (sorted by file and line). Returns the pack when there is no
 * error (warnings allowed), else NULL. */
wr_luapack *wr_luapack_open(const char *dir, const wr_lua_limits *lim, wr_diags *diags);

/* The same for a pack of one script held in memory: 'len' bytes of Lua text named 'name'
 * (used in messages). A handout file cannot be found from memory (E141). */
wr_luapack *wr_luapack_open_buffer(const char *name, const char *buf, size_t len,
                                   const wr_lua_limits *lim, wr_diags *diags);

/* One script held in memory, for wr_luapack_open_texts(). */
typedef struct wr_script_text {
    const char *lang; /* its language folder ("en"), or NULL for a pack of one language */
    const char *name; /* a file name for messages */
    const char *text;
    size_t len;
} wr_script_text;

/* The same for 'n' scripts in memory: scripts of one 'lang' make one language, in order
 * (all NULL, or all not: a pack is flat or has folders). */
wr_luapack *wr_luapack_open_texts(const wr_script_text *texts, int n, const wr_lua_limits *lim,
                                  wr_diags *diags);

/* Frees every pack and Lua state. NULL does nothing. */
void wr_luapack_destroy(wr_luapack *lp);

/* The packs offered to patients (every language but drafts), the default language first;
 * owned by 'lp'. The array is valid as long as 'lp' is, and suits wr_flow_create(packs, n). */
wr_pack **wr_luapack_packs(const wr_luapack *lp);
int wr_luapack_count(const wr_luapack *lp);

/* Offers the languages marked draft too (for staff previewing a translation in progress):
 * wr_luapack_packs() then holds every language. Returns 0, or -1 when out of memory. */
int wr_luapack_offer_drafts(wr_luapack *lp);

/* --check: loads 'dir', prints every problem to 'out' as "file:line: code: message" and a
 * last line "N errors, M warnings" (or, with 'json', one JSON array, see diag.h), and returns
 * the number of errors (0: the pack may be used; warnings alone give 0). */
int wr_luapack_check(const char *dir, FILE *out, int json);

/* --strings DIR LANG: writes DIR/strings/LANG.po brought up to date with the logic (see
 * wr_packstrings_merge; a new language starts as a draft, every string untranslated).
 * Messages go to 'out'. Returns 0, or -1 when the logic has errors or writing failed. */
int wr_luapack_write_strings(const char *dir, const char *lang, FILE *out);

/* Prints the Markdown reference of the script language (every word, its signature and
 * help, and the fields of each table) to 'out'. */
void wr_luapack_reference(FILE *out);

/* Writes "file:line: message" (or "message" when pos is NULL) into 'buf'. A helper for
 * report functions. Returns buf. */
char *wr_luapack_format(const wr_srcpos *pos, const char *msg, char *buf, size_t len);

#endif
