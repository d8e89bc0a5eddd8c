/*
 * audio.c -- SDL audio out for chimes and speech: one PCM buffer from memory, fed to the
 * device by SDL's callback; the device is open only while a sound plays.
 */
#include "audio.h"

#include <SDL.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct wr_audio {
    bool enabled;
    bool subsystem;        /* SDL_INIT_AUDIO is ours to quit */
    SDL_AudioDeviceID dev; /* 0 when closed */
    int16_t *pcm;          /* the sound playing; read by the callback under the device lock */
    size_t n, pos;
    uint64_t nonsilent; /* non-zero samples handed to the device */
    uint32_t drained;   /* SDL ticks when the last sample was handed over, or 0 */
};

static char audio_error[256];

/* Why the last play failed. */
const char *wr_audio_error(void)
{
    return audio_error;
}

/* A new output; see audio.h. */
wr_audio *wr_audio_create(bool enabled)
{
    wr_audio *a = calloc(1, sizeof *a);
    if (a)
        a->enabled = enabled;
    return a;
}

/* SDL's audio thread: copies the next samples, silence after the end. */
static void feed(void *ud, Uint8 *stream, int len)
{
    wr_audio *a = ud;
    int16_t *out = (int16_t *)(void *)stream;
    size_t want = (size_t)len / sizeof *out, i = 0;
    for (; i < want && a->pos < a->n; i++, a->pos++) {
        out[i] = a->pcm[a->pos];
        a->nonsilent += out[i] != 0;
    }
    memset(out + i, 0, (want - i) * sizeof *out);
}

/* Closes the device and forgets the sound. */
void wr_audio_stop(wr_audio *a)
{
    if (!a)
        return;
    if (a->dev)
        SDL_CloseAudioDevice(a->dev); /* waits for the callback to return */
    a->dev = 0;
    free(a->pcm);
    a->pcm = NULL;
    a->n = a->pos = 0;
    a->drained = 0;
}

/* Opens the default output for mono 16-bit samples at 'rate'; 0 or -1. */
static int open_device(wr_audio *a, int rate)
{
    if (!a->subsystem) {
        if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
            snprintf(audio_error, sizeof audio_error, "no audio: %s", SDL_GetError());
            return -1;
        }
        a->subsystem = true;
    }
    SDL_AudioSpec want = {.freq = rate,
                          .format = AUDIO_S16SYS,
                          .channels = 1,
                          .samples = 1024,
                          .callback = feed,
                          .userdata = a};
    SDL_AudioSpec have;
    a->dev = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
    if (!a->dev) {
        snprintf(audio_error, sizeof audio_error, "no audio device: %s", SDL_GetError());
        return -1;
    }
    return 0;
}

/* Plays a copy of 'pcm'; see audio.h. */
int wr_audio_play(wr_audio *a, const int16_t *pcm, size_t n, int rate)
{
    audio_error[0] = 0;
    if (!a || !a->enabled) {
        snprintf(audio_error, sizeof audio_error, "sound is off");
        return -1;
    }
    wr_audio_stop(a);
    a->pcm = malloc(n * sizeof *pcm);
    if (!a->pcm) {
        snprintf(audio_error, sizeof audio_error, "out of memory");
        return -1;
    }
    memcpy(a->pcm, pcm, n * sizeof *pcm);
    a->n = n;
    if (open_device(a, rate) < 0) {
        wr_audio_stop(a);
        return -1;
    }
    SDL_PauseAudioDevice(a->dev, 0);
    return 0;
}

/* True while samples are left to play. */
bool wr_audio_busy(wr_audio *a)
{
    if (!a || !a->dev)
        return false;
    SDL_LockAudioDevice(a->dev);
    bool busy = a->pos < a->n;
    SDL_UnlockAudioDevice(a->dev);
    return busy;
}

/* Closes the device after the sound (and one more buffer, so its tail is heard). */
int wr_audio_idle(wr_audio *a)
{
    if (!a || !a->dev)
        return -1;
    if (wr_audio_busy(a))
        return 50;
    uint32_t now = SDL_GetTicks();
    if (!a->drained)
        a->drained = now ? now : 1;
    if (now - a->drained < 150)
        return (int)(150 - (now - a->drained)); /* the last buffer is still in the device */
    wr_audio_stop(a);
    return -1;
}

/* Non-silent samples handed to the device so far (read under the device lock). */
uint64_t wr_audio_samples_out(wr_audio *a)
{
    if (!a)
        return 0;
    if (a->dev)
        SDL_LockAudioDevice(a->dev);
    uint64_t n = a->nonsilent;
    if (a->dev)
        SDL_UnlockAudioDevice(a->dev);
    return n;
}

/* Stops the sound and lets go of SDL's audio. */
void wr_audio_destroy(wr_audio *a)
{
    if (!a)
        return;
    wr_audio_stop(a);
    if (a->subsystem)
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    free(a);
}

/* Two soft sine notes (E6 then C6), each with a quick rise and a long fade: heard across a
 * waiting room without being alarming. */
int16_t *wr_audio_chime(int rate, size_t *n)
{
    const double notes[2] = {1318.5, 1046.5}, note_s = 0.45, amp = 9000.0;
    size_t per = (size_t)(note_s * rate);
    int16_t *pcm = calloc(2 * per, sizeof *pcm);
    if (!pcm)
        return NULL;
    for (int k = 0; k < 2; k++) {
        for (size_t i = 0; i < per; i++) {
            double t = (double)i / rate;
            double env = fmin(1.0, t / 0.01) * exp(-4.0 * t);
            pcm[k * per + i] = (int16_t)lround(amp * env * sin(2 * M_PI * notes[k] * t));
        }
    }
    *n = 2 * per;
    return pcm;
}
