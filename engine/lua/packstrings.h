/*
 * packstrings.h -- one logic, many languages: a language's string table (po.h) applied to
 * the pack its logic built, every problem of the table reported (missing, untranslated,
 * stale and extra strings, placeholders that differ: diag.h W611-W614, E615, W616), and
 * the table written afresh from the logic for translators (waitroom --strings).
 * Private to engine/lua; includes no Lua.
 */
#ifndef WR_PACKSTRINGS_H
#define WR_PACKSTRINGS_H

#include <stdio.h>

#include "packcheck.h"
#include "po.h"

/* Replaces every string of 'pack' (built by the logic, in the default language) that 'po'
 * translates, and sets the pack's language, name and direction from the table's header.
 * Problems go to 'emit'. Returns 0, or -1 when out of memory. */
int wr_packstrings_apply(wr_pack *pack, wr_po *po, wr_emit_fn emit, void *ud);

/* Brings the table 'po' up to date with 'pack' (the default language's): an entry for every
 * string in the logic's order, its source text the logic's now; a translation whose source
 * changed is kept and marked fuzzy (the old source under "#|"); a new id whose source
 * another entry (one the logic no longer has) translated takes that translation, marked
 * fuzzy; entries the logic no longer has become obsolete ("#~"). Returns 0, or -1 (OOM). */
int wr_packstrings_merge(wr_pack *pack, wr_po *po);

#endif
