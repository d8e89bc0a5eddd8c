/*
 * test_print_check.h -- the little the print tests share: CHECK, running a command and reading
 * its output, reading and writing files, and the fonts the printouts use.
 */
#ifndef WR_TEST_PRINT_CHECK_H
#define WR_TEST_PRINT_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "print.h"

static int failures;

#define CHECK(cond, ...)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            failures++;                                                                            \
            fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond);               \
            fprintf(stderr, __VA_ARGS__);                                                          \
            fputc('\n', stderr);                                                                   \
        }                                                                                          \
    } while (0)

/* Seconds on a monotonic clock. */
static inline double now_s(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Runs a shell command and returns all it printed (the caller frees), or NULL. */
static inline char *run(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    size_t len = 0, cap = 4096;
    char *out = malloc(cap);
    size_t n;

    if (!p || !out) {
        free(out);
        if (p)
            pclose(p);
        return NULL;
    }
    while ((n = fread(out + len, 1, cap - len - 1, p)) > 0) {
        len += n;
        if (cap - len < 2) {
            char *bigger = realloc(out, cap *= 2);

            if (!bigger)
                break;
            out = bigger;
        }
    }
    out[len] = '\0';
    pclose(p);
    return out;
}

/* Writes 'len' bytes to 'path'; returns 0 or -1. Test output only, never patient data. */
static inline int write_file(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    int ok;

    if (!f)
        return -1;
    ok = fwrite(data, 1, len, f) == len;
    return fclose(f) == 0 && ok ? 0 : -1;
}

/* The source tree, from the environment CTest sets. */
static inline const char *source_dir(void)
{
    const char *dir = getenv("WR_SOURCE_DIR");

    return dir && dir[0] ? dir : ".";
}

/* The fonts printouts use: the project's assets/fonts, plus a Hebrew font when one is at hand
 * (shipped in assets, or Debian's fonts-noto-core). *have_hebrew says whether one was found. */
static inline wr_print_fonts *test_fonts(int *have_hebrew)
{
    static char assets[1024], hebrew[1100], hebrew_bold[1100];
    const char *paths[4] = {assets, NULL, NULL, NULL};
    char err[256];
    wr_print_fonts *fonts;

    snprintf(assets, sizeof assets, "%s/assets/fonts", source_dir());
    snprintf(hebrew, sizeof hebrew, "%s/NotoSansHebrew-Regular.ttf", assets);
    *have_hebrew = access(hebrew, R_OK) == 0;
    if (!*have_hebrew) {
        snprintf(hebrew, sizeof hebrew, "%s",
                 "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf");
        snprintf(hebrew_bold, sizeof hebrew_bold,
                 "/usr/share/fonts/truetype/noto/NotoSansHebrew-Bold.ttf");
        if (access(hebrew, R_OK) == 0 && access(hebrew_bold, R_OK) == 0) {
            paths[1] = hebrew;
            paths[2] = hebrew_bold;
            *have_hebrew = 1;
        }
    }
    fonts = wr_print_fonts_create(paths, err, sizeof err);
    if (!fonts)
        fprintf(stderr, "cannot load the fonts: %s\n", err);
    return fonts;
}

#endif
