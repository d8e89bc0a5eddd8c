/*
 * config.c -- reading the kiosk's "key = value" configuration file.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "flow.h"

/* Fills 'cfg' with the defaults: 90 s idle, 30 s countdown, A4, no staff PIN. */
void wr_config_defaults(wr_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->idle_seconds = WR_FLOW_IDLE_SECONDS;
    cfg->countdown_seconds = WR_FLOW_COUNTDOWN_SECONDS;
    cfg->end_seconds = WR_FLOW_END_SECONDS;
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
        return *why = "countdown_seconds must be 20 to 600",
               number(v, WR_FLOW_MIN_COUNTDOWN_SECONDS, 600, &c->countdown_seconds);
    if (strcmp(k, "end_seconds") == 0)
        return number(v, 3, 600, &c->end_seconds);
    if (strcmp(k, "print_timeout") == 0)
        return number(v, 5, 600, &c->print_timeout);
    if (strcmp(k, "printer") == 0)
        return copy(c->printer, sizeof c->printer, v);
    if (strcmp(k, "language") == 0)
        return copy(c->language, sizeof c->language, v);
    if (strcmp(k, "urgent_slip") == 0 || strcmp(k, "today_slip") == 0 ||
        strcmp(k, "draft_languages") == 0) {
        if (strcmp(v, "yes") && strcmp(v, "no"))
            return *why = "use yes or no", -1;
        *(strcmp(k, "urgent_slip") == 0   ? &c->urgent_slip
          : strcmp(k, "today_slip") == 0 ? &c->today_slip
                                          : &c->draft_languages) = strcmp(v, "yes") == 0;
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

/* Reads 'path' over the current values of 'cfg'. */
int wr_config_load(wr_config *cfg, const char *path, FILE *log)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(log, "%s: cannot read the configuration file\n", path);
        return -1;
    }
    char line[512];
    int lineno = 0, rc = 0;
    while (rc == 0 && fgets(line, sizeof line, f)) {
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
    fclose(f);
    return rc;
}
