/*
 * test_ui_screens.h -- hand-filled wr_screen values of every kind, for the ui tests and the
 * screenshot gallery. The strings are static: the screens stay valid for the whole run.
 */
#ifndef WR_TEST_UI_SCREENS_H
#define WR_TEST_UI_SCREENS_H

#include "screen.h"
#include "ui.h"

#define TEST_SCREENS_MAX 24

/* Fills out[] with sample screens (at most max) and their short names; returns how many. */
int test_ui_screens(wr_screen *out, const char **names, int max);

/* Checks the layout invariants of ui (laid out at w x h): controls inside the screen, at
 * least a touch target in size, not overlapping. Returns the number of problems, printed
 * to stderr with 'name'. */
int test_ui_check_layout(const wr_ui *ui, const char *name, int w, int h);

#endif
