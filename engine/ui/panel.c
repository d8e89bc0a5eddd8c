/*
 * panel.c -- the reply panel: buttons, a 0..10 scale, the on-screen keyboard with its text
 * field, and the look of every kind of control (also the nav bar's). Lays out into one
 * region, in that region's content coordinates, from the top down.
 */
#include "panel.h"

#include <stdlib.h>
#include <string.h>

/* ================================================================ one button */

typedef struct look {
    wr_color fill, line, label;
    int border;
    int size;
    bool bold;
    int align; /* 0 left (after the check box), 1 centre */
    bool box;  /* a check box before the label */
    int hpad;  /* room left and right of the label */
} look;

/* How control c looks (colours, font, check box). 'toggles' says that replies on this
 * screen toggle (so unticked ones show an empty box). */
static look look_of(const wr_ui *ui, const wr_control *c, bool toggles)
{
    const wr_theme *t = &ui->th;
    const wr_sizes *z = &ui->sz;
    look k = {t->button, t->button_line, t->accent_text, z->line, z->body, true, 1, false, 0};
    wr_role role = c->role;
    if (role == WR_ROLE_PRIMARY && (c->action != ui->primary_act || c->arg != ui->primary_arg))
        role = WR_ROLE_SECONDARY; /* one filled button a screen: the first primary */
    switch (role) {
    case WR_ROLE_PRIMARY:
        k.fill = t->accent;
        k.label = t->on_accent;
        k.border = 0;
        k.size = ui->hero ? z->title : z->body;
        break;
    case WR_ROLE_REPLY:
        k.align = 0;
        k.box =
            c->selected || (toggles && (c->action == WR_ACT_OPTION || c->action == WR_ACT_PROMPT));
        break;
    case WR_ROLE_SECONDARY:
        k = (look){t->second, t->second_line, t->text, z->line, z->body, true, 1, false, 0};
        break;
    case WR_ROLE_SCALE: /* a number or two, centred: little side room needed */
        k.size = z->title;
        k.hpad = z->line;
        break;
    case WR_ROLE_KEY:
        k = (look){t->button, t->second_line, t->text, z->line > 2 ? z->line - 1 : 2,
                   z->key,    false,          1,       false, 0};
        break;
    case WR_ROLE_HEADING:
        break;
    case WR_ROLE_NAV:
        k = (look){t->button, t->second_line, t->text, z->line > 2 ? z->line - 1 : 2,
                   z->small,  true,           1,       false, z->pad * 2 / 3};
        k.box = c->action == WR_ACT_LARGER || c->action == WR_ACT_CONTRAST;
        break;
    }
    if (c->selected && role != WR_ROLE_NAV && role != WR_ROLE_PRIMARY) {
        k.fill = t->accent;
        k.label = t->on_accent;
        k.line = t->accent;
    } else if (c->selected) {
        k.fill = t->patient;
        k.line = t->accent;
        k.label = t->patient_text;
    }
    if (c->disabled) {
        k.fill = t->disabled;
        k.label = t->disabled_text;
        k.line = t->disabled;
    }
    k.hpad = k.hpad ? k.hpad : z->pad;
    return k;
}

/* The size of the check box drawn before a label of font size 'size'. */
static int box_size(int size)
{
    return size;
}

/* Width a control needs to show its label on one line. */
int wr_panel_natural_width(const wr_ui *ui, const wr_control *c, bool toggles)
{
    look k = look_of(ui, c, toggles);
    int w = wr_ui_text_natural(ui, c->label, k.size, k.bold) + 2 * k.hpad;
    if (k.box)
        w += box_size(k.size) + ui->sz.gap * 2;
    return w;
}

/* The height a control of width w needs for its label (at least min_h). */
int wr_panel_control_height(const wr_ui *ui, const wr_control *c, int w, int min_h, bool toggles)
{
    look k = look_of(ui, c, toggles);
    int inner = w - 2 * k.hpad - (k.box ? box_size(k.size) + ui->sz.gap * 2 : 0);
    int th = wr_ui_text_height(ui, c->label ? c->label : "", inner, k.size, k.bold);
    int h = th + ui->sz.pad * 3 / 2;
    return h > min_h ? h : min_h;
}

