/*
 * ram_scan.c -- nothing typed outlives the visit, in RAM too. Starts the real kiosk in a
 * window (under Xvfb: run it with xvfb-run), types a canary into it with xdotool as a
 * keyboard would, and lets the visit end (the idle wipe). Then it reads the kiosk's whole
 * memory through /proc/PID/mem and fails on any copy of the canary, as UTF-8, UTF-16 or
 * UTF-32 (either byte order). A scan while the visit is still on must find the canary
 * (else the typing never arrived and the test proves nothing).
 * The kiosk is this program's child, so reading its memory needs no extra privilege.
 * usage: ram_scan WAITROOM PACK CONFIG
 */
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CANARY "Qzvj7Kanarie"
#define PART 8 /* a part of it that is still unlikely by chance */
#define CHUNK (1UL << 20)          /* read this much at a time */
#define OVERLAP 256                /* more than the longest pattern */
#define MAX_REGION (1UL << 32)     /* larger mappings are a sanitizer's shadow */

/* 'text' in encoding 'e' (0 UTF-8, 1 UTF-16LE, 2 UTF-16BE, 3 UTF-32LE, 4 UTF-32BE) into
 * 'out'; returns its length. ASCII only. */
static size_t encode(const char *text, int e, unsigned char *out)
{
    static const int width[] = {1, 2, 2, 4, 4};
    size_t n = 0;
    for (const char *p = text; *p; p++) {
        int w = width[e];
        memset(out + n, 0, (size_t)w);
        out[n + (e == 2 ? 1 : e == 4 ? 3 : 0)] = (unsigned char)*p;
        n += (size_t)w;
    }
    return n;
}

/* Copies of the encoded patterns that start in the first CHUNK bytes of 'buf' (read at
 * 'at' in the mapping 'name'); each is printed. Every encoding holds the text's first
 * letter 'first' at a fixed place ('lead'), so the search jumps from one such letter to the
 * next with memchr instead of trying every byte: a sanitizer's build scans its hundreds of
 * MiB in seconds. */
static int scan_chunk(const unsigned char *buf, size_t got, unsigned long at, const char *name,
                      unsigned char pat[5][256], const size_t len[5], unsigned char first)
{
    static const char *const names[] = {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"};
    static const size_t lead[] = {0, 0, 1, 0, 3};
    int hits = 0;
    for (const unsigned char *q = memchr(buf, first, got); q;
         q = memchr(q + 1, first, got - (size_t)(q + 1 - buf))) {
        size_t j = (size_t)(q - buf);
        for (int e = 0; e < 5; e++) {
            size_t i = j - lead[e];
            if (j < lead[e] || i >= CHUNK || got - i < len[e] || memcmp(buf + i, pat[e], len[e]))
                continue;
            printf("  copy as %s at %#lx in %s\n", names[e], at + (unsigned long)i,
                   name[0] ? name : "(anonymous)");
            hits++;
        }
    }
    return hits;
}

/* Copies of 'text' (any encoding above) in the memory of 'pid'; each is printed. */
static int scan(pid_t pid, const char *text)
{
    char path[64], line[512];
    unsigned char pat[5][256];
    size_t len[5];
    int hits = 0;
    static unsigned char buf[CHUNK + OVERLAP];
    for (int e = 0; e < 5; e++)
        len[e] = encode(text, e, pat[e]);
    snprintf(path, sizeof path, "/proc/%d/maps", (int)pid);
    FILE *maps = fopen(path, "r");
    snprintf(path, sizeof path, "/proc/%d/mem", (int)pid);
    int mem = open(path, O_RDONLY);
    if (!maps || mem < 0) {
        fprintf(stderr, "ram_scan: cannot read the kiosk's memory (%s)\n", path);
        exit(2);
    }
    while (fgets(line, sizeof line, maps)) {
        unsigned long lo, hi;
        char perms[8], name[400] = "";
        if (sscanf(line, "%lx-%lx %7s %*s %*s %*s %399[^\n]", &lo, &hi, perms, name) < 3 ||
            perms[0] != 'r' || strstr(name, "[vvar]") || strstr(name, "[vsyscall]"))
            continue;
        if (hi - lo > MAX_REGION) { /* a sanitizer's shadow: reserved, not data */
            printf("  (skipped %lu MiB at %#lx %s)\n", (hi - lo) >> 20, lo, name);
            continue;
        }
        for (unsigned long at = lo; at < hi; at += CHUNK) { /* chunks overlap by OVERLAP */
            size_t size = hi - at < CHUNK + OVERLAP ? hi - at : CHUNK + OVERLAP;
            ssize_t got = pread(mem, buf, size, (off_t)at);
            if (got > 0)
                hits += scan_chunk(buf, (size_t)got, at, name, pat, len, (unsigned char)*text);
        }
    }
    fclose(maps);
    close(mem);
    return hits;
}

/* Runs a shell command (xdotool); its exit status. */
static int run(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int run(const char *fmt, ...)
{
    char cmd[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    return system(cmd);
}

static void nap(int ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

int main(int argc, char **argv)
{
    if (argc != 4 || !getenv("DISPLAY")) {
        fprintf(stderr, "usage: xvfb-run -a ram_scan WAITROOM PACK CONFIG\n");
        return 2;
    }
    pid_t pid = fork();
    if (pid == 0) {
        execl(argv[1], argv[1], "--windowed", "--scripts", argv[2], "--config", argv[3],
              "--size", "800x480", (char *)NULL);
        _exit(127);
    }
    int rc = 1;
    /* the window, then a tap on the attract screen, then the canary on the keyboard */
    if (run("xdotool search --sync --onlyvisible --name '^waitroom$' > /dev/null") != 0)
        goto out;
    /* Under load (a sanitizer build beside other tests) the kiosk may not yet take the
     * tap or the keys when they come; try again, waiting longer each time. A second tap
     * lands on the on-screen keyboard's "y", which does no harm. */
    int before = 0;
    for (int attempt = 1; attempt <= 6 && before == 0; attempt++) {
        nap(700 * attempt);
        run("xdotool search --name '^waitroom$' windowfocus mousemove --window %%1 400 240 "
            "click 1");
        nap(700 * attempt);
        run("xdotool type --delay 40 '%s'", CANARY);
        nap(700 * attempt);
        printf("while the visit is on (try %d):\n", attempt);
        before = scan(pid, CANARY);
        printf("%d copies\n", before);
    }
    if (before == 0) {
        printf("ram_scan: the canary never reached the kiosk; the test proves nothing\n");
        goto out;
    }
    /* the idle wipe: idle_seconds + countdown_seconds of the config, and a little more */
    printf("waiting for the idle wipe...\n");
    nap(34000);
    printf("after the visit:\n");
    int after = scan(pid, CANARY);
    printf("%d copies; of its first %d letters (a copy made while it was typed):\n", after,
           PART);
    char part[PART + 1];
    memcpy(part, CANARY, PART);
    part[PART] = '\0';
    after += scan(pid, part);
    printf("%d copies in all\n", after);
    rc = after == 0 ? 0 : 1;
out:
    kill(pid, SIGTERM);
    waitpid(pid, NULL, 0);
    return rc;
}
