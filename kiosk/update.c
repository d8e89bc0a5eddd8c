/*
 * update.c -- signed script updates on the kiosk (update.h).
 */
#define _XOPEN_SOURCE 700 /* nftw */
#include "update.h"
#include "bundle.h"
#include "luapack.h"

#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ======================================================================================
 * The store
 * ==================================================================================== */

/* <store>/<name> into buf. */
static const char *in_store(const wr_config *cfg, const char *name, char *buf, size_t n)
{
    snprintf(buf, n, "%s/%s", cfg->pack_store, name);
    return buf;
}

/* The pack in use from the store, or NULL. */
const char *wr_update_current(const wr_config *cfg, char *buf, size_t n)
{
    struct stat st;
    if (!cfg->pack_store[0])
        return NULL;
    in_store(cfg, "current", buf, n);
    return stat(buf, &st) == 0 && S_ISDIR(st.st_mode) ? buf : NULL;
}

/* nftw callback for remove_tree. */
static int remove_one(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    return type == FTW_DP ? rmdir(path) : unlink(path);
}

/* rm -r 'dir'. */
static void remove_tree(const char *dir)
{
    if (dir[0])
        nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

/* Points link <store>/<name> at 'target' (a folder name in the store) with one rename. */
static int set_link(const wr_config *cfg, const char *name, const char *target)
{
    char tmp[600], link[600];
    snprintf(tmp, sizeof tmp, "%s/.%s.new", cfg->pack_store, name);
    in_store(cfg, name, link, sizeof link);
    unlink(tmp);
    if (symlink(target, tmp) < 0)
        return -1;
    if (rename(tmp, link) < 0) {
        unlink(tmp);
        return -1;
    }
    return 0;
}

/* The folder name a link of the store points at, into buf ("" when there is no link). */
static const char *link_target(const wr_config *cfg, const char *name, char *buf, size_t n)
{
    char link[600];
    ssize_t len = readlink(in_store(cfg, name, link, sizeof link), buf, n - 1);
    buf[len > 0 ? len : 0] = 0;
    return buf;
}

/* Removes pack folders that neither 'current' nor 'previous' names. */
static void tidy(const wr_config *cfg)
{
    char cur[256], prev[256], path[600];
    link_target(cfg, "current", cur, sizeof cur);
    link_target(cfg, "previous", prev, sizeof prev);
    DIR *d = opendir(cfg->pack_store);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (strncmp(e->d_name, "pack-", 5) || !strcmp(e->d_name, cur) || !strcmp(e->d_name, prev))
            continue;
        remove_tree(in_store(cfg, e->d_name, path, sizeof path));
    }
    if (d)
        closedir(d);
}

/* ======================================================================================
 * Finding, staging, installing
 * ==================================================================================== */

/* A *.wrpack file in update_from. */
bool wr_update_scan(wr_update *u, const wr_config *cfg)
{
    u->bundle[0] = 0;
    if (!cfg->update_key[0] || !cfg->update_from[0] || !cfg->pack_store[0])
        return false;
    DIR *d = opendir(cfg->update_from);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        size_t len = strlen(e->d_name);
        if (len > 7 && strcmp(e->d_name + len - 7, ".wrpack") == 0 && e->d_name[0] != '.') {
            snprintf(u->bundle, sizeof u->bundle, "%.250s/%.250s", cfg->update_from, e->d_name);
            break;
        }
    }
    if (d)
        closedir(d);
    return u->bundle[0] != 0;
}

/* Numbers of a version, compared one by one. */
int wr_update_version_cmp(const char *a, const char *b)
{
    while (*a || *b) {
        while (*a && (*a < '0' || *a > '9'))
            a++;
        while (*b && (*b < '0' || *b > '9'))
            b++;
        char *ea, *eb;
        unsigned long long x = strtoull(a, &ea, 10), y = strtoull(b, &eb, 10);
        if (x != y)
            return x < y ? -1 : 1;
        if (ea == a && eb == b)
            break;
        a = ea;
        b = eb;
    }
    return 0;
}

/* The first error line of the full checker over 'dir' into 'why'; the error count. */
static int check(const char *dir, char *why, size_t n)
{
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem)
        return snprintf(why, n, "out of memory"), 1;
    int errors = wr_luapack_check(dir, mem, 0);
    fclose(mem);
    why[0] = 0;
    for (char *line = text, *nl; errors > 0 && line && *line; line = nl ? nl + 1 : NULL) {
        nl = strchr(line, '\n');
        if (nl)
            *nl = 0;
        if (strstr(line, ": E")) {
            const char *rel = strstr(line, dir) == line ? line + strlen(dir) + 1 : line;
            snprintf(why, n, "%s", rel);
            break;
        }
    }
    free(text);
    return errors;
}

