/*
 * card.h -- care cards (card.c), shared by the layout. Not for use outside engine/ui.
 */
#ifndef WR_CARD_H
#define WR_CARD_H

#include "ui_internal.h"

#define WR_CARD_MAX_ITEMS 24

/* One care card: its look (TODAY or URGENT), its heading and items (arena strings). */
typedef struct wr_card {
    wr_look look;
    const char *head;
    const char *items[WR_CARD_MAX_ITEMS];
    int n_items;
    bool bullets; /* the items are bullets (else plain paragraphs) */
} wr_card;

/* Lays card c out at x, y in width w of 'region', or only measures it when 'add' is false.
 * Returns its height. */
int wr_ui_card(wr_ui *ui, int region, const wr_card *c, int x, int w, int y, bool add);
/* Card c from the paragraphs [i, j) of screen s, shown with look 'look'. */
void wr_ui_card_of_paras(wr_ui *ui, const wr_screen *s, int i, int j, wr_look look, wr_card *c);
/* The end of the run of paragraphs from i of card look 'look'. */
int wr_ui_card_run(const wr_screen *s, int i, wr_look look);
/* True for TODAY and URGENT. */
bool wr_ui_is_card(wr_look look);

#endif
