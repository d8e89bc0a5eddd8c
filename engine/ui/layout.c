/*
 * layout.c -- a wr_screen into boxes. Conversation screens (scene, question, pick, list):
 * the nav bar on top, the conversation as speech bubbles in the middle (scrolling), the
 * reply panel at the bottom (scrolling when it is taller than about half the screen).
 * Every other screen: a calm, centred page with a large title.
 */
#include "card.h"
#include "panel.h"

#include <stdio.h>
#include <string.h>

/* ================================================================ the nav bar */

/* True for the controls that sit in the bar itself (Back, Start over); the others (text
 * size, contrast, language, read aloud) go in the "Aa" menu. */
static bool in_bar(const wr_control *c)
{
    return c->action == WR_ACT_BACK || c->action == WR_ACT_RESTART;
}

/* The "Aa" button: a control of the ui's own, opening the menu. */
static const wr_control menu_button = {WR_ROLE_NAV, "Aa", WR_ACT_NONE, 0, false, false, 0, 0};

/* The height of a button in the bar: a touch target, or a line of its text and a gap. */
static int bar_button_h(const wr_ui *ui)
{
    int h = wr_ui_font(ui, ui->sz.small, true).line_height + ui->sz.gap;
    return h > ui->sz.target ? h : ui->sz.target;
}

/* The bar's controls in order into out[]: Back and Start over, then the "Aa" button (or the
 * one toggle there is, alone). Returns how many. */
static int bar_controls(const wr_screen *s, const wr_control **out)
{
    int n = 0, n_menu = 0, last = -1;
    for (int i = 0; i < s->n_nav; i++) {
        if (in_bar(&s->nav[i]))
            out[n++] = &s->nav[i];
        else
            n_menu++, last = i;
    }
    if (n_menu == 1)
        out[n++] = &s->nav[last];
    else if (n_menu > 1)
        out[n++] = &menu_button;
    return n;
}

/* The bar: one row, Back and Start over at the left, the "Aa" menu at the right. Labels
 * that do not fit on one line share the row's width and wrap at spaces. Returns the bar's
 * height (0 without nav controls). */
static int lay_bar(wr_ui *ui, const wr_screen *s)
{
    const wr_sizes *z = &ui->sz;
    const wr_control *c[WR_SCREEN_MAX_NAV + 1];
    int n = bar_controls(s, c), nat[WR_SCREEN_MAX_NAV + 1], sum = 0;
    int vpad = z->gap / 2 > 3 ? z->gap / 2 : 3, bh = bar_button_h(ui);
    int avail = ui->w - 2 * z->margin - (n - 1) * z->gap;
    if (n <= 0)
        return 0;
    for (int i = 0; i < n; i++) {
        nat[i] = wr_panel_natural_width(ui, c[i], false);
        nat[i] = nat[i] < z->target ? z->target : nat[i];
        sum += nat[i];
    }
    if (sum > avail) { /* the left ones share what the right one leaves, wrapping */
        int left = n - 1, share = (avail - nat[n - 1]) / (left ? left : 1);
        for (int i = 0; i < left; i++) {
            nat[i] = share;
            int hh = wr_panel_control_height(ui, c[i], share, bh, false);
            bh = hh > bh ? hh : bh;
        }
    }
    int x = z->margin;
    for (int i = 0; i < n; i++) {
        if (i == n - 1 && in_bar(c[i]) == false)
            x = ui->w - z->margin - nat[i];
        int k = wr_panel_add_control(ui, REG_FIXED, c[i], (wr_rect){x, vpad, nat[i], bh}, false);
        if (c[i] == &menu_button)
            ui->menu_ctl = k;
        x += nat[i] + z->gap;
    }
    int h = bh + 2 * vpad;
    wr_ui_add_rect(ui, REG_FIXED, LAYER_BACK, (wr_rect){0, 0, ui->w, h}, ui->th.bar, 0, 0);
    wr_ui_add_rect(ui, REG_FIXED, LAYER_BACK, (wr_rect){0, h - z->line, ui->w, z->line},
                   ui->th.bar_line, 0, 0);
    return h;
}

/* The "Aa" menu under its button: text size, contrast, language and read aloud, one a row,
 * on a card. Laid out closed; wr_ui_menu_set() shows it. */
static void lay_menu(wr_ui *ui, const wr_screen *s)
{
    const wr_sizes *z = &ui->sz;
    if (ui->menu_ctl < 0)
        return;
    wr_rect aa = ui->ctls[ui->menu_ctl].box;
    int w = z->target * 3, h = z->pad, p = z->pad;
    for (int i = 0; i < s->n_nav; i++) {
        int nw = wr_panel_natural_width(ui, &s->nav[i], false) + 2 * p;
        w = !in_bar(&s->nav[i]) && nw > w ? nw : w;
    }
    w = w > ui->w - 2 * z->margin ? ui->w - 2 * z->margin : w;
    int first = ui->n_items;
    wr_ui_add_rect(ui, REG_MENU, LAYER_OVER, (wr_rect){0, 0, w, 0}, ui->th.card_line, z->radius, 0);
    wr_ui_add_rect(ui, REG_MENU, LAYER_OVER, (wr_rect){0, 0, w, 0}, ui->th.card, z->radius, 0);
    for (int i = 0; i < s->n_nav; i++) {
        if (in_bar(&s->nav[i]))
            continue;
        int rh = wr_panel_control_height(ui, &s->nav[i], w - 2 * p, z->button_h, false);
        wr_panel_add_control(ui, REG_MENU, &s->nav[i], (wr_rect){p, h, w - 2 * p, rh}, false);
        h += rh + z->gap;
    }
    h += p - z->gap;
    if (ui->ok) {
        ui->items[first].d.box.h = h;
        ui->items[first + 1].d.box = (wr_rect){z->line, z->line, w - 2 * z->line, h - 2 * z->line};
    }
    int x = aa.x + aa.w - w;
    ui->menu_view = (wr_rect){x < z->margin ? z->margin : x, aa.y + aa.h + z->gap, w, h};
    ui->reg[REG_MENU] = (area){{0, 0, 0, 0}, h, 0, 0};
}

/* ================================================================ read aloud */

/* Marks box (in 'region') when it holds the part being read aloud: a thick outline in the
 * focus colour, which keeps its contrast in both themes. */
static void mark_reading(wr_ui *ui, const wr_screen *s, int region, wr_part_kind kind, int index,
                         wr_rect box)
{
    if (s->reading.kind != kind || s->reading.index != index || kind == WR_PART_NONE)
        return;
    int m = ui->sz.gap / 2 + ui->sz.line;
    wr_rect b = {box.x - m, box.y - m / 2, box.w + 2 * m, box.h + m};
    wr_ui_add_rect(ui, region, LAYER_OVER, b, ui->th.focus, ui->sz.radius / 2, ui->sz.line * 2);
}

