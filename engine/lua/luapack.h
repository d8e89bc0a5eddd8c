/*
 * luapack.h -- loads a clinic's script pack (Lua files) into wr_pack data, one pack per
 * language, and checks it. The public face of engine/lua: includes no Lua header.
 *
 * Pack layout: DIR holds either NAME.lua files (one language), or one folder per language
 * (DIR/en/NAME.lua, DIR/es/NAME.lua). Files load in sorted name order. The default language is
 * the folder whose meta has default = true, else "en", else the first by name.
 *
 * Ownership: a wr_luapack owns its packs and the Lua states behind them (custom
 * conditions run in them), so the packs live exactly as long as the wr_luapack.
 */
#ifndef WR_LUAPACK_H
#define WR_LUAPACK_H

#include <stddef.h>
#include <stdio.h>

#include "pack.h"

/* Limits of one sandbox. Zero fields take the defaults. */
typedef struct wr_lua_limits {
    size_t memory;              /* bytes a script may hold (16 MiB) */
    unsigned long instructions; /* Lua instructions per call into a script (20 million) */
} wr_lua_limits;

#define WR_LUA_DEFAULT_MEMORY ((size_t)16 << 20)
#define WR_LUA_DEFAULT_INSTRUCTIONS 20000000UL

/* Fills 'lim' with the defaults above. */
void wr_lua_limits_defaults(wr_lua_limits *lim);

typedef struct wr_luapack wr_luapack;

/* Loads the pack in 'dir' with limits 'lim' (NULL: defaults). Every problem (syntax and
 * script errors, unknown scenes, questions and options, translation mismatches) goes to
 * 'report' with its file:line (pos may be NULL for problems with no file, e.g. an empty
 * folder). Returns the loaded pack, or NULL when there was any problem at all. Free with
 * wr_luapack_destroy(). 'report' may be NULL. */
wr_luapack *wr_luapack_load(const char *dir, const wr_lua_limits *lim, wr_report_fn report,
                            void *ud);

/* Frees every pack and Lua state. NULL does nothing. */
void wr_luapack_destroy(wr_luapack *lp);

/* The packs, the default language first; owned by 'lp'. The array is valid as long as
 * 'lp' is, and suits wr_flow_create(packs, n, ...). */
wr_pack **wr_luapack_packs(const wr_luapack *lp);
int wr_luapack_count(const wr_luapack *lp);

/* --check: loads 'dir', prints every problem to 'out' as "file:line: message", and
 * returns the number of problems (0: the pack is sound). */
int wr_luapack_check(const char *dir, FILE *out);

/* Prints the Markdown reference of the script language (every word, its signature and
 * help, and the fields of each table) to 'out'. */
void wr_luapack_reference(FILE *out);

/* Writes "file:line: message" (or "message" when pos is NULL) into 'buf'. A helper for
 * report functions. Returns buf. */
char *wr_luapack_format(const wr_srcpos *pos, const char *msg, char *buf, size_t len);

#endif
