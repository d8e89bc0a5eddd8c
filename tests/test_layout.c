/*
 * test_layout.c -- the layout invariants of issue 12, checked geometrically on the laid-out
 * boxes (the draw list before scrolling, the hit targets, the regions), never by eye:
 * every screen the shipped clinic pack shows on a visit (in English and Spanish: welcome,
 * questions of every kind, the question picker and its keyboard, the list, printing, the
 * end, the idle warning, the urgent screen, the error and staff PIN screens) is laid out
 * with the real fonts at 800x480, 1280x800, 1920x1080, 3840x2160 and 480x800, at normal
 * and Larger text, in normal and high contrast, with the "Aa" menu closed and open, and:
 *   - the toolbar is one row, at most 12 % of the height;
 *   - the focused question or message is shown whole when the screen opens;
 *   - every control's label fits inside it, never broken inside a word;
 *   - the primary action is in view without scrolling;
 *   - nothing is cut by another element (no overlapping controls or lines, no line cut by
 *     the edge of its region except under a fade);
 *   - every target is at least 9 mm on a 15-inch 1080p panel (and 4K at 15 inches), 7 mm
 *     on a 7-inch 800x480 panel (and a 10.1-inch 1280x800 one).
 * Screenshots of every screen at 480x800 and 800x480 in Larger text and at 1920x1080 go to
 * the folder given second (build/shots/layout).
 * Then it shows that the checks can fail: a label lengthened past the width of its button
 * is reported.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "flow.h"
#include "luapack.h"
#include "platform.h"
#include "ui_internal.h"

/* A display: its size in pixels, its diagonal in inches and the smallest target in mm. */
typedef struct display {
    int w, h;
    double inches, mm;
} display;

static int cards_seen; /* screens with a care card */

static const display displays[] = {
    {800, 480, 7.0, 7.0},   {1280, 800, 10.1, 7.0}, {1920, 1080, 15.0, 9.0},
    {3840, 2160, 15.0, 9.0}, {480, 800, 7.0, 7.0},
};
#define N_DISPLAYS (int)(sizeof displays / sizeof displays[0])

static wr_platform *pf;
static wr_platform *shot_pf[3]; /* 480x800 (Larger text) and 1920x1080: screenshots */
static const char *shots;       /* the folder for them, or NULL */
static int groups_seen;         /* group screens (ask_group) checked */
static char shot_done[256][48];
static int n_shot_done;
static int problems;    /* problems found in the shipped screens */
static int layouts;     /* layouts checked */
static bool quiet;      /* while a broken label is checked on purpose */
static char kinds_seen[32];

/* The smallest target on display d, in pixels. */
static double min_px(const display *d)
{
    double ppi = sqrt((double)d->w * d->w + (double)d->h * d->h) / d->inches;
    return d->mm / 25.4 * ppi;
}

/* Reports one problem. */
static int report(const char *where, const char *what, const char *label)
{
    if (!quiet)
        fprintf(stderr, "%s: %s%s%s%s\n", where, what, label ? " \"" : "", label ? label : "",
                label ? "\"" : "");
    return 1;
}

/* True when r holds all of b. */
static bool holds(wr_rect r, wr_rect b)
{
    return b.x >= r.x && b.y >= r.y && b.x + b.w <= r.x + r.w && b.y + b.h <= r.y + r.h;
}