/* Marks the control being read aloud, found by its action, argument and label. */
static void mark_reading_control(wr_ui *ui, const wr_screen *s)
{
    if (s->reading.kind != WR_PART_CONTROL || s->reading.index < 0 ||
        s->reading.index >= s->n_controls)
        return;
    const wr_control *c = &s->controls[s->reading.index];
    for (int i = 0; i < ui->n_ctls; i++) {
        const control *k = &ui->ctls[i];
        if (k->role != WR_ROLE_NAV && k->action == c->action && k->arg == c->arg &&
            strcmp(k->label, c->label ? c->label : "") == 0) {
            mark_reading(ui, s, k->region, WR_PART_CONTROL, s->reading.index, k->box);
            return;
        }
    }
}

/* ================================================================ bubbles */

/* A rounded box with an outline, one corner left square (1 bottom-left, 2 bottom-right)
 * like the tail of a speech bubble. */
static void bubble_shape(wr_ui *ui, int region, wr_rect b, wr_color fill, wr_color line, int lw,
                         int corner)
{
    int r = ui->sz.radius * 3 / 2;
    wr_rect in = {b.x + lw, b.y + lw, b.w - 2 * lw, b.h - 2 * lw};
    wr_ui_add_rect(ui, region, LAYER_CONTENT, b, lw ? line : fill, r, 0);
    if (lw)
        wr_ui_add_rect(ui, region, LAYER_CONTENT, in, fill, r - lw, 0);
    if (!corner)
        return;
    int sx = corner == 1 ? b.x : b.x + b.w - r;
    wr_ui_add_rect(ui, region, LAYER_CONTENT, (wr_rect){sx, b.y + b.h - r, r, r}, lw ? line : fill,
                   0, 0);
    if (lw) {
        int ix = corner == 1 ? b.x + lw : b.x + b.w - r - lw;
        wr_ui_add_rect(ui, region, LAYER_CONTENT, (wr_rect){ix, b.y + b.h - r - lw, r, r}, fill, 0,
                       0);
    }
}

/* An earlier kiosk turn on the left: a bubble four fifths of the column wide (all the
 * same width), its paragraphs apart as on the screen they came from. Returns the bottom. */
static int lay_history_bubble(wr_ui *ui, const wr_bubble *bu, int x, int w, int y)
{
    const wr_sizes *z = &ui->sz;
    const wr_theme *t = &ui->th;
    const char *text = wr_ui_strdup(ui, bu->text);
    int bw = w * 4 / 5, inner = bw - 2 * z->pad, gap = z->body / 2, th = -gap;
    for (const char *p = text; p;) { /* measure the paragraphs */
        const char *nl = strchr(p, '\n');
        const char *para = nl ? wr_ui_strndup(ui, p, (size_t)(nl - p)) : p;
        th += wr_ui_text_height(ui, para ? para : "", inner, z->body, false) + gap;
        p = nl ? nl + 1 : NULL;
    }
    wr_rect b = {x, y, bw, th + z->pad * 3 / 2};
    bubble_shape(ui, REG_CONV, b, t->bubble, t->bubble_line, z->line / 2 + 1, 1);
    int ty = b.y + (b.h - th) / 2;
    for (const char *p = text; p;) {
        const char *nl = strchr(p, '\n');
        const char *para = nl ? wr_ui_strndup(ui, p, (size_t)(nl - p)) : p;
        ty += wr_ui_add_text(ui, REG_CONV, LAYER_CONTENT, para ? para : "", b.x + z->pad, ty,
                             inner, z->body, false, t->muted, 0) + gap;
        p = nl ? nl + 1 : NULL;
    }
    wr_ui_add_source(ui, REG_CONV, SRC_KIOSK, text, -1);
    return b.y + b.h;
}

/* The patient's answers bu[0..n) on the right, as chips: rounded pills as wide as their
 * words, side by side while they fit (one chip for each ticked answer), right-aligned.
 * Returns the bottom. */
static int lay_chips(wr_ui *ui, const wr_bubble *bu, int n, int x, int w, int y)
{
    const wr_sizes *z = &ui->sz;
    const wr_theme *t = &ui->th;
    int maxw = w * 4 / 5, inner = maxw - 2 * z->pad, right = x + w, row_h = 0;
    int cx[WR_SCREEN_MAX_CONTROLS], cy[WR_SCREEN_MAX_CONTROLS], cw[WR_SCREEN_MAX_CONTROLS];
    int ch[WR_SCREEN_MAX_CONTROLS], row_start = 0, rx = x;
    n = n < WR_SCREEN_MAX_CONTROLS ? n : WR_SCREEN_MAX_CONTROLS;
    for (int i = 0; i < n; i++) { /* left to right in rows, then each row set right */
        const char *text = bu[i].text ? bu[i].text : "";
        int nat = wr_ui_text_natural(ui, text, z->body, false);
        cw[i] = (nat < inner ? nat : inner) + 2 * z->pad;
        ch[i] = wr_ui_text_height(ui, text, cw[i] - 2 * z->pad, z->body, false) + z->pad;
        if (i > row_start && rx + cw[i] > right) {
            for (int k = row_start; k < i; k++)
                cx[k] += right - (rx - z->gap);
            y += row_h + z->gap;
            rx = x, row_h = 0, row_start = i;
        }
        cx[i] = rx, cy[i] = y;
        rx += cw[i] + z->gap;
        row_h = ch[i] > row_h ? ch[i] : row_h;
    }
    for (int k = row_start; k < n; k++)
        cx[k] += right - (rx - z->gap);
    for (int i = 0; i < n; i++) {
        const char *text = wr_ui_strdup(ui, bu[i].text);
        wr_rect b = {cx[i], cy[i], cw[i], ch[i]};
        int lh = wr_ui_font(ui, z->body, false).line_height;
        wr_ui_add_rect(ui, REG_CONV, LAYER_CONTENT, b, t->patient, lh / 2 + z->pad / 2, 0);
        wr_ui_add_text(ui, REG_CONV, LAYER_CONTENT, text, b.x + z->pad, b.y + z->pad / 2,
                       cw[i] - 2 * z->pad, z->body, false, t->patient_text, 0);
        wr_ui_add_source(ui, REG_CONV, SRC_PATIENT, text, -1);
    }
    return y + row_h;
}

/* The conversation so far in the column x..x+w from y: kiosk bubbles, and the patient's
 * answers as chips; after an idle warning, the turns older than this scene are collapsed
 * behind one button ("Earlier answers - tap to show"). Returns where the current turn
 * starts. */
