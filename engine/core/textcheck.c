/*
 * textcheck.c -- UTF-8 and control characters. Uses only the C library.
 */
#include "textcheck.h"

#include <stdio.h>

/* The length of the UTF-8 sequence at 's' (of 'left' bytes) and its code point in *cp, or
 * 0 when the bytes there are not well-formed UTF-8 (overlong forms, surrogates and code
 * points past U+10FFFF included). */
static size_t decode(const unsigned char *s, size_t left, unsigned long *cp)
{
    static const unsigned long least[] = {0, 0, 0x80, 0x800, 0x10000};
    size_t n = s[0] < 0x80 ? 1 : s[0] >= 0xC2 && s[0] <= 0xDF ? 2
                             : (s[0] & 0xF0) == 0xE0          ? 3
                             : s[0] >= 0xF0 && s[0] <= 0xF4   ? 4
                                                              : 0;
    if (n == 0 || n > left)
        return 0;
    *cp = n == 1 ? s[0] : s[0] & (0x7F >> n);
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        *cp = *cp << 6 | (s[i] & 0x3F);
    }
    if (*cp < least[n] || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF))
        return 0;
    return n;
}

/* Is 'cp' a control character here? */
static int is_control(unsigned long cp, int newlines)
{
    if (cp == '\n')
        return !newlines;
    if (cp == '\t' || cp == '\r')
        return newlines < 2;
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

/* What is wrong with the text, or NULL; see textcheck.h. */
const char *wr_text_problem(const char *s, size_t len, int newlines, size_t *at, char *buf,
                            size_t buflen)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < len;) {
        unsigned long cp = 0;
        size_t n = decode(u + i, len - i, &cp);
        *at = i;
        if (u[i] == 0)
            return "a NUL byte";
        if (n == 0)
            return "bytes that are not UTF-8";
        if (is_control(cp, newlines)) {
            snprintf(buf, buflen, "a control character (U+%04lX)", cp);
            return buf;
        }
        i += n;
    }
    return NULL;
}

/* The line of offset 'at'. */
int wr_text_line(const char *s, size_t at)
{
    int line = 1;
    for (size_t i = 0; i < at; i++)
        line += s[i] == '\n';
    return line;
}