/* Draws the check box of look k at x, vertically centred in box b. */
static void add_box(wr_ui *ui, int region, const look *k, const wr_control *c, wr_rect b, int x)
{
    int bs = box_size(k->size);
    wr_rect r = {x, b.y + (b.h - bs) / 2, bs, bs};
    int rad = bs / 5;
    if (c->selected) {
        wr_ui_add_rect(ui, region, LAYER_CONTENT, r, k->label, rad, 0);
        int in = bs / 6;
        wr_ui_add_item(ui, region, LAYER_CONTENT, WR_DRAW_TICK,
                       (wr_rect){r.x + in, r.y + in, r.w - 2 * in, r.h - 2 * in}, k->fill);
    } else {
        int bw = ui->sz.line > 2 ? ui->sz.line : 2;
        wr_ui_add_rect(ui, region, LAYER_CONTENT, r, k->label, rad, bw);
    }
}

/* The Shift and Delete keys: an icon (an arrow up, a key with a cross) instead of the
 * word, which stays the control's name for read aloud and the drive mode. Returns the
 * control index. */
static int add_icon_key(wr_ui *ui, int region, const wr_control *c, wr_rect b, const look *k)
{
    int s = k->size * 6 / 5, w = c->action == WR_ACT_SHIFT ? s * 4 / 5 : s * 3 / 2;
    w = w > b.w - 4 ? b.w - 4 : w;
    s = s > b.h - 4 ? b.h - 4 : s;
    wr_draw_item *d =
        wr_ui_add_item(ui, region, LAYER_CONTENT, WR_DRAW_ICON,
                       (wr_rect){b.x + (b.w - w) / 2, b.y + (b.h - s) / 2, w, s}, k->label);
    if (d)
        d->text = c->action == WR_ACT_SHIFT ? "shift" : "backspace";
    return wr_ui_add_control(ui, region, c, b);
}

/* Adds control c at box b in region: its shape, check box, label and hit target.
 * Returns the control index. */
int wr_panel_add_control(wr_ui *ui, int region, const wr_control *c, wr_rect b, bool toggles)
{
    look k = look_of(ui, c, toggles);
    const wr_sizes *z = &ui->sz;
    int rad = c->role == WR_ROLE_KEY ? z->radius / 2 : z->radius;
    wr_ui_add_rect(ui, region, LAYER_CONTENT, b, k.fill, rad, 0);
    if (k.border)
        wr_ui_add_rect(ui, region, LAYER_CONTENT, b, k.line, rad, k.border);
    int x = b.x + k.hpad, inner = b.w - 2 * k.hpad;
    if (k.box) {
        add_box(ui, region, &k, c, b, x);
        x += box_size(k.size) + z->gap * 2;
        inner -= box_size(k.size) + z->gap * 2;
    }
    const char *label = c->label ? c->label : "";
    if (c->role == WR_ROLE_KEY && (c->action == WR_ACT_SHIFT || c->action == WR_ACT_BACKSPACE))
        return add_icon_key(ui, region, c, b, &k);
    int th = wr_ui_text_height(ui, label, inner, k.size, k.bold);
    wr_font_metrics f = wr_ui_font(ui, k.size, k.bold);
    int y = b.y + (b.h - th) / 2;
    if (th == f.line_height) /* one line: centre the capitals, not the line box */
        y = b.y + b.h / 2 + f.cap_height / 2 - f.ascent;
    wr_ui_add_text(ui, region, LAYER_CONTENT, label, x, y, inner, k.size, k.bold, k.label,
                   k.align == 1 && !k.box ? 1 : 0);
    return wr_ui_add_control(ui, region, c, b);
}

/* ================================================================ groups */

