/*
 * list.c -- the patient's question list: flags for today, things to mention, questions
 * picked and typed, notes for the clinician, the safety net. Also the scratch arena that
 * holds the strings of one screen, and the filling of {placeholders} in pack text.
 */
#include "flow_internal.h"
#include "wipe.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ======================================================================================
 * Arena
 * ==================================================================================== */

struct arena_block {
    arena_block *next;
    size_t len;
    _Alignas(16) char text[];
};

/* A formatted string that lives until arena_reset(); NULL when out of memory. */
char *arena_printf(arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    arena_block *b = malloc(sizeof *b + (size_t)n + 1);
    if (!b)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(b->text, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len = (size_t)n;
    b->next = a->head;
    a->head = b;
    return b->text;
}

/* 'size' zeroed bytes, aligned for any object, that live until arena_reset(). */
void *arena_alloc(arena *a, size_t size)
{
    arena_block *b = calloc(1, sizeof *b + size + 1);
    if (!b)
        return NULL;
    b->len = size;
    b->next = a->head;
    a->head = b;
    return b->text;
}

/* A copy of 's' that lives until arena_reset(). */
char *arena_strdup(arena *a, const char *s)
{
    return arena_printf(a, "%s", s ? s : "");
}

/* Overwrites and frees every string of the arena (they may hold patient text). */
void arena_reset(arena *a)
{
    while (a->head) {
        arena_block *b = a->head;
        a->head = b->next;
        wr_wipe_free(b, sizeof *b + b->len + 1);
    }
}

/* ======================================================================================
 * Placeholders
 * ==================================================================================== */

/* Appends the replacement for placeholder 'name' (without braces) to 'out'. */
static void fill_one(wr_flow *f, const char *name, size_t len, char *out, size_t cap)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    char key[64];
    if (len >= sizeof key)
        return;
    memcpy(key, name, len);
    key[len] = 0;
    size_t used = strlen(out);
    if (strncmp(key, "answer:", 7) == 0) {
        int qi = wr_pack_find_question(p, key + 7);
        char words[512];
        if (qi >= 0 &&
            wr_session_answer_words(f->session, &p->questions[qi], words, sizeof words))
            snprintf(out + used, cap - used, "%s", words);
        return;
    }
    if (strcmp(key, "emergency") == 0) {
        const char *n = f->cfg.emergency_number;
        snprintf(out + used, cap - used, "%s", n && n[0] ? n : wr_pack_ui(p, "emergency_number"));
        return;
    }
    if (strcmp(key, "crisis_line") == 0) {
        const char *n = f->cfg.crisis_line;
        snprintf(out + used, cap - used, "%s", n && n[0] ? n : wr_pack_ui(p, "crisis_line"));
        return;
    }
    snprintf(out + used, cap - used, "{%s}", key);
}

/* 'text' with every {answer:qid} and {emergency} filled in; lives until the next screen. */
const char *wr_fill(wr_flow *f, const char *text)
{
    if (!text || !strchr(text, '{'))
        return text;
    char out[4096] = "";
    const char *s = text;
    while (*s) {
        const char *open = strchr(s, '{');
        const char *close = open ? strchr(open, '}') : NULL;
        if (!close) {
            strncat(out, s, sizeof out - strlen(out) - 1);
            break;
        }
        strncat(out, s, (size_t)(open - s) < sizeof out - strlen(out) - 1
                            ? (size_t)(open - s) : sizeof out - strlen(out) - 1);
        fill_one(f, open + 1, (size_t)(close - open - 1), out, sizeof out);
        s = close + 1;
    }
    const char *r = arena_strdup(&f->strings, out);
    memset(out, 0, sizeof out);
    return r ? r : "";
}

/* ======================================================================================
 * The list
 * ==================================================================================== */

typedef struct builder {
    wr_flow *f;
    const char **lines;
    int n, cap;
} builder;

static void add_line(builder *b, const char *line)
{
    if (b->n == b->cap) {
        int cap = b->cap ? b->cap * 2 : 16;
        const char **v = realloc(b->lines, (size_t)cap * sizeof *v);
        if (!v)
            return;
        b->lines = v;
        b->cap = cap;
    }
    b->lines[b->n++] = line;
}

