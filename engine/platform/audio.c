/*
 * audio.c -- one output path for speech and chimes (see audio.h): a queue of PCM in memory
 * that SDL's audio thread drains through a callback, with marks that wake the event loop
 * when playback reaches them. Every sample is wiped from memory once played or dropped.
 */
#include "audio.h"
#include "sdl_internal.h"
#include "wipe.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_MARKS 128

typedef struct mark {
    uint64_t at; /* the sample position the mark stands at */
    int tag;
} mark;

struct wr_audio {
    SDL_AudioDeviceID dev; /* 0: silent, asleep, or the virtual clock */
    bool virt, headphones;
    bool can_open; /* a device opened once: reopen it after a sleep */
    int rate;
    SDL_mutex *lock;
    int16_t *buf; /* queued samples: buf[head .. len) play next */
    size_t head, len, cap;
    uint64_t played;       /* the position: samples played */
    mark marks[MAX_MARKS]; /* not yet reached, in order */
    int n_marks;
    int reached[MAX_MARKS]; /* reached, not yet handed out */
    int n_reached;
    wr_audio_tap tap;
    void *tap_ud;
    uint64_t first_sound_us;
    bool quiet; /* nothing audible played since the last stop or idle */
    char status[160];
};

/* ================================================================ the queue */

/* Overwrites and frees the played part of the buffer when it is more than half of it. */
static void compact(wr_audio *a)
{
    if (a->head == 0 || a->head < a->len / 2)
        return;
    size_t rest = a->len - a->head;
    memmove(a->buf, a->buf + a->head, rest * sizeof *a->buf);
    wr_wipe(a->buf + rest, a->head * sizeof *a->buf);
    a->len = rest;
    a->head = 0;
}

/* Moves the marks playback has passed to the reached list; wakes the loop if any. */
static void pass_marks(wr_audio *a)
{
    int n = 0;
    while (n < a->n_marks && a->marks[n].at <= a->played) {
        if (a->n_reached < MAX_MARKS)
            a->reached[a->n_reached++] = a->marks[n].tag;
        n++;
    }
    if (n == 0)
        return;
    memmove(a->marks, a->marks + n, (size_t)(a->n_marks - n) * sizeof *a->marks);
    a->n_marks -= n;
    if (!a->virt) {
        SDL_Event e = {.type = plat_wake_event()};
        SDL_PushEvent(&e);
        plat_wake_poke();
    }
}

/* Takes up to n samples off the queue into out (silence after the end); lock held. */
static void take(wr_audio *a, int16_t *out, size_t n)
{
    size_t have = a->len - a->head, k = have < n ? have : n;
    if (k) {
        memcpy(out, a->buf + a->head, k * sizeof *out);
        memset(a->buf + a->head, 0, k * sizeof *out);
    }
    memset(out + k, 0, (n - k) * sizeof *out);
    a->head += k;
    a->played += k;
    compact(a);
    if (a->quiet) {
        for (size_t i = 0; i < k; i++) {
            if (out[i] > 64 || out[i] < -64) {
                struct timespec ts;
                clock_gettime(CLOCK_MONOTONIC, &ts);
                a->first_sound_us = (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
                a->quiet = false;
                break;
            }
        }
    }
    if (k == 0)
        a->quiet = true; /* idle: the next sound is a "first" one */
    pass_marks(a);
    if (a->tap && k)
        a->tap(a->tap_ud, out, k);
}

/* SDL's audio thread asks for 'len' bytes. */
static void callback(void *ud, Uint8 *stream, int len)
{
    wr_audio *a = ud;
    SDL_LockMutex(a->lock);
    take(a, (int16_t *)(void *)stream, (size_t)len / sizeof(int16_t));
    SDL_UnlockMutex(a->lock);
}

/* ================================================================ opening */

/* True when a device name says the sound stays with one listener. */
static bool private_name(const char *name)
{
    static const char *const words[] = {"headphone", "headset",  "Headphone",
                                        "Headset",   "earphone", "Earphone"};
    for (size_t i = 0; name && i < sizeof words / sizeof words[0]; i++)
        if (strstr(name, words[i]))
            return true;
    return false;
}

/* SDL's default output device for mono 16-bit PCM at a->rate (SDL converts), or 0. */
static SDL_AudioDeviceID device_open(wr_audio *a)
{
    SDL_AudioSpec want = {0}, have;
    want.freq = a->rate;
    want.format = AUDIO_S16SYS;
    want.channels = 1;
    want.samples = 512; /* about 23 ms: a short wait for the first sample */
    want.callback = callback;
    want.userdata = a;
    return SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
}

/* Opens SDL's default output device for mono 16-bit PCM at a->rate. */
static int open_device(wr_audio *a)
{
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0)
        return plat_fail("no audio: %s", SDL_GetError());
    a->dev = device_open(a);
    if (!a->dev) {
        plat_fail("no audio device: %s", SDL_GetError());
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
        return -1;
    }
    a->can_open = true;
    const char *name = SDL_GetAudioDeviceName(0, 0);
    a->headphones = a->headphones || private_name(name);
    snprintf(a->status, sizeof a->status, "%s: %s (%s)", a->headphones ? "headphones" : "speaker",
             name ? name : "default device", SDL_GetCurrentAudioDriver());
    SDL_PauseAudioDevice(a->dev, 0);
    return 0;
}

