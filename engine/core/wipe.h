/*
 * wipe.h -- the one way patient text leaves memory: overwritten before it is freed. Core,
 * ui, kiosk and print use these and nothing else: wr_wipe (explicit_bzero, which the
 * compiler may not remove), the frees that wipe first, a string arena whose reset wipes
 * every byte it handed out, and a growing buffer that wipes each older block it outgrows.
 * Pure C.
 */
#ifndef WR_WIPE_H
#define WR_WIPE_H

#include <stdbool.h>
#include <stddef.h>

/* Overwrites 'len' bytes at 'p' with zeros. NULL does nothing. */
void wr_wipe(void *p, size_t len);

/* Overwrites 'len' bytes at 'p' and frees it. NULL does nothing. */
void wr_wipe_free(void *p, size_t len);

/* Overwrites a NUL-terminated string and frees it. NULL does nothing. */
void wr_wipe_str(char *s);

/* Overwrites the 64 KiB of stack below the caller, where a visit's text may linger in the
 * frames of functions that have returned. */
void wr_wipe_stack(void);

/* A string arena: strings live until the next reset. Start it zeroed. */
typedef struct wr_arena {
    struct wr_arena_block *head;
} wr_arena;

/* Copies 'len' bytes of 's' into the arena, NUL-terminated; NULL when out of memory. */
char *wr_arena_strndup(wr_arena *a, const char *s, size_t len);

/* A copy of 's' in the arena ("" for NULL); NULL when out of memory. */
char *wr_arena_strdup(wr_arena *a, const char *s);

/* 'size' zeroed bytes, aligned for any object; NULL when out of memory. */
void *wr_arena_alloc(wr_arena *a, size_t size);

/* A formatted string in the arena; NULL when out of memory. */
char *wr_arena_printf(wr_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Wipes every string the arena handed out; keeps its oldest block for reuse. */
void wr_arena_reset(wr_arena *a);

/* Wipes and frees the arena; it is empty again afterwards. */
void wr_arena_free(wr_arena *a);

/* A growing byte buffer (documents, requests to the print worker): every older, smaller
 * block is wiped before it is freed, so no copy is left behind. Start it zeroed. */
typedef struct wr_wbuf {
    unsigned char *data;
    size_t len, cap;
    bool failed;         /* out of memory once: later appends do nothing */
} wr_wbuf;

/* Appends 'n' bytes of 'p' and keeps a zero byte after them (so text stays a C string).
 * Returns 0, or -1 when out of memory. */
int wr_wbuf_put(wr_wbuf *b, const void *p, size_t n);

/* Wipes and frees the buffer; it is empty again afterwards. */
void wr_wbuf_free(wr_wbuf *b);

#endif
