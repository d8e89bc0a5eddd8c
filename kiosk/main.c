/*
 * main.c -- the waitroom command line: the kiosk, --check, --headless --drive, --reference.
 */
#include "app.h"
#include "bundle.h"
#include "kiosk_drive.h"
#include "service.h"
#include "luapack.h"
#include "walk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <signal.h>
#include <unistd.h>

static const char usage[] =
    "usage: waitroom [options]\n"
    "  --scripts DIR      the script pack (default: scripts/clinic)\n"
    "  --config FILE      the kiosk configuration (staff PIN, printer, timeouts)\n"
    "  --assets DIR       fonts and pictures (default: assets)\n"
    "  --windowed         run in a window that can be closed (preview on a desktop)\n"
    "  --preview DIR      windowed, and reload DIR on every save, back on the same screen\n"
    "  --size WxH         window or headless frame size (default: the display's)\n"
    "  --print-to DIR     write printouts as PDF files instead of printing\n"
    "  --no-audio         no sound at all: read aloud stays silent\n"
    "  --check DIR        check a script pack and report every problem as file:line\n"
    "  --json             with --check: the problems as one JSON array\n"
    "  --walk DIR         play a script pack by itself and report what it reached\n"
    "  --runs N           with --walk: how many random visits (default 1000)\n"
    "  --seed S           with --walk: the seed of the random taps (default 1)\n"
    "  --exhaustive       with --walk: try every branch instead of random visits\n"
    "  --states N         with --exhaustive: explore at most N distinct states (20000)\n"
    "  --trace FILE       with --walk: write every screen, the flags and each printed list\n"
    "  --headless         render off screen, for --drive\n"
    "  --drive FILE       play a drive script (taps, waits, expectations) and exit\n"
    "  --shots DIR        where the drive script's shot() writes PNG files\n"
    "  --strings DIR LANG write DIR/strings/LANG.po, the string table of language LANG,\n"
    "                     brought up to date with the pack's logic (for translators)\n"
    "  --reference        print the script language reference (Markdown)\n"
    "  --version          print the version\n"
    "  --new-key NAME     make a key pair for signed script updates: NAME.key, NAME.pub\n"
    "  --sign-pack DIR    check the pack in DIR and write it as a signed bundle\n"
    "  --key FILE         with --sign-pack: the secret key (NAME.key)\n"
    "  --out FILE         with --sign-pack: the bundle (default: DIR's name + .wrpack)\n";

/* The folder this executable is in (from /proc/self/exe), or "." when unknown. */
static const char *exe_dir(void)
{
    static char dir[1024];
    ssize_t len = readlink("/proc/self/exe", dir, sizeof dir - 1);
    dir[len > 0 ? len : 0] = 0;
    char *slash = strrchr(dir, '/');
    if (len <= 0 || !slash)
        return ".";
    *slash = 0;
    return dir;
}

/* 'rel' under the working directory if it is there, else in the data folder beside the
 * executable (../share/waitroom: the install is relocatable), else under the source tree
 * this binary was built from. */
static const char *default_path(const char *rel)
{
    static char buf[2][1100];
    static int next;
    if (access(rel, R_OK) == 0)
        return rel;
    char *out = buf[next++ % 2];
    snprintf(out, sizeof buf[0], "%s/../share/waitroom/%s", exe_dir(), rel);
    if (access(out, R_OK) == 0)
        return out;
    snprintf(out, sizeof buf[0], "%s/%s", WR_SOURCE_DIR_PATH, rel);
    return out;
}

typedef struct args {
    wr_app_options opt;
    const char *check, *drive, *walk, *trace, *strings, *strings_lang;
    bool reference, json, version, force;
    const char *new_key, *sign_pack, *key, *out;
    wr_walk_options walk_opt;
} args;

/* A whole number from 'lo' to 'hi' in *out, from text 's'; 0, or -1 with a message. */
static int parse_count(const char *o, const char *s, unsigned long long lo,
                       unsigned long long hi, unsigned long long *out)
{
    char *end = NULL;
    *out = s ? strtoull(s, &end, 10) : 0;
    if (s && end != s && !*end && *out >= lo && *out <= hi)
        return 0;
    fprintf(stderr, "waitroom: %s wants a whole number from %llu to %llu\n", o, lo, hi);
    return -1;
}

/* The walker's options: --runs N, --seed S, --exhaustive, --states N. 1 when 'o' was one
 * of them (its value consumed), 0 when not, -1 after a message. */
