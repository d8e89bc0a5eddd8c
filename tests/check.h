/*
 * check.h -- the whole test helper: CHECK(cond) prints file:line and counts a failure;
 * CHECK_STR compares strings; CHECK_HAS looks for a part; check_done() prints "N passed, N failed" and gives the exit
 * status.
 */
#ifndef WR_CHECK_H
#define WR_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond)                                                                       \
    do {                                                                                  \
        if (cond) {                                                                       \
            check_passed++;                                                               \
        } else {                                                                          \
            check_failed++;                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);      \
        }                                                                                 \
    } while (0)

#define CHECK_STR(a, b)                                                                   \
    do {                                                                                  \
        const char *a_ = (a), *b_ = (b);                                                  \
        if (a_ && b_ && strcmp(a_, b_) == 0) {                                            \
            check_passed++;                                                               \
        } else {                                                                          \
            check_failed++;                                                               \
            fprintf(stderr, "%s:%d: \"%s\" != \"%s\"\n", __FILE__, __LINE__,              \
                    a_ ? a_ : "(null)", b_ ? b_ : "(null)");                              \
        }                                                                                 \
    } while (0)

/* CHECK_HAS(text, part): 'part' occurs in 'text'. */
#define CHECK_HAS(text, part)                                                             \
    do {                                                                                  \
        const char *t_ = (text), *p_ = (part);                                            \
        if (t_ && strstr(t_, p_)) {                                                       \
            check_passed++;                                                               \
        } else {                                                                          \
            check_failed++;                                                               \
            fprintf(stderr, "%s:%d: \"%s\" does not contain \"%s\"\n", __FILE__, __LINE__, \
                    t_ ? t_ : "(null)", p_);                                              \
        }                                                                                 \
    } while (0)

static inline int check_done(void)
{
    printf("%d passed, %d failed\n", check_passed, check_failed);
    return check_failed ? 1 : 0;
}

#endif