static int lay_history(wr_ui *ui, const wr_screen *s, int x, int w, int y)
{
    int first = s->n_hidden > 0 && s->n_hidden <= s->n_history ? s->n_hidden : 0;
    if (first > 0) {
        wr_control c = {WR_ROLE_SECONDARY, s->history_label ? s->history_label : "...",
                        WR_ACT_SHOW_HISTORY, 0, false, false, 0, 0};
        int h = wr_panel_control_height(ui, &c, w, ui->sz.button_h, false);
        wr_panel_add_control(ui, REG_CONV, &c, (wr_rect){x, y, w, h}, false);
        y += h + ui->sz.pad;
    }
    for (int i = first; i < s->n_history;) {
        int j = i + 1;
        if (s->history[i].patient) {
            while (j < s->n_history && s->history[j].patient)
                j++;
            y = lay_chips(ui, &s->history[i], j - i, x, w, y) + ui->sz.pad;
        } else {
            y = lay_history_bubble(ui, &s->history[i], x, w, y) + ui->sz.pad;
        }
        i = j;
    }
    return y;
}

/* The box a picture gets in a column of width w: its own aspect (square when unknown),
 * at most max_h tall. Returns false when the picture cannot be shown. */
static bool picture_box(const wr_ui *ui, const char *name, int w, int max_h, int *pw, int *ph)
{
    int nw = 1, nh = 1;
    if (!name || !*name)
        return false;
    if (ui->m.picture_size && ui->m.picture_size(ui->m.ctx, name, &nw, &nh) != 0)
        return false;
    if (nw <= 0 || nh <= 0)
        nw = nh = 1;
    int limit_w = w < ui->sz.picture ? w : ui->sz.picture;
    double k = (double)limit_w / nw;
    if (nh * k > max_h)
        k = (double)max_h / nh;
    *pw = (int)(nw * k);
    *ph = (int)(nh * k);
    return *pw > 0 && *ph > 0;
}

/* Adds the picture in a column x..x+w at y, centred; returns the height used. */
static int add_picture(wr_ui *ui, int region, const char *name, int x, int w, int y, int max_h)
{
    int pw, ph;
    if (!picture_box(ui, name, w, max_h, &pw, &ph))
        return 0;
    const char *n = wr_ui_strdup(ui, name);
    wr_draw_item *d = wr_ui_add_item(ui, region, LAYER_CONTENT, WR_DRAW_PICTURE,
                                     (wr_rect){x + (w - pw) / 2, y, pw, ph}, ui->th.text);
    if (d)
        d->text = n;
    wr_ui_add_source(ui, region, SRC_PICTURE, n, -1);
    return ph;
}

/* Marks the part of the turn that must be seen whole: the title and the paragraph
 * s->focus_para (on a question screen, every paragraph from it on: the question and its
 * hint). 'fy' holds its top and bottom, -1 until the first mark. */
static void mark_focus(const wr_screen *s, int para, int y, int h, int *fy)
{
    bool in = para < 0 ? s->focus_para == 0 : para == s->focus_para;
    in = in || (s->kind == WR_SCREEN_QUESTION && para > s->focus_para);
    if (!in)
        return;
    if (fy[0] < 0)
        fy[0] = y;
    fy[1] = y + h;
}

/* The paragraphs [i, j) of s as one care card of look 'look' at x..x+w from y in the
 * conversation (or only measured when 'add' is false); fy as for mark_focus(), when given.
 * Returns the bottom. */
static int lay_card_paras(wr_ui *ui, const wr_screen *s, int i, int j, wr_look look, int x,
                          int w, int y, bool add, int *fy)
{
    wr_card c;
    wr_ui_card_of_paras(ui, s, i, j, look, &c);
    int h = wr_ui_card(ui, REG_CONV, &c, x, w, y, add);
    for (int k = i; k < j; k++) {
        if (add) {
            const char *p = wr_ui_strdup(ui, s->paras[k]);
            wr_ui_add_source(ui, REG_CONV, SRC_PARA, p, -1);
            mark_reading(ui, s, REG_CONV, WR_PART_PARA, k, (wr_rect){x, y, w, h});
        }
        if (fy)
            mark_focus(s, k, y, h, fy);
    }
    return y + h;
}

/* The title, paragraphs and picture of the current turn inside x..x+w from y, or only
 * measured when 'add' is false. Returns the bottom; fy[0..1] gets the focused part's top
 * and bottom. */
static int turn_content(wr_ui *ui, const wr_screen *s, int x, int w, int y, bool add, int *fy)
{
    const wr_sizes *z = &ui->sz;
    const wr_theme *t = &ui->th;
    int para_gap = z->body / 2, top = y;
    fy[0] = fy[1] = -1;
    if (s->progress && *s->progress) { /* "Question 6 of 22", small, above the question */
        const char *pr = add ? wr_ui_strdup(ui, s->progress) : s->progress;
        int h = add ? wr_ui_add_text(ui, REG_CONV, LAYER_CONTENT, pr, x, y, w, z->small, true,
                                     t->accent_text, 0)
                    : wr_ui_text_height(ui, pr, w, z->small, true);
        if (add)
            wr_ui_add_source(ui, REG_CONV, SRC_NOTE, pr, -1);
        y += h + z->gap;
    }
    if (s->title && *s->title) {
        const char *ti = add ? wr_ui_strdup(ui, s->title) : s->title;
        int h = add ? wr_ui_add_text(ui, REG_CONV, LAYER_CONTENT, ti, x, y, w, z->title, true,
                                     t->text, 0)
                    : wr_ui_text_height(ui, ti, w, z->title, true);
        if (add) {
            wr_ui_add_source(ui, REG_CONV, SRC_TITLE, ti, -1);
            mark_reading(ui, s, REG_CONV, WR_PART_TITLE, 0, (wr_rect){x, y, w, h});
        }
        mark_focus(s, -1, y, h, fy);
        y += h + para_gap;
    }
    for (int i = 0; i < s->n_paras; i++) {
        if (s->paras[i] && wr_ui_is_card(s->para_look[i])) {
            int j = wr_ui_card_run(s, i, s->para_look[i]);
            y = lay_card_paras(ui, s, i, j, s->para_look[i], x, w, y, add, fy) + para_gap;
            i = j - 1;
            continue;
        }
        const char *p = add ? wr_ui_strdup(ui, s->paras[i]) : s->paras[i];
        if (!p)
            continue;
        bool head = s->para_look[i] == WR_LOOK_HEADING; /* the key message */
        int size = head ? z->title : z->body;
        int h = add ? wr_ui_add_text(ui, REG_CONV, LAYER_CONTENT, p, x, y, w, size, head,
                                     t->text, 0)
                    : wr_ui_text_height(ui, p, w, size, head);
        if (add) {
            wr_ui_add_source(ui, REG_CONV, SRC_PARA, p, -1);
            mark_reading(ui, s, REG_CONV, WR_PART_PARA, i, (wr_rect){x, y, w, h});
        }
        mark_focus(s, i, y, h, fy);
        y += h + para_gap;
    }
    /* the picture keeps its size when the text grows: a share of the screen, not of what
     * the words leave */
    int max_h = ui->h * 3 / 10;
    int pw, ph;
    if (picture_box(ui, s->picture, w, max_h, &pw, &ph))
        y += (add ? add_picture(ui, REG_CONV, s->picture, x, w, y, max_h) : ph) + para_gap;
    if (fy[0] < 0)
        fy[0] = fy[1] = top;
    return y - para_gap;
}

