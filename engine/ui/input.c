/*
 * input.c -- what a touch, a click or a key means. A tap fires on release, once, when the
 * pointer comes up on the control it went down on and moved less than a quarter of a
 * button; further than that it is a drag and scrolls the region it started in. Keys move
 * a visible focus through the controls; Enter activates, Escape means Back.
 */
#include "ui_internal.h"

#include <stdlib.h>
#include <string.h>

#define STAFF_HOLD_MS 3000
#define STALE_PRESS_MS 5000 /* a press this old without news lost its release */

/* ================================================================ hit testing */

/* True when point x, y is inside r. */
static bool inside(wr_rect r, int x, int y)
{
    return x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;
}

/* The enabled control under x, y (screen pixels), or -1. */
static int hit(const wr_ui *ui, int x, int y)
{
    for (int i = 0; i < ui->n_ctls; i++) {
        const control *k = &ui->ctls[i];
        if (!k->disabled && inside(ui->reg[k->region].view, x, y) &&
            inside(ui_ctl_screen_rect(ui, i), x, y))
            return i;
    }
    return -1;
}

/* The scrolling region under x, y, or REG_FIXED. */
static int region_at(const wr_ui *ui, int x, int y)
{
    for (int r = REG_CONV; r < REG_COUNT; r++)
        if (ui->reg[r].view.h > 0 && inside(ui->reg[r].view, x, y))
            return r;
    return REG_FIXED;
}

/* True when x, y is in one of the two top corners where the staff hold starts. */
static bool in_corner(const wr_ui *ui, int x, int y)
{
    int c = ui->sz.corner;
    return y < c && (x < c || x >= ui->w - c);
}

/* Reports control i as fired. */
static int fire(const wr_ui *ui, int i, wr_action *act, int *arg)
{
    *act = ui->ctls[i].action;
    *arg = ui->ctls[i].arg;
    return 1;
}

/* ================================================================ pointer */

/* A finger or button goes down: remember where, on what, and when. */
static int on_press(wr_ui *ui, const wr_input *in)
{
    bool stale = (int32_t)(in->ms - ui->press_ms) > STALE_PRESS_MS;
    if (in->pointer == WR_POINTER_HOVER)
        return 0;
    if (ui->press_id != -2 && ui->press_id != in->pointer && !stale)
        return 0; /* one pointer at a time: a second finger is ignored */
    ui->press_id = in->pointer;
    ui->press_x = in->x;
    ui->press_y = in->y;
    ui->press_ms = in->ms;
    ui->press_ctl = hit(ui, in->x, in->y);
    ui->press_region = region_at(ui, in->x, in->y);
    ui->press_scroll = ui->reg[ui->press_region].scroll;
    ui->dragging = false;
    ui->corner_hold = !ui->is_staff && in_corner(ui, in->x, in->y);
    ui->key_mode = false;
    ui->focus = -1;
    ui_rebuild(ui);
    return 0;
}

/* The pointer moves: past the threshold the press becomes a drag that scrolls. */
static int on_move(wr_ui *ui, const wr_input *in)
{
    if (in->pointer != ui->press_id)
        return 0;
    int dx = in->x - ui->press_x, dy = in->y - ui->press_y;
    int slop = ui->sz.button_h / 4;
    if (!ui->dragging && (abs(dx) > slop || abs(dy) > slop)) {
        ui->dragging = true;
        ui->corner_hold = false;
        ui->press_ctl = -1;
        ui->press_y = in->y; /* scroll from here on, without a jump */
        ui_rebuild(ui);
        return 0;
    }
    if (ui->dragging && ui->press_region != REG_FIXED &&
        ui_set_scroll(ui, ui->press_region, ui->press_scroll - dy))
        ui_rebuild(ui);
    return 0;
}

/* The pointer comes up: a tap when it is still on the control it pressed. */
static int on_release(wr_ui *ui, const wr_input *in, wr_action *act, int *arg)
{
    if (in->pointer != ui->press_id)
        return 0;
    int under = hit(ui, in->x, in->y), pressed = ui->press_ctl;
    bool tap = !ui->dragging;
    ui->press_id = -2;
    ui->press_ctl = -1;
    ui->dragging = ui->corner_hold = false;
    ui_rebuild(ui);
    if (tap && pressed >= 0 && under == pressed)
        return fire(ui, pressed, act, arg);
    if (tap && pressed < 0 && under < 0 && ui->start_ctl >= 0)
        return fire(ui, ui->start_ctl, act, arg); /* attract: touch anywhere to start */
    return 0;
}

/* A wheel turn scrolls the region under the pointer. */
static int on_wheel(wr_ui *ui, const wr_input *in)
{
    int r = region_at(ui, in->x, in->y);
    if (r != REG_FIXED && ui_set_scroll(ui, r, ui->reg[r].scroll - in->dy * ui->sz.body * 3))
        ui_rebuild(ui);
    return 0;
}

