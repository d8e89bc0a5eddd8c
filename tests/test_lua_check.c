/*
 * test_lua_check.c -- waitroom --check rule by rule. Every pack tests/packs/check_NAME and
 * attack_NAME must give exactly the lines of its expected.txt ("file:line: code: message",
 * then the count); the JSON form is one array a tool can read; every code of the table is
 * shown by some pack and explained in the staff guide; the shipped packs have no error.
 * Runs in tests/packs, so that messages name files as "check_dead_end/main.lua".
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "diag.h"
#include "luapack.h"

/* The whole file 'path' (malloc'd), or NULL. */
static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t len = 0;
    if (!f)
        return NULL;
    FILE *out = open_memstream(&buf, &len);
    int c;
    while ((c = fgetc(f)) != EOF)
        fputc(c, out);
    fclose(out);
    fclose(f);
    return buf;
}

/* What --check prints for 'dir' (malloc'd); *errors receives its return value. */
static char *check_text(const char *dir, int json, int *errors)
{
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    *errors = wr_luapack_check(dir, out, json);
    fclose(out);
    return text;
}

/* Every code that occurs in 'text', added to 'seen' (one byte per code of the table). */
static void note_codes(const char *text, char *seen)
{
    int n = 0;
    const wr_diag_code *codes = wr_diag_codes(&n);
    for (int i = 0; i < n; i++) {
        char mark[16];
        snprintf(mark, sizeof mark, " %s: ", codes[i].code);
        seen[i] |= strstr(text, mark) != NULL;
    }
}

/* Counts the lines of 'text' that carry an error code ("E..."). */
static int error_lines(const char *text)
{
    int n = 0;
    for (const char *p = text; (p = strstr(p, ": E")) != NULL; p += 3)
        n += p[3] >= '0' && p[3] <= '9';
    return n;
}

/* One pack against its expected.txt. */
static void check_pack(const char *dir, char *seen)
{
    char path[512];
    int errors = 0;
    snprintf(path, sizeof path, "%s/expected.txt", dir);
    char *want = slurp(path), *got = check_text(dir, 0, &errors);
    if (!want || strcmp(want, got) != 0) {
        check_failed++;
        fprintf(stderr, "%s: --check gave\n%s--- but expected.txt says\n%s", dir, got,
                want ? want : "(no expected.txt)\n");
    } else {
        check_passed++;
    }
    CHECK(errors == error_lines(got));
    note_codes(got, seen);
    free(want);
    free(got);
}

/* Every check_NAME and attack_NAME pack; every code of the table must show up in one. */
static void test_rule_packs(void)
{
    int n = 0, packs = 0;
    const wr_diag_code *codes = wr_diag_codes(&n);
    char *seen = calloc((size_t)n, 1);
    DIR *d = opendir(".");
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        if (strncmp(e->d_name, "check_", 6) != 0 && strncmp(e->d_name, "attack_", 7) != 0)
            continue;
        check_pack(e->d_name, seen);
        packs++;
    }
    if (d)
        closedir(d);
    CHECK(packs >= 50);
    for (int i = 0; i < n; i++) {
        if (!seen[i])
            fprintf(stderr, "no pack in tests/packs shows %s %s\n", codes[i].code, codes[i].name);
        CHECK(seen[i]);
    }
    free(seen);
}

/* --json: one array of objects with file, line, code, severity and message. */
static void test_json(void)
{
    int errors = 0;
    char *got = check_text("check_unknown_option", 1, &errors);
    CHECK(errors == 2);
    CHECK_STR(got,
              "[{\"file\": \"check_unknown_option/main.lua\", \"line\": 9, \"code\": \"E103\", "
              "\"severity\": \"error\", \"message\": \"question 'saddle' has no option "
              "\\\"yes\\\" (did you mean \\\"Yes\\\"?)\"},\n"
              " {\"file\": \"check_unknown_option/main.lua\", \"line\": 9, \"code\": \"E103\", "
              "\"severity\": \"error\", \"message\": \"question 'saddle' has no option "
              "\\\"Unsure\\\"\"}]\n");
    free(got);
    got = check_text("check_no_scripts", 1, &errors);
    CHECK_STR(got, "[{\"file\": \"check_no_scripts\", \"line\": 0, \"code\": \"E007\", "
                   "\"severity\": \"error\", \"message\": \"no .lua scripts here\"}]\n");
    free(got);
    got = check_text("check_dead_end", 1, &errors);
    CHECK(got[0] == '[' && got[strlen(got) - 2] == ']');
    free(got);
}

/* The staff guide explains every code: "`E101` unknown-scene" somewhere in it. */
static void test_guide(const char *src)
{
    char path[1024], mark[128];
    int n = 0;
    const wr_diag_code *codes = wr_diag_codes(&n);
    snprintf(path, sizeof path, "%s/scripts/README.md", src);
    char *guide = slurp(path);
    CHECK(guide != NULL);
    for (int i = 0; guide && i < n; i++) {
        snprintf(mark, sizeof mark, "`%s` %s", codes[i].code, codes[i].name);
        CHECK_HAS(guide, mark);
    }
    free(guide);
}

/* The shipped packs: no error (warnings allowed: the sample is not clinically reviewed). */
static void test_shipped(const char *src)
{
    char path[1024];
    int errors = -1;
    snprintf(path, sizeof path, "%s/scripts/sample", src);
    char *got = check_text(path, 0, &errors);
    CHECK(errors == 0);
    CHECK_HAS(got, "W501: no clinical review sign-off");
    free(got);
    snprintf(path, sizeof path, "%s/scripts/clinic", src);
    got = check_text(path, 0, &errors);
    CHECK(errors == 0);
    if (errors)
        fprintf(stderr, "%s", got);
    free(got);
}

/* Every check above; the guide and the shipped packs need WR_SOURCE_DIR. */
int main(void)
{
    const char *src = getenv("WR_SOURCE_DIR");
    test_rule_packs();
    test_json();
    if (src) {
        test_guide(src);
        test_shipped(src);
    }
    return check_done();
}