/* The current turn: the last kiosk bubble, the width of the column, with a stronger
 * outline. Returns the bottom; ui->turn gets the focused part of it. */
static int lay_turn(wr_ui *ui, const wr_screen *s, int x, int w, int y)
{
    const wr_sizes *z = &ui->sz;
    int p = z->pad * 4 / 3, inner = w - 2 * p, fy[2];
    int bottom = turn_content(ui, s, x + p, inner, y + p, false, fy);
    wr_rect b = {x, y, w, bottom - y + p};
    if (bottom == y + p)
        return y - z->pad; /* nothing to say: no bubble */
    bubble_shape(ui, REG_CONV, b, ui->th.bubble, ui->th.now_line, z->line, 1);
    turn_content(ui, s, x + p, inner, y + p, true, fy);
    bool first = fy[0] <= y + p, last = fy[1] >= bottom;
    ui->turn = (wr_rect){x, first ? y : fy[0], w, (last ? b.y + b.h : fy[1]) - (first ? y : fy[0])};
    return b.y + b.h;
}

/* One section of the list preview: its title and bulleted lines. Returns the bottom. */
static int lay_section(wr_ui *ui, const wr_section *sec, int x, int w, int y)
{
    const wr_sizes *z = &ui->sz;
    const wr_theme *t = &ui->th;
    wr_font_metrics f = wr_ui_font(ui, z->body, false);
    int indent = z->body, dot = z->body / 4 > 4 ? z->body / 4 : 4;
    if (sec->title && *sec->title) {
        const char *ti = wr_ui_strdup(ui, sec->title);
        y += wr_ui_add_text(ui, REG_CONV, LAYER_CONTENT, ti, x, y, w, z->body, true, t->accent_text,
                            0) +
             z->gap;
        wr_ui_add_source(ui, REG_CONV, SRC_SECTION, ti, -1);
    }
    for (int i = 0; i < sec->n_lines; i++) {
        const char *l = wr_ui_strdup(ui, sec->lines[i]);
        int cy = y + f.ascent - f.cap_height / 2 - dot / 2;
        wr_ui_add_rect(ui, REG_CONV, LAYER_CONTENT, (wr_rect){x + dot, cy, dot, dot}, t->text,
                       dot / 2, 0);
        y += wr_ui_add_text(ui, REG_CONV, LAYER_CONTENT, l, x + indent, y, w - indent, z->body,
                            false, t->text, 0) +
             z->gap;
        wr_ui_add_source(ui, REG_CONV, SRC_LINE, l, -1);
    }
    return y;
}

/* One safety section of the list preview as a care card: its title the heading, its
 * lines the bullets. Returns the bottom. */
static int lay_section_card(wr_ui *ui, const wr_section *sec, wr_look look, int x, int w, int y)
{
    wr_card c;
    memset(&c, 0, sizeof c);
    c.look = look;
    c.head = wr_ui_strdup(ui, sec->title);
    c.bullets = true;
    wr_ui_add_source(ui, REG_CONV, SRC_SECTION, c.head, -1);
    for (int i = 0; i < sec->n_lines && c.n_items < WR_CARD_MAX_ITEMS; i++) {
        c.items[c.n_items] = wr_ui_strdup(ui, sec->lines[i]);
        wr_ui_add_source(ui, REG_CONV, SRC_LINE, c.items[c.n_items++], -1);
    }
    return y + wr_ui_card(ui, REG_CONV, &c, x, w, y, true) + ui->sz.gap;
}

/* The list preview: a white card, like the sheet that will be printed. Returns the
 * bottom. */
static int lay_sections(wr_ui *ui, const wr_screen *s, int x, int w, int y)
{
    const wr_sizes *z = &ui->sz;
    int p = z->pad * 3 / 2, first = ui->n_items;
    if (s->n_sections <= 0)
        return y;
    /* a placeholder shape, sized when the content is known */
    wr_ui_add_rect(ui, REG_CONV, LAYER_CONTENT, (wr_rect){x, y, w, 0}, ui->th.card_line,
                   z->radius / 2, 0);
    wr_ui_add_rect(ui, REG_CONV, LAYER_CONTENT, (wr_rect){x, y, w, 0}, ui->th.card, z->radius / 2,
                   0);
    int cy = y + p;
    for (int i = 0; i < s->n_sections && i < WR_SCREEN_MAX_SECTIONS; i++)
        cy = (wr_ui_is_card(s->section_look[i])
                  ? lay_section_card(ui, &s->sections[i], s->section_look[i], x + p, w - 2 * p, cy)
                  : lay_section(ui, &s->sections[i], x + p, w - 2 * p, cy)) +
             z->pad;
    int h = cy - z->pad - z->gap + p - y;
    if (ui->ok && ui->n_items > first + 1) {
        ui->items[first].d.box.h = h;
        ui->items[first + 1].d.box =
            (wr_rect){x + z->line, y + z->line, w - 2 * z->line, h - 2 * z->line};
    }
    return y + h;
}

/* ================================================================ conversation screens */

/* Opens the conversation at the current turn: scrolled to the end when all of the turn
 * fits, else at the turn's top, or further down so that its focused part (ui->turn) is
 * whole. */
static void open_scroll(wr_ui *ui, int turn_top)
{
    area *g = &ui->reg[REG_CONV];
    int end = g->content_h - g->view.h, room = ui->sz.pad;
    int s = g->content_h - turn_top > g->view.h ? turn_top : end;
    if (ui->turn.y + ui->turn.h + room > s + g->view.h)
        s = ui->turn.y + ui->turn.h + room - g->view.h;
    g->scroll = 0;
    wr_ui_set_scroll(ui, REG_CONV, s);
}

/* The height the panel may take: what the current turn leaves above it (the whole
 * question stays in view), but at least room for a reply and a half; with a keyboard,
 * everything but the question. */
