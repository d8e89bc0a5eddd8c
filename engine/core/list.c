/*
 * list.c -- the patient's question list: flags for today, things to mention, questions
 * picked and typed, notes for the clinician, the safety net. Also the filling of
 * {placeholders} in pack text.
 */
#include "flow_internal.h"
#include "wipe.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    const char *r = wr_arena_strdup(&f->strings, out);
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
    wr_section_kind *kinds; /* optional: one per section closed, beside the sections */
    int n_sections;
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

/* Moves the builder's lines into a section of 'kind' stored in the arena. */
static int close_section(builder *b, wr_section_kind kind, const char *title, wr_section *out)
{
    if (b->n == 0)
        return 0;
    const char **lines = wr_arena_alloc(&b->f->strings, (size_t)b->n * sizeof *lines);
    if (!lines)
        return 0;
    memcpy(lines, b->lines, (size_t)b->n * sizeof *lines);
    out->title = title;
    out->lines = lines;
    out->n_lines = b->n;
    if (b->kinds)
        b->kinds[b->n_sections] = kind;
    b->n_sections++;
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
            add_line(b, wr_arena_printf(&b->f->strings, "%s (%s)", wr_fill(b->f, fl->patient),
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
            add_line(b, wr_arena_printf(&b->f->strings, "%.*s", (int)n, t));
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

/* Adds the lines of the safety net everyone gets (ui.safety_net, or the configuration's). */
static void add_safety_net(builder *b)
{
    wr_flow *f = b->f;
    const char *net = f->cfg.safety_net ? f->cfg.safety_net : wr_pack_ui(wr_flow_cur_pack(f),
                                                                         "safety_net");
    const char *filled = wr_fill(f, net);
    const char *nl = strchr(filled, '\n');
    if (nl && nl > filled && nl[-1] == ':')
        filled = nl + 1; /* "...if any of these start:" - the heading says it on the list */
    add_lines(b, filled);
}

/* One section per safety_net block whose condition holds: its lead-in as the title, then
 * its signs and what to do. Returns how many were added to 'out' (at most 'max'). */
static int add_nets(builder *b, wr_section *out, int max)
{
    const wr_pack *p = wr_flow_cur_pack(b->f);
    int n = 0;
    for (int i = 0; i < p->n_nets && n < max; i++) {
        const wr_safety_net *net = &p->nets[i];
        if (!wr_flow_eval(b->f, net->when))
            continue;
        for (int k = 0; k < net->n_signs; k++)
            add_line(b, wr_fill(b->f, net->signs[k]));
        if (net->action)
            add_line(b, wr_fill(b->f, net->action));
        n += close_section(b, WR_SECTION_SAFETY, wr_fill(b->f, net->title), &out[n]);
    }
    return n;
}

/* The safety_net blocks that hold, each as one paragraph in the form of ui.safety_net
 * (lead-in, then a line per sign): for the last screen. Returns how many went to 'out'. */
int wr_list_net_paras(wr_flow *f, const char **out, int max)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    int n = 0;
    for (int i = 0; i < p->n_nets && n < max; i++) {
        const wr_safety_net *net = &p->nets[i];
        char buf[4096];
        if (!wr_flow_eval(f, net->when))
            continue;
        int at = snprintf(buf, sizeof buf, "%s", net->title);
        for (int k = 0; k < net->n_signs && at < (int)sizeof buf; k++)
            at += snprintf(buf + at, sizeof buf - (size_t)at, "\n%s", net->signs[k]);
        if (net->action && at < (int)sizeof buf)
            snprintf(buf + at, sizeof buf - (size_t)at, "\n%s", net->action);
        out[n++] = wr_fill(f, wr_arena_strdup(&f->strings, buf));
    }
    return n;
}

/* Fills 'out' (at most 'max') with the list's sections, and 'kinds' (NULL, or one per
 * section) with what each holds; returns how many. 'staff': the printout's "For staff"
 * section too (not on the patient's screen). The safety nets are never crowded out: the
 * sections before them leave room. The lines live until the next screen. */
int wr_list_build(wr_flow *f, wr_section *out, wr_section_kind *kinds, int max, bool staff)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    builder b = {f, NULL, 0, 0, kinds, 0};
    int n = 0;
    if (max < 6 + WR_NET_MAX)
        return 0;
    add_flags(&b, WR_LEVEL_TODAY);
    n += close_section(&b, WR_SECTION_TODAY, wr_pack_ui(p, "list_flags"), &out[n]);
    add_flags(&b, WR_LEVEL_MENTION);
    n += close_section(&b, WR_SECTION_MENTION, wr_pack_ui(p, "list_mention"), &out[n]);
    add_questions(&b);
    n += close_section(&b, WR_SECTION_QUESTIONS, wr_pack_ui(p, "list_questions"), &out[n]);
    add_notes(&b);
    n += close_section(&b, WR_SECTION_NOTES, wr_pack_ui(p, "list_notes"), &out[n]);
    add_safety_net(&b);
    n += close_section(&b, WR_SECTION_SAFETY, wr_pack_ui(p, "list_safety"), &out[n]);
    n += add_nets(&b, out + n, WR_NET_MAX);
    if (staff) {
        add_staff(&b);
        n += close_section(&b, WR_SECTION_STAFF, wr_pack_ui(p, "list_staff"), &out[n]);
    }
    free(b.lines);
    return n;
}

/* ======================================================================================
 * The printout's head: a summary for the clinician, the date in words
 * ==================================================================================== */

/* Appends the pack's word 'key' (singular 'key_1' when n is 1) with {n} filled in, after
 * a comma when 'out' already holds something. Nothing when n is 0. */
static void summary_part(const wr_pack *p, const char *key, int n, char *out, size_t cap)
{
    char one[48];
    size_t used = strlen(out);
    if (n <= 0 || used + 1 >= cap)
        return;
    snprintf(one, sizeof one, "%s_1", key);
    const char *w = wr_pack_ui(p, n == 1 ? one : key);
    const char *at = strstr(w, "{n}");
    const char *comma = used ? wr_pack_ui(p, "summary_comma") : "";
    if (at)
        snprintf(out + used, cap - used, "%s%.*s%d%s", comma, (int)(at - w), w, n, at + 3);
    else
        snprintf(out + used, cap - used, "%s%s", comma, w);
}

/* The count of lines of the first section of 'kind'. */
static int count_kind(const wr_section *sec, const wr_section_kind *kinds, int n,
                      wr_section_kind kind)
{
    for (int i = 0; i < n; i++)
        if (kinds[i] == kind)
            return sec[i].n_lines;
    return 0;
}

/* The clinician's summary of the list ("2 things to check today, 4 questions, 3 notes") in
 * the pack's language, from sections and kinds of wr_flow_list_kinds(); "" for an empty
 * list. Lives until the next screen. */
const char *wr_flow_list_summary(const wr_flow *cf, const wr_section *sec,
                                 const wr_section_kind *kinds, int n)
{
    wr_flow *f = (wr_flow *)cf;
    const wr_pack *p = wr_flow_cur_pack(f);
    char out[512] = "";
    summary_part(p, "summary_today", count_kind(sec, kinds, n, WR_SECTION_TODAY), out,
                 sizeof out);
    summary_part(p, "summary_mention", count_kind(sec, kinds, n, WR_SECTION_MENTION), out,
                 sizeof out);
    summary_part(p, "summary_questions", count_kind(sec, kinds, n, WR_SECTION_QUESTIONS), out,
                 sizeof out);
    summary_part(p, "summary_notes", count_kind(sec, kinds, n, WR_SECTION_NOTES), out,
                 sizeof out);
    const char *r = wr_arena_strdup(&f->strings, out);
    return r ? r : "";
}

/* Replaces the first 'ph' of 'text' (in 'out') by 'with'. */
static void put_field(char *out, size_t cap, const char *ph, const char *with)
{
    char *at = strstr(out, ph);
    char tmp[256];
    if (!at)
        return;
    snprintf(tmp, sizeof tmp, "%s%s", with, at + strlen(ph));
    snprintf(at, cap - (size_t)(at - out), "%s", tmp);
}

/* The date in words in the pack's language, from its words print_date ("{day} {month}
 * {year}") and month_1..month_12: "3 December 2026", "3 de diciembre de 2026". 'month' is
 * 1 to 12. Lives until the next screen. */
const char *wr_flow_date_words(const wr_flow *cf, int year, int month, int day)
{
    wr_flow *f = (wr_flow *)cf;
    const wr_pack *p = wr_flow_cur_pack(f);
    char out[256], key[16], num[16];
    if (month < 1 || month > 12)
        return "";
    snprintf(out, sizeof out, "%s", wr_pack_ui(p, "print_date"));
    snprintf(key, sizeof key, "month_%d", month);
    put_field(out, sizeof out, "{month}", wr_pack_ui(p, key));
    snprintf(num, sizeof num, "%d", day);
    put_field(out, sizeof out, "{day}", num);
    snprintf(num, sizeof num, "%d", year);
    put_field(out, sizeof out, "{year}", num);
    const char *r = wr_arena_strdup(&f->strings, out);
    return r ? r : "";
}