/* A heading between reply buttons: small bold text, not a control. Returns the bottom. */
static int lay_heading(pl *p, const wr_control *c, int y)
{
    wr_ui *ui = p->ui;
    const char *t = wr_ui_strdup(ui, c->label);
    y += wr_ui_add_text(ui, p->region, LAYER_CONTENT, t, p->x, y, p->w, ui->sz.small, true,
                        ui->th.muted, 0);
    wr_ui_add_source(ui, p->region, SRC_SECTION, t, -1);
    return y;
}

/* True when b continues the group of controls that a started. */
static bool same_group(const wr_control *a, const wr_control *b)
{
    if (a->role == WR_ROLE_HEADING)
        return false;
    bool a_act = a->role == WR_ROLE_PRIMARY || a->role == WR_ROLE_SECONDARY;
    bool b_act = b->role == WR_ROLE_PRIMARY || b->role == WR_ROLE_SECONDARY;
    return a->role == b->role || (a_act && b_act);
}

/* Replies: one column, or two on a wide screen when there are four or more. */
static int lay_replies(pl *p, const wr_control *c, int n, int y)
{
    wr_ui *ui = p->ui;
    const wr_sizes *z = &ui->sz;
    int cols = (p->wide && n >= 4) ? 2 : 1;
    int cw = (p->w - (cols - 1) * z->gap * 2) / cols;
    for (int i = 0; i < n; i += cols) {
        int rh = 0;
        for (int j = i; j < n && j < i + cols; j++) {
            int hh = wr_panel_control_height(ui, &c[j], cw, z->button_h, p->toggles);
            rh = hh > rh ? hh : rh;
        }
        for (int j = i; j < n && j < i + cols; j++) {
            wr_rect b = {p->x + (j - i) * (cw + z->gap * 2), y, cw, rh};
            wr_panel_add_control(ui, p->region, &c[j], b, p->toggles);
        }
        y += rh + z->gap * 2;
    }
    return y - z->gap * 2;
}

/* One end word of a scale (low or high) at y, set against the edge of the number box b
 * (left edge for the low end, right edge for the high end), at most w wide. Returns its
 * height. */
static int scale_word(pl *p, const char *word, wr_rect b, int w, int y, bool high)
{
    wr_ui *ui = p->ui;
    if (!word || !*word)
        return 0;
    const char *t = wr_ui_strdup(ui, word);
    int x = high ? b.x + b.w - w : b.x;
    int h = wr_ui_add_text(ui, p->region, LAYER_CONTENT, t, x, y, w, ui->sz.small, false,
                           ui->th.muted, high ? 2 : 0);
    wr_ui_add_source(ui, p->region, SRC_NOTE, t, -1);
    return h;
}

/* A scale: one row of numbered buttons (more rows when the screen is narrow), the word
 * for the low end by the lowest number and the word for the high end by the highest:
 * both under the row, or, over several rows, the low word over the first number and the
 * high word under the last. A number never wraps ("1" over "0"). */