static int panel_room(wr_ui *ui, const wr_screen *s, int top)
{
    const wr_sizes *z = &ui->sz;
    int w = z->column, p = z->pad * 4 / 3;
    ui->reg[REG_CONV].view = (wr_rect){0, top, ui->w, ui->floor - top};
    int fy[2], all = turn_content(ui, s, 0, w - 2 * p, 0, false, fy) + 2 * p + 2 * z->pad;
    int turn = fy[1] - fy[0] + 2 * p + 2 * z->pad; /* the focused part must fit */
    turn = all < ui->h / 2 ? all : turn;
    if (ui->has_keys) /* typing needs the keys: keep the question itself in view */
        turn = fy[1] - fy[0] + 2 * p + z->pad;
    int rest = ui->floor - top - turn, least = z->button_h * 3 / 2 + z->pad;
    int room = ui->floor - top - (ui->has_keys ? turn : z->button_h * 3 / 2);
    int max = rest > least ? rest : least;
    return max > room ? room : max;
}

/* Forgets the items, controls and texts added after the given counts. */
static void roll_back(wr_ui *ui, int items, int ctls, int srcs)
{
    ui->n_items = items;
    ui->n_ctls = ctls;
    ui->n_srcs = srcs;
}

/* The action bar: the screen's primary and secondary buttons, fixed at the bottom of the
 * screen, never scrolled away. Sets ui->floor to its top; returns its height (0 without
 * such buttons). */
static int lay_action_bar(wr_ui *ui, const wr_screen *s)
{
    const wr_sizes *z = &ui->sz;
    wr_control acts[WR_SCREEN_MAX_CONTROLS];
    int n = 0, w = z->column < z->body * 26 || !ui->hero ? z->column : z->body * 26;
    for (int i = 0; i < s->n_controls; i++)
        if (wr_panel_is_action(&s->controls[i]))
            acts[n++] = s->controls[i];
    ui->floor = ui->h;
    if (n == 0)
        return 0;
    int i0 = ui->n_items, c0 = ui->n_ctls, pad = z->gap * 3 / 2;
    wr_ui_add_rect(ui, REG_FIXED, LAYER_BACK, (wr_rect){0, 0, ui->w, 0}, ui->th.panel, 0, 0);
    wr_ui_add_rect(ui, REG_FIXED, LAYER_BACK, (wr_rect){0, 0, ui->w, z->line}, ui->th.panel_line, 0,
                   0);
    pl p = {ui, s, REG_FIXED, (ui->w - w) / 2, w, false, false, false, false, 0, false};
    int h = wr_lay_actions(&p, acts, n, 0) + 2 * pad;
    ui->floor = ui->h - h;
    if (!ui->ok)
        return h;
    for (int i = i0 + 2; i < ui->n_items; i++)
        ui->items[i].d.box.y += ui->floor + pad;
    for (int i = c0; i < ui->n_ctls; i++)
        ui->ctls[i].box.y += ui->floor + pad;
    ui->items[i0].d.box = (wr_rect){0, ui->floor, ui->w, h};
    ui->items[i0 + 1].d.box.y = ui->floor;
    return h;
}

/* The height of the action bar, without adding it; sets ui->floor as it will be. */
static int measure_action_bar(wr_ui *ui, const wr_screen *s)
{
    int n_items = ui->n_items, n_ctls = ui->n_ctls, n_srcs = ui->n_srcs;
    int h = lay_action_bar(ui, s);
    roll_back(ui, n_items, n_ctls, n_srcs);
    return h;
}

/* True when the panel holds more than the action bar's buttons. */
static bool panel_has_more(const wr_screen *s)
{
    for (int i = 0; i < s->n_controls; i++)
        if (!wr_panel_is_action(&s->controls[i]))
            return true;
    return s->field != NULL;
}

/* The reply panel above the action bar; returns the height both take. On a short screen
 * with a keyboard the buttons go beside the typing field instead. */
static int lay_reply_panel(wr_ui *ui, const wr_screen *s, int x, int w, int top)
{
    const wr_sizes *z = &ui->sz;
    int n_items = ui->n_items, n_ctls = ui->n_ctls, n_srcs = ui->n_srcs;
    int ab = measure_action_bar(ui, s);
    pl p = {ui, s, REG_PANEL, x, w, ui->w > ui->h && w >= z->body * 24, false, false, true, 0, false};
    if (!panel_has_more(s))
        return lay_action_bar(ui, s);
    int max = panel_room(ui, s, top);
    p.room = max;
    int ch = wr_panel_layout(&p, z->pad) + z->pad;
    if (ch > max && ui->has_keys && s->field) {
        roll_back(ui, n_items, n_ctls, n_srcs);
        ab = 0;
        ui->floor = ui->h;
        p.compact = true;
        p.no_actions = false;
        p.room = max = panel_room(ui, s, top);
        ch = wr_panel_layout(&p, z->gap) + z->gap;
    }
    int vh = ch < max ? ch : max;
    ui->reg[REG_PANEL] = (area){{0, ui->floor - vh, ui->w, vh}, ch, 0, 0};
    wr_ui_add_rect(ui, REG_FIXED, LAYER_BACK, (wr_rect){0, ui->floor - vh, ui->w, vh}, ui->th.panel,
                   0, 0);
    wr_ui_add_rect(ui, REG_FIXED, LAYER_BACK, (wr_rect){0, ui->floor - vh, ui->w, z->line},
                   ui->th.panel_line, 0, 0);
    if (ab > 0) /* after the replies: the buttons come last in reading and focus order */
        lay_action_bar(ui, s);
    return vh + ab;
}

/* The primary and secondary buttons at the bottom of the column x..x+w, under the
 * question, for a keyboard beside it: side by side, each as wide as its label needs, when
 * they fit so, else stacked. Returns their top (the column's floor). */
static int lay_side_actions(wr_ui *ui, const wr_screen *s, int x, int w)
{
    const wr_sizes *z = &ui->sz;
    wr_control acts[WR_SCREEN_MAX_CONTROLS];
    int n = 0, nat[WR_SCREEN_MAX_CONTROLS], sum = 0, i0 = ui->n_items, c0 = ui->n_ctls;
    for (int i = 0; i < s->n_controls; i++)
        if (wr_panel_is_action(&s->controls[i]))
            acts[n++] = s->controls[i];
    if (n == 0)
        return ui->h - z->pad;
    for (int i = 0; i < n; i++)
        sum += nat[i] = wr_panel_natural_width(ui, &acts[i], false);
    int h = z->button_h, y = 0, spare = w - sum - (n - 1) * z->gap;
    for (int i = 0, bx = x; i < n && spare >= 0; i++) { /* one row, the spare shared */
        int bw = nat[i] + spare / n;
        wr_panel_add_control(ui, REG_FIXED, &acts[i], (wr_rect){bx, 0, bw, h}, false);
        bx += bw + z->gap;
    }
    for (int i = 0; i < n && spare < 0; i++) { /* stacked, full width */
        int bh = wr_panel_control_height(ui, &acts[i], w, z->button_h, false);
        wr_panel_add_control(ui, REG_FIXED, &acts[i], (wr_rect){x, y, w, bh}, false);
        y += bh + z->gap;
    }
    h = spare >= 0 ? h : y - z->gap;
    y = ui->h - h - z->gap;
    for (int i = i0; ui->ok && i < ui->n_items; i++)
        ui->items[i].d.box.y += y;
    for (int i = c0; ui->ok && i < ui->n_ctls; i++)
        ui->ctls[i].box.y += y;
    return y - z->gap;
}

