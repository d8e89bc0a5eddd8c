/*
 * textcheck.h -- is a text fit to show a patient? UTF-8, with no NUL byte and no control
 * character. Pure C; used by the script checker and the configuration reader.
 */
#ifndef WR_TEXTCHECK_H
#define WR_TEXTCHECK_H

#include <stddef.h>

/* What is wrong with the 'len' bytes at 's', or NULL when nothing is: "a NUL byte",
 * "bytes that are not UTF-8", "a control character (U+0007)"... (a static string, or one
 * written into 'buf' of 'buflen' bytes). *at receives the offset of the first bad byte.
 * Line breaks are allowed when 'newlines' is non-zero (tabs and carriage returns too, in a
 * file: 'newlines' 2); the invisible marks that reorder text (U+202A-U+202E,
 * U+2066-U+2069) count as control characters. */
const char *wr_text_problem(const char *s, size_t len, int newlines, size_t *at, char *buf,
                            size_t buflen);

/* The line (from 1) of offset 'at' in 's'. */
int wr_text_line(const char *s, size_t at);

#endif
