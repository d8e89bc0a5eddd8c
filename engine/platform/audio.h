/*
 * audio.h -- sound out through SDL audio: plays one buffer of PCM samples from memory (a
 * chime, later speech), or stays silent when there is no audio device. The device is opened
 * for a sound and closed again once it has played, so no audio thread runs while the kiosk
 * is idle. Sounds never come from files. Only engine/platform includes SDL.
 */
#ifndef WR_AUDIO_H
#define WR_AUDIO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct wr_audio wr_audio;

/* An audio output, or NULL when out of memory. 'enabled' false: every sound is silently
 * dropped (no device is ever opened). Free with wr_audio_destroy(). */
wr_audio *wr_audio_create(bool enabled);

/* Stops any sound, closes the device. NULL does nothing. */
void wr_audio_destroy(wr_audio *a);

/* Plays 'n' mono signed 16-bit samples at 'rate' Hz (copied; the caller keeps 'pcm'),
 * replacing any sound still playing. Opens the default device when none is open. Returns 0,
 * or -1 when sound is off or there is no device (then it stays silent; the reason is in
 * wr_audio_error()). */
int wr_audio_play(wr_audio *a, const int16_t *pcm, size_t n, int rate);

/* Stops the sound now (the device is closed). */
void wr_audio_stop(wr_audio *a);

/* True while a sound is still playing. */
bool wr_audio_busy(wr_audio *a);

/* For the event loop: closes the device once the sound has played. Returns the
 * milliseconds after which to call it again, or -1 when nothing is open. */
int wr_audio_idle(wr_audio *a);

/* How many non-silent samples have reached the audio device since it was created (for
 * tests: proof that a sound really went out). */
uint64_t wr_audio_samples_out(wr_audio *a);

/* Why the last wr_audio_play() failed (a static string; "" when it did not). */
const char *wr_audio_error(void);

/* A soft two-note chime synthesized in memory: *n samples at 'rate' Hz, malloc'd (free()).
 * NULL when out of memory. */
int16_t *wr_audio_chime(int rate, size_t *n);

#endif