/* A typing screen on a short, wide screen whose keyboard does not fit under the question:
 * the question (and the chat above it) with the buttons under it on the left, the field
 * and the whole keyboard on the right, its keys as large as on a tall screen. */
static void lay_chat_beside(wr_ui *ui, const wr_screen *s, int top)
{
    const wr_sizes *z = &ui->sz;
    int avail = ui->w - 2 * z->gap - 3, kw = wr_panel_keys_min_width(ui, s);
    kw = kw < avail / 2 ? avail / 2 : kw;
    int lw = avail - kw - z->gap, kx = ui->w - 3 - kw;
    wr_ui_add_rect(ui, REG_FIXED, LAYER_BACK, (wr_rect){kx - z->gap / 2, top, ui->w, ui->h},
                   ui->th.panel, 0, 0);
    wr_ui_add_rect(ui, REG_FIXED, LAYER_BACK, (wr_rect){kx - z->gap / 2, top, z->line, ui->h},
                   ui->th.panel_line, 0, 0);
    ui->reg[REG_PANEL] = (area){{kx, top, kw, ui->h - top}, 0, 0, 0};
    pl p = {ui, s, REG_PANEL, 0, kw, false, false, false, true, ui->h - top - z->gap, true};
    int ch = wr_panel_layout(&p, z->gap / 2) + z->gap / 2;
    ui->reg[REG_PANEL].content_h = ch;
    int floor = lay_side_actions(ui, s, z->gap, lw);
    ui->reg[REG_CONV].view = (wr_rect){0, top, kx - z->gap / 2, floor - top};
    int y = lay_history(ui, s, z->gap, lw, z->gap);
    int turn_top = y;
    y = lay_turn(ui, s, z->gap, lw, y);
    ui->reg[REG_CONV].content_h = y + z->gap;
    open_scroll(ui, turn_top - z->gap);
}

/* True when the screen types on a keyboard that does not fit whole under its question
 * on a wide screen (tried, then rolled back). */
static bool keys_beside(wr_ui *ui, const wr_screen *s, int top)
{
    if (!ui->has_keys || !s->field || ui->w <= ui->h)
        return false;
    int n_items = ui->n_items, n_ctls = ui->n_ctls, n_srcs = ui->n_srcs;
    const wr_sizes *z = &ui->sz;
    lay_reply_panel(ui, s, (ui->w - z->column) / 2, z->column, top);
    bool scrolls = ui->reg[REG_PANEL].content_h > ui->reg[REG_PANEL].view.h;
    roll_back(ui, n_items, n_ctls, n_srcs);
    ui->reg[REG_PANEL] = (area){{0, 0, 0, 0}, 0, 0, 0};
    ui->floor = ui->h;
    return scrolls;
}

/* A conversation screen below a bar of height top. */
static void lay_chat(wr_ui *ui, const wr_screen *s, int top)
{
    const wr_sizes *z = &ui->sz;
    int w = z->column, x = (ui->w - w) / 2;
    if (keys_beside(ui, s, top)) {
        lay_chat_beside(ui, s, top);
        return;
    }
    int ph = lay_reply_panel(ui, s, x, w, top);
    ui->reg[REG_CONV].view = (wr_rect){0, top, ui->w, ui->h - top - ph};
    int y = lay_history(ui, s, x, w, z->pad);
    int turn_top = y;
    y = lay_turn(ui, s, x, w, y);
    if (s->n_sections > 0)
        y = lay_sections(ui, s, x, w, y + z->pad);
    ui->reg[REG_CONV].content_h = y + z->pad;
    int tw = z->gap > 6 ? z->gap : 6; /* one scroll bar, next to the column it scrolls */
    if (x + w + z->gap + 2 * tw <= ui->w)
        ui->reg[REG_CONV].bar_x = x + w + z->gap;
    open_scroll(ui, turn_top - z->pad);
}

/* ================================================================ centred screens */

/* The urgent sign: a white disc of diameter d at (x, y) with a red "!". */
static void urgent_sign(wr_ui *ui, int x, int y, int d)
{
    const wr_theme *t = &ui->th;
    int size = d * 3 / 4;
    wr_ui_add_rect(ui, REG_CONV, LAYER_CONTENT, (wr_rect){x, y, d, d}, t->on_urgent, d / 2, 0);
    wr_font_metrics f = wr_ui_font(ui, size, true);
    int ty = y + d / 2 + f.cap_height / 2 - f.ascent;
    wr_ui_add_text(ui, REG_CONV, LAYER_CONTENT, wr_ui_strdup(ui, "!"), x, ty, d, size, true,
                   t->urgent, 1);
}

/* The urgent band across the top: a sign and the title in big white letters on deep red.
 * On a short wide screen (800x480) the sign sits beside the title, not above it, so that
 * the reason below the title stays in view too. Returns its height. */
static int lay_urgent_band(wr_ui *ui, const wr_screen *s, int w)
{
    const wr_sizes *z = &ui->sz;
    const wr_theme *t = &ui->th;
    int x = (ui->w - w) / 2, y = z->pad * 2, d = z->big * 2;
    bool beside = ui->h < ui->w && ui->h < 640;
    if (beside) {
        d = z->big * 3 / 2;
        y = z->pad;
        urgent_sign(ui, x, y, d);
        x += d + z->pad;
        w -= d + z->pad;
    } else {
        urgent_sign(ui, (ui->w - d) / 2, y, d);
        y += d + z->pad;
    }
    int top = y;
    if (s->title && *s->title) {
        const char *ti = wr_ui_strdup(ui, s->title);
        int h =
            wr_ui_add_text(ui, REG_CONV, LAYER_CONTENT, ti, x, y, w, z->big, true, t->on_urgent, 1);
        wr_ui_add_source(ui, REG_CONV, SRC_TITLE, ti, -1);
        mark_reading(ui, s, REG_CONV, WR_PART_TITLE, 0, (wr_rect){x, y, w, h});
        y += h;
    }
    if (beside && y < top + d)
        y = top + d;
    y += beside ? z->pad : z->pad * 2;
    /* the band goes under what was just added */
    wr_ui_add_rect(ui, REG_CONV, LAYER_BACK, (wr_rect){0, 0, ui->w, y}, t->urgent, 0, 0);
    return y;
}

