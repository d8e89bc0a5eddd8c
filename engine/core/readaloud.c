/*
 * readaloud.c -- the words Read aloud says for a screen (see readaloud.h). Uses only core.
 */
#include "readaloud.h"
#include "wipe.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define READ_TEXT_MAX 4096

/* ================================================================ pronunciation */

/* The pronounce { } entry for the word w[0..len), or NULL. */
static const wr_uitext *say_as(const wr_pack *p, const char *w, size_t len)
{
    for (int i = 0; p && i < p->n_sayas; i++) {
        const char *k = p->sayas[i].key;
        size_t kl = strlen(k);
        if (kl > 1 && k[kl - 1] == '*') {
            if (len >= kl - 1 && strncmp(w, k, kl - 1) == 0)
                return &p->sayas[i];
        } else if (kl == len && strncmp(w, k, len) == 0) {
            return &p->sayas[i];
        }
    }
    return NULL;
}

/* Appends s[0..len) to out (n bytes, NUL-terminated), as far as it fits. */
static void put(char *out, size_t n, const char *s, size_t len)
{
    size_t o = strlen(out);
    if (o + 1 >= n)
        return;
    if (len > n - o - 1)
        len = n - o - 1;
    memcpy(out + o, s, len);
    out[o + len] = 0;
}

/* Length of the dash at t (a hyphen or an en dash), or 0. */
static size_t dash(const char *t)
{
    if (*t == '-')
        return 1;
    return strncmp(t, "\xe2\x80\x93", 3) == 0 ? 3 : 0;
}

/* One word (no spaces) as said: its replacement, else its number ranges spelt out. */
static void say_word(const wr_pack *p, const char *w, size_t len, char *out, size_t n)
{
    size_t core = len;
    while (core > 0 && strchr(".,;:!?)\"'", w[core - 1]))
        core--;
    const wr_uitext *e = say_as(p, w, core);
    if (e) {
        put(out, n, e->text, strlen(e->text));
        put(out, n, w + core, len - core);
        return;
    }
    const char *to = wr_pack_ui(p, "read_to");
    for (size_t i = 0; i < len;) {
        size_t d = dash(w + i);
        if (d && i > 0 && isdigit((unsigned char)w[i - 1]) && i + d < len &&
            isdigit((unsigned char)w[i + d])) {
            put(out, n, " ", 1);
            put(out, n, to, strlen(to));
            put(out, n, " ", 1);
            i += d;
        } else {
            put(out, n, w + i, 1);
            i++;
        }
    }
}

/* 'text' with the pack's pronunciations. */
void wr_read_pronounce(const wr_pack *p, const char *text, char *out, size_t n)
{
    out[0] = 0;
    for (const char *t = text ? text : ""; *t;) {
        size_t sp = strspn(t, " \t\n");
        if (sp) {
            if (out[0] && out[strlen(out) - 1] != ' ')
                put(out, n, " ", 1);
            t += sp;
            continue;
        }
        size_t len = strcspn(t, " \t\n");
        say_word(p, t, len, out, n);
        t += len;
    }
}

/* ================================================================ utterances */

/* Empties r. */
void wr_read_free(wr_read *r)
{
    for (int i = 0; i < r->n; i++) {
        wr_wipe_str(r->text[i]);
        r->text[i] = NULL;
    }
    r->n = 0;
}

/* Adds one part: 'text' as said (pronounced), for the screen part 'part'. */
static void add(wr_read *r, const wr_pack *p, wr_part part, const char *text)
{
    char buf[READ_TEXT_MAX];
    if (!text || !*text || r->n >= WR_READ_MAX_PARTS)
        return;
    wr_read_pronounce(p, text, buf, sizeof buf);
    char *copy = buf[0] ? strdup(buf) : NULL;
    wr_wipe(buf, sizeof buf);
    if (!copy)
        return;
    r->part[r->n] = part;
    r->text[r->n++] = copy;
}

/* True for the controls read with a number (and picked by number keys). */
static bool numbered(const wr_control *c)
{
    return c->role == WR_ROLE_REPLY || c->role == WR_ROLE_PRIMARY || c->role == WR_ROLE_SECONDARY;
}

int wr_read_number_of(const wr_screen *s, int i)
{
    if (i < 0 || i >= s->n_controls || !numbered(&s->controls[i]))
        return 0;
    int n = 0;
    for (int k = 0; k <= i; k++)
        n += numbered(&s->controls[k]);
    return n;
}

int wr_read_numbered(const wr_screen *s, int n)
{
    for (int i = 0, k = 0; i < s->n_controls; i++)
        if (numbered(&s->controls[i]) && ++k == n)
            return i;
    return -1;
}

/* Is control c the tick of a private question on a group screen (its short line names the
 * topic, so it is read only through headphones)? */