/* Moves the builder's lines into a section stored in the arena. */
static int close_section(builder *b, const char *title, wr_section *out)
{
    if (b->n == 0)
        return 0;
    const char **lines = arena_alloc(&b->f->strings, (size_t)b->n * sizeof *lines);
    if (!lines)
        return 0;
    memcpy(lines, b->lines, (size_t)b->n * sizeof *lines);
    out->title = title;
    out->lines = lines;
    out->n_lines = b->n;
    b->n = 0;
    return 1;
}

/* The patient words of the flags raised at 'level'. A combination names the answers it
 * combined; a flag a raised combination names is not repeated. */
static void add_flags(builder *b, wr_level level)
{
    const wr_pack *p = wr_flow_cur_pack(b->f);
    for (int i = 0; i < p->n_flags; i++) {
        const wr_flag *fl = &p->flags[i];
        if (fl->level != level || !wr_flow_eval(b->f, fl->when) ||
            wr_urgent_combined_away(b->f, i))
            continue;
        if (fl->n_combines && !fl->topic_free)
            add_line(b, arena_printf(&b->f->strings, "%s (%s)", wr_fill(b->f, fl->patient),
                                     wr_urgent_combined_words(b->f, fl)));
        else
            add_line(b, wr_fill(b->f, fl->patient));
    }
}

/* "For staff": the codes and clinician words of every flag on the list, apart from the
 * patient's own words. */
static void add_staff(builder *b)
{
    const char *lines[64];
    for (wr_level l = WR_LEVEL_URGENT; l <= WR_LEVEL_MENTION; l++) {
        int n = wr_flow_staff_lines(b->f, l, true, lines, 64);
        for (int i = 0; i < n; i++)
            add_line(b, lines[i]);
    }
}

/* Adds 'text' one line per line: a safety net written as several lines prints as bullets. */
static void add_lines(builder *b, const char *text)
{
    for (const char *t = text; *t;) {
        const char *nl = strchr(t, '\n');
        size_t n = nl ? (size_t)(nl - t) : strlen(t);
        if (n)
            add_line(b, arena_printf(&b->f->strings, "%.*s", (int)n, t));
        t += n + (nl ? 1 : 0);
    }
}

static void add_questions(builder *b)
{
    const wr_pack *p = wr_flow_cur_pack(b->f);
    for (int i = 0; i < wr_session_n_prompts(b->f->session); i++) {
        int k = wr_pack_find_prompt(p, wr_session_prompt_at(b->f->session, i));
        if (k >= 0)
            add_line(b, p->prompts[k].text);
    }
    for (int i = 0; i < wr_session_n_own(b->f->session); i++)
        add_line(b, wr_session_own_at(b->f->session, i));
}

static void add_notes(builder *b)
{
    const wr_pack *p = wr_flow_cur_pack(b->f);
    for (int i = 0; i < p->n_notes; i++)
        if (wr_flow_eval(b->f, p->notes[i].when))
            add_line(b, wr_fill(b->f, p->notes[i].text));
}

/* Fills 'out' (at most 'max') with the list's sections; returns how many. 'staff': the
 * printout's "For staff" section too (not on the patient's screen). The lines live until
 * the next screen. */
int wr_list_build(wr_flow *f, wr_section *out, int max, bool staff)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    builder b = {f, NULL, 0, 0};
    int n = 0;
    if (n < max) {
        add_flags(&b, WR_LEVEL_TODAY);
        n += close_section(&b, wr_pack_ui(p, "list_flags"), &out[n]);
    }
    if (n < max) {
        add_flags(&b, WR_LEVEL_MENTION);
        n += close_section(&b, wr_pack_ui(p, "list_mention"), &out[n]);
    }
    if (n < max) {
        add_questions(&b);
        n += close_section(&b, wr_pack_ui(p, "list_questions"), &out[n]);
    }
    if (n < max) {
        add_notes(&b);
        n += close_section(&b, wr_pack_ui(p, "list_notes"), &out[n]);
    }
    if (n < max) {
        const char *net = f->cfg.safety_net ? f->cfg.safety_net : wr_pack_ui(p, "safety_net");
        const char *filled = wr_fill(f, net);
        const char *nl = strchr(filled, '\n');
        if (nl && nl > filled && nl[-1] == ':')
            filled = nl + 1; /* "...if any of these start:" - the heading says it on the list */
        add_lines(&b, filled);
        n += close_section(&b, wr_pack_ui(p, "list_safety"), &out[n]);
    }
    if (n < max && staff) {
        add_staff(&b);
        n += close_section(&b, wr_pack_ui(p, "list_staff"), &out[n]);
    }

    free(b.lines);
    return n;
}