/* The idle countdown: the seconds left, big, in a ring. Returns the bottom. */
static int lay_countdown(wr_ui *ui, int countdown, int y)
{
    const wr_sizes *z = &ui->sz;
    char num[16];
    int d = z->big * 3;
    snprintf(num, sizeof num, "%d", countdown);
    const char *n = wr_ui_strdup(ui, num);
    wr_rect b = {(ui->w - d) / 2, y, d, d};
    wr_ui_add_rect(ui, REG_CONV, LAYER_CONTENT, b, ui->th.accent, d / 2, z->line * 2);
    wr_font_metrics f = wr_ui_font(ui, z->big * 3 / 2, true);
    wr_ui_add_text(ui, REG_CONV, LAYER_CONTENT, n, b.x, y + d / 2 + f.cap_height / 2 - f.ascent, d,
                   z->big * 3 / 2, true, ui->th.accent_text, 1);
    wr_ui_add_source(ui, REG_CONV, SRC_NOTE, n, -1);
    return y + d;
}

/* True on the screens whose first words after the title (and the countdown) must be seen
 * whole, the rest scrolling: the end's safety net, the urgent and idle screens'
 * explanations follow the title. */
static bool title_only(const wr_screen *s)
{
    return s->kind == WR_SCREEN_END || s->kind == WR_SCREEN_URGENT || s->kind == WR_SCREEN_IDLE;
}

/* Title, countdown, paragraphs and picture of a centred page from y. Returns the bottom;
 * *focus gets the bottom of the first paragraph (what must be seen whole). */
static int centred_words(wr_ui *ui, const wr_screen *s, int x, int w, int y, int *focus)
{
    const wr_sizes *z = &ui->sz;
    const wr_theme *t = &ui->th;
    if (s->kind != WR_SCREEN_URGENT && s->title && *s->title) {
        const char *ti = wr_ui_strdup(ui, s->title);
        int h = wr_ui_add_text(ui, REG_CONV, LAYER_CONTENT, ti, x, y, w, z->big, true, t->text, 1);
        wr_ui_add_source(ui, REG_CONV, SRC_TITLE, ti, -1);
        mark_reading(ui, s, REG_CONV, WR_PART_TITLE, 0, (wr_rect){x, y, w, h});
        y += h + z->pad * 2;
    }
    int first = y - z->pad * 2;
    if (s->kind == WR_SCREEN_IDLE && s->countdown >= 0) {
        y = lay_countdown(ui, s->countdown, y) + z->pad * 2;
        first = y - z->pad * 2;
    }
    int size = s->kind == WR_SCREEN_URGENT ? z->title : z->body;
    for (int i = 0; i < s->n_paras; i++) {
        if (!s->paras[i])
            continue;
        wr_look look = s->kind == WR_SCREEN_URGENT ? WR_LOOK_URGENT : s->para_look[i];
        if (wr_ui_is_card(look)) { /* the urgent screen's words, the end's safety net */
            int j = s->kind == WR_SCREEN_URGENT ? s->n_paras : wr_ui_card_run(s, i, look);
            y = lay_card_paras(ui, s, i, j, look, x, w, y, true, NULL) + z->body / 2;
            i = j - 1;
            *focus = *focus < 0 && !title_only(s) ? y - z->body / 2 : *focus;
            continue;
        }
        const char *p = wr_ui_strdup(ui, s->paras[i]);
        int h = wr_ui_add_text(ui, REG_CONV, LAYER_CONTENT, p, x, y, w, size, false, t->text, 1);
        wr_ui_add_source(ui, REG_CONV, SRC_PARA, p, -1);
        mark_reading(ui, s, REG_CONV, WR_PART_PARA, i, (wr_rect){x, y, w, h});
        y += h + z->body / 2;
        *focus = *focus < 0 && !title_only(s) ? y - z->body / 2 : *focus;
    }
    *focus = *focus < 0 ? (title_only(s) ? first : y) : *focus;
    int ph = add_picture(ui, REG_CONV, s->picture, x, w, y, ui->reg[REG_CONV].view.h / 3);
    return y + (ph ? ph + z->pad : 0);
}

/* Moves everything added since item i0 and control c0 down by dy (content coordinates). */
static void shift_down(wr_ui *ui, int i0, int c0, int dy)
{
    for (int i = i0; i < ui->n_items; i++)
        if (ui->items[i].region == REG_CONV)
            ui->items[i].d.box.y += dy;
    for (int i = c0; i < ui->n_ctls; i++)
        if (ui->ctls[i].region == REG_CONV)
            ui->ctls[i].box.y += dy;
}

/* A centred page below a bar of height top: attract, urgent, idle, error, end, staff,
 * printing. The page scrolls when it does not fit. */
static void lay_centred(wr_ui *ui, const wr_screen *s, int top)
{
    const wr_sizes *z = &ui->sz;
    int w = z->column < z->body * 26 ? z->column : z->body * 26;
    int x = (ui->w - w) / 2, y = 0;
    area *g = &ui->reg[REG_CONV];
    bool bar = s->kind != WR_SCREEN_ATTRACT && s->kind != WR_SCREEN_STAFF;
    int ab = bar ? measure_action_bar(ui, s) : 0;
    g->view = (wr_rect){0, top, ui->w, ui->h - top - ab};
    if (s->kind == WR_SCREEN_URGENT)
        y = lay_urgent_band(ui, s, w);
    int i0 = ui->n_items, c0 = ui->n_ctls;
    int focus = -1, ftop = y;
    y = centred_words(ui, s, x, w, y + z->pad * 2, &focus);
    ui->turn = (wr_rect){x, ftop, w, focus - ftop};
    int bw = w < z->body * 18 ? w : z->body * 18;
    pl p = {ui, s, REG_CONV, (ui->w - bw) / 2, bw, false, false, false, bar, g->view.h, false};
    if ((bar && panel_has_more(s)) || (!bar && (s->n_controls > 0 || s->field)))
        y = wr_panel_layout(&p, y + z->pad);
    y += z->pad * 2;
    if (ab > 0)
        lay_action_bar(ui, s);
    g->content_h = y;
    if (y < g->view.h) {
        shift_down(ui, i0, c0, (g->view.h - y) / 2);
        g->content_h = g->view.h;
        if (s->kind == WR_SCREEN_URGENT) /* the band stays on top, the words move down */
            ui->turn.h += (g->view.h - y) / 2;
        else
            ui->turn.y += (g->view.h - y) / 2;
    }
}

/* ================================================================ the whole screen */

/* True for the screens shown as a conversation. */
static bool is_chat(wr_screen_kind k)
{
    return k == WR_SCREEN_SCENE || k == WR_SCREEN_QUESTION || k == WR_SCREEN_PICK ||
           k == WR_SCREEN_LIST;
}

