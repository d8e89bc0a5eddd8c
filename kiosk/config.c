/*
 * config.c -- reading the kiosk's "key = value" configuration file.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Fills 'cfg' with the defaults: 90 s idle, 30 s countdown, A4, no staff PIN, slips and the
 * chime on, an urgent screen re-alerting every 3 minutes. */
void wr_config_defaults(wr_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->idle_seconds = 90;
    cfg->countdown_seconds = 30;
    cfg->end_seconds = 20;
    cfg->print_timeout = 60;
    cfg->urgent_slip = 1;
    cfg->today_slip = 1;
    cfg->alert_repeat_minutes = 3;
    cfg->chime = 1;
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

/* yes or no into *out. */
static int yes_no(const char *v, int *out, const char **why)
{
    if (strcmp(v, "yes") && strcmp(v, "no"))
        return *why = "use yes or no", -1;
    *out = strcmp(v, "yes") == 0;
    return 0;
}

/* Digits only, 'min' of them at least. */
static int digits(char *dst, size_t n, const char *v, size_t min, const char **why)
{
    for (const char *p = v; *p; p++)
        if (!isdigit((unsigned char)*p))
            return *why = "a code must be digits", -1;
    if (strlen(v) < min || strlen(v) >= n)
        return *why = "desk_code must be 4 to 15 digits", -1;
    memcpy(dst, v, strlen(v) + 1);
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
    if (strcmp(k, "urgent_slip") == 0)
        return yes_no(v, &c->urgent_slip, why);
    if (strcmp(k, "today_slip") == 0)
        return yes_no(v, &c->today_slip, why);
    if (strcmp(k, "chime") == 0)
        return yes_no(v, &c->chime, why);
    if (strcmp(k, "desk_code") == 0)
        return digits(c->desk_code, sizeof c->desk_code, v, 4, why);
    if (strcmp(k, "alert_repeat_minutes") == 0)
        return *why = "alert_repeat_minutes must be 0 to 60",
               number(v, 0, 60, &c->alert_repeat_minutes);
    if (strcmp(k, "desk_printer") == 0)
        return copy(c->desk_printer, sizeof c->desk_printer, v);
    if (strcmp(k, "emergency_number") == 0)
        return copy(c->emergency_number, sizeof c->emergency_number, v);
    if (strcmp(k, "crisis_line") == 0)
        return copy(c->crisis_line, sizeof c->crisis_line, v);
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
