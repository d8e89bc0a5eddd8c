/*
 * drive.h -- the headless drive runner: plays a drive file (Lua, in its own sandbox)
 * whose steps act on the kiosk through a table of callbacks. Includes no Lua header.
 *
 * A drive file may use: start(), tap "label", type "text", expect "text",
 * expect_not "text", expect_screen "name", wait(seconds), shot "name", list(),
 * printed(), slip(), chimed(), controls(), key "name", said(), heard(), taps(), log(...),
 * serve().
 * Each step is printed as it runs ("drive.lua:12: tap "Yes"");
 * the first failure stops the drive with "drive.lua:12: <what went wrong>" and the
 * transcript of what was on screen.
 */
#ifndef WR_DRIVE_H
#define WR_DRIVE_H

#include <stddef.h>
#include <stdio.h>

/* The kiosk's side. Each step returns 0, or -1 with a message for staff in 'err' (at most
 * 'n' bytes; left empty, the runner writes a plain one). Strings returned by list,
 * printed and transcript are malloc'd and freed by the runner; NULL means none. A NULL
 * callback makes its step fail with "not available", except shot (skipped) and
 * transcript (nothing printed). */
/* What the read-aloud sound "heard" since the last utterance began (the drive's heard()). */
typedef struct wr_drive_sound {
    double seconds;     /* samples played / rate */
    int peak;           /* the largest sample magnitude, 0..32767 */
    double rms;         /* root mean square of the samples */
    int utterances;     /* utterances begun since the drive started */
    int playing;        /* 1 while an utterance is still being read */
    char voice[64];     /* the espeak-ng voice of the last utterance */
} wr_drive_sound;

typedef struct wr_drive_ops {
    void *ud;
    int (*start)(void *ud, char *err, size_t n);
    int (*tap)(void *ud, const char *label, char *err, size_t n);
    int (*type)(void *ud, const char *text, char *err, size_t n);
    int (*expect)(void *ud, const char *text, int negate, char *err, size_t n);
    int (*expect_screen)(void *ud, const char *name, char *err, size_t n);
    int (*wait)(void *ud, double seconds, char *err, size_t n);
    int (*shot)(void *ud, const char *name, char *err, size_t n);
    char *(*list)(void *ud);
    char *(*printed)(void *ud);
    char *(*transcript)(void *ud);
    int (*hold)(void *ud, const char *where, char *err, size_t n);
    int (*serve)(void *ud, char *err, size_t n); /* the live loop, until stopped */
    char *(*controls)(void *ud); /* the labels of the enabled controls, one a line */
    char *(*slip)(void *ud);     /* the text of the last slip for the desk */
    double (*chimed)(void *ud);  /* non-silent samples of the chime that were played */
    int (*key)(void *ud, const char *name, char *err, size_t n);
    char *(*said)(void *ud);  /* the words of the last utterance, or NULL */
    int (*heard)(void *ud, wr_drive_sound *out);
    const char *(*screen)(void *ud); /* the kind of screen shown ("attract", "staff" ...),
                                      * for taps(); NULL: taps() counts from the drive's start */
} wr_drive_ops;

/* Plays the drive file 'file' against 'ops', printing each step (and on failure the
 * message and the transcript) to 'log' (NULL: stderr). Returns 0 when every step held,
 * 1 on the first failure, a script error or a file that does not load. */
int wr_drive_run(const char *file, const wr_drive_ops *ops, FILE *log);

/* Prints the Markdown reference of the drive words to 'out'. */
void wr_drive_reference(FILE *out);

#endif
