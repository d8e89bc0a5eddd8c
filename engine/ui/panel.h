/*
 * panel.h -- the reply panel's layout (panel.c), shared with layout.c.
 * Not for use outside engine/ui.
 */
#ifndef WR_PANEL_H
#define WR_PANEL_H

#include "ui_internal.h"

/* Where a panel goes: the column x..x+w of 'region', for screen s. */
typedef struct pl {
    wr_ui *ui;
    const wr_screen *s;
    int region;
    int x, w;
    bool wide;    /* room for two columns of replies */
    bool toggles; /* the replies toggle (set by wr_panel_layout) */
    bool compact; /* short screen: the buttons go beside the typing field */
    bool no_actions; /* the primary and secondary buttons are in the action bar */
    int room;     /* the height the panel may take on screen */
    bool beside;  /* the keyboard beside the question: no buttons under the keys */
} pl;

/* The primary and secondary buttons side by side (or stacked) from y; returns the bottom. */
int wr_lay_actions(pl *p, const wr_control *c, int n, int y);
/* True for a primary or secondary button. */
bool wr_panel_is_action(const wr_control *c);

/* Lays out the screen's controls from y down; returns the bottom. */
int wr_panel_layout(pl *p, int y);
/* The text field (with its hint inside) at y; returns the bottom. */
int wr_lay_field(pl *p, int y);
/* The narrowest the screen's keyboard may be: its widest row of keys at a touch target
 * each. */
int wr_panel_keys_min_width(const wr_ui *ui, const wr_screen *s);
/* Adds one control drawn at b; returns its index. */
int wr_panel_add_control(wr_ui *ui, int region, const wr_control *c, wr_rect b, bool toggles);
/* The one-line width a control's label needs. */
int wr_panel_natural_width(const wr_ui *ui, const wr_control *c, bool toggles);
/* The height a control of width w needs (at least min_h). */
int wr_panel_control_height(const wr_ui *ui, const wr_control *c, int w, int min_h, bool toggles);

#endif
