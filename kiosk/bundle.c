/*
 * bundle.c -- making, signing, verifying and unpacking script-pack bundles (bundle.h).
 * The cryptography is libsodium's ed25519; nothing here is hand-written crypto.
 */
#define _XOPEN_SOURCE 700 /* nftw */
#include "bundle.h"
#include "luapack.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char magic[] = "waitroom-bundle 1\n";
static const char sig_tag[] = "signature ed25519 ";
#define SIG_TRAILER (sizeof sig_tag - 1 + crypto_sign_BYTES)

/* ======================================================================================
 * Helpers
 * ==================================================================================== */

/* A growing byte buffer. */
typedef struct buf {
    unsigned char *p;
    size_t len, cap;
    bool failed;
} buf;

static void put(buf *b, const void *data, size_t n)
{
    if (b->failed || b->len + n > WR_BUNDLE_MAX) {
        b->failed = true;
        return;
    }
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 65536;
        while (cap < b->len + n)
            cap *= 2;
        unsigned char *q = realloc(b->p, cap);
        if (!q) {
            b->failed = true;
            return;
        }
        b->p = q;
        b->cap = cap;
    }
    memcpy(b->p + b->len, data, n);
    b->len += n;
}

/* Reads a whole file (at most WR_BUNDLE_MAX bytes) into a malloc'd buffer; NULL on failure. */
static unsigned char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    buf b = {0};
    unsigned char chunk[65536];
    size_t n;
    if (!f)
        return NULL;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        put(&b, chunk, n);
    if (ferror(f))
        b.failed = true;
    fclose(f);
    if (b.failed) {
        free(b.p);
        return NULL;
    }
    *len = b.len;
    return b.p ? b.p : calloc(1, 1);
}

/* Writes 'n' bytes to a new file 'path' with 'mode' (refusing to follow a link). */
static int spit(const char *path, const void *data, size_t n, mode_t mode)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, mode);
    if (fd < 0)
        return -1;
    const unsigned char *p = data;
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            close(fd);
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return close(fd);
}

/* True for a path inside a pack that is safe to create: relative, no "..", no hidden
 * parts, only letters, digits and . _ - / */
static bool safe_path(const char *p)
{
    if (!*p || *p == '/' || strlen(p) > 200)
        return false;
    for (const char *s = p; *s; s++) {
        if (!(isalnum((unsigned char)*s) || strchr("._-/", *s)))
            return false;
        if ((s == p || s[-1] == '/') && (*s == '.' || *s == '/'))
            return false;
    }
    return true;
}

/* ======================================================================================
 * Keys
 * ==================================================================================== */

/* Makes BASE.key and BASE.pub. */
int wr_bundle_new_key(const char *base, FILE *out)
{
    unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
    char pk_hex[2 * sizeof pk + 1], sk_hex[2 * sizeof sk + 1], path[1024], text[400];
    if (sodium_init() < 0)
        return fprintf(out, "waitroom: libsodium cannot start\n"), -1;
    crypto_sign_keypair(pk, sk);
    sodium_bin2hex(pk_hex, sizeof pk_hex, pk, sizeof pk);
    sodium_bin2hex(sk_hex, sizeof sk_hex, sk, sizeof sk);
    sodium_memzero(sk, sizeof sk);
    snprintf(path, sizeof path, "%s.key", base);
    snprintf(text, sizeof text, "waitroom-secret-key 1\n%s\n", sk_hex);
    sodium_memzero(sk_hex, sizeof sk_hex);
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
    if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text) || close(fd) < 0) {
        sodium_memzero(text, sizeof text);
        return fprintf(out, "waitroom: cannot write %s (it must not exist yet): %s\n", path,
                       strerror(errno)),
               -1;
    }
    sodium_memzero(text, sizeof text);
    snprintf(path, sizeof path, "%s.pub", base);
    snprintf(text, sizeof text, "update_key = %s\n", pk_hex);
    if (spit(path, text, strlen(text), 0644) < 0)
        return fprintf(out, "waitroom: cannot write %s\n", path), -1;
    fprintf(out,
            "secret key: %s.key (keep it on this computer, never on a kiosk)\n"
            "public key: %s.pub; put this line in each kiosk's waitroom.conf:\n%s",
            base, base, text);
    return 0;
}

/* The secret key from a --new-key file into sk; 0 or -1. */
static int read_secret(const char *path, unsigned char sk[crypto_sign_SECRETKEYBYTES])
{
    size_t len = 0, used = 0;
    unsigned char *text = slurp(path, &len);
    int rc = -1;
    const char *head = "waitroom-secret-key 1\n";
    if (text && len > strlen(head) && memcmp(text, head, strlen(head)) == 0 &&
        sodium_hex2bin(sk, crypto_sign_SECRETKEYBYTES, (char *)text + strlen(head),
                       len - strlen(head), "\n", &used, NULL) == 0 &&
        used == crypto_sign_SECRETKEYBYTES)
        rc = 0;
    if (text) {
        sodium_memzero(text, len);
        free(text);
    }
    return rc;
}

/* A public key from hex. */
int wr_bundle_parse_key(const char *hex, unsigned char pk[32])
{
    size_t used = 0;
    if (sodium_init() < 0 || strlen(hex) != WR_PUBLIC_KEY_HEX)
        return -1;
    return sodium_hex2bin(pk, 32, hex, strlen(hex), NULL, &used, NULL) == 0 && used == 32 ? 0 : -1;
}

/* ======================================================================================
 * Signing
 * ==================================================================================== */

static buf *walk_out;
static const char *walk_root;
static FILE *walk_log;

