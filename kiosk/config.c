/*
 * config.c -- reading the kiosk's "key = value" configuration file.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "textcheck.h"

#define MAX_CONFIG (64 << 10)

/* Fills 'cfg' with the defaults: 90 s idle, 30 s countdown, A4, no staff PIN. */
void wr_config_defaults(wr_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->idle_seconds = 90;
    cfg->countdown_seconds = 30;
    cfg->end_seconds = 20;
    cfg->print_timeout = 60;
    snprintf(cfg->page_size, sizeof cfg->page_size, "A4");
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    char *e = s + strlen(s);
    while (e > s && isspace((unsigned char)e[-1]))
        *--e = 0;
    return s;
}

static int number(const char *v, int lo, int hi, int *out)
{
    char *end;
    long n = strtol(v, &end, 10);
    if (*v == 0 || *end || n < lo || n > hi)
        return -1;
    *out = (int)n;
    return 0;
}

static int copy(char *dst, size_t n, const char *v)
{
    if (strlen(v) >= n)
        return -1;
    memcpy(dst, v, strlen(v) + 1);
    return 0;
}

/* Applies one setting; returns 0, or -1 with a message in 'why'. */
static int apply(wr_config *c, const char *k, const char *v, const char **why)
{
    *why = "bad value";
    if (strcmp(k, "staff_pin") == 0) {
        for (const char *p = v; *p; p++)
            if (!isdigit((unsigned char)*p))
                return *why = "staff_pin must be digits", -1;
        return copy(c->staff_pin, sizeof c->staff_pin, v);
    }
    if (strcmp(k, "idle_seconds") == 0)
        return number(v, 10, 3600, &c->idle_seconds);
    if (strcmp(k, "countdown_seconds") == 0)
        return *why = "countdown_seconds must be 20 to 600", number(v, 20, 600, &c->countdown_seconds);
    if (strcmp(k, "end_seconds") == 0)
        return number(v, 3, 600, &c->end_seconds);
    if (strcmp(k, "print_timeout") == 0)
        return number(v, 5, 600, &c->print_timeout);
    if (strcmp(k, "printer") == 0)
        return copy(c->printer, sizeof c->printer, v);
    if (strcmp(k, "language") == 0)
        return copy(c->language, sizeof c->language, v);
    if (strcmp(k, "urgent_slip") == 0 || strcmp(k, "today_slip") == 0) {
        if (strcmp(v, "yes") && strcmp(v, "no"))
            return *why = "use yes or no", -1;
        *(strcmp(k, "urgent_slip") == 0 ? &c->urgent_slip : &c->today_slip) =
            strcmp(v, "yes") == 0;
        return 0;
    }
    if (strcmp(k, "page_size") == 0) {
        if (strcmp(v, "A4") && strcmp(v, "Letter") && strcmp(v, "receipt"))
            return *why = "page_size must be A4, Letter or receipt", -1;
        return copy(c->page_size, sizeof c->page_size, v);
    }
    *why = "unknown setting";
    return -1;
}

/* The whole of 'path' (malloc'd, NUL-terminated) in *text, or -1 after a message: the
 * configuration must be a plain text file, UTF-8 without NUL bytes or control characters,
 * of at most 64 KiB. */
static int read_text(const char *path, char **text, FILE *log)
{
    char why[64];
    size_t at = 0, len = 0;
    struct stat st;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC); /* a pipe must not block */
    FILE *f = fd < 0 ? NULL : fdopen(fd, "r");
    const char *bad = !f ? "cannot be read"
                      : fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)
                          ? "is not a plain file (a folder, a pipe or a device)"
                      : st.st_size > MAX_CONFIG ? "is over 64 KiB; is it the right file?"
                                                : NULL;
    if (fd >= 0 && !f)
        close(fd);
    *text = bad ? NULL : malloc(MAX_CONFIG + 1);
    if (!bad && !*text)
        bad = "out of memory";
    if (!bad) {
        len = fread(*text, 1, MAX_CONFIG, f);
        (*text)[len] = 0;
        bad = wr_text_problem(*text, len, 2, &at, why, sizeof why);
    }
    if (f)
        fclose(f);
    if (!bad)
        return 0;
    if (*text)
        fprintf(log, "%s:%d: the configuration holds %s: it must be plain UTF-8 text\n", path,
                wr_text_line(*text, at), bad);
    else
        fprintf(log, "%s: the configuration file %s\n", path, bad);
    free(*text);
    *text = NULL;
    return -1;
}

/* Reads 'path' over the current values of 'cfg'. */
int wr_config_load(wr_config *cfg, const char *path, FILE *log)
{
    char *text = NULL;
    if (read_text(path, &text, log) < 0)
        return -1;
    int lineno = 0, rc = 0;
    for (char *line = text, *next; rc == 0 && line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        lineno++;
        char *hash = strchr(line, '#');
        if (hash)
            *hash = 0;
        char *s = trim(line);
        if (!*s)
            continue;
        char *eq = strchr(s, '=');
        const char *why = "expected key = value";
        if (!eq || apply(cfg, trim((*eq = 0, s)), trim(eq + 1), &why) < 0) {
            fprintf(log, "%s:%d: %s\n", path, lineno, why);
            rc = -1;
        }
    }
    free(text);
    return rc;
}
