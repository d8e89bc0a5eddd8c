/*
 * wrap.h -- UTF-8 word wrapping. Pure C11; widths come from a measuring callback.
 * Breaks at spaces (dropped) and after a hyphen between letters (kept); a word too long
 * for a line is broken between code points, never inside one. '\n' forces a break.
 */
#ifndef WR_WRAP_H
#define WR_WRAP_H

#include <stddef.h>

/* One wrapped line: text[start .. start+len) with its measured width. */
typedef struct wr_line {
    size_t start;
    size_t len;
    int width;
} wr_line;

/* Measures the width of s[0..len) in pixels. */
typedef int (*wr_measure_fn)(void *ctx, const char *s, size_t len);

/* Wraps 'text' into lines no wider than max_w (a single code point wider than max_w gets a
 * line of its own). Stores at most 'cap' lines in 'lines' (which may be NULL when cap is 0)
 * and returns how many lines the text needs. An empty text needs 0 lines. */
int wr_wrap(const char *text, int max_w, wr_measure_fn measure, void *ctx, wr_line *lines, int cap);

/* Length in bytes of the UTF-8 sequence starting at s (1 for an invalid byte, 0 at NUL). */
size_t wr_utf8_len(const char *s);

/* Decodes the code point at s into *cp and returns its length in bytes (as wr_utf8_len). */
size_t wr_utf8_decode(const char *s, unsigned long *cp);

#endif