/* nftw callback: adds one regular file. Hidden files and folders are left out, and so is a
 * name a kiosk would refuse (told, so the lead can rename it). */
static int add_file(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    const char *rel = path + strlen(walk_root);
    (void)ftw;
    while (*rel == '/')
        rel++;
    if (type != FTW_F || strstr(path + strlen(walk_root), "/."))
        return 0;
    if (!safe_path(rel)) {
        fprintf(walk_log, "waitroom: left out %s: use letters, digits, . _ - in names\n", rel);
        return 0;
    }
    size_t len = 0;
    unsigned char *data = slurp(path, &len);
    if (!data || (size_t)st->st_size != len) {
        free(data);
        return -1;
    }
    char head[300];
    snprintf(head, sizeof head, "file %s %zu\n", rel, len);
    put(walk_out, head, strlen(head));
    put(walk_out, data, len);
    free(data);
    return walk_out->failed ? -1 : 0;
}

/* --sign-pack. */
int wr_bundle_sign(const char *dir, const char *key_file, const char *out_path, bool force,
                   FILE *log)
{
    unsigned char sk[crypto_sign_SECRETKEYBYTES], sig[crypto_sign_BYTES];
    buf b = {0};
    if (sodium_init() < 0 || read_secret(key_file, sk) < 0)
        return fprintf(log,
                       "waitroom: %s is not a waitroom secret key (make one with "
                       "waitroom --new-key NAME)\n",
                       key_file),
               -1;
    if (wr_luapack_check(dir, log, 0) > 0 && !force) {
        sodium_memzero(sk, sizeof sk);
        return fprintf(log, "waitroom: %s has errors: not signed\n", dir), -1;
    }
    put(&b, magic, strlen(magic));
    walk_out = &b;
    walk_root = dir;
    walk_log = log;
    int rc = nftw(dir, add_file, 16, FTW_PHYS);
    put(&b, "end\n", 4);
    if (rc != 0 || b.failed) {
        sodium_memzero(sk, sizeof sk);
        free(b.p);
        return fprintf(log, "waitroom: cannot read the pack %s (or it is over %u MiB)\n", dir,
                       WR_BUNDLE_MAX >> 20),
               -1;
    }
    crypto_sign_detached(sig, NULL, b.p, b.len, sk);
    sodium_memzero(sk, sizeof sk);
    put(&b, sig_tag, strlen(sig_tag));
    put(&b, sig, sizeof sig);
    rc = b.failed ? -1 : spit(out_path, b.p, b.len, 0644);
    free(b.p);
    if (rc < 0)
        return fprintf(log, "waitroom: cannot write %s\n", out_path), -1;
    fprintf(log, "waitroom: signed %s into %s\n", dir, out_path);
    return 0;
}

/* ======================================================================================
 * Verifying and unpacking
 * ==================================================================================== */

/* mkdir -p for the folders of 'rel' under 'dest'. */
static int make_parents(const char *dest, const char *rel)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/%s", dest, rel);
    for (char *s = path + strlen(dest) + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = 0;
        if (mkdir(path, 0755) < 0 && errno != EEXIST)
            return -1;
        *s = '/';
    }
    return 0;
}

/* Unpacks the signed payload p[0..len) into dest. */
static int unpack(const unsigned char *p, size_t len, const char *dest, char *why, size_t n)
{
    size_t at = strlen(magic);
    int files = 0;
    while (at < len) {
        const unsigned char *nl = memchr(p + at, '\n', len - at);
        char line[300], rel[256];
        size_t size = 0;
        if (!nl || (size_t)(nl - (p + at)) >= sizeof line)
            break;
        memcpy(line, p + at, (size_t)(nl - (p + at)));
        line[nl - (p + at)] = 0;
        at = (size_t)(nl - p) + 1;
        if (strcmp(line, "end") == 0)
            return files ? 0 : (snprintf(why, n, "the bundle holds no files"), -1);
        if (sscanf(line, "file %255s %zu", rel, &size) != 2 || !safe_path(rel) || size > len - at)
            break;
        char path[1200];
        snprintf(path, sizeof path, "%s/%s", dest, rel);
        if (make_parents(dest, rel) < 0 || spit(path, p + at, size, 0644) < 0) {
            snprintf(why, n, "cannot write %s: %s", path, strerror(errno));
            return -1;
        }
        at += size;
        files++;
    }
    snprintf(why, n, "the bundle is damaged (a bad file entry)");
    return -1;
}

/* Verifies and unpacks. */
int wr_bundle_unpack(const char *path, const unsigned char pk[32], const char *dest, char *why,
                     size_t n)
{
    size_t len = 0;
    unsigned char *p = slurp(path, &len);
    int rc = -1;
    if (sodium_init() < 0)
        snprintf(why, n, "libsodium cannot start");
    else if (!p)
        snprintf(why, n, "cannot read %s (or it is over %u MiB)", path, WR_BUNDLE_MAX >> 20);
    else if (len < strlen(magic) || memcmp(p, magic, strlen(magic)) != 0)
        snprintf(why, n, "%s is not a waitroom bundle", path);
    else if (len < strlen(magic) + SIG_TRAILER ||
             memcmp(p + len - SIG_TRAILER, sig_tag, strlen(sig_tag)) != 0)
        snprintf(why, n, "the bundle is not signed");
    else if (crypto_sign_verify_detached(p + len - crypto_sign_BYTES, p, len - SIG_TRAILER, pk) !=
             0)
        snprintf(why, n,
                 "the signature does not match: the bundle was changed after it was "
                 "signed, or signed with another key");
    else
        rc = unpack(p, len - SIG_TRAILER, dest, why, n);
    free(p);
    return rc;
}