/* ================================================================ keys */

/* The first control keyboard focus lands on. */
int ui_first_focus(const wr_ui *ui)
{
    int first = -1, any = -1;
    for (int i = 0; i < ui->n_ctls; i++) {
        const control *k = &ui->ctls[i];
        if (k->disabled)
            continue;
        if (k->role != WR_ROLE_NAV && k->selected)
            return i;
        if (k->role != WR_ROLE_NAV && first < 0)
            first = i;
        if (any < 0)
            any = i;
    }
    return first >= 0 ? first : any;
}

/* The next (step 1) or previous (-1) enabled control after 'from', wrapping if asked. */
static int step_focus(const wr_ui *ui, int from, int step, bool wrap)
{
    for (int n = 0, i = from; n < ui->n_ctls; n++) {
        i += step;
        if (i < 0 || i >= ui->n_ctls) {
            if (!wrap)
                return from;
            i = i < 0 ? ui->n_ctls - 1 : 0;
        }
        if (!ui->ctls[i].disabled)
            return i;
    }
    return from;
}

/* Where control i sits on screen when nothing is scrolled. */
static wr_rect unscrolled(const wr_ui *ui, int i)
{
    wr_rect b = ui->ctls[i].box;
    b.x += ui->reg[ui->ctls[i].region].view.x;
    b.y += ui->reg[ui->ctls[i].region].view.y;
    return b;
}

/* How far candidate c lies from a in direction key (lower is nearer), or -1 when it is not
 * that way at all. */
static long direction_score(wr_rect a, wr_rect c, wr_key key)
{
    long acx = a.x + a.w / 2, acy = a.y + a.h / 2, ccx = c.x + c.w / 2, ccy = c.y + c.h / 2;
    long along, across;
    switch (key) {
    case WR_KEY_DOWN:
        along = c.y - (a.y + a.h);
        across = labs(ccx - acx);
        break;
    case WR_KEY_UP:
        along = a.y - (c.y + c.h);
        across = labs(ccx - acx);
        break;
    case WR_KEY_RIGHT:
        along = c.x - (a.x + a.w);
        across = labs(ccy - acy);
        break;
    default:
        along = a.x - (c.x + c.w);
        across = labs(ccy - acy);
        break;
    }
    if (along < -2)
        return -1;
    return (along > 0 ? along : 0) + across * 2;
}

/* The nearest enabled control from the focus in the arrow's direction; for left and right
 * with nothing that way, the previous or next control. */
static int arrow_focus(const wr_ui *ui, wr_key key)
{
    wr_rect a = unscrolled(ui, ui->focus);
    long best = -1;
    int to = ui->focus;
    for (int i = 0; i < ui->n_ctls; i++) {
        if (i == ui->focus || ui->ctls[i].disabled)
            continue;
        long s = direction_score(a, unscrolled(ui, i), key);
        if (s >= 0 && (best < 0 || s < best)) {
            best = s;
            to = i;
        }
    }
    if (best < 0 && key == WR_KEY_RIGHT)
        return step_focus(ui, ui->focus, 1, false);
    if (best < 0 && key == WR_KEY_LEFT)
        return step_focus(ui, ui->focus, -1, false);
    return to;
}

/* Fires the first enabled control doing 'action', if any. */
static int fire_action(const wr_ui *ui, wr_action action, wr_action *act, int *arg)
{
    for (int i = 0; i < ui->n_ctls; i++)
        if (ui->ctls[i].action == action && !ui->ctls[i].disabled)
            return fire(ui, i, act, arg);
    return 0;
}

/* Scrolls the conversation (or the page) by dy pixels. */
static void scroll_by(wr_ui *ui, int dy)
{
    if (ui_set_scroll(ui, REG_CONV, ui->reg[REG_CONV].scroll + dy))
        ui_rebuild(ui);
}

/* Moves the focus to 'to' and brings it into view. */
static void set_focus(wr_ui *ui, int to)
{
    ui->focus = to;
    if (to >= 0)
        ui_reveal(ui, to);
    ui_rebuild(ui);
}