static int lay_scale(pl *p, const wr_control *c, int n, int y)
{
    wr_ui *ui = p->ui;
    const wr_sizes *z = &ui->sz;
    int rows = 1, per = n;
    int min_w = z->target;
    for (int i = 0; i < n; i++) { /* the widest number on one line, with room to spare */
        int nw = wr_panel_natural_width(ui, &c[i], false) + z->gap;
        min_w = nw > min_w ? nw : min_w;
    }
    while ((p->w - (per - 1) * z->gap) / per < min_w && per > 1) {
        rows++;
        per = (n + rows - 1) / rows;
    }
    int cw = (p->w - (per - 1) * z->gap) / per;
    int ch = cw < z->button_h ? z->button_h : cw;
    ch = ch > z->button_h * 5 / 4 ? z->button_h * 5 / 4 : ch;
    int half = (p->w - z->gap * 2) / 2, lw = rows > 1 ? p->w : half;
    if (rows > 1) /* the low word over the first number */
        y += scale_word(p, p->s->scale_low, (wr_rect){p->x, y, cw, ch}, lw, y, false) + z->gap;
    wr_rect first = {0, 0, 0, 0}, last = first;
    for (int i = 0; i < n; i++) {
        int r = i / per, col = i % per;
        int used = (r == rows - 1) ? n - r * per : per;
        int x0 = p->x + (p->w - (used * cw + (used - 1) * z->gap)) / 2;
        wr_rect b = {x0 + col * (cw + z->gap), y + r * (ch + z->gap), cw, ch};
        wr_panel_add_control(ui, p->region, &c[i], b, false);
        first = i == 0 ? b : first;
        last = b;
    }
    y += rows * ch + (rows - 1) * z->gap + z->gap;
    int h1 = rows > 1 ? 0 : scale_word(p, p->s->scale_low, first, half, y, false);
    int room = last.x + last.w - p->x, hw = rows > 1 ? room : half;
    int h2 = scale_word(p, p->s->scale_high, last, hw, y, true);
    return y + (h1 > h2 ? h1 : h2);
}

/* The hint inside the field's right end ("12 / 200"), on the baseline of the last line
 * that starts at y. Returns its width. */
static int field_hint(pl *p, wr_rect b, int y)
{
    wr_ui *ui = p->ui;
    const wr_sizes *z = &ui->sz;
    if (!p->s->field_hint || !*p->s->field_hint)
        return 0;
    const char *hint = wr_ui_strdup(ui, p->s->field_hint);
    int hw = wr_ui_text_natural(ui, hint, z->small, false);
    int base = wr_ui_font(ui, z->body, false).ascent - wr_ui_font(ui, z->small, false).ascent;
    wr_ui_add_text(ui, p->region, LAYER_CONTENT, hint, b.x + b.w - z->pad - hw, y + base, hw,
                   z->small, false, ui->th.muted, 2);
    wr_ui_add_source(ui, p->region, SRC_HINT, hint, -1);
    return hw;
}

/* The longest end of text that fits in w pixels on one line (starting at a code point, after
 * a leading ellipsis when cut). A new arena string. */
static const char *field_tail(wr_ui *ui, const char *text, int w)
{
    int size = ui->sz.body;
    size_t len = strlen(text), lo = 0, hi = len;
    if (wr_ui_text_width(ui, text, len, size, false) <= w)
        return text;
    w -= wr_ui_text_width(ui, "\u2026", 3, size, false);
    while (lo < hi) { /* the smallest start whose tail fits */
        size_t mid = lo + (hi - lo) / 2;
        while (mid < len && ((unsigned char)text[mid] & 0xC0) == 0x80)
            mid++;
        if (wr_ui_text_width(ui, text + mid, len - mid, size, false) <= w)
            hi = mid;
        else
            lo = mid + 1;
    }
    while (lo < len && ((unsigned char)text[lo] & 0xC0) == 0x80)
        lo++;
    char *tmp = malloc(len - lo + 4);
    if (!tmp)
        return text;
    memcpy(tmp, "\u2026", 3);
    memcpy(tmp + 3, text + lo, len - lo + 1);
    const char *tail = wr_ui_strndup(ui, tmp, len - lo + 3);
    free(tmp);
    return tail ? tail : text;
}

/* The typed text so far, in a box with a caret and the hint at its right end; only its end
 * on one line in compact mode. Returns the bottom. */