/* Describes a loaded pack for staff, and compares its version with the one in use. */
static int describe(wr_update *u, const wr_pack *p, const wr_pack *in_use)
{
    const char *v = p->version ? p->version : "?";
    snprintf(u->about, sizeof u->about, "%.60s, version %.30s, %s%.60s%s%.30s",
             p->title ? p->title : "?", v, p->reviewed_by ? "reviewed by " : "not yet reviewed",
             p->reviewed_by ? p->reviewed_by : "", p->reviewed_on ? " on " : "",
             p->reviewed_on ? p->reviewed_on : "");
    if (in_use && in_use->version && wr_update_version_cmp(v, in_use->version) < 0) {
        snprintf(u->status, sizeof u->status,
                 "Update refused: version %.30s is older than the scripts in use (%.30s)", v,
                 in_use->version);
        return -1;
    }
    return 0;
}

/* Verify, unpack, check, compare. */
int wr_update_stage(wr_update *u, const wr_config *cfg, const wr_pack *in_use)
{
    unsigned char pk[32];
    char why[400], dir[sizeof u->staged];
    wr_update_discard(u);
    if (wr_bundle_parse_key(cfg->update_key, pk) < 0)
        return snprintf(u->status, sizeof u->status, "Update refused: update_key is not a key"), -1;
    mkdir(cfg->pack_store, 0750);
    snprintf(dir, sizeof dir, "%s/pack-XXXXXX", cfg->pack_store);
    if (!mkdtemp(dir))
        return snprintf(u->status, sizeof u->status, "Update refused: cannot write to %.200s: %s",
                        cfg->pack_store, strerror(errno)),
               -1;
    int rc = wr_bundle_unpack(u->bundle, pk, dir, why, sizeof why);
    if (rc == 0 && check(dir, why, sizeof why) > 0) {
        snprintf(u->status, sizeof u->status, "Update refused: the new scripts have errors: %.300s",
                 why);
        rc = -2;
    } else if (rc < 0) {
        snprintf(u->status, sizeof u->status, "Update refused: %.350s", why);
    }
    wr_luapack *lp = rc == 0 ? wr_luapack_load(dir, NULL, NULL, NULL) : NULL;
    if (rc == 0 && (!lp || describe(u, wr_luapack_packs(lp)[0], in_use) < 0))
        rc = -1;
    wr_luapack_destroy(lp);
    if (rc < 0) {
        remove_tree(dir);
        return -1;
    }
    snprintf(u->staged, sizeof u->staged, "%s", dir);
    snprintf(u->status, sizeof u->status, "Update ready: %.300s", u->about);
    return 0;
}

/* The atomic switch. */
int wr_update_install(wr_update *u, const wr_config *cfg, char *path, size_t n)
{
    char old[256];
    const char *name = strrchr(u->staged, '/');
    if (!u->staged[0] || !name)
        return snprintf(u->status, sizeof u->status, "no update is ready"), -1;
    link_target(cfg, "current", old, sizeof old);
    if (set_link(cfg, "current", name + 1) < 0)
        return snprintf(u->status, sizeof u->status, "Update failed: %s", strerror(errno)), -1;
    if (old[0])
        set_link(cfg, "previous", old);
    snprintf(u->status, sizeof u->status, "Installed: %.300s", u->about);
    u->staged[0] = 0;
    tidy(cfg);
    in_store(cfg, "current", path, n);
    return 0;
}

/* A pack to go back to: 'previous', or an installed 'current' over the packaged one. */
bool wr_update_can_go_back(const wr_config *cfg)
{
    char buf[256];
    return cfg->pack_store[0] && (link_target(cfg, "previous", buf, sizeof buf)[0] ||
                                  link_target(cfg, "current", buf, sizeof buf)[0]);
}

/* current <-> previous. */
int wr_update_go_back(wr_update *u, const wr_config *cfg, char *path, size_t n)
{
    char cur[256], prev[256], link[600], moved[600];
    link_target(cfg, "current", cur, sizeof cur);
    link_target(cfg, "previous", prev, sizeof prev);
    path[0] = 0;
    if (prev[0] && cur[0]) {
        if (set_link(cfg, "current", prev) < 0 || set_link(cfg, "previous", cur) < 0)
            return snprintf(u->status, sizeof u->status, "Going back failed: %s", strerror(errno)),
                   -1;
        in_store(cfg, "current", path, n);
    } else if (prev[0]) { /* back from the packaged pack to the installed one */
        if (rename(in_store(cfg, "previous", link, sizeof link),
                   in_store(cfg, "current", moved, sizeof moved)) < 0)
            return snprintf(u->status, sizeof u->status, "Going back failed: %s", strerror(errno)),
                   -1;
        snprintf(path, n, "%s", moved);
    } else if (cur[0]) { /* the packaged pack comes back; the update can be chosen again */
        if (rename(in_store(cfg, "current", link, sizeof link),
                   in_store(cfg, "previous", moved, sizeof moved)) < 0)
            return snprintf(u->status, sizeof u->status, "Going back failed: %s", strerror(errno)),
                   -1;
    } else {
        return snprintf(u->status, sizeof u->status, "There are no earlier scripts"), -1;
    }
    snprintf(u->status, sizeof u->status, "Went back to the last scripts");
    return 0;
}

/* Drops the staged pack. */
void wr_update_discard(wr_update *u)
{
    remove_tree(u->staged);
    u->staged[0] = 0;
}
