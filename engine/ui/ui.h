/*
 * ui.h -- the patient's screen as boxes. Lays a wr_screen out into a draw list and hit
 * targets, and turns touches, clicks and keys into the actions core understands.
 * Pure C11: includes no SDL. Text is measured through callbacks the platform supplies.
 *
 * One wr_ui per display. The usual loop:
 *     wr_ui_layout(ui, screen, w, h);          after every change of the screen or size
 *     wr_ui_input(ui, &in, &act, &arg);        for every input; 1 = a control fired
 *     wr_ui_tick(ui, now, &act, &arg);         when wr_ui_next_deadline() has passed
 *     draw wr_ui_draw_list(ui, &items)         when wr_ui_version() changed
 */
#ifndef WR_UI_H
#define WR_UI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "screen.h"

/* ---- text metrics, supplied by the platform ------------------------------------------ */

/* Vertical metrics of a font at one pixel size, in pixels. */
typedef struct wr_font_metrics {
    int line_height; /* distance between two baselines */
    int ascent;      /* from the top of a drawn line to its baseline */
    int cap_height;  /* height of a capital letter above the baseline */
} wr_font_metrics;

/* How the ui measures text and pictures. 'size' is the font size in pixels (the em). */
typedef struct wr_text_metrics {
    void *ctx;
    /* Width in pixels of the UTF-8 run s[0..len) drawn at 'size', regular or bold. */
    int (*text_width)(void *ctx, const char *s, size_t len, int size, bool bold);
    /* Vertical metrics of the font at 'size'. */
    void (*font_metrics)(void *ctx, int size, bool bold, wr_font_metrics *out);
    /* Natural size of the picture 'name': 0 and *w, *h, or -1 when it cannot be shown.
     * May be NULL: pictures are then drawn in a square box. */
    int (*picture_size)(void *ctx, const char *name, int *w, int *h);
} wr_text_metrics;

/* ---- the draw list -------------------------------------------------------------------- */

typedef struct wr_color {
    uint8_t r, g, b, a;
} wr_color;

typedef struct wr_rect {
    int x, y, w, h;
} wr_rect;

typedef enum wr_draw_kind {
    WR_DRAW_RECT,    /* a rounded rectangle, filled or outlined */
    WR_DRAW_TEXT,    /* one line of text */
    WR_DRAW_PICTURE, /* the picture 'text' fitted into 'box', keeping its aspect */
    WR_DRAW_TICK     /* a check mark filling 'box' */
} wr_draw_kind;

/* One thing to draw, in screen pixels. Draw the list in order, each clipped to 'clip'. */
typedef struct wr_draw_item {
    wr_draw_kind kind;
    wr_rect box; /* TEXT: x, y of the line's top-left; w its width; h its line height */
    wr_rect clip;
    wr_color color;   /* fill, outline, text or tick colour */
    int radius;       /* RECT: corner radius */
    int border;       /* RECT: 0 = filled, else the outline's thickness inside 'box' */
    int size;         /* TEXT: font size in pixels */
    bool bold;        /* TEXT */
    const char *text; /* TEXT: the line (UTF-8, NUL-terminated); PICTURE: the name */
} wr_draw_item;

/* ---- input ---------------------------------------------------------------------------- */

typedef enum wr_input_kind {
    WR_IN_NONE,
    WR_IN_PRESS,   /* a finger or the mouse button goes down at x, y */
    WR_IN_MOVE,    /* it moves (also plain mouse motion: pointer id WR_POINTER_HOVER) */
    WR_IN_RELEASE, /* it goes up */
    WR_IN_KEY,     /* a navigation key: 'key' */
    WR_IN_TEXT,    /* a character typed on a hardware keyboard: 'codepoint' */
    WR_IN_WHEEL,   /* a wheel turn at x, y: 'dy' lines, positive = away from the user */
    WR_IN_RESIZE,  /* the window changed to w, h: lay the screen out again */
    WR_IN_EXPOSE,  /* the window needs drawing again */
    WR_IN_QUIT,    /* a quit: window closed, Alt+F4, or SIGTERM/SIGINT */
    WR_IN_WAKE     /* the sound moved on (read aloud): nothing for the ui itself */
} wr_input_kind;

typedef enum wr_key {
    WR_KEY_NONE,
    WR_KEY_UP,
    WR_KEY_DOWN,
    WR_KEY_LEFT,
    WR_KEY_RIGHT,
    WR_KEY_TAB,
    WR_KEY_BACKTAB,   /* Shift+Tab */
    WR_KEY_ENTER,     /* Enter, keypad Enter, Space */
    WR_KEY_ESCAPE,    /* Escape: Back */
    WR_KEY_BACKSPACE, /* deletes a letter on a typing screen, else Back */
    WR_KEY_PAGEUP,
    WR_KEY_PAGEDOWN,
    WR_KEY_HOME,
    WR_KEY_END,
    WR_KEY_READ       /* a key staff mapped to Read aloud (keys_read) */
} wr_key;