int wr_lay_field(pl *p, int y)
{
    wr_ui *ui = p->ui;
    const wr_sizes *z = &ui->sz;
    const wr_theme *t = &ui->th;
    const char *full = wr_ui_strdup(ui, p->s->field), *text = full;
    const char *hint = p->s->field_hint ? p->s->field_hint : "";
    int hw = *hint ? wr_ui_text_natural(ui, hint, z->small, false) + z->pad : 0;
    int inner = p->w - 2 * z->pad - hw;
    int lh = wr_ui_font(ui, z->body, false).line_height;
    text = field_tail(ui, full, inner - z->line * 2 - z->line - 2); /* one line: its end */
    int th = *text ? wr_ui_text_height(ui, text, inner - z->line * 2, z->body, false) : lh;
    wr_rect b = {p->x, y, p->w, th + z->pad * 3 / 2};
    b.h = b.h < z->button_h ? z->button_h : b.h;
    wr_ui_add_rect(ui, p->region, LAYER_CONTENT, b, t->field, z->radius / 2, 0);
    wr_ui_add_rect(ui, p->region, LAYER_CONTENT, b, t->field_line, z->radius / 2, z->line);
    int ty = b.y + (b.h - th) / 2;
    wr_ui_add_text(ui, p->region, LAYER_CONTENT, text, b.x + z->pad, ty, inner - z->line * 2,
                   z->body, false, t->text, 0);
    wr_ui_add_source(ui, p->region, SRC_FIELD, full, -1);
    /* the caret after the last line */
    int last = ui->n_items - 1, cx = b.x + z->pad, cy = ty;
    if (*text && last >= 0 && ui->items[last].d.kind == WR_DRAW_TEXT) {
        cx = ui->items[last].d.box.x + ui->items[last].d.box.w + 2;
        cy = ui->items[last].d.box.y;
    }
    wr_ui_add_rect(ui, p->region, LAYER_CONTENT, (wr_rect){cx, cy, z->line, lh}, t->accent, 0, 0);
    field_hint(p, b, ty + th - lh);
    return b.y + b.h;
}

/* Where the keyboard goes: x, width, the gap between keys, one key unit, key height. */
typedef struct kbd {
    int x, w, kg, unit, kh;
} kbd;

/* The width of n keys from c side by side. */
static int keys_width(const wr_control *c, int n, const kbd *k)
{
    int units = 0;
    for (int i = 0; i < n; i++)
        units += c[i].span > 0 ? c[i].span : 1;
    return units * k->unit + (units - 1) * k->kg;
}

/* One keyboard row of n keys (already cut to fit), centred. Returns the next row's y. */
static int lay_key_row(pl *p, const wr_control *c, int n, const kbd *k, int y)
{
    int x = k->x + (k->w - keys_width(c, n, k)) / 2;
    for (int i = 0; i < n; i++) {
        int span = c[i].span > 0 ? c[i].span : 1;
        int kw = span * k->unit + (span - 1) * k->kg;
        wr_panel_add_control(p->ui, p->region, &c[i], (wr_rect){x, y, kw, k->kh}, false);
        x += kw + k->kg;
    }
    return y + k->kh + k->kg;
}

/* The number of keyboard rows and the most key units in one of them. */
static int count_rows(const wr_control *c, int n, int *max_units)
{
    int rows = 0;
    *max_units = 1;
    for (int i = 0; i < n; rows++) {
        int j = i, units = 0;
        for (; j < n && c[j].row == c[i].row; j++)
            units += c[j].span > 0 ? c[j].span : 1;
        *max_units = units > *max_units ? units : *max_units;
        i = j;
    }
    return rows;
}

/* The height of a key: what the space left on screen allows for 'rows' rows (leaving room
 * for a row of buttons below), between a touch target and a button. */
static int key_height(pl *p, int rows, const kbd *k, int y)
{
    const wr_sizes *z = &p->ui->sz;
    int room = p->room;
    room -= p->compact || p->beside ? y + z->gap * 2 : y + z->button_h + z->pad * 3;
    int kh = room / rows - k->kg;
    int most = k->unit < z->button_h ? k->unit : z->button_h;
    int least = wr_ui_font(p->ui, z->key, false).line_height + z->gap;
    least = least < z->target ? z->target : least;
    kh = kh > most ? most : kh;
    return kh < least ? least : kh; /* keys grow with the text, never shrink below it */
}