static int parse_walk(const char *o, const char *v, args *a, int *i)
{
    unsigned long long n = 0;
    if (strcmp(o, "--exhaustive") == 0) {
        a->walk_opt.exhaustive = true;
        return 1;
    }
    bool runs = strcmp(o, "--runs") == 0, states = strcmp(o, "--states") == 0;
    if (!runs && !states && strcmp(o, "--seed") != 0)
        return 0;
    if (runs || states ? parse_count(o, v, 1, 10000000, &n) < 0
                       : parse_count(o, v, 0, ~0ULL, &n) < 0)
        return -1;
    if (runs)
        a->walk_opt.runs = (int)n;
    else if (states)
        a->walk_opt.max_states = (int)n;
    else
        a->walk_opt.seed = n;
    (*i)++;
    return 1;
}

static int parse_size(const char *s, int *w, int *h)
{
    return sscanf(s, "%dx%d", w, h) == 2 && *w >= 320 && *h >= 240 && *w <= 8192 &&
                   *h <= 8192
               ? 0
               : -1;
}

/* Fills 'a' from the command line; returns 0, 1 for --help, or -1 after a message. */
static int parse(int argc, char **argv, args *a)
{
    memset(a, 0, sizeof *a);
    wr_walk_defaults(&a->walk_opt);
    a->opt.scripts = default_path("scripts/clinic");
    a->opt.assets = default_path("assets");
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define VALUE(field)                                                                      \
    do {                                                                                  \
        if (!v) {                                                                         \
            fprintf(stderr, "waitroom: %s needs a value\n", o);                           \
            return -1;                                                                    \
        }                                                                                 \
        field = v;                                                                        \
        i++;                                                                              \
    } while (0)
        if (strcmp(o, "--scripts") == 0) {
            VALUE(a->opt.scripts);
            a->opt.scripts_given = true;
        }
        else if (strcmp(o, "--config") == 0) VALUE(a->opt.config);
        else if (strcmp(o, "--assets") == 0) VALUE(a->opt.assets);
        else if (strcmp(o, "--print-to") == 0) VALUE(a->opt.print_to);
        else if (strcmp(o, "--shots") == 0) VALUE(a->opt.shots);
        else if (strcmp(o, "--check") == 0) VALUE(a->check);
        else if (strcmp(o, "--drive") == 0) VALUE(a->drive);
        else if (strcmp(o, "--walk") == 0) VALUE(a->walk);
        else if (strcmp(o, "--trace") == 0) VALUE(a->trace);
        else if (strcmp(o, "--strings") == 0) {
            if (!v || i + 2 >= argc) {
                fprintf(stderr, "waitroom: --strings needs a pack folder and a language\n");
                return -1;
            }
            a->strings = v;
            a->strings_lang = argv[i + 2];
            i += 2;
        }
        else if (strcmp(o, "--json") == 0) a->json = true;
        else if (strcmp(o, "--windowed") == 0) a->opt.windowed = true;
        else if (strcmp(o, "--no-audio") == 0) a->opt.no_audio = true;
        else if (strcmp(o, "--preview") == 0) {
            VALUE(a->opt.scripts);
            a->opt.preview = a->opt.windowed = a->opt.scripts_given = true;
        }
        else if (strcmp(o, "--headless") == 0) a->opt.headless = true;
        else if (strcmp(o, "--reference") == 0) a->reference = true;
        else if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) return 1;
        else if (strcmp(o, "--version") == 0) a->version = true;
        else if (strcmp(o, "--new-key") == 0) VALUE(a->new_key);
        else if (strcmp(o, "--sign-pack") == 0) VALUE(a->sign_pack);
        else if (strcmp(o, "--key") == 0) VALUE(a->key);
        else if (strcmp(o, "--out") == 0) VALUE(a->out);
        else if (strcmp(o, "--force") == 0) a->force = true;
        else if (strcmp(o, "--size") == 0) {
            if (!v || parse_size(v, &a->opt.w, &a->opt.h) < 0) {
                fprintf(stderr, "waitroom: --size wants WxH, e.g. 1920x1080\n");
                return -1;
            }
            i++;
        } else {
            int w = parse_walk(o, v, a, &i);
            if (w < 0)
                return -1;
            if (w == 0) {
                fprintf(stderr, "waitroom: unknown option %s\n%s", o, usage);
                return -1;
            }
        }
