/*
 * wrap.c -- UTF-8 word wrapping (see wrap.h). Greedy: each line takes as many words as fit.
 */
#include "wrap.h"

#include <stdbool.h>
#include <stdlib.h>

/* The number of bytes a UTF-8 lead byte announces, or 1 for anything invalid. */
static size_t lead_len(unsigned char c)
{
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return 2;
    if (c >= 0xE0 && c <= 0xEF)
        return 3;
    if (c >= 0xF0 && c <= 0xF4)
        return 4;
    return 1;
}

/* Length in bytes of the UTF-8 sequence at s; a truncated sequence counts as 1 byte. */
size_t wr_utf8_len(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    if (!u[0])
        return 0;
    size_t n = lead_len(u[0]);
    for (size_t i = 1; i < n; i++)
        if ((u[i] & 0xC0) != 0x80)
            return 1;
    return n;
}

/* Decodes the code point at s (U+FFFD for an invalid byte) and returns its byte length. */
size_t wr_utf8_decode(const char *s, unsigned long *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t n = wr_utf8_len(s);
    static const unsigned char mask[5] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    if (n == 0) {
        *cp = 0;
        return 0;
    }
    if (n == 1 && u[0] >= 0x80) {
        *cp = 0xFFFD;
        return 1;
    }
    unsigned long c = u[0] & mask[n];
    for (size_t i = 1; i < n; i++)
        c = (c << 6) | (u[i] & 0x3F);
    *cp = c;
    return n;
}

/* A space that separates words (and is dropped at a break). */
static bool is_space(char c)
{
    return c == ' ' || c == '\t';
}

/* A byte that may stand next to a breakable hyphen: an ASCII letter or part of a
 * multi-byte letter. */
static bool is_letter(char c)
{
    unsigned char u = (unsigned char)c;
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80;
}

/* The end of the word starting at p (before end): the next space, or just after a hyphen
 * that joins two letters. */
static size_t word_end(const char *t, size_t p, size_t end)
{
    size_t q = p;
    while (q < end && !is_space(t[q])) {
        if (t[q] == '-' && q > p && q + 1 < end && is_letter(t[q - 1]) && is_letter(t[q + 1]))
            return q + 1;
        size_t n = wr_utf8_len(t + q);
        q += n ? n : 1;
    }
    return q > end ? end : q;
}

typedef struct wrapper {
    const char *t;
    int max_w;
    wr_measure_fn measure;
    void *ctx;
    wr_line *lines;
    int cap;
    int n;
} wrapper;

/* Records the line t[start..start+len). */
static void emit(wrapper *w, size_t start, size_t len, int width)
{
    if (w->n < w->cap) {
        w->lines[w->n].start = start;
        w->lines[w->n].len = len;
        w->lines[w->n].width = width;
    }
    w->n++;
}

/* The longest run of whole code points from 'start' (at least one, below 'end') that fits,
 * found by a binary search over the code point boundaries. Returns its end. */
static size_t fit_code_points(wrapper *w, size_t start, size_t end, int *width)
{
    size_t count = 0;
    size_t *offs = malloc((end - start + 1) * sizeof *offs);
    size_t first = start + (wr_utf8_len(w->t + start) ? wr_utf8_len(w->t + start) : 1);
    if (!offs) {
        *width = w->measure(w->ctx, w->t + start, first - start);
        return first;
    }
    for (size_t p = start; p < end;) {
        size_t n = wr_utf8_len(w->t + p);
        p += n ? n : 1;
        offs[count++] = p > end ? end : p;
    }
    size_t lo = 0, hi = count - 1; /* offs[lo] always accepted */
    while (lo < hi) {
        size_t mid = lo + (hi - lo + 1) / 2;
        if (w->measure(w->ctx, w->t + start, offs[mid] - start) <= w->max_w)
            lo = mid;
        else
            hi = mid - 1;
    }
    size_t stop = offs[lo];
    free(offs);
    *width = w->measure(w->ctx, w->t + start, stop - start);
    return stop;
}

/* Wraps one hard line t[pos..end) (no '\n' inside). */
static void wrap_segment(wrapper *w, size_t pos, size_t end)
{
    for (;;) {
        while (pos < end && is_space(w->t[pos]))
            pos++;
        if (pos >= end)
            return;
        size_t start = pos, best = 0, q = pos;
        int best_w = 0;
        while (q < end) {
            size_t e = word_end(w->t, q, end);
            int wd = w->measure(w->ctx, w->t + start, e - start);
            if (wd > w->max_w)
                break;
            best = e;
            best_w = wd;
            q = e;
            while (q < end && is_space(w->t[q]))
                q++;
        }
        if (!best)
            best = fit_code_points(w, start, word_end(w->t, start, end), &best_w);
        emit(w, start, best - start, best_w);
        pos = best;
    }
}

/* Wraps 'text' into lines of at most max_w pixels; see wrap.h. */
int wr_wrap(const char *text, int max_w, wr_measure_fn measure, void *ctx, wr_line *lines, int cap)
{
    wrapper w = {text, max_w, measure, ctx, lines, cap, 0};
    size_t pos = 0;
    if (!text)
        return 0;
    while (text[pos]) {
        size_t end = pos;
        while (text[end] && text[end] != '\n')
            end++;
        int before = w.n;
        wrap_segment(&w, pos, end);
        if (w.n == before)
            emit(&w, pos, 0, 0); /* an empty line between two breaks */
        pos = text[end] ? end + 1 : end;
    }
    return w.n;
}
