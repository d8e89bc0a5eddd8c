/*
 * readaloud.h -- what Read aloud says for a screen, as text: the kiosk's turn, then the
 * choices with their numbers ("1: Yes."), private items withheld unless the patient
 * listens through headphones, and the pack's pronunciations applied. Pure C11: the sound
 * itself is made by engine/platform (speech.h).
 */
#ifndef WR_READALOUD_H
#define WR_READALOUD_H

#include <stdbool.h>
#include <stddef.h>

#include "pack.h"
#include "screen.h"

#define WR_READ_MAX_PARTS 64

/* An utterance: parts in reading order, each with the part of the screen it reads (to mark
 * it while it plays) and its text as it is to be said (malloc'd, wiped by wr_read_free). */
typedef struct wr_read {
    int n;
    wr_part part[WR_READ_MAX_PARTS];
    char *text[WR_READ_MAX_PARTS];
} wr_read;

/* The utterance for screen 's' of pack 'p' into *out (emptied first). 'headphones': private
 * paragraphs, the list preview and the patient's own typed questions are read too; without
 * them, private paragraphs become the pack's "read_private" words. Returns the number of
 * parts; free with wr_read_free(). */
int wr_read_screen(const wr_screen *s, const wr_pack *p, bool headphones, wr_read *out);

/* The utterance for one control that just took the keyboard focus: its number if it has one,
 * its label, "chosen" when selected. Returns the number of parts (0 or 1). */
int wr_read_control(const wr_screen *s, const wr_pack *p, const wr_control *c, bool headphones,
                    wr_read *out);

/* Overwrites and frees the texts of 'r'; it may be filled again. */
void wr_read_free(wr_read *r);

/* The number read before control i of the screen (1, 2, ...), or 0 for a control without
 * one (nav bar, headings, keys, scale numbers). */
int wr_read_number_of(const wr_screen *s, int i);

/* The index of the control numbered n on the screen, or -1. */
int wr_read_numbered(const wr_screen *s, int n);

/* 'text' as it is to be said into out (n bytes): the pack's pronounce { } words replaced
 * (a key ending in '*' matches any word starting so; an empty text drops the word), and
 * number ranges such as "0-10" read "0 to 10". */
void wr_read_pronounce(const wr_pack *p, const char *text, char *out, size_t n);

#endif
