/*
 * ui_internal.h -- what the ui's files share: the wr_ui struct, its string arena, the
 * theme and sizes of one layout, and the helpers that add items, texts and controls.
 * Not for use outside engine/ui.
 */
#ifndef WR_UI_INTERNAL_H
#define WR_UI_INTERNAL_H

#include "ui.h"
#include "wrap.h"
#include "wipe.h"

/* Regions: the fixed frame, the scrolling conversation (or page), the scrolling panel, the
 * toolbar's "Aa" menu (its view is empty while the menu is closed). */
enum { REG_FIXED, REG_CONV, REG_PANEL, REG_MENU, REG_COUNT };

/* Layers, drawn in this order. */
enum { LAYER_BACK, LAYER_CONTENT, LAYER_OVER, LAYER_COUNT };

/* What a piece of text is, for the transcript. */
typedef enum src_kind {
    SRC_TITLE,
    SRC_PARA,
    SRC_KIOSK,   /* an earlier kiosk turn */
    SRC_PATIENT, /* an earlier patient answer */
    SRC_PICTURE,
    SRC_SECTION,
    SRC_LINE,
    SRC_FIELD,
    SRC_HINT,
    SRC_CONTROL,
    SRC_NOTE /* scale words, countdown */
} src_kind;

/* The colours of a theme. */
typedef struct wr_theme {
    wr_color bg, bar, bar_line, panel, panel_line, text, muted, accent, on_accent, accent_text;
    wr_color bubble, bubble_line, now_line, patient, patient_text, button, button_line;
    wr_color second, second_line, disabled, disabled_text, focus, urgent, on_urgent;
    wr_color field, field_line, card, card_line, shade, thumb;
    wr_color today_edge, today_fill, urgent_edge, urgent_fill, on_sign; /* care cards */
} wr_theme;

/* Sizes of one layout, in pixels, from the screen size and the text size. */
typedef struct wr_sizes {
    int body, small, title, big, key; /* font sizes */
    int pad, gap, margin, radius;     /* spacing */
    int target, button_h, nav_h, line, ring, corner;
    int column; /* the width of the reading column */
    int picture; /* the widest a picture is shown: the same at every text size */
} wr_sizes;

typedef struct item {
    wr_draw_item d; /* box in the region's content coordinates */
    int region;
    int layer;
} item;

typedef struct control {
    wr_rect box; /* in the region's content coordinates */
    int region;
    wr_role role;
    wr_action action;
    int arg;
    bool selected, disabled;
    const char *label;
} control;

typedef struct source {
    src_kind kind;
    int region;
    const char *text;
    int ctl; /* SRC_CONTROL: control index */
} source;

typedef struct area {
    wr_rect view;  /* on screen */
    int content_h; /* height of everything in it */
    int scroll;    /* 0 .. content_h - view.h */
    int bar_x;     /* the scroll bar's left edge on screen, next to the content; 0: at the
                    * view's right edge */
} area;


struct wr_ui {
    wr_text_metrics m;
    wr_arena arena;          /* the strings of the laid-out screen (wiped at each layout) */
    item *items;
    int n_items, cap_items;
    control *ctls;
    int n_ctls, cap_ctls;
    source *srcs;
    int n_srcs, cap_srcs;
    wr_draw_item *out;
    int n_out, cap_out;
    area reg[REG_COUNT];
    wr_theme th;
    wr_sizes sz;
    int w, h;
    bool rtl; /* mirrored: laid out left to right, the draw list and input flipped */
    bool ok; /* false after an allocation failure during layout */
    uint32_t version;
    /* the screen's identity, to keep scroll and focus across re-layouts */
    wr_screen_kind kind;
    char ident[160];
    int n_history;
    bool has_back, has_backspace, has_keys, is_staff;
    bool hero;     /* a centred page: its primary button is larger */
    wr_action primary_act; /* the screen's one filled button: its first primary control's */
    int primary_arg;       /* action and argument (later primaries look secondary) */
    int start_ctl; /* attract: the control a tap anywhere fires, or -1 */
    int floor;         /* the top of the action bar at the bottom (h when there is none) */
    int menu_ctl;      /* the "Aa" button that opens the menu, or -1 */
    wr_rect menu_view; /* where the menu shows when open */
    bool menu_open;
    bool menu_keep;    /* a toggle in the menu fired: keep it open on the next layout */
    wr_rect turn;  /* the current turn or message (region REG_CONV, content coordinates):
                    * laid out to be shown whole when the screen opens */
    /* input state */
    int focus;     /* control index, or -1 */
    bool key_mode; /* the last input was a key: show focus at once on new screens */
    int press_ctl; /* control under the press, or -1 */
    int press_id;  /* pointer holding the press, or -2 when none */
    int press_x, press_y, press_region, press_scroll;
    uint32_t press_ms;
    bool dragging, corner_hold;
};