/* Fits the keyboard's widest row (max_units) across: in the column, else across the whole
 * screen with thin gaps, else with each row cut in 'parts'. Returns parts. */
static int fit_keys(pl *p, int max_units, kbd *k)
{
    const wr_sizes *z = &p->ui->sz;
    if (p->beside) { /* a column made for the keys: thin gaps, every row whole */
        *k = (kbd){p->x, p->w, 3, (p->w - (max_units - 1) * 3) / max_units, 0};
        return 1;
    }
    *k = (kbd){p->x, p->w, z->gap * 2 / 3 > 3 ? z->gap * 2 / 3 : 3, 0, 0};
    k->unit = (k->w - (max_units - 1) * k->kg) / max_units;
    if (k->unit >= z->target)
        return 1;
    *k = (kbd){3, p->ui->w - 6, 3, 0, 0};
    for (int parts = 1;; parts++) {
        int u = (max_units + parts - 1) / parts;
        k->unit = (k->w - (u - 1) * k->kg) / u;
        if (k->unit >= z->target || parts >= 4)
            return parts;
    }
}

/* The narrowest the keyboard may be beside the question: its widest row at one touch
 * target a key unit, with thin gaps. */
int wr_panel_keys_min_width(const wr_ui *ui, const wr_screen *s)
{
    const wr_control *c = s->controls;
    int i = 0, n, max_units, kg = 3;
    while (i < s->n_controls && c[i].role != WR_ROLE_KEY)
        i++;
    for (n = 0; i + n < s->n_controls && c[i + n].role == WR_ROLE_KEY; n++)
        ;
    if (n == 0)
        return 0;
    count_rows(&c[i], n, &max_units);
    return max_units * ui->sz.target + (max_units - 1) * kg;
}

/* The keyboard: its rows by 'row'; all keys share one unit width and one height. */
static int lay_keys(pl *p, const wr_control *c, int n, int y)
{
    int max_units;
    kbd k;
    int rows = count_rows(c, n, &max_units);
    int parts = fit_keys(p, max_units, &k);
    k.kh = key_height(p, rows * parts, &k, y);
    for (int i = 0; i < n;) {
        int j = i;
        while (j < n && c[j].row == c[i].row)
            j++;
        int per = (j - i + parts - 1) / parts;
        for (int m = i; m < j; m += per)
            y = lay_key_row(p, &c[m], (j - m) < per ? j - m : per, &k, y);
        i = j;
    }
    return y - k.kg;
}

/* Primary and secondary buttons: side by side in equal cells, or stacked when a label would
 * need more than two lines. */
int wr_lay_actions(pl *p, const wr_control *c, int n, int y)
{
    wr_ui *ui = p->ui;
    const wr_sizes *z = &ui->sz;
    int cw = (p->w - (n - 1) * z->gap * 2) / n;
    int rh = ui->hero && c[0].role == WR_ROLE_PRIMARY ? z->button_h * 5 / 4 : z->button_h;
    bool side = true;
    for (int i = 0; i < n; i++) {
        int hh = wr_panel_control_height(ui, &c[i], cw, z->button_h, false);
        int two = 2 * wr_ui_font(ui, z->body, true).line_height + z->pad * 3 / 2;
        side = side && hh <= two;
        rh = hh > rh ? hh : rh;
    }
    if (!side) {
        cw = p->w;
        for (int i = 0; i < n; i++) {
            /* Stacked, each button takes its own height at full width (not the tallest
             * height it had when squeezed side by side). */
            int hh = wr_panel_control_height(ui, &c[i], cw, z->button_h, false);
            wr_panel_add_control(ui, p->region, &c[i], (wr_rect){p->x, y, cw, hh}, false);
            y += hh + z->gap * 2;
        }
        return y - z->gap * 2;
    }
    for (int i = 0; i < n; i++)
        wr_panel_add_control(ui, p->region, &c[i],
                             (wr_rect){p->x + i * (cw + z->gap * 2), y, cw, rh}, false);
    return y + rh;
}

