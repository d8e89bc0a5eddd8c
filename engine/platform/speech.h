/*
 * speech.h -- text to speech, offline, in memory: espeak-ng in its synchronous mode on a
 * thread of its own, handing PCM to the audio module (audio.h) as it is made. No file is
 * ever written. The main thread only hands over text and never waits for the synthesis.
 *
 * An utterance is a list of parts (a title, a paragraph, a choice...). The audio module
 * reports part i (its mark tag i) when playback reaches the start of that part, and
 * WR_SPEECH_END when the utterance has been heard to the end.
 */
#ifndef WR_SPEECH_H
#define WR_SPEECH_H

#include <stdbool.h>
#include <stddef.h>

#include "audio.h"

#define WR_SPEECH_END 100000 /* the mark tag after the last part */

typedef struct wr_speech wr_speech;

typedef struct wr_speech_opts {
    int rate;   /* words per minute, 80..400; 0 = 160 */
    int volume; /* percent of espeak's normal loudness, 10..200; 0 = 100 */
} wr_speech_opts;

/* Starts the synthesis thread (espeak-ng loads its data there). 'audio' is borrowed and must
 * outlive the speech. NULL when out of memory or when the thread cannot start; the reason is
 * logged. Free with wr_speech_destroy(). */
wr_speech *wr_speech_create(wr_audio *audio, const wr_speech_opts *o);

/* Stops speaking, ends the thread and wipes the text it held. NULL is a no-op. */
void wr_speech_destroy(wr_speech *s);

/* Says parts[0..n) in 'language' (a code such as "en" or "es"), after stopping whatever was
 * being said. The texts are copied. Returns 0, or -1 when out of memory. */
int wr_speech_say(wr_speech *s, const char *language, const char *const *parts, int n);

/* Stops at once: the synthesis is abandoned and the queued sound dropped. */
void wr_speech_stop(wr_speech *s);

/* Waits (really) until the thread has made all the sound of the current utterance, at most
 * max_ms. For the drive mode, whose playback follows a virtual clock. */
void wr_speech_settle(wr_speech *s, int max_ms);

/* The espeak-ng voice used for the last utterance ("" before any), e.g. "gmw/en". */
void wr_speech_voice(wr_speech *s, char *out, size_t n);

#endif
