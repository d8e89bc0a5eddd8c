/*
 * fuzz_pack.c -- the fuzz harness of the loader, the checker and the walker. The input is
 * a pack's script text; a line "--- es ---" splits it into an English and a Spanish
 * script, so that translations are compared too. It is loaded from memory under small
 * limits (wr_luapack_open_texts), every problem is formatted both ways, and whatever loads
 * is walked: a few random visits and a bounded walk through every branch.
 *
 * Built with clang -fsanitize=fuzzer it is a libFuzzer target (tests/fuzz/fuzz.cmake).
 * Built with -DWR_FUZZ_MAIN it is a plain program that feeds every file of the folders
 * (or files) named on its command line to the same function: the corpus as a regression
 * test, with any compiler.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "luapack.h"
#include "walk.h"

#define SPLIT "\n--- es ---\n"
#define MAX_INPUT (64 << 10)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Walks the loaded pack a little: random visits, then every branch up to a bound. */
static void walk(wr_luapack *lp)
{
    wr_walk_options o;
    wr_walk_defaults(&o);
    o.runs = 3;
    o.max_taps = 60;
    o.max_states = 40;
    wr_walk *w = wr_walk_run(wr_luapack_packs(lp), wr_luapack_count(lp), &o);
    FILE *null = fopen("/dev/null", "w");
    if (w && null)
        wr_walk_print(w, null);
    wr_walk_destroy(w);
    o.exhaustive = true;
    w = wr_walk_run(wr_luapack_packs(lp), wr_luapack_count(lp), &o);
    if (w && null)
        wr_walk_print(w, null);
    wr_walk_destroy(w);
    if (null)
        fclose(null);
}

/* Splits the input into one script, or an English and a Spanish one. Returns how many. */
static int split(const char *text, size_t len, wr_script_text *t)
{
    const char *mark = NULL;
    for (size_t i = 0; i + sizeof SPLIT - 1 <= len && !mark; i++)
        if (memcmp(text + i, SPLIT, sizeof SPLIT - 1) == 0)
            mark = text + i;
    if (!mark) {
        t[0] = (wr_script_text){NULL, "fuzz.lua", text, len};
        return 1;
    }
    t[0] = (wr_script_text){"en", "en/fuzz.lua", text, (size_t)(mark - text)};
    const char *es = mark + sizeof SPLIT - 1;
    t[1] = (wr_script_text){"es", "es/fuzz.lua", es, len - (size_t)(es - text)};
    return 2;
}

/* One input: load, check, print the problems both ways, walk. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    wr_lua_limits lim = {.memory = (size_t)4 << 20, .instructions = 300000};
    wr_script_text t[2];
    wr_diags d;
    if (size > MAX_INPUT)
        return 0;
    wr_diags_init(&d);
    int n = split((const char *)data, size, t);
    wr_luapack *lp = wr_luapack_open_texts(t, n, &lim, &d);
    FILE *null = fopen("/dev/null", "w");
    if (null) {
        wr_diags_print(&d, null, 0);
        wr_diags_print(&d, null, 1);
        fclose(null);
    }
    if (lp)
        walk(lp);
    wr_luapack_destroy(lp);
    wr_diags_free(&d);
    return 0;
}

#ifdef WR_FUZZ_MAIN
#include <dirent.h>
#include <sys/stat.h>

/* Feeds the file 'path' to the harness. Returns 0, or -1 when it cannot be read. */
static int feed(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    uint8_t *buf = malloc(MAX_INPUT);
    size_t n = buf ? fread(buf, 1, MAX_INPUT, f) : 0;
    fclose(f);
    if (!buf)
        return -1;
    LLVMFuzzerTestOneInput(buf, n);
    free(buf);
    return 0;
}

/* Feeds every file of the folder 'dir' (not its subfolders). Returns how many. */
static int feed_dir(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;
    while (d && (e = readdir(d)) != NULL) {
        char path[4096];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        if (e->d_name[0] != '.' && stat(path, &st) == 0 && S_ISREG(st.st_mode))
            n += feed(path) == 0;
    }
    if (d)
        closedir(d);
    return n;
}

/* Feeds every file named, or every file of every folder named; prints how many ran. */
int main(int argc, char **argv)
{
    int n = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
            n += feed_dir(argv[i]);
        else if (feed(argv[i]) == 0)
            n++;
    }
    printf("%d inputs ran without a crash\n", n);
    return n > 0 ? 0 : 1;
}
#endif