static bool private_tick(const wr_screen *s, const wr_pack *p, const wr_control *c)
{
    if (!s->group || c->action != WR_ACT_OPTION || c->arg < 0 || c->arg >= s->n_group)
        return false;
    int qi = wr_pack_find_question(p, s->group[c->arg]);
    return qi >= 0 && p->questions[qi].private;
}

/* "N: label." for control i, "label." without a number; "" for the patient's own words
 * without headphones; "N." for a private question's tick without headphones. */
static void control_words(const wr_screen *s, const wr_pack *p, int i, bool headphones, char *buf,
                          size_t n)
{
    const wr_control *c = &s->controls[i];
    int num = wr_read_number_of(s, i);
    buf[0] = 0;
    if (c->action == WR_ACT_REMOVE_OWN && !headphones)
        return;
    if (private_tick(s, p, c) && !headphones) {
        snprintf(buf, n, "%d.", num);
        return;
    }
    if (num)
        snprintf(buf, n, "%d: ", num);
    put(buf, n, c->label, strlen(c->label));
    if (c->selected && c->role != WR_ROLE_NAV) {
        const char *w = wr_pack_ui(p, "read_selected");
        put(buf, n, ", ", 2);
        put(buf, n, w, strlen(w));
    }
    put(buf, n, ".", 1);
}

/* The scale: "0 to 10. 0: low. 10: high." */
static void scale_words(wr_read *r, const wr_screen *s, const wr_pack *p)
{
    const char *lo = NULL, *hi = NULL;
    for (int i = 0; i < s->n_controls; i++) {
        if (s->controls[i].role != WR_ROLE_SCALE)
            continue;
        lo = lo ? lo : s->controls[i].label;
        hi = s->controls[i].label;
    }
    if (!lo)
        return;
    char buf[1024];
    snprintf(buf, sizeof buf, "%s-%s.", lo, hi);
    if (s->scale_low)
        snprintf(buf + strlen(buf), sizeof buf - strlen(buf), " %s: %s.", lo, s->scale_low);
    if (s->scale_high)
        snprintf(buf + strlen(buf), sizeof buf - strlen(buf), " %s: %s.", hi, s->scale_high);
    add(r, p, (wr_part){WR_PART_NONE, 0}, buf);
}

/* The list preview's sections (the patient's own words): only through headphones. */
static void section_words(wr_read *r, const wr_screen *s, const wr_pack *p)
{
    for (int i = 0; i < s->n_sections; i++) {
        add(r, p, (wr_part){WR_PART_NONE, 0}, s->sections[i].title);
        for (int k = 0; k < s->sections[i].n_lines; k++)
            add(r, p, (wr_part){WR_PART_NONE, 0}, s->sections[i].lines[k]);
    }
}

/* The kiosk's turn, then the choices. */
int wr_read_screen(const wr_screen *s, const wr_pack *p, bool headphones, wr_read *out)
{
    char buf[READ_TEXT_MAX];
    bool withheld = false;
    wr_read_free(out);
    add(out, p, (wr_part){WR_PART_TITLE, 0}, s->title);
    for (int i = 0; i < s->n_paras; i++) {
        if (s->para_private[i] && !headphones) {
            if (!withheld && s->kind == WR_SCREEN_QUESTION) /* elsewhere: just left out */
                add(out, p, (wr_part){WR_PART_PARA, i}, wr_pack_ui(p, "read_private"));
            withheld = true;
            continue;
        }
        add(out, p, (wr_part){WR_PART_PARA, i}, s->paras[i]);
    }
    if (headphones)
        section_words(out, s, p);
    scale_words(out, s, p);
    for (int i = 0; i < s->n_controls; i++) {
        const wr_control *c = &s->controls[i];
        if (c->role == WR_ROLE_KEY || c->role == WR_ROLE_SCALE)
            continue;
        control_words(s, p, i, headphones, buf, sizeof buf);
        add(out, p, (wr_part){WR_PART_CONTROL, i}, buf);
    }
    wr_wipe(buf, sizeof buf);
    return out->n;
}

/* The control that took the focus. */
int wr_read_control(const wr_screen *s, const wr_pack *p, const wr_control *c, bool headphones,
                    wr_read *out)
{
    char buf[READ_TEXT_MAX];
    wr_read_free(out);
    for (int i = 0; i < s->n_controls; i++) {
        const wr_control *k = &s->controls[i];
        if (k->action == c->action && k->arg == c->arg && strcmp(k->label, c->label) == 0) {
            control_words(s, p, i, headphones, buf, sizeof buf);
            add(out, p, (wr_part){WR_PART_CONTROL, i}, buf);
            wr_wipe(buf, sizeof buf);
            return out->n;
        }
    }
    snprintf(buf, sizeof buf, "%s%s%s.", c->label, c->selected ? ", " : "",
             c->selected ? wr_pack_ui(p, "read_selected") : "");
    add(out, p, (wr_part){WR_PART_NONE, 0}, buf); /* a nav control */
    return out->n;
}