/* True when a and b share a pixel. */
static bool overlap(wr_rect a, wr_rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/* 'b' of region r on screen at the current scroll. */
static wr_rect on_screen(const wr_ui *ui, int r, wr_rect b)
{
    b.x += ui->reg[r].view.x;
    b.y += ui->reg[r].view.y - ui->reg[r].scroll;
    return b;
}

/* True when control i is not shown (a closed menu's item). */
static bool hidden(const wr_ui *ui, int i)
{
    return ui->reg[ui->ctls[i].region].view.h <= 0;
}

/* Collapses runs of white space in s into single spaces, trimmed, into out. */
static void words_of(const char *s, char *out, size_t n)
{
    size_t o = 0;
    bool space = false;
    for (; s && *s && o + 2 < n; s++) {
        bool ws = *s == ' ' || *s == '\n' || *s == '\t';
        if (ws) {
            space = o > 0;
            continue;
        }
        if (space)
            out[o++] = ' ';
        space = false;
        out[o++] = *s;
    }
    out[o] = '\0';
}

/* Control i's label: its lines fit inside it and join back into the label's words. */
static int check_label(const wr_ui *ui, int i, const char *where)
{
    const control *k = &ui->ctls[i];
    char joined[1024] = "", want[1024];
    int bad = 0, lines = 0;
    for (int j = 0; j < ui->n_items; j++) {
        const item *it = &ui->items[j];
        wr_rect b = it->d.box;
        if (it->region != k->region || !it->d.text ||
            !holds(k->box, (wr_rect){b.x + b.w / 2, b.y + b.h / 2, 1, 1}))
            continue;
        if (it->d.kind == WR_DRAW_ICON) { /* Shift, Delete: an icon stands for the label */
            bad += holds(k->box, b) ? 0 : report(where, "icon not inside its control", k->label);
            return bad;
        }
        if (it->d.kind != WR_DRAW_TEXT)
            continue;
        lines++;
        if (!holds(k->box, b))
            bad += report(where, "label not inside its control", k->label);
        size_t jl = strlen(joined);
        if (jl && joined[jl - 1] != '-') /* a break after a hyphen is not inside a word */
            strncat(joined, " ", sizeof joined - strlen(joined) - 1);
        strncat(joined, it->d.text, sizeof joined - strlen(joined) - 1);
    }
    char got[1024];
    words_of(joined, got, sizeof got);
    words_of(k->label, want, sizeof want);
    if (lines > 0 && strcmp(got, want) != 0)
        bad += report(where, "label broken inside a word", k->label);
    if (lines == 0 && want[0])
        bad += report(where, "label not drawn in its control", k->label);
    return bad;
}

/* Every enabled, shown control: big enough, label inside, no overlap with another. */
static int check_controls(const wr_ui *ui, double min, const char *where)
{
    int bad = 0;
    for (int i = 0; i < ui->n_ctls; i++) {
        const control *k = &ui->ctls[i];
        if (hidden(ui, i))
            continue;
        if (!k->disabled && (k->box.w < min || k->box.h < min))
            bad += report(where, "target too small", k->label);
        if (k->box.x < 0 || k->box.x + k->box.w > ui->w)
            bad += report(where, "control outside the screen", k->label);
        bad += check_label(ui, i, where);
        for (int j = i + 1; j < ui->n_ctls; j++)
            if (!hidden(ui, j) && ui->ctls[j].region == k->region &&
                overlap(k->box, ui->ctls[j].box))
                bad += report(where, "controls overlap", k->label);
    }
    return bad;
}

/* The top bar: one row of controls, at most 12 % of the height; the regions below it
 * overlap neither it nor each other. */
static int check_bar(const wr_ui *ui, const char *where)
{
    int bad = 0, top = -1, bottom = 0;
    for (int i = 0; i < ui->n_ctls; i++) {
        const control *k = &ui->ctls[i];
        if (k->region != REG_FIXED || k->role != WR_ROLE_NAV)
            continue;
        if (top >= 0 && k->box.y != top)
            bad += report(where, "toolbar in more than one row at", k->label);
        top = k->box.y;
        bottom = k->box.y + k->box.h > bottom ? k->box.y + k->box.h : bottom;
    }
    if (top >= 0 && ui->reg[REG_CONV].view.y * 100 > ui->h * 12)
        bad += report(where, "toolbar taller than 12 % of the screen", NULL);
    if (bottom > ui->reg[REG_CONV].view.y)
        bad += report(where, "toolbar over the conversation", NULL);
    wr_rect c = ui->reg[REG_CONV].view, p = ui->reg[REG_PANEL].view;
    if (p.h > 0 && overlap(c, p))
        bad += report(where, "conversation and reply panel overlap", NULL);
    return bad;
}

/* The current turn (the question or message) is in view whole, and every primary action
 * is in view: both without scrolling. */
static int check_focus(const wr_ui *ui, const wr_screen *s, const char *where)
{
    int bad = 0;
    wr_rect view = ui->reg[REG_CONV].view, t = on_screen(ui, REG_CONV, ui->turn);
    if (ui->turn.h > 0 && !holds(view, t))
        bad += report(where, "the question or message is not shown whole",
                      s->title ? s->title : s->n_paras ? s->paras[0] : NULL);
    for (int i = 0; i < ui->n_ctls; i++) {
        const control *k = &ui->ctls[i];
        if (k->role != WR_ROLE_PRIMARY || hidden(ui, i))
            continue;
        wr_rect b = on_screen(ui, k->region, k->box);
        if (!holds(ui->reg[k->region].view, b) || b.y + b.h > ui->h)
            bad += report(where, "primary action not in view", k->label);
    }
    return bad;
}

/* The height of the fade drawn at the top (top true) or bottom edge of region r's view,
 * from the draw list: translucent rectangles across that edge's half of the view. */
static int fade_height(const wr_ui *ui, int r, bool top)
{
    const wr_draw_item *it;
    int n = wr_ui_draw_list(ui, &it), h = 0;
    wr_rect v = ui->reg[r].view;
    for (int i = 0; i < n; i++) {
        wr_rect b = it[i].box;
        if (it[i].kind != WR_DRAW_RECT || it[i].color.a == 255 || it[i].clip.y != v.y ||
            it[i].clip.h != v.h || b.w < v.w / 2 || (b.y < v.y + v.h / 2) != top)
            continue;
        int reach = top ? b.y + b.h - v.y : v.y + v.h - b.y;
        h = reach > h ? reach : h;
    }
    return h;
}

/* No line of text overlaps another, and none is cut by the edge of its region except
 * under the fade of a scrolled edge. */
static int check_cuts(const wr_ui *ui, const char *where)
{
    const wr_draw_item *it;
    int n = wr_ui_draw_list(ui, &it), bad = 0;
    for (int i = 0; i < n; i++) {
        if (it[i].kind != WR_DRAW_TEXT)
            continue;
        wr_rect b = it[i].box, c = it[i].clip;
        if (!holds(c, b) && overlap(c, b)) {
            wr_rect pv = ui->reg[REG_PANEL].view;
            int r = c.y == pv.y && c.x == pv.x && c.w == pv.w && pv.h > 0 ? REG_PANEL : REG_CONV;
            bool at_top = b.y < c.y;
            int shown = at_top ? b.y + b.h - c.y : c.y + c.h - b.y;
            if (shown > fade_height(ui, r, at_top))
                bad += report(where, "a line is cut by the edge of its region", it[i].text);
        }
        for (int j = i + 1; j < n; j++) {
            wr_rect o = it[j].box;
            if (it[j].kind == WR_DRAW_TEXT && overlap(b, o) && holds(c, b) &&
                holds(it[j].clip, o) && it[j].clip.y != c.y)
                bad += report(where, "two lines overlap", it[i].text);
        }
    }
    return bad;
}

/* A patient's keyboard (a screen with a typing field) is whole in view without scrolling
 * (every key, every row), and its keys are never shorter than a line of their letters
 * with a gap (the keys grow with the text). */
static int check_keys(const wr_ui *ui, const wr_screen *s, const char *where)
{
    int bad = 0;
    if (!s->field || s->kind == WR_SCREEN_STAFF)
        return 0;
    int least = wr_ui_font(ui, ui->sz.key, false).line_height + ui->sz.gap;
    least = least < ui->sz.target ? ui->sz.target : least;
    for (int i = 0; i < ui->n_ctls; i++) {
        const control *k = &ui->ctls[i];
        if (k->role != WR_ROLE_KEY || hidden(ui, i))
            continue;
        wr_rect b = on_screen(ui, k->region, k->box);
        if (!holds(ui->reg[k->region].view, b))
            bad += report(where, "key not in view without scrolling", k->label);
        if (k->box.h < least)
            bad += report(where, "key shorter than its text needs", k->label);
    }
    return bad;
}

/* The first line of the word 'word' of a scale (low or high) is drawn next to the number
 * control c: overlapping its columns, and just above or below it. */
static int check_scale_word(const wr_ui *ui, const char *word, const control *c, const char *where)
{
    if (!word || !*word || !c)
        return 0;
    for (int j = 0; j < ui->n_items; j++) {
        const item *it = &ui->items[j];
        wr_rect b = it->d.box, k = c->box;
        if (it->d.kind != WR_DRAW_TEXT || it->region != c->region ||
            strncmp(word, it->d.text, strlen(it->d.text)) != 0)
            continue;
        int gap = b.y >= k.y + k.h ? b.y - (k.y + k.h) : k.y - (b.y + b.h);
        if (b.x < k.x + k.w && k.x < b.x + b.w && gap >= 0 && gap <= ui->sz.pad)
            return 0;
    }
    return report(where, "scale word not by its end number", word);
}

/* A scale's end words sit by its lowest and highest numbers. */
static int check_scale(const wr_ui *ui, const wr_screen *s, const char *where)
{
    const control *lo = NULL, *hi = NULL;
    for (int i = 0; i < ui->n_ctls; i++) {
        const control *k = &ui->ctls[i];
        if (k->action != WR_ACT_SCALE)
            continue;
        lo = !lo || k->arg < lo->arg ? k : lo;
        hi = !hi || k->arg > hi->arg ? k : hi;
    }
    return check_scale_word(ui, s->scale_low, lo, where) +
           check_scale_word(ui, s->scale_high, hi, where);
}

/* True when control k is drawn as a filled button in the accent colour (an item of its
 * region filling exactly its box). */
static bool filled(const wr_ui *ui, const control *k)
{
    for (int j = 0; j < ui->n_items; j++) {
        const item *it = &ui->items[j];
        wr_rect b = it->d.box;
        wr_color c = it->d.color, a = ui->th.accent;
        if (it->region == k->region && it->d.kind == WR_DRAW_RECT && it->d.border == 0 &&
            b.x == k->box.x && b.y == k->box.y && b.w == k->box.w && b.h == k->box.h &&
            c.r == a.r && c.g == a.g && c.b == a.b)
            return true;
    }
    return false;
}

/* At most one button of the screen's actions (primary and secondary) is filled. */
static int check_one_primary(const wr_ui *ui, const char *where)
{
    int n = 0;
    for (int i = 0; i < ui->n_ctls; i++) {
        const control *k = &ui->ctls[i];
        if ((k->role == WR_ROLE_PRIMARY || k->role == WR_ROLE_SECONDARY) && filled(ui, k) &&
            ++n == 2)
            return report(where, "a second filled primary button", k->label);
    }
    return 0;
}

/* True when the draw items hold a care card of edge colour e: the edge (a filled bar
 * at least a line tall) and its sign (a filled square or disc in the same colour) with a
 * "!" on it. */
static bool has_card(const wr_ui *ui, wr_color e)
{
    int bars = 0, signs = 0, line = wr_ui_font(ui, ui->sz.body, false).line_height;
    for (int j = 0; j < ui->n_items; j++) {
        const wr_draw_item *d = &ui->items[j].d;
        bool same = d->color.r == e.r && d->color.g == e.g && d->color.b == e.b;
        if (d->kind != WR_DRAW_RECT || d->border || !same)
            continue;
        bars += d->box.w < d->box.h / 4 && d->box.h >= line;
        bool sign = d->box.w == d->box.h && j + 1 < ui->n_items &&
                    ui->items[j + 1].d.kind == WR_DRAW_TEXT &&
                    strcmp(ui->items[j + 1].d.text, "!") == 0;
        signs += sign;
    }
    return bars > 0 && signs > 0;
}

/* The safety messages show as care cards: a "today" or "urgent" paragraph or list
 * section, the end screen's safety net and the urgent screen's words. */
static int check_cards(const wr_ui *ui, const wr_screen *s, const char *where)
{
    bool today = false, urgent = s->kind == WR_SCREEN_URGENT && s->n_paras > 0;
    for (int i = 0; i < s->n_paras; i++) {
        today = today || s->para_look[i] == WR_LOOK_TODAY;
        urgent = urgent || s->para_look[i] == WR_LOOK_URGENT;
    }
    for (int i = 0; i < s->n_sections; i++) {
        today = today || s->section_look[i] == WR_LOOK_TODAY;
        urgent = urgent || s->section_look[i] == WR_LOOK_URGENT;
    }
    int bad = 0;
    cards_seen += today || urgent;
    if (today && !has_card(ui, ui->th.today_edge))
        bad += report(where, "no \"tell the staff today\" care card", NULL);
    if (urgent && !has_card(ui, ui->th.urgent_edge))
        bad += report(where, "no \"get help straight away\" care card", NULL);
    return bad;
}

/* Every check on ui as it is now. */
static int check_now(const wr_ui *ui, const wr_screen *s, const display *d, const char *where)
{
    int bad = check_bar(ui, where);
    bad += check_controls(ui, min_px(d), where);
    bad += check_focus(ui, s, where);
    bad += check_cuts(ui, where);
    bad += check_keys(ui, s, where);
    bad += check_scale(ui, s, where);
    bad += check_one_primary(ui, where);
    bad += check_cards(ui, s, where);
    return bad;
}

/* Saves a screenshot of ui once per screen name, language and size, with the menu open
 * too on the first question. */
static void shoot(const wr_ui *ui0, const wr_screen *s, const char *name, int which)
{
    char key[48], path[1024];
    snprintf(key, sizeof key, "%s-%s-%dx%d", name, s->language, ui0->w, ui0->h);
    for (int i = 0; i < n_shot_done; i++)
        if (strcmp(shot_done[i], key) == 0)
            return;
    if (n_shot_done < 256)
        snprintf(shot_done[n_shot_done++], sizeof shot_done[0], "%s", key);
    snprintf(path, sizeof path, "%s/%s%s.png", shots, key, s->large_text ? "-larger" : "");
    wr_platform_draw(shot_pf[which], ui0);
    if (wr_platform_save_png(shot_pf[which], path) != 0)
        problems += report(path, "screenshot not written", NULL);
}

/* Lays s out on display d with the text size and contrast given, checks it, then opens
 * the "Aa" menu (when there is one) and checks that too. Returns the problems. */
static int check_one(const wr_screen *s0, const display *d, bool large, bool hc, const char *name)
{
    wr_screen s = *s0;
    s.large_text = large;
    s.high_contrast = hc;
    char where[256];
    snprintf(where, sizeof where, "%s %s %dx%d%s%s", name, s.language ? s.language : "?", d->w,
             d->h, large ? " larger" : "", hc ? " contrast" : "");
    wr_ui *ui = wr_ui_create(wr_platform_metrics(pf));
    if (!ui || wr_ui_layout(ui, &s, d->w, d->h) != 0) {
        wr_ui_destroy(ui);
        return report(where, "layout failed", NULL);
    }
    layouts++;
    int bad = check_now(ui, &s, d, where);
    int which = d->w == 480 && large ? 0 : d->w == 1920 && !large ? 1 : -1;
    which = which < 0 && d->w == 800 && large ? 2 : which;
    if (shots && !quiet && which >= 0 && !hc && shot_pf[which])
        shoot(ui, &s, name, which);
    int x, y;
    for (int i = 0; i < s.n_nav; i++) {
        if (s.nav[i].action != WR_ACT_LARGER)
            continue;
        if (wr_ui_find_control(ui, s.nav[i].label, &x, &y, NULL, 0) != 0)
            bad += report(where, "Larger text cannot be reached", NULL);
        strncat(where, " menu", sizeof where - strlen(where) - 1);
        bad += check_controls(ui, min_px(d), where);
        if (shots && which >= 0 && !hc && shot_pf[which] && strcmp(name, "question") == 0)
            shoot(ui, &s, "menu", which);
    }
    wr_ui_destroy(ui);
    return bad;
}

/* The size of the picture of s laid out on d at text size 'large', or 0 x 0. */
static wr_rect picture_at(const wr_screen *s0, const display *d, bool large)
{
    wr_screen s = *s0;
    s.large_text = large;
    wr_rect r = {0, 0, 0, 0};
    wr_ui *ui = wr_ui_create(wr_platform_metrics(pf));
    for (int j = 0; ui && wr_ui_layout(ui, &s, d->w, d->h) == 0 && j < ui->n_items; j++)
        if (ui->items[j].d.kind == WR_DRAW_PICTURE)
            r = ui->items[j].d.box;
    wr_ui_destroy(ui);
    return r;
}

/* A picture keeps its size when the text grows. */
static int check_picture_size(const wr_screen *s, const display *d, const char *name)
{
    if (!s->picture)
        return 0;
    wr_rect a = picture_at(s, d, false), b = picture_at(s, d, true);
    if (a.w == b.w && a.h == b.h)
        return 0;
    char where[128];
    snprintf(where, sizeof where, "%s %s %dx%d", name, s->language ? s->language : "?", d->w, d->h);
    return report(where, "the picture changes size with Larger text", s->picture);
}

/* Checks screen s in every configuration. */
static void visit(const wr_screen *s, const char *name)
{
    for (int d = 0; d < N_DISPLAYS; d++)
        problems += check_picture_size(s, &displays[d], name);
    for (int d = 0; d < N_DISPLAYS; d++)
        for (int v = 0; v < 4; v++)
            problems += check_one(s, &displays[d], v & 1, v & 2, name);
    kinds_seen[s->kind] = 1;
    groups_seen += strcmp(name, "group") == 0; /* a group of safety questions (ask_group) */
}

/* ================================================================ playing a visit */

/* The index of the control doing 'a' (with a label equal to 'label' when given), or -1. */
static int find(const wr_screen *s, wr_action a, const char *label)
{
    for (int i = 0; i < s->n_controls; i++)
        if (s->controls[i].action == a && (!label || strcmp(s->controls[i].label, label) == 0))
            return i;
    return -1;
}

/* Taps control i of the current screen. */
static void tap(wr_flow *f, int i, uint32_t *now)
{
    const wr_screen *s = wr_flow_screen(f);
    *now += 1000;
    wr_flow_act(f, s->controls[i].action, s->controls[i].arg, *now);
}

/* One answer on a question screen: 'yes' takes the first option of a single question
 * (Yes on the safety questions), else "No" when offered; multiple questions tick their
 * first option; a scale takes its lowest number; typed answers get a few letters. */
static void answer(wr_flow *f, const wr_screen *s, bool yes, uint32_t *now)
{
    int no = find(s, WR_ACT_OPTION, "No"), opt = find(s, WR_ACT_OPTION, NULL);
    int next = find(s, WR_ACT_NEXT, NULL), scale = find(s, WR_ACT_SCALE, NULL);
    if (find(s, WR_ACT_KEY, NULL) >= 0) {
        *now += 1000;
        wr_flow_act(f, WR_ACT_KEY, 'a', *now);
        wr_flow_act(f, WR_ACT_KEY, 'b', *now);
        tap(f, find(wr_flow_screen(f), WR_ACT_NEXT, NULL), now);
    } else if (scale >= 0) {
        tap(f, scale, now);
    } else if (strcmp(s->name, "group") == 0) { /* a tick (urgent at once), or none */
        tap(f, yes ? opt : next, now);
    } else if (next >= 0 && opt >= 0) {
        tap(f, opt, now);
        tap(f, find(wr_flow_screen(f), WR_ACT_NEXT, NULL), now);
    } else if (opt >= 0) {
        tap(f, yes || no < 0 ? opt : no, now);
    } else if (next >= 0) {
        tap(f, next, now);
    } else {
        tap(f, find(s, WR_ACT_SKIP, NULL), now);
    }
}

/* The question picker: one suggested question, one of one's own typed, then Next. */
static void pick(wr_flow *f, const wr_screen *s, uint32_t *now)
{
    tap(f, find(s, WR_ACT_PROMPT, NULL), now);
    tap(f, find(wr_flow_screen(f), WR_ACT_TYPE_OWN, NULL), now);
    visit(wr_flow_screen(f), "pick_typing");
    *now += 1000;
    wr_flow_act(f, WR_ACT_KEY, 'x', *now);
    tap(f, find(wr_flow_screen(f), WR_ACT_NEXT, NULL), now);
    visit(wr_flow_screen(f), "pick_own");
    tap(f, find(wr_flow_screen(f), WR_ACT_NEXT, NULL), now);
}

/* The list: print it (the printing and printed screens), then on. */
static void print_list(wr_flow *f, uint32_t *now)
{
    tap(f, find(wr_flow_screen(f), WR_ACT_PRINT, NULL), now);
    visit(wr_flow_screen(f), "printing");
    wr_print_request rq;
    if (wr_flow_take_print(f, &rq) == 1)
        wr_flow_print_done(f, 1, *now += 1000);
    visit(wr_flow_screen(f), "printed");
    tap(f, find(wr_flow_screen(f), WR_ACT_NEXT, NULL), now);
}

/* A visit in language 'lang', checking every screen on the way: all "No" (and the idle
 * warning once), or, with 'urgent', "Yes" until the urgent screen. */
static void play(wr_pack **packs, int n, int lang, bool urgent)
{
    wr_flow_config cfg;
    wr_flow_config_defaults(&cfg);
    snprintf(cfg.staff_pin, sizeof cfg.staff_pin, "1234");
    wr_flow *f = wr_flow_create(packs, n, &cfg);
    CHECK(f != NULL);
    if (!f)
        return;
    uint32_t now = 1000;
    visit(wr_flow_screen(f), "attract");
    wr_flow_act(f, WR_ACT_LANGUAGE, lang, now);
    for (int step = 0; step < 200; step++) {
        const wr_screen *s = wr_flow_screen(f);
        if (s->kind == WR_SCREEN_ATTRACT)
            break;
        visit(s, s->field ? "question_typed" : s->scale_low ? "question_scale" : s->name);
        if (s->kind == WR_SCREEN_URGENT || s->kind == WR_SCREEN_END)
            break;
        if (step == 3 && !urgent) { /* walk away once */
            now += cfg.idle_ms;
            wr_flow_tick(f, now);
            visit(wr_flow_screen(f), "idle_warning");
            wr_flow_act(f, WR_ACT_STILL_HERE, 0, now += 1000);
        }
        if (s->kind == WR_SCREEN_QUESTION)
            answer(f, s, urgent, &now);
        else if (s->kind == WR_SCREEN_PICK)
            pick(f, s, &now);
        else if (s->kind == WR_SCREEN_LIST)
            print_list(f, &now);
        else if (find(s, WR_ACT_CHOICE, NULL) >= 0)
            tap(f, find(s, WR_ACT_CHOICE, NULL), &now);
        else
            tap(f, find(s, WR_ACT_NEXT, NULL), &now);
    }
    CHECK(wr_flow_screen(f)->kind == (urgent ? WR_SCREEN_URGENT : WR_SCREEN_END));
    if (!urgent) {
        wr_flow_fail(f, "test: a problem in the script");
        visit(wr_flow_screen(f), "error");
        wr_flow_act(f, WR_ACT_STAFF, 0, now += 1000);
        visit(wr_flow_screen(f), "staff_pin");
        for (int digit = 1; digit <= 4; digit++)
            wr_flow_act(f, WR_ACT_PIN_DIGIT, digit, now += 1000);
        visit(wr_flow_screen(f), "staff_menu");
    }
    wr_flow_destroy(f);
}

/* ================================================================ failing on purpose */

/* A label lengthened to a word wider than any button, and a toolbar label too long for
 * one row, are both reported. */
static void test_fails_on_purpose(wr_pack **packs, int n)
{
    wr_flow_config cfg;
    wr_flow_config_defaults(&cfg);
    wr_flow *f = wr_flow_create(packs, n, &cfg);
    if (!f)
        return;
    wr_flow_act(f, WR_ACT_START, 0, 1000);
    wr_screen s = *wr_flow_screen(f);
    quiet = true;
    CHECK(check_one(&s, &displays[4], true, false, "sound") == 0);
    CHECK(s.n_controls > 0 && s.n_nav > 1);
    wr_screen longer = s;
    longer.controls[0].label = "Pneumonoultramicroscopicsilicovolcanoconiosis-and-more";
    CHECK(check_one(&longer, &displays[4], true, false, "long reply") > 0);
    longer = s;
    longer.nav[1].label = "Start all over again from the very beginning of this visit, please";
    CHECK(check_one(&longer, &displays[0], true, false, "long toolbar label") > 0);
    quiet = false;
    wr_flow_destroy(f);
}

int main(int argc, char **argv)
{
    const char *src = argc > 1 ? argv[1] : ".";
    char scripts[1024], fonts[1024];
    snprintf(scripts, sizeof scripts, "%s/scripts/clinic", src);
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", src);
    wr_diags d;
    wr_diags_init(&d);
    wr_luapack *lp = wr_luapack_open(scripts, NULL, &d);
    wr_platform_opts o = {.headless = true, .width = 800, .height = 480, .font_dir = fonts};
    pf = wr_platform_create(&o);
    shots = argc > 2 ? argv[2] : NULL;
    for (int i = 0; shots && i < 3; i++) {
        wr_platform_opts so = o;
        so.width = i == 2 ? 800 : i ? 1920 : 480;
        so.height = i == 2 ? 480 : i ? 1080 : 800;
        shot_pf[i] = wr_platform_create(&so);
    }
    CHECK(lp != NULL && pf != NULL);
    if (lp && pf) {
        wr_pack **packs = wr_luapack_packs(lp);
        int n = wr_luapack_count(lp);
        CHECK(n >= 2);
        for (int lang = 0; lang < n && lang < 2; lang++) {
            play(packs, n, lang, false);
            play(packs, n, lang, true);
        }
        test_fails_on_purpose(packs, n);
    }
    static const wr_screen_kind want[] = {
        WR_SCREEN_ATTRACT, WR_SCREEN_SCENE,    WR_SCREEN_QUESTION, WR_SCREEN_PICK,
        WR_SCREEN_LIST,    WR_SCREEN_END,      WR_SCREEN_URGENT,   WR_SCREEN_IDLE,
        WR_SCREEN_ERROR,   WR_SCREEN_STAFF,    WR_SCREEN_PRINTING,
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        CHECK(kinds_seen[want[i]]);
        if (!kinds_seen[want[i]])
            fprintf(stderr, "never saw a screen of kind %d\n", (int)want[i]);
    }
    CHECK(groups_seen >= 4); /* the clinic pack's groups, in English and Spanish */
    printf("%d layouts checked (%d with a care card), %d problems\n", layouts, cards_seen,
           problems);
    CHECK(cards_seen > 0);
    CHECK(problems == 0);
    wr_platform_destroy(pf);
    wr_platform_destroy(shot_pf[0]);
    wr_platform_destroy(shot_pf[1]);
    wr_platform_destroy(shot_pf[2]);
    wr_luapack_destroy(lp);
    wr_diags_free(&d);
    return check_done();
}
