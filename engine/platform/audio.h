/*
 * audio.h -- the kiosk's one output path for sound: speech and chimes, as 16-bit mono PCM
 * handed over from memory, played through SDL's audio subsystem. Nothing is written to a
 * file. With no device (--no-audio, none plugged in, no driver) the module stays silent
 * and says why in wr_audio_status(); callers never need to check before queueing.
 *
 * Marks: a tag put at the end of what is queued so far comes back from wr_audio_event()
 * once playback reaches it (the live loop is woken by an SDL user event, so it never polls).
 * Headless (the drive mode): no device; playback moves only when wr_audio_advance() is
 * called with the virtual clock, and a tap sees every sample "played".
 */
#ifndef WR_AUDIO_H
#define WR_AUDIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct wr_audio wr_audio;

typedef struct wr_audio_opts {
    bool off;           /* --no-audio: never open a device */
    bool virtual_clock; /* headless: no device, playback follows wr_audio_advance() */
    int rate;           /* samples per second of the PCM handed in; 0 = 22050 */
    bool headphones;    /* the staff setting headphones_only = yes */
} wr_audio_opts;

/* Sees every sample as it is played (tests and the drive mode); called from the audio
 * thread with a live device, else from wr_audio_advance(). */
typedef void (*wr_audio_tap)(void *ud, const int16_t *pcm, size_t n);

/* Opens the default output device, or a silent stand-in when there is none (logged once).
 * NULL only when out of memory. Free with wr_audio_close(). */
wr_audio *wr_audio_open(const wr_audio_opts *o);

/* Stops playback, wipes what was queued and closes the device. NULL is a no-op. */
void wr_audio_close(wr_audio *a);

/* One line for the staff screen: "speaker: NAME", "headphones: NAME" or "off: why".
 * Valid while 'a' lives. */
const char *wr_audio_status(const wr_audio *a);

/* True when sound can be heard (a device is open, or the virtual clock in tests). */
bool wr_audio_ready(const wr_audio *a);

/* True when the patient listens privately: the device's name says headphones or a headset,
 * or staff declared a headphone-only kiosk. */
bool wr_audio_headphones(const wr_audio *a);

/* The sample rate of the PCM the module takes. */
int wr_audio_rate(const wr_audio *a);

/* Appends n samples to what plays. Returns 0, or -1 when out of memory. Silent: drops them. */
int wr_audio_queue(wr_audio *a, const int16_t *pcm, size_t n);

/* Puts 'tag' (>= 0) at the end of what is queued: wr_audio_event() reports it once
 * playback reaches that point. Returns 0 or -1. */
int wr_audio_mark(wr_audio *a, int tag);

/* Drops everything queued and every mark not yet reached (the queue is wiped). */
void wr_audio_stop(wr_audio *a);

/* True while queued samples remain to be played. */
bool wr_audio_playing(const wr_audio *a);

/* Samples played since the device opened (the playing position). */
uint64_t wr_audio_position(const wr_audio *a);

/* Hands out the next mark reached: 1 and *tag, or 0 when there is none. */
int wr_audio_event(wr_audio *a, int *tag);

/* Closes the device while nothing plays, so a silent kiosk has no audio thread waking
 * (0 % idle CPU); the next wr_audio_queue() opens it again. */
void wr_audio_sleep(wr_audio *a);

/* Headless: lets 'ms' milliseconds of playback happen. No-op with a real device. */
void wr_audio_advance(wr_audio *a, uint32_t ms);

/* Sets (or with NULL clears) the tap that sees played samples. */
void wr_audio_set_tap(wr_audio *a, wr_audio_tap fn, void *ud);

/* CLOCK_MONOTONIC microseconds when the first non-silent sample after the last
 * wr_audio_stop() or idle period was handed to the device, or 0 (for the benchmark). */
uint64_t wr_audio_first_sound_us(const wr_audio *a);

/* The urgent screen's chime: two soft notes synthesized in memory, *n samples at 'rate' Hz
 * for wr_audio_queue() (malloc'd; free() it). NULL when out of memory. */
int16_t *wr_audio_chime(int rate, size_t *n);

#endif
