/*
 * test_walk.c -- the walker plays packs by itself: on the sample pack it reaches every
 * scene, question, option and red flag, randomly and through every branch, the same way
 * for the same seed; on broken packs it finds the error and gives the shortest taps to it;
 * on the clinic pack it reaches every scene in both languages.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "luapack.h"
#include "walk.h"

static char source[1024];

/* Loads the pack at 'rel' (under the source tree when it starts with '/', else here). */
static wr_luapack *load(const char *rel, const wr_lua_limits *lim)
{
    char path[2048];
    wr_diags d;
    wr_diags_init(&d);
    snprintf(path, sizeof path, "%s%s", rel[0] == '/' ? source : "", rel);
    wr_luapack *lp = wr_luapack_open(path, lim, &d);
    if (!lp)
        wr_diags_print(&d, stderr, 0);
    wr_diags_free(&d);
    return lp;
}

/* Walks 'lp' with 'runs' random visits (0: every branch). */
static wr_walk *walk(wr_luapack *lp, int runs, unsigned long long seed)
{
    wr_walk_options o;
    wr_walk_defaults(&o);
    o.exhaustive = runs == 0;
    o.runs = runs;
    o.seed = seed;
    return wr_walk_run(wr_luapack_packs(lp), wr_luapack_count(lp), &o);
}

/* Everything of language 'lang' was reached. */
static void check_full(const wr_walk *w, int lang)
{
    wr_walk_cover c;
    wr_walk_coverage(w, lang, &c);
    CHECK(c.n_scenes > 0 && c.scenes == c.n_scenes);
    CHECK(c.questions == c.n_questions);
    CHECK(c.options == c.n_options);
    CHECK(c.choices == c.n_choices);
    CHECK(c.flags == c.n_flags);
    CHECK(c.notes == c.n_notes);
}

/* The report without its first line (which has the time taken), malloc'd. */
static char *report(const wr_walk *w)
{
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    wr_walk_print(w, out);
    fclose(out);
    memmove(text, strchr(text, '\n') + 1, strlen(strchr(text, '\n') + 1) + 1);
    return text;
}

/* The sample pack: every part reached, no error, the same report from the same seed. */
static void test_sample(void)
{
    wr_luapack *lp = load("/scripts/sample", NULL);
    CHECK(lp != NULL);
    if (!lp)
        return;
    wr_walk *a = walk(lp, 500, 7), *b = walk(lp, 500, 7), *all = walk(lp, 0, 0);
    check_full(a, 0);
    check_full(all, 0);
    CHECK(wr_walk_errors(a) == 0 && wr_walk_errors(all) == 0);
    char *ra = report(a), *rb = report(b);
    CHECK_STR(ra, rb);
    CHECK(strstr(ra, "never reached") == NULL);
    free(ra);
    free(rb);
    wr_walk_destroy(a);
    wr_walk_destroy(b);
    wr_walk_destroy(all);
    wr_luapack_destroy(lp);
}

/* A pack whose script function fails: the error, and the fewest taps that reach it. */
static void test_runtime_error(void)
{
    const char *path = NULL;
    wr_luapack *lp = load("/tests/drive/packs/runtime_error", NULL);
    CHECK(lp != NULL);
    if (!lp)
        return;
    for (int runs = 200; runs >= 0; runs -= 200) {
        wr_walk *w = walk(lp, runs, 1);
        CHECK(wr_walk_errors(w) == 1);
        if (wr_walk_errors(w) >= 1) {
            const char *msg = wr_walk_error(w, 0, &path);
            CHECK(strstr(msg, "runtime_error/main.lua:7: attempt to index a nil value") != NULL);
            CHECK_STR(path, "\"Touch the screen to start\" > \"Next\"");
        }
        wr_walk_destroy(w);
    }
    wr_luapack_destroy(lp);
}

/* Attacks that run while a patient uses the kiosk are found, each with its message. */
static void test_attacks(void)
{
    static const char *const packs[][2] = {
        {"attack_runtime_loop", "attack_runtime_loop/main.lua:8: instruction budget exceeded"},
        {"attack_runtime_memory", "attack_runtime_memory/main.lua:8: memory limit exceeded"},
        {"attack_runtime_escape", "attack_runtime_escape/main.lua:8: 'os' is not available"},
    };
    wr_lua_limits lim = {.memory = 1 << 20, .instructions = 200000};
    for (size_t i = 0; i < sizeof packs / sizeof packs[0]; i++) {
        const char *path = NULL;
        wr_luapack *lp = load(packs[i][0], &lim);
        CHECK(lp != NULL);
        if (!lp)
            continue;
        wr_walk *w = walk(lp, 20, 1);
        CHECK(wr_walk_errors(w) == 1);
        if (wr_walk_errors(w) == 1) {
            const char *msg = wr_walk_error(w, 0, &path);
            CHECK(strncmp(msg, packs[i][1], strlen(packs[i][1])) == 0);
            CHECK_STR(path, "\"Touch the screen to start\" > \"Yes\"");
        }
        wr_walk_destroy(w);
        wr_luapack_destroy(lp);
    }
}

/* The clinic pack: 2000 random visits reach every scene and question of both languages, no
 * error (1000 were enough before the grouped safety questions and the shorter journey: a
 * question behind a tick in a group, and the follow-ups asked on fewer answers, are reached
 * less often). */
static void test_clinic(void)
{
    wr_luapack *lp = load("/scripts/clinic", NULL);
    CHECK(lp != NULL);
    if (!lp)
        return;
    wr_walk *w = walk(lp, 2000, 1);
    for (int lang = 0; lang < wr_luapack_count(lp); lang++) {
        wr_walk_cover c;
        wr_walk_coverage(w, lang, &c);
        CHECK(c.scenes == c.n_scenes && c.questions == c.n_questions);
    }
    CHECK(wr_walk_errors(w) == 0);
    wr_walk_print(w, stdout);
    wr_walk_destroy(w);
    wr_luapack_destroy(lp);
}

/* Every walk above; WR_SOURCE_DIR names the source tree. */
int main(void)
{
    const char *src = getenv("WR_SOURCE_DIR");
    snprintf(source, sizeof source, "%s", src ? src : "../..");
    test_sample();
    test_runtime_error();
    test_attacks();
    test_clinic();
    return check_done();
}