#define WR_POINTER_MOUSE 0
#define WR_POINTER_HOVER (-1)

/* One platform-neutral input event. */
typedef struct wr_input {
    wr_input_kind kind;
    uint32_t ms;        /* a millisecond clock (the platform's, or the drive mode's) */
    int x, y;           /* PRESS, MOVE, RELEASE, WHEEL: window pixels */
    int pointer;        /* PRESS, MOVE, RELEASE: 0 mouse, else a finger id (1, 2, ...) */
    wr_key key;         /* KEY */
    uint32_t codepoint; /* TEXT */
    int dy;             /* WHEEL */
    int w, h;           /* RESIZE */
} wr_input;

/* ---- the ui --------------------------------------------------------------------------- */

typedef struct wr_ui wr_ui;

/* A ui that measures text with 'm' (copied; its ctx must outlive the ui), or NULL when out
 * of memory. Free with wr_ui_destroy(). */
wr_ui *wr_ui_create(const wr_text_metrics *m);

/* Frees the ui and everything it laid out. NULL is a no-op. */
void wr_ui_destroy(wr_ui *ui);

/* Wipes every string of the laid-out screen (a visit has ended) and empties the screen;
 * lay the next one out before drawing. */
void wr_ui_forget(wr_ui *ui);

/* Lays 'screen' out for a w x h display (theme and text size from the screen's flags).
 * Every string is copied: 'screen' may change or go away afterwards. When the screen is
 * the same one as before (same kind, scene, question and history length), scroll positions
 * and keyboard focus are kept. Returns 0, or -1 when out of memory (the ui is then empty). */
int wr_ui_layout(wr_ui *ui, const wr_screen *screen, int w, int h);

/* The draw list for the current state, valid until the next call that changes the ui.
 * Returns the number of items and sets *items. */
int wr_ui_draw_list(const wr_ui *ui, const wr_draw_item **items);

/* Background colour of the whole screen (draw before the list). */
wr_color wr_ui_background(const wr_ui *ui);

/* A number that changes whenever the draw list changes: redraw only when it moved. */
uint32_t wr_ui_version(const wr_ui *ui);

/* Interprets one input. Returns 1 and sets *act, *arg when a control fires (a tap released
 * on the control it pressed, Enter on the focused control, Escape for Back, the staff hold
 * in a corner), else 0. Dragging scrolls; a drag never taps. */
int wr_ui_input(wr_ui *ui, const wr_input *in, wr_action *act, int *arg);

/* Milliseconds from 'now' until wr_ui_tick() has something to do, or -1 when nothing waits. */
int32_t wr_ui_next_deadline(const wr_ui *ui, uint32_t now);

/* Fires time-based gestures whose moment has come (the 3 s staff hold in a top corner).
 * Returns 1 and sets *act, *arg when one fired, else 0. */
int wr_ui_tick(wr_ui *ui, uint32_t now, wr_action *act, int *arg);

/* ---- for the drive mode and failure reports ------------------------------------------ */

/* Finds the tappable control whose label is 'label' (else the only one whose label contains
 * it, case-sensitive), among the nav bar and the reply panel. Scrolls it into view and sets
 * *x, *y to its centre. Returns 0, or -1 with a message in err ("no control ...", "several
 * controls match ...: A, B", "control ... is disabled"). */
int wr_ui_find_control(wr_ui *ui, const char *label, int *x, int *y, char *err, size_t n);

/* True when 'text' occurs in any text of the laid-out screen (titles, paragraphs as whole
 * strings, bubbles, section lines, control labels, the typed field), scrolled into view
 * or not. */
bool wr_ui_shows_text(const wr_ui *ui, const char *text);

/* Everything on the screen as plain text in reading order, one item a line, or NULL when
 * out of memory. The caller frees it with free(). */
char *wr_ui_transcript(const wr_ui *ui);

/* The labels of the enabled controls, one a line, in layout order (malloc'd; the caller
 * frees it), or NULL when out of memory. */
char *wr_ui_controls(const wr_ui *ui);

/* The pixel rectangle of the keyboard-focused control, or false when nothing has focus. */
bool wr_ui_focus_rect(const wr_ui *ui, wr_rect *out);

/* The keyboard-focused control (role, label, action, arg, selected; the label is valid until
 * the next layout), or false when nothing has focus. For read aloud. */
bool wr_ui_focused(const wr_ui *ui, wr_control *out);

#endif