/* A navigation key. */
static int on_key(wr_ui *ui, const wr_input *in, wr_action *act, int *arg)
{
    int page = ui->reg[REG_CONV].view.h * 4 / 5;
    ui->key_mode = true;
    switch (in->key) {
    case WR_KEY_ESCAPE:
        return ui->has_back ? fire_action(ui, WR_ACT_BACK, act, arg) : 0;
    case WR_KEY_BACKSPACE:
        if (ui->has_backspace)
            return fire_action(ui, WR_ACT_BACKSPACE, act, arg);
        return ui->has_back ? fire_action(ui, WR_ACT_BACK, act, arg) : 0;
    case WR_KEY_PAGEUP:
        scroll_by(ui, -page);
        return 0;
    case WR_KEY_PAGEDOWN:
        scroll_by(ui, page);
        return 0;
    case WR_KEY_HOME:
        scroll_by(ui, -ui->reg[REG_CONV].content_h);
        return 0;
    case WR_KEY_END:
        scroll_by(ui, ui->reg[REG_CONV].content_h);
        return 0;
    case WR_KEY_READ:
        return fire_action(ui, WR_ACT_SPEAK, act, arg);
    default:
        break;
    }
    if (ui->focus < 0 || ui->focus >= ui->n_ctls || ui->ctls[ui->focus].disabled) {
        set_focus(ui, ui_first_focus(ui)); /* the first key only shows where focus is */
        return 0;
    }
    switch (in->key) {
    case WR_KEY_ENTER:
        return fire(ui, ui->focus, act, arg);
    case WR_KEY_TAB:
        set_focus(ui, step_focus(ui, ui->focus, 1, true));
        break;
    case WR_KEY_BACKTAB:
        set_focus(ui, step_focus(ui, ui->focus, -1, true));
        break;
    case WR_KEY_UP:
    case WR_KEY_DOWN:
    case WR_KEY_LEFT:
    case WR_KEY_RIGHT:
        set_focus(ui, arrow_focus(ui, in->key));
        break;
    default:
        break;
    }
    return 0;
}

/* Encodes code point cp as UTF-8 into out (at least 5 bytes). */
static void encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        out[1] = 0;
    } else if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        out[2] = 0;
    } else if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        out[3] = 0;
    } else {
        out[0] = (char)(0xF0 | (cp >> 18));
        out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[3] = (char)(0x80 | (cp & 0x3F));
        out[4] = 0;
    }
}

/* A character from a hardware keyboard: the on-screen key (or PIN digit) labelled with it,
 * else the character itself on a typing screen. */
static int on_text(wr_ui *ui, const wr_input *in, wr_action *act, int *arg)
{
    char s[8];
    encode(in->codepoint, s);
    for (int i = 0; i < ui->n_ctls; i++)
        if (ui->ctls[i].role != WR_ROLE_NAV && !ui->ctls[i].disabled &&
            strcmp(ui->ctls[i].label, s) == 0)
            return fire(ui, i, act, arg);
    if (!ui->has_keys || in->codepoint < 0x20)
        return 0;
    *act = WR_ACT_KEY;
    *arg = (int)in->codepoint;
    return 1;
}

/* ================================================================ public */

/* Interprets one input. */
int wr_ui_input(wr_ui *ui, const wr_input *in, wr_action *act, int *arg)
{
    wr_input flipped;
    *act = WR_ACT_NONE;
    *arg = 0;
    if (ui->rtl) { /* a mirrored screen: back to the coordinates it was laid out in */
        flipped = *in;
        if (in->kind == WR_IN_PRESS || in->kind == WR_IN_MOVE || in->kind == WR_IN_RELEASE ||
            in->kind == WR_IN_WHEEL)
            flipped.x = ui->w - 1 - in->x;
        if (in->kind == WR_IN_KEY && (in->key == WR_KEY_LEFT || in->key == WR_KEY_RIGHT))
            flipped.key = in->key == WR_KEY_LEFT ? WR_KEY_RIGHT : WR_KEY_LEFT;
        in = &flipped;
    }
    switch (in->kind) {
    case WR_IN_PRESS:
        return on_press(ui, in);
    case WR_IN_MOVE:
        return on_move(ui, in);
    case WR_IN_RELEASE:
        return on_release(ui, in, act, arg);
    case WR_IN_KEY:
        return on_key(ui, in, act, arg);
    case WR_IN_TEXT:
        return on_text(ui, in, act, arg);
    case WR_IN_WHEEL:
        return on_wheel(ui, in);
    default:
        return 0;
    }
}

/* Milliseconds until the staff hold completes, or -1. */
int32_t wr_ui_next_deadline(const wr_ui *ui, uint32_t now)
{
    if (ui->press_id == -2 || !ui->corner_hold)
        return -1;
    int32_t left = (int32_t)(ui->press_ms + STAFF_HOLD_MS - now);
    return left > 0 ? left : 0;
}

/* Fires the staff hold when a top corner has been held for 3 s. */
int wr_ui_tick(wr_ui *ui, uint32_t now, wr_action *act, int *arg)
{
    *act = WR_ACT_NONE;
    *arg = 0;
    if (ui->press_id == -2 || !ui->corner_hold || (int32_t)(now - ui->press_ms) < STAFF_HOLD_MS)
        return 0;
    ui->corner_hold = false;
    ui->dragging = true; /* the release that follows is not a tap */
    ui->press_ctl = -1;
    ui_rebuild(ui);
    *act = WR_ACT_STAFF;
    return 1;
}