/* Opens the device, the virtual clock, or silence. */
wr_audio *wr_audio_open(const wr_audio_opts *o)
{
    wr_audio *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->rate = o && o->rate > 0 ? o->rate : 22050;
    a->headphones = o && o->headphones;
    a->virt = o && o->virtual_clock && !o->off;
    a->quiet = true;
    a->lock = SDL_CreateMutex();
    if (!a->lock) {
        free(a);
        return NULL;
    }
    if (o && o->off) {
        snprintf(a->status, sizeof a->status, "off: --no-audio");
    } else if (a->virt) {
        snprintf(a->status, sizeof a->status, "%s: headless capture",
                 a->headphones ? "headphones" : "speaker");
    } else if (open_device(a) != 0) {
        snprintf(a->status, sizeof a->status, "off: %s", wr_platform_error());
        plat_log("sound is off (%s); the kiosk works silently", wr_platform_error());
    } else {
        plat_log("sound: %s", a->status);
    }
    return a;
}

/* Opens the device again after a sleep; lock held. SDL's audio thread may call back at
 * once: it waits for the lock. */
static void wake_device(wr_audio *a)
{
    if (a->dev || !a->can_open || SDL_InitSubSystem(SDL_INIT_AUDIO) != 0)
        return;
    a->dev = device_open(a);
    if (a->dev)
        SDL_PauseAudioDevice(a->dev, 0);
    else
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

/* Closes the device while nothing plays, so that a silent kiosk has no audio thread waking
 * up (0 % idle CPU); the next sound opens it again. */
void wr_audio_sleep(wr_audio *a)
{
    if (!a)
        return;
    SDL_LockMutex(a->lock);
    SDL_AudioDeviceID dev = a->len > a->head ? 0 : a->dev;
    if (dev)
        a->dev = 0;
    SDL_UnlockMutex(a->lock);
    if (dev) {
        SDL_CloseAudioDevice(dev); /* outside the lock: the callback may be waiting for it */
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
}

/* Closes the device and wipes the queue. */
void wr_audio_close(wr_audio *a)
{
    if (!a)
        return;
    wr_audio_sleep(a);
    if (a->dev) {
        SDL_CloseAudioDevice(a->dev);
        SDL_QuitSubSystem(SDL_INIT_AUDIO);
    }
    wr_wipe_free(a->buf, a->cap * sizeof *a->buf);
    SDL_DestroyMutex(a->lock);
    free(a);
}

/* ================================================================ queueing */

const char *wr_audio_status(const wr_audio *a)
{
    return a ? a->status : "off";
}

bool wr_audio_ready(const wr_audio *a)
{
    return a && (a->dev || a->can_open || a->virt);
}

bool wr_audio_headphones(const wr_audio *a)
{
    return a && a->headphones;
}

int wr_audio_rate(const wr_audio *a)
{
    return a ? a->rate : 22050;
}

/* Grows the buffer to hold n more samples (the old one is wiped); lock held. */
static int reserve(wr_audio *a, size_t n)
{
    if (a->len + n <= a->cap)
        return 0;
    size_t cap = a->cap ? a->cap : 1 << 15;
    while (cap < a->len + n)
        cap *= 2;
    int16_t *nb = malloc(cap * sizeof *nb);
    if (!nb)
        return -1;
    if (a->buf)
        memcpy(nb, a->buf, a->len * sizeof *nb);
    wr_wipe_free(a->buf, a->cap * sizeof *a->buf);
    a->buf = nb;
    a->cap = cap;
    return 0;
}

/* Appends samples to the queue. */
int wr_audio_queue(wr_audio *a, const int16_t *pcm, size_t n)
{
    int r = 0;
    if (!wr_audio_ready(a) || n == 0)
        return 0;
    SDL_LockMutex(a->lock);
    wake_device(a);
    if (reserve(a, n) == 0) {
        memcpy(a->buf + a->len, pcm, n * sizeof *pcm);
        a->len += n;
    } else {
        r = -1;
    }
    SDL_UnlockMutex(a->lock);
    return r;
}

/* A mark at the end of the queue. */
int wr_audio_mark(wr_audio *a, int tag)
{
    int r = -1;
    if (!a)
        return -1;
    SDL_LockMutex(a->lock);
    if (a->n_marks < MAX_MARKS) {
        a->marks[a->n_marks++] = (mark){a->played + (a->len - a->head), tag};
        r = 0;
    }
    if (!wr_audio_ready(a))
        pass_marks(a); /* silent: every mark is reached at once */
    SDL_UnlockMutex(a->lock);
    return r;
}

/* Drops what is queued and the marks. */
void wr_audio_stop(wr_audio *a)
{
    if (!a)
        return;
    SDL_LockMutex(a->lock);
    wr_wipe(a->buf, a->cap * sizeof *a->buf);
    a->head = a->len = 0;
    a->n_marks = 0;
    a->n_reached = 0;
    a->quiet = true;
    a->first_sound_us = 0;
    SDL_UnlockMutex(a->lock);
}

bool wr_audio_playing(const wr_audio *a)
{
    if (!a)
        return false;
    SDL_LockMutex(a->lock);
    bool r = a->len > a->head;
    SDL_UnlockMutex(a->lock);
    return r;
}

uint64_t wr_audio_position(const wr_audio *a)
{
    if (!a)
        return 0;
    SDL_LockMutex(a->lock);
    uint64_t r = a->played;
    SDL_UnlockMutex(a->lock);
    return r;
}

/* The next mark reached, if any. */
int wr_audio_event(wr_audio *a, int *tag)
{
    int got = 0;
    if (!a)
        return 0;
    SDL_LockMutex(a->lock);
    if (a->n_reached > 0) {
        *tag = a->reached[0];
        memmove(a->reached, a->reached + 1, (size_t)--a->n_reached * sizeof *a->reached);
        got = 1;
    }
    SDL_UnlockMutex(a->lock);
    return got;
}

/* Headless playback of 'ms' milliseconds, in slices of at most 4096 samples. */
void wr_audio_advance(wr_audio *a, uint32_t ms)
{
    int16_t slice[4096];
    if (!a || !a->virt)
        return;
    uint64_t n = (uint64_t)ms * (uint64_t)a->rate / 1000u;
    SDL_LockMutex(a->lock);
    while (n > 0 && a->len > a->head) {
        size_t k = n < 4096 ? (size_t)n : 4096;
        take(a, slice, k);
        n -= k;
    }
    if (a->len == a->head)
        pass_marks(a);
    SDL_UnlockMutex(a->lock);
    wr_wipe(slice, sizeof slice);
}

void wr_audio_set_tap(wr_audio *a, wr_audio_tap fn, void *ud)
{
    if (!a)
        return;
    SDL_LockMutex(a->lock);
    a->tap = fn;
    a->tap_ud = ud;
    SDL_UnlockMutex(a->lock);
}

uint64_t wr_audio_first_sound_us(const wr_audio *a)
{
    if (!a)
        return 0;
    SDL_LockMutex(a->lock);
    uint64_t r = a->first_sound_us;
    SDL_UnlockMutex(a->lock);
    return r;
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
