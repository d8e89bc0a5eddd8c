/*
 * config.c -- reading the kiosk's "key = value" configuration file.
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "flow.h"
#include "textcheck.h"

#define MAX_CONFIG (64 << 10)

/* Fills 'cfg' with the defaults: 90 s idle, 30 s countdown, A4, no staff PIN, slips and the
 * chime on, an urgent screen re-alerting every 3 minutes. */
void wr_config_defaults(wr_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->idle_seconds = WR_FLOW_IDLE_SECONDS;
    cfg->countdown_seconds = WR_FLOW_COUNTDOWN_SECONDS;
    cfg->end_seconds = WR_FLOW_END_SECONDS;
    cfg->print_timeout = 60;
    cfg->urgent_slip = 1;
    cfg->today_slip = 1;
    cfg->alert_repeat_minutes = 3;
    cfg->chime = 1;
    snprintf(cfg->page_size, sizeof cfg->page_size, "A4");
    const char *state = getenv("STATE_DIRECTORY"); /* systemd's StateDirectory= */
    if (state && !strchr(state, ':') && strlen(state) < sizeof cfg->pack_store - 8)
        snprintf(cfg->pack_store, sizeof cfg->pack_store, "%s/packs", state);
    cfg->speech_rate = 160;
    cfg->speech_volume = 100;
    cfg->read_aloud_auto = 1;
    snprintf(cfg->keys_read, sizeof cfg->keys_read, "Keypad *, F1");
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

/* A yes/no setting. */
static int yes_no(const char *v, int *out, const char **why)
{
    if (strcmp(v, "yes") && strcmp(v, "no"))
        return *why = "use yes or no", -1;
    *out = strcmp(v, "yes") == 0;
    return 0;
}

/* Read aloud and keypad settings; 1 when 'k' is not one of them. */
static int apply_speech(wr_config *c, const char *k, const char *v, const char **why)
{
    static const struct {
        const char *key;
        size_t off;
    } keys[] = {
        {"keys_next", offsetof(wr_config, keys_next)},
        {"keys_previous", offsetof(wr_config, keys_previous)},
        {"keys_activate", offsetof(wr_config, keys_activate)},
        {"keys_back", offsetof(wr_config, keys_back)},
        {"keys_read", offsetof(wr_config, keys_read)},
    };
    if (strcmp(k, "speech_rate") == 0)
        return *why = "speech_rate must be 80 to 400", number(v, 80, 400, &c->speech_rate);
    if (strcmp(k, "speech_volume") == 0)
        return *why = "speech_volume must be 10 to 200", number(v, 10, 200, &c->speech_volume);
    if (strcmp(k, "read_aloud_auto") == 0)
        return yes_no(v, &c->read_aloud_auto, why);
    if (strcmp(k, "headphones_only") == 0)
        return yes_no(v, &c->headphones_only, why);
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(k, keys[i].key) == 0)
            return copy((char *)c + keys[i].off, sizeof c->keys_next, v);
    return 1;
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
    if (strcmp(k, "draft_languages") == 0)
        return yes_no(v, &c->draft_languages, why);
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
    if (strcmp(k, "clinic_name") == 0)
        return *why = "clinic_name is too long (at most 127 bytes)",
               copy(c->clinic_name, sizeof c->clinic_name, v);
    int r = apply_speech(c, k, v, why);
    if (r <= 0)
        return r;
    if (strcmp(k, "page_size") == 0) {
        if (strcmp(v, "A4") && strcmp(v, "Letter") && strcmp(v, "receipt"))
            return *why = "page_size must be A4, Letter or receipt", -1;
        return copy(c->page_size, sizeof c->page_size, v);
    }
    if (strcmp(k, "rotate") == 0) {
        if (strcmp(v, "0") && strcmp(v, "90") && strcmp(v, "180") && strcmp(v, "270"))
            return *why = "rotate must be 0, 90, 180 or 270", -1;
        c->rotate = atoi(v);
        return 0;
    }
    if (strcmp(k, "update_key") == 0) {
        if (strlen(v) != 64 || strspn(v, "0123456789abcdefABCDEF") != 64)
            return *why = "update_key must be the 64 hex digits of waitroom --new-key's .pub", -1;
        return copy(c->update_key, sizeof c->update_key, v);
    }
    if (strcmp(k, "update_from") == 0)
        return *why = "update_from is too long", copy(c->update_from, sizeof c->update_from, v);
    if (strcmp(k, "pack_store") == 0)
        return *why = "pack_store is too long", copy(c->pack_store, sizeof c->pack_store, v);
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
    /* every problem is told; good lines apply */
    for (char *line = text, *next; line; line = next) {
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
