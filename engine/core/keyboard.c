/*
 * keyboard.c -- the on-screen keyboard: its keys as controls, and typing into the flow's
 * edit buffer. Letters, digits, space, backspace, Shift, and the accents Spanish needs.
 */
#include "flow_internal.h"

#include <string.h>

/* Keys row by row, as UTF-8; Shift, space and Delete are added by wr_keyboard_controls. */
static const char *const rows[][11] = {
    {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", NULL},
    {"q", "w", "e", "r", "t", "y", "u", "i", "o", "p", NULL},
    {"a", "s", "d", "f", "g", "h", "j", "k", "l", "ñ", NULL},
    {"z", "x", "c", "v", "b", "n", "m", ",", ".", "?", NULL},
    {"á", "é", "í", "ó", "ú", "ü", "¿", "¡", "'", "-", NULL},
};

/* The code point of the UTF-8 sequence at 's'; *len receives its length in bytes. */
static int decode(const char *s, int *len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) {
        *len = 1;
        return u[0];
    }
    if ((u[0] & 0xE0) == 0xC0 && u[1]) {
        *len = 2;
        return (u[0] & 0x1F) << 6 | (u[1] & 0x3F);
    }
    if ((u[0] & 0xF0) == 0xE0 && u[1] && u[2]) {
        *len = 3;
        return (u[0] & 0x0F) << 12 | (u[1] & 0x3F) << 6 | (u[2] & 0x3F);
    }
    *len = 1;
    return '?';
}

/* Writes code point 'cp' as UTF-8 into 'out' (4 bytes at most); returns the length. */
static int encode(int cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | cp >> 6);
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    out[0] = (char)(0xE0 | cp >> 12);
    out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
}

/* The capital of a Latin letter (ASCII and the Spanish accented ones), else 'cp'. */
static int upper(int cp)
{
    if (cp >= 'a' && cp <= 'z')
        return cp - 32;
    if ((cp >= 0xE0 && cp <= 0xFE && cp != 0xF7))
        return cp - 32;
    return cp;
}

/* Number of code points in 's'. */
static int count_chars(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* One key: a control of the keyboard's 'row', 'span' key units wide. */
static void add_key(wr_flow *f, wr_screen *s, const char *label, wr_action act, int arg,
                    int row, int span)
{
    wr_control *c = wr_screen_add(s, WR_ROLE_KEY, label, act, arg);
    if (!c)
        return;
    c->row = row;
    c->span = span;
    c->selected = act == WR_ACT_SHIFT && f->shift;
}

/* Appends the keyboard's keys to the screen's controls. */
void wr_keyboard_controls(wr_flow *f, wr_screen *s)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    int nrows = (int)(sizeof rows / sizeof rows[0]);
    for (int r = 0; r < nrows; r++) {
        for (int k = 0; rows[r][k]; k++) {
            int len;
            int cp = decode(rows[r][k], &len);
            int shown = f->shift ? upper(cp) : cp;
            char buf[5] = {0};
            encode(shown, buf);
            add_key(f, s, wr_arena_strdup(&f->strings, buf), WR_ACT_KEY, shown, r, 1);
        }
    }
    add_key(f, s, wr_pack_ui(p, "shift"), WR_ACT_SHIFT, 0, nrows, 2);
    add_key(f, s, wr_pack_ui(p, "space"), WR_ACT_KEY, ' ', nrows, 6);
    add_key(f, s, wr_pack_ui(p, "delete"), WR_ACT_BACKSPACE, 0, nrows, 2);
}

/* Applies a keyboard action to the edit buffer (at most 'max_len' characters). Returns 1
 * when it was a keyboard action, 0 otherwise. */
int wr_keyboard_act(wr_flow *f, wr_action action, int arg, int max_len)
{
    size_t used = strlen(f->edit);
    if (action == WR_ACT_SHIFT) {
        f->shift = !f->shift;
        return 1;
    }
    if (action == WR_ACT_BACKSPACE) {
        while (used > 0 && ((unsigned char)f->edit[used - 1] & 0xC0) == 0x80)
            f->edit[--used] = 0;
        if (used > 0)
            f->edit[--used] = 0;
        return 1;
    }
    if (action != WR_ACT_KEY)
        return 0;
    if (arg <= 0 || arg > 0xFFFF || (max_len > 0 && count_chars(f->edit) >= max_len))
        return 1;
    char buf[4];
    int n = encode(arg, buf);
    if (used + (size_t)n < sizeof f->edit - 1) {
        memcpy(f->edit + used, buf, (size_t)n);
        f->edit[used + (size_t)n] = 0;
    }
    f->shift = false;
    return 1;
}

/* Number of code points in the edit buffer, for the "12 of 200 letters" hint. */
int wr_keyboard_count(const wr_flow *f)
{
    return count_chars(f->edit);
}
