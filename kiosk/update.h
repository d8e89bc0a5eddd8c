/*
 * update.h -- script updates from a USB stick, on the kiosk: find a signed bundle
 * (bundle.h) in the configured folder, verify it, unpack it into the pack store, run the
 * full checker, compare versions, and install it atomically; or go back to the last pack.
 *
 * The pack store (pack_store, by default the unit's StateDirectory /var/lib/waitroom/packs)
 * holds pack folders and two symbolic links: 'current', the pack in use, and 'previous'.
 * Installing switches 'current' with one rename(), so a power cut leaves either the old
 * pack or the new one, never half of one. The store is the only place the kiosk writes,
 * and it never holds patient data.
 */
#ifndef WR_UPDATE_H
#define WR_UPDATE_H

#include <stdbool.h>
#include <stddef.h>

#include "config.h"
#include "pack.h"

typedef struct wr_update {
    char bundle[512]; /* a bundle found on the stick, or "" */
    char staged[512]; /* a verified, checked pack waiting for "Install", or "" */
    char about[300];  /* what the staged pack is: title, version, review */
    char status[400]; /* the last outcome, for the staff menu, or "" */
} wr_update;

/* The pack in use from the store (<store>/current) into buf, or NULL when there is none. */
const char *wr_update_current(const wr_config *cfg, char *buf, size_t n);

/* Looks for a *.wrpack bundle in cfg->update_from (needs update_key); true when found. */
bool wr_update_scan(wr_update *u, const wr_config *cfg);

/* Verifies the bundle found, unpacks and checks it against 'in_use' (the pack in use: a
 * lower version is refused). 0 with u->staged and u->about set, or -1 with the reason in
 * u->status; a refused bundle leaves nothing behind and the pack in use as it was. */
int wr_update_stage(wr_update *u, const wr_config *cfg, const wr_pack *in_use);

/* Installs the staged pack (atomic switch of 'current'; the old one becomes 'previous').
 * 0 with the new pack's path in 'path', or -1 (u->status says why). */
int wr_update_install(wr_update *u, const wr_config *cfg, char *path, size_t n);

/* True when there is a pack to go back to. */
bool wr_update_can_go_back(const wr_config *cfg);

/* Goes back to the last pack: 'current' and 'previous' trade places (with no 'previous',
 * the packaged pack comes back). 0 with the pack now in use in 'path' ("" for the packaged
 * one), or -1 (u->status says why). */
int wr_update_go_back(wr_update *u, const wr_config *cfg, char *path, size_t n);

/* Drops a staged pack that was not installed. */
void wr_update_discard(wr_update *u);

/* Compares two pack versions ("2026-11-1"), number by number: <0, 0, >0. */
int wr_update_version_cmp(const char *a, const char *b);

#endif