#undef VALUE
    }
    if (a->drive && !a->opt.headless) {
        fprintf(stderr, "waitroom: --drive needs --headless\n");
        return -1;
    }
    return 0;
}

/* --walk: loads the pack (refused when it has errors), plays it by itself, prints the
 * report. 0 when the walk met no error. */
static int walk(const args *a)
{
    wr_diags d;
    wr_diags_init(&d);
    wr_luapack *lp = wr_luapack_open(a->walk, NULL, &d);
    if (!lp) {
        wr_diags_print(&d, stdout, 0);
        printf("%s: the pack has errors; fix them first (waitroom --check %s)\n", a->walk,
               a->walk);
        wr_diags_free(&d);
        return 1;
    }
    wr_diags_free(&d);
    wr_walk_options o = a->walk_opt;
    if (a->trace && !(o.trace = fopen(a->trace, "w"))) {
        fprintf(stderr, "waitroom: cannot write the trace %s\n", a->trace);
        wr_luapack_destroy(lp);
        return 1;
    }
    wr_walk *w = wr_walk_run(wr_luapack_packs(lp), wr_luapack_count(lp), &o);
    if (o.trace)
        fclose(o.trace);
    if (w)
        wr_walk_print(w, stdout);
    else
        fprintf(stderr, "waitroom: out of memory while walking %s\n", a->walk);
    int r = !w || wr_walk_errors(w) > 0;
    wr_walk_destroy(w);
    wr_luapack_destroy(lp);
    return r;
}

/* --sign-pack DIR --key FILE [--out FILE]: a signed bundle of a checked pack. */
static int sign_pack(const args *a)
{
    char out[1024];
    if (!a->key) {
        fprintf(stderr, "waitroom: --sign-pack needs --key FILE (made by --new-key)\n");
        return 2;
    }
    if (a->out) {
        snprintf(out, sizeof out, "%s", a->out);
    } else {
        size_t len = strlen(a->sign_pack);
        while (len > 1 && a->sign_pack[len - 1] == '/')
            len--;
        const char *base = a->sign_pack;
        for (size_t i = 0; i < len; i++)
            if (a->sign_pack[i] == '/' && i + 1 < len)
                base = a->sign_pack + i + 1;
        snprintf(out, sizeof out, "%.*s.wrpack", (int)(len - (size_t)(base - a->sign_pack)),
                 base);
    }
    return wr_bundle_sign(a->sign_pack, a->key, out, a->force, stdout) ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (getenv("WAITROOM_BENCH_FIRST_FRAME")) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        fprintf(stderr, "main-ns %lld\n", (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
    }
    args a;
    int r = parse(argc, argv, &a);
    if (r != 0) {
        fputs(r > 0 ? usage : "", r > 0 ? stdout : stderr);
        return r > 0 ? 0 : 2;
    }
    if (a.version) {
        printf("waitroom %s\n", WR_VERSION);
        return 0;
    }
    if (a.new_key)
        return wr_bundle_new_key(a.new_key, stdout) ? 1 : 0;
    if (a.sign_pack)
        return sign_pack(&a);
    if (a.reference) {
        wr_luapack_reference(stdout);
        return 0;
    }
    if (a.check)
        return wr_luapack_check(a.check, stdout, a.json) ? 1 : 0;
    if (a.walk)
        return walk(&a);
    if (a.strings)
        return wr_luapack_write_strings(a.strings, a.strings_lang, stdout) < 0 ? 1 : 0;
    if (a.opt.headless && !a.drive) {
        fprintf(stderr, "waitroom: --headless needs --drive FILE\n");
        return 2;
    }
    if (a.opt.headless && (a.opt.w == 0 || a.opt.h == 0)) {
        a.opt.w = 1920;
        a.opt.h = 1080;
    }
    wr_app app;
    if (wr_app_init(&app, &a.opt) < 0) {
        wr_app_fini(&app);
        return 1;
    }
    r = a.drive ? wr_kiosk_drive(&app, a.drive, stdout) : wr_app_run(&app);
    int status = app.exit_status; /* 3: staff restart, 4: staff shut down (the unit maps them) */
    wr_app_fini(&app);
    int sig = wr_service_stop_requested();
    if (sig)
        fprintf(stderr, "waitroom: stopped by %s; the visit was wiped, the print worker reaped\n",
                sig == SIGINT ? "SIGINT" : "SIGTERM");
    return r ? 1 : sig ? 0 : status;
}
