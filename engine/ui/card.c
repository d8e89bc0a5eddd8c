/*
 * card.c -- care cards, after the NHS's: a safety message set apart from the chat. "Tell
 * the staff today" and "get help straight away" each have a coloured left edge, a tinted
 * ground and an icon drawn here (a sign with "!": a rounded square for today, a disc for
 * straight away), a bold heading and bullets. In both themes. Used for the pack's say lines
 * marked card = "today" / "urgent", the list's safety sections, the end screen's safety net
 * and the urgent screen's words.
 */
#include "card.h"

#include <string.h>

/* The edge and ground colours of a card of look 'look'. */
static void card_colors(const wr_ui *ui, wr_look look, wr_color *edge, wr_color *ground)
{
    bool today = look == WR_LOOK_TODAY;
    *edge = today ? ui->th.today_edge : ui->th.urgent_edge;
    *ground = today ? ui->th.today_fill : ui->th.urgent_fill;
}

/* The icon at x, y, d pixels square: the sign in the edge colour with a "!" on it. */
static void card_icon(wr_ui *ui, int region, wr_look look, int x, int y, int d)
{
    wr_color edge, ground;
    card_colors(ui, look, &edge, &ground);
    int r = look == WR_LOOK_TODAY ? d / 4 : d / 2;
    wr_ui_add_rect(ui, region, LAYER_CONTENT, (wr_rect){x, y, d, d}, edge, r, 0);
    int size = d * 3 / 4;
    wr_font_metrics f = wr_ui_font(ui, size, true);
    wr_ui_add_text(ui, region, LAYER_CONTENT, wr_ui_strdup(ui, "!"), x,
                   y + d / 2 + f.cap_height / 2 - f.ascent, d, size, true, ui->th.on_sign, 1);
}

/* The lines of the card: its heading, then each item (a bullet, or a plain paragraph).
 * Adds them when 'add', else only measures. Returns the bottom. */
static int card_lines(wr_ui *ui, int region, const wr_card *c, int x, int w, int y, bool add)
{
    const wr_sizes *z = &ui->sz;
    const wr_theme *t = &ui->th;
    wr_font_metrics f = wr_ui_font(ui, z->body, true);
    int d = f.line_height < z->target ? f.line_height : z->target;
    int hx = x + d + z->gap, hw = w - d - z->gap;
    int hh = wr_ui_text_height(ui, c->head, hw, z->body, true);
    if (add) {
        card_icon(ui, region, c->look, x, y + (f.line_height - d) / 2, d);
        wr_ui_add_text(ui, region, LAYER_CONTENT, c->head, hx, y, hw, z->body, true, t->text, 0);
    }
    y += (hh > d ? hh : d) + z->gap;
    int indent = c->bullets ? z->body : 0, dot = z->body / 4 > 4 ? z->body / 4 : 4;
    wr_font_metrics b = wr_ui_font(ui, z->body, false);
    for (int i = 0; i < c->n_items; i++) {
        int h = wr_ui_text_height(ui, c->items[i], w - indent, z->body, false);
        if (add && c->bullets)
            wr_ui_add_rect(ui, region, LAYER_CONTENT,
                           (wr_rect){x + dot, y + b.ascent - b.cap_height / 2 - dot / 2, dot, dot},
                           t->text, dot / 2, 0);
        if (add)
            wr_ui_add_text(ui, region, LAYER_CONTENT, c->items[i], x + indent, y, w - indent,
                           z->body, false, t->text, 0);
        y += h + z->gap;
    }
    return y - z->gap;
}

/* Lays card c out at x, y in width w of 'region' (or only measures it when 'add' is
 * false). Returns its height. */
int wr_ui_card(wr_ui *ui, int region, const wr_card *c, int x, int w, int y, bool add)
{
    const wr_sizes *z = &ui->sz;
    int edge = z->gap * 2 / 3 > 4 ? z->gap * 2 / 3 : 4, p = z->pad;
    int inner_x = x + edge + p, inner_w = w - edge - 2 * p;
    int first = ui->n_items;
    wr_color line, ground;
    card_colors(ui, c->look, &line, &ground);
    if (add) { /* placeholders, sized when the lines are known */
        wr_ui_add_rect(ui, region, LAYER_CONTENT, (wr_rect){x, y, w, 0}, ground, z->radius / 2, 0);
        wr_ui_add_rect(ui, region, LAYER_CONTENT, (wr_rect){x, y, edge, 0}, line, 0, 0);
    }
    int h = card_lines(ui, region, c, inner_x, inner_w, y + p, add) + p - y;
    if (add && ui->ok && ui->n_items > first + 1) {
        ui->items[first].d.box.h = h;
        ui->items[first + 1].d.box.h = h;
    }
    return h;
}

/* Splits the paragraphs [i, j) of screen s (a run of one card look) into card c: the
 * first line is the heading; the first paragraph's further lines and the later paragraphs
 * are the items, bullets when the heading ends with ':' or the first paragraph has lines.
 * Strings are copied into the ui's arena. */
void wr_ui_card_of_paras(wr_ui *ui, const wr_screen *s, int i, int j, wr_look look, wr_card *c)
{
    memset(c, 0, sizeof *c);
    c->look = look;
    const char *p = s->paras[i] ? s->paras[i] : "", *nl = strchr(p, '\n');
    c->head = nl ? wr_ui_strndup(ui, p, (size_t)(nl - p)) : wr_ui_strdup(ui, p);
    c->head = c->head ? c->head : "";
    size_t hl = strlen(c->head);
    c->bullets = nl != NULL || (hl > 0 && c->head[hl - 1] == ':');
    while (nl && c->n_items < WR_CARD_MAX_ITEMS) {
        const char *start = nl + 1;
        nl = strchr(start, '\n');
        size_t len = nl ? (size_t)(nl - start) : strlen(start);
        if (len > 0)
            c->items[c->n_items++] = wr_ui_strndup(ui, start, len);
    }
    for (int k = i + 1; k < j && c->n_items < WR_CARD_MAX_ITEMS; k++)
        c->items[c->n_items++] = wr_ui_strdup(ui, s->paras[k]);
    for (int k = 0; k < c->n_items; k++)
        c->items[k] = c->items[k] ? c->items[k] : "";
}

/* The end of the run of paragraphs from i that make one card (the same card look; a
 * paragraph of several lines, such as a safety net, starts a card of its own). */
int wr_ui_card_run(const wr_screen *s, int i, wr_look look)
{
    int j = i + 1;
    while (j < s->n_paras && s->para_look[j] == look && s->paras[j] &&
           !strchr(s->paras[j], '\n')) /* a paragraph of lines is a card of its own */
        j++;
    return j;
}

/* True for the looks shown as a care card. */
bool wr_ui_is_card(wr_look look)
{
    return look == WR_LOOK_TODAY || look == WR_LOOK_URGENT;
}