/* True for the primary and secondary buttons. */
bool wr_panel_is_action(const wr_control *c)
{
    return c->role == WR_ROLE_PRIMARY || c->role == WR_ROLE_SECONDARY;
}

/* The field with the screen's primary and secondary buttons beside it, for a keyboard on a
 * short screen. Returns the bottom. */
static int lay_field_row(pl *p, int y)
{
    wr_ui *ui = p->ui;
    const wr_sizes *z = &ui->sz;
    const wr_control *c = p->s->controls;
    int nat[WR_SCREEN_MAX_CONTROLS], aw = 0, full = p->w;
    for (int i = 0; i < p->s->n_controls; i++) {
        nat[i] = wr_panel_is_action(&c[i]) ? wr_panel_natural_width(ui, &c[i], false) : 0;
        nat[i] = nat[i] && nat[i] < z->target * 2 ? z->target * 2 : nat[i];
        aw += nat[i] ? nat[i] + z->gap * 2 : 0;
    }
    p->w = full - aw;
    int bottom = wr_lay_field(p, y);
    p->w = full;
    for (int i = 0, x = p->x + full - aw + z->gap * 2; i < p->s->n_controls; i++) {
        if (!nat[i])
            continue;
        wr_panel_add_control(ui, p->region, &c[i], (wr_rect){x, y, nat[i], bottom - y}, false);
        x += nat[i] + z->gap * 2;
    }
    return bottom;
}

/* True when the replies on screen s toggle (a multiple-choice question or the list
 * builder: there is a Next button to confirm them). */
static bool replies_toggle(const wr_screen *s)
{
    for (int i = 0; i < s->n_controls; i++)
        if (s->controls[i].action == WR_ACT_NEXT || s->controls[i].action == WR_ACT_PROMPT)
            return true;
    return false;
}

/* Lays out every control of the screen, in order, grouped by kind, from y down.
 * Returns the bottom. */
int wr_panel_layout(pl *p, int y)
{
    const wr_screen *s = p->s;
    const wr_control *c = s->controls;
    bool field_done = true;
    p->compact = p->compact && s->field;
    p->toggles = replies_toggle(s);
    for (int i = 0; i < s->n_controls; i++)
        field_done = field_done && c[i].role != WR_ROLE_KEY;
    if (s->field && field_done)
        y = wr_lay_field(p, y) + (s->n_controls ? p->ui->sz.pad : 0);
    field_done = field_done || !s->field;
    for (int i = 0; i < s->n_controls;) {
        int j = i + 1;
        while (j < s->n_controls && same_group(&c[i], &c[j]))
            j++;
        if (i > 0 && !((p->compact || p->no_actions) && wr_panel_is_action(&c[i])))
            y += p->compact ? p->ui->sz.gap : p->ui->sz.pad;
        if (c[i].role == WR_ROLE_KEY && !field_done) {
            y = p->compact  ? lay_field_row(p, y) + p->ui->sz.gap
                : p->beside ? wr_lay_field(p, y) + p->ui->sz.gap
                            : wr_lay_field(p, y) + p->ui->sz.pad;
            field_done = true;
        }
        if ((p->compact || p->no_actions) && wr_panel_is_action(&c[i])) {
            i = j;
            continue;
        }
        if (c[i].role == WR_ROLE_REPLY)
            y = lay_replies(p, &c[i], j - i, y);
        else if (c[i].role == WR_ROLE_SCALE)
            y = lay_scale(p, &c[i], j - i, y);
        else if (c[i].role == WR_ROLE_KEY)
            y = lay_keys(p, &c[i], j - i, y);
        else if (c[i].role == WR_ROLE_HEADING)
            y = lay_heading(p, &c[i], y) - p->ui->sz.pad + p->ui->sz.gap;
        else if (c[i].role != WR_ROLE_NAV)
            y = wr_lay_actions(p, &c[i], j - i, y);
        i = j;
    }
    return y;
}