/* Copies s (len bytes) into the ui's arena as a NUL-terminated string, or NULL. */
char *wr_ui_strndup(wr_ui *ui, const char *s, size_t len);
/* Copies the NUL-terminated s into the arena ("" for NULL). */
const char *wr_ui_strdup(wr_ui *ui, const char *s);
/* Empties the arena, keeping its first block. */
void wr_ui_arena_reset(wr_ui *ui);

/* Adds a draw item in 'region' at 'layer'; returns it, or NULL when out of memory. */
wr_draw_item *wr_ui_add_item(wr_ui *ui, int region, int layer, wr_draw_kind kind, wr_rect box,
                             wr_color color);
/* Adds a filled (border 0) or outlined rounded rectangle. */
void wr_ui_add_rect(wr_ui *ui, int region, int layer, wr_rect box, wr_color c, int radius,
                    int border);
/* Adds a text source for the transcript and wr_ui_shows_text(). */
void wr_ui_add_source(wr_ui *ui, int region, src_kind kind, const char *text, int ctl);
/* Adds a control; returns its index, or -1. */
int wr_ui_add_control(wr_ui *ui, int region, const wr_control *c, wr_rect box);
/* 'b' (screen pixels, left to right) as it is shown: mirrored on a right-to-left screen. */
wr_rect wr_ui_shown(const wr_ui *ui, wr_rect b);
/* Rebuilds the screen-space draw list from the items, scroll positions and focus. */
void wr_ui_rebuild(wr_ui *ui);
/* The on-screen rectangle of control i (its content box moved by its region's scroll). */
wr_rect wr_ui_ctl_screen_rect(const wr_ui *ui, int i);
/* Scrolls control i's region so that the control is wholly in view. Returns true if moved. */
bool wr_ui_reveal(wr_ui *ui, int i);
/* Sets region r's scroll, clamped. Returns true if it moved. */
bool wr_ui_set_scroll(wr_ui *ui, int r, int scroll);

/* True when control i is shown (not an item of the closed menu). */
bool wr_ui_ctl_shown(const wr_ui *ui, int i);
/* Opens (true) or closes the "Aa" menu and rebuilds the draw list. */
void wr_ui_menu_set(wr_ui *ui, bool open);

/* The control keyboard focus starts on: the first selected one, else the first one
 * outside the nav bar, else -1. */
int wr_ui_first_focus(const wr_ui *ui);

/* Fills the theme (normal or high contrast). */
void wr_ui_theme(wr_theme *t, bool high_contrast);
/* Fills the sizes for a w x h screen, larger text or not. */
void wr_ui_sizes(wr_sizes *s, int w, int h, bool large);

/* Lays the screen out (items, controls, sources, regions). */
void wr_ui_layout_screen(wr_ui *ui, const wr_screen *s);

/* Text helpers. */
int wr_ui_text_width(const wr_ui *ui, const char *s, size_t len, int size, bool bold);
wr_font_metrics wr_ui_font(const wr_ui *ui, int size, bool bold);
/* Wraps and adds 'text' at x, y in width w; returns the height used. align: 0 left,
 * 1 centre, 2 right. Does not add a source. */
int wr_ui_add_text(wr_ui *ui, int region, int layer, const char *text, int x, int y, int w,
                   int size, bool bold, wr_color c, int align);
/* The height 'text' needs when wrapped to width w. */
int wr_ui_text_height(const wr_ui *ui, const char *text, int w, int size, bool bold);
/* The widest single line of 'text' (no wrapping). */
int wr_ui_text_natural(const wr_ui *ui, const char *text, int size, bool bold);

#endif
