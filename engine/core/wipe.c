/*
 * wipe.c -- overwriting memory before it is freed. Uses the C library (explicit_bzero).
 */
#include "wipe.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK 16384
#define STACK_WIPE (64 << 10)

struct wr_arena_block {
    struct wr_arena_block *next;
    size_t used, size;
    _Alignas(16) char data[];
};

/* Overwrites 'len' bytes at 'p'. */
void wr_wipe(void *p, size_t len)
{
    if (p && len)
        explicit_bzero(p, len);
}

/* Overwrites and frees. */
void wr_wipe_free(void *p, size_t len)
{
    if (!p)
        return;
    wr_wipe(p, len);
    free(p);
}

/* Overwrites a string and frees it. */
void wr_wipe_str(char *s)
{
    if (s)
        wr_wipe_free(s, strlen(s));
}

/* Overwrites the stack below the caller: a big local array, wiped; never inlined, so the
 * array lies below the caller's frame. */
__attribute__((noinline)) void wr_wipe_stack(void)
{
    volatile unsigned char below[STACK_WIPE];
    explicit_bzero((void *)below, sizeof below);
    below[0] = 0; /* keeps the array */
}

/* 'size' bytes from the arena's newest block, starting on a 16-byte boundary; a new block
 * when it has no room. NULL when out of memory. */
static char *take(wr_arena *a, size_t size)
{
    struct wr_arena_block *b = a->head;
    size_t at = b ? (b->used + 15) & ~(size_t)15 : 0;
    if (!b || at > b->size || b->size - at < size) {
        size_t cap = size > ARENA_BLOCK ? size : ARENA_BLOCK;
        struct wr_arena_block *nb = malloc(sizeof *nb + cap);
        if (!nb)
            return NULL;
        nb->used = 0;
        nb->size = cap;
        nb->next = a->head;
        a->head = b = nb;
        at = 0;
    }
    b->used = at + size;
    return b->data + at;
}

/* Copies a string into the arena; see wipe.h. */
char *wr_arena_strndup(wr_arena *a, const char *s, size_t len)
{
    char *d = take(a, len + 1);
    if (!d)
        return NULL;
    memcpy(d, s, len);
    d[len] = '\0';
    return d;
}

/* A copy of 's' (NULL gives ""); see wipe.h. */
char *wr_arena_strdup(wr_arena *a, const char *s)
{
    s = s ? s : "";
    return wr_arena_strndup(a, s, strlen(s));
}

/* Zeroed bytes from the arena; see wipe.h. */
void *wr_arena_alloc(wr_arena *a, size_t size)
{
    char *d = take(a, size ? size : 1);
    if (d)
        memset(d, 0, size);
    return d;
}

/* A formatted string in the arena; see wipe.h. */
char *wr_arena_printf(wr_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *d = n < 0 ? NULL : take(a, (size_t)n + 1);
    if (!d)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(d, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return d;
}

/* Wipes every string handed out; frees every block but the oldest. */
void wr_arena_reset(wr_arena *a)
{
    while (a->head && a->head->next) {
        struct wr_arena_block *next = a->head->next;
        wr_wipe_free(a->head, sizeof *a->head + a->head->used);
        a->head = next;
    }
    if (a->head) {
        wr_wipe(a->head->data, a->head->used);
        a->head->used = 0;
    }
}

/* Wipes and frees the arena. */
void wr_arena_free(wr_arena *a)
{
    wr_arena_reset(a);
    free(a->head);
    a->head = NULL;
}

/* Appends 'n' bytes to the buffer; see wipe.h. */
int wr_wbuf_put(wr_wbuf *b, const void *p, size_t n)
{
    if (b->failed)
        return -1;
    if (b->cap - b->len <= n) {
        size_t cap = b->cap ? b->cap : 1024;
        while (cap - b->len <= n)
            cap *= 2;
        unsigned char *bigger = malloc(cap);
        if (!bigger) {
            b->failed = true;
            return -1;
        }
        if (b->data) {
            memcpy(bigger, b->data, b->len);
            wr_wipe_free(b->data, b->cap);
        }
        b->data = bigger;
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
    return 0;
}

/* Wipes and frees the buffer. */
void wr_wbuf_free(wr_wbuf *b)
{
    wr_wipe_free(b->data, b->cap);
    *b = (wr_wbuf){0};
}