/* Notes what the screen offers that input and the looks need to know (the first primary
 * control is the one filled button). */
static void note_features(wr_ui *ui, const wr_screen *s)
{
    ui->has_back = ui->has_backspace = ui->has_keys = false;
    ui->is_staff = s->kind == WR_SCREEN_STAFF;
    ui->primary_act = WR_ACT_NONE;
    for (int i = s->n_controls - 1; i >= 0; i--)
        if (s->controls[i].role == WR_ROLE_PRIMARY) {
            ui->primary_act = s->controls[i].action;
            ui->primary_arg = s->controls[i].arg;
        }
    for (int i = 0; i < s->n_nav; i++)
        ui->has_back = ui->has_back || (s->nav[i].action == WR_ACT_BACK && !s->nav[i].disabled);
    for (int i = 0; i < s->n_controls; i++) {
        ui->has_keys = ui->has_keys || s->controls[i].role == WR_ROLE_KEY;
        ui->has_backspace = ui->has_backspace || s->controls[i].action == WR_ACT_BACKSPACE;
    }
}

/* The preview's banner: the problems of the edited pack, over the bottom of the screen. */
static void lay_banner(wr_ui *ui, const char *text)
{
    int pad = ui->sz.pad, w = ui->w - 2 * pad;
    int th = wr_ui_text_height(ui, text, w - 2 * pad, ui->sz.small, false);
    int max_h = ui->h / 2;
    int h = th + 2 * pad < max_h ? th + 2 * pad : max_h;
    wr_rect box = {pad, ui->h - h - pad, w, h};
    wr_ui_add_rect(ui, REG_FIXED, LAYER_OVER, box, ui->th.urgent, ui->sz.radius, 0);
    wr_ui_add_text(ui, REG_FIXED, LAYER_OVER, text, box.x + pad, box.y + pad, w - 2 * pad,
                   ui->sz.small, false, ui->th.on_urgent, 0);
    wr_ui_add_source(ui, REG_FIXED, SRC_NOTE, text, -1);
}

/* Lays out the whole screen. */
void wr_ui_layout_screen(wr_ui *ui, const wr_screen *s)
{
    note_features(ui, s);
    ui->hero = !is_chat(s->kind);
    ui->reg[REG_FIXED].view = (wr_rect){0, 0, ui->w, ui->h};
    ui->reg[REG_FIXED].content_h = ui->h;
    ui->floor = ui->h;
    int top = lay_bar(ui, s);
    if (is_chat(s->kind))
        lay_chat(ui, s, top);
    else
        lay_centred(ui, s, top);
    ui->start_ctl = -1;
    for (int i = 0; s->kind == WR_SCREEN_ATTRACT && i < ui->n_ctls; i++)
        if (ui->ctls[i].action == WR_ACT_START && ui->start_ctl < 0)
            ui->start_ctl = i;
    mark_reading_control(ui, s);
    lay_menu(ui, s);
    if (s->banner && *s->banner)
        lay_banner(ui, s->banner);
}

/* A short text that names the screen, to know when a layout shows the same one again. */
static void identify(const wr_screen *s, char *id, size_t n)
{
    snprintf(id, n, "%d|%s|%s|%s|%d|%d|%d|%d", (int)s->kind, s->name ? s->name : "",
             s->scene_id ? s->scene_id : "", s->question_id ? s->question_id : "", s->n_history,
             s->n_hidden, s->large_text, s->high_contrast);
}

/* Empties everything a layout made. */
static void clear(wr_ui *ui)
{
    ui->n_items = ui->n_ctls = ui->n_srcs = 0;
    wr_ui_arena_reset(ui);
    memset(ui->reg, 0, sizeof ui->reg);
    ui->turn = (wr_rect){0, 0, 0, 0};
    ui->menu_ctl = -1;
    ui->press_ctl = -1;
    ui->press_id = -2;
    ui->dragging = ui->corner_hold = false;
    ui->start_ctl = -1;
}

/* A finger (or the mouse button) held down, kept across a layout of the same screen (the
 * idle countdown lays its screen out every second). */
typedef struct held {
    int ctl, id, x, y, region, scroll;
    uint32_t ms;
    bool dragging, corner;
} held;

/* The current press. */
static held save_press(const wr_ui *ui)
{
    return (held){ui->press_ctl,    ui->press_id, ui->press_x,  ui->press_y,    ui->press_region,
                  ui->press_scroll, ui->press_ms, ui->dragging, ui->corner_hold};
}

/* Puts a saved press back. */
static void restore_press(wr_ui *ui, const held *p)
{
    ui->press_ctl = p->ctl < ui->n_ctls ? p->ctl : -1;
    ui->press_id = p->id;
    ui->press_x = p->x;
    ui->press_y = p->y;
    ui->press_region = p->region;
    ui->press_scroll = p->scroll;
    ui->press_ms = p->ms;
    ui->dragging = p->dragging;
    ui->corner_hold = p->corner;
}

/* Lays the screen out for w x h; keeps scroll, focus and a press when it is the same
 * screen. */
int wr_ui_layout(wr_ui *ui, const wr_screen *s, int w, int h)
{
    char id[sizeof ui->ident];
    identify(s, id, sizeof id);
    bool same = strcmp(id, ui->ident) == 0 && ui->w == w && ui->h == h;
    int conv = ui->reg[REG_CONV].scroll, panel = ui->reg[REG_PANEL].scroll;
    int focus = ui->focus;
    bool menu = ui->menu_open && (ui->menu_keep || strcmp(id, ui->ident) == 0);
    held press = save_press(ui);
    clear(ui);
    ui->ok = true;
    ui->w = w;
    ui->h = h;
    ui->rtl = s->rtl;
    ui->kind = s->kind;
    memcpy(ui->ident, id, sizeof id);
    wr_ui_theme(&ui->th, s->high_contrast);
    wr_ui_sizes(&ui->sz, w, h, s->large_text);
    wr_ui_layout_screen(ui, s);
    if (!ui->ok) {
        clear(ui);
        ui->ident[0] = '\0';
        wr_ui_rebuild(ui);
        return -1;
    }
    if (same) {
        wr_ui_set_scroll(ui, REG_CONV, conv);
        wr_ui_set_scroll(ui, REG_PANEL, panel);
        restore_press(ui, &press);
    }
    ui->menu_keep = false;
    ui->menu_open = false;
    if (menu && ui->menu_ctl >= 0) {
        ui->menu_open = true;
        ui->reg[REG_MENU].view = ui->menu_view;
    }
    ui->focus = same && focus < ui->n_ctls ? focus : (ui->key_mode ? wr_ui_first_focus(ui) : -1);
    if (ui->focus >= 0 && !same)
        wr_ui_reveal(ui, ui->focus);
    wr_ui_rebuild(ui);
    return 0;
}
