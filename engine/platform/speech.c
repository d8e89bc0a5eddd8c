/*
 * speech.c -- espeak-ng on a thread of its own (see speech.h). espeak-ng is not thread-safe,
 * so only this thread ever calls it; it runs in AUDIO_OUTPUT_SYNCHRONOUS mode, whose
 * callback hands each chunk of PCM to the audio queue as soon as it is made.
 */
#include "speech.h"
#include "sdl_internal.h"
#include "wipe.h"

#include <espeak-ng/speak_lib.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PARTS 64

struct wr_speech {
    wr_audio *audio;
    wr_speech_opts opt;
    SDL_Thread *thread;
    SDL_mutex *lock;
    SDL_cond *wake, *idle;
    bool quit, pending, busy;
    unsigned gen; /* bumped by every say and stop: older work is dropped */
    char language[16];
    char *parts[MAX_PARTS]; /* the utterance waiting for the thread */
    int n_parts;
    char voice[64];
};

/* espeak-ng's callback has no user pointer: the one speech object, and the generation of
 * the utterance the thread is making. Only the synthesis thread reads them. */
static wr_speech *current;
static unsigned making;

/* ================================================================ no sound server */

struct audio_object;
struct audio_object *create_audio_device_object(const char *device, const char *application_name,
                                                const char *description);

/* espeak-ng 1.51's espeak_Initialize() asks pcaudiolib for an output device even in
 * synchronous mode, where it never plays anything itself: pcaudiolib then connects to the
 * PulseAudio (or PipeWire) server and keeps that connection, an IPC channel the kiosk must
 * not have (tests/privacy/no_ipc.sh). This definition takes the place of pcaudiolib's (the
 * executable's symbol comes first for libespeak-ng's call) and says "no device"; the name
 * is pcaudiolib's and must stay as it is. Our sound goes through SDL (audio.c). */
struct audio_object *create_audio_device_object(const char *device, const char *application_name,
                                                const char *description)
{
    (void)device, (void)application_name, (void)description;
    return NULL;
}

/* ================================================================ the thread */

/* Frees a list of texts, overwriting each first. */
static void wipe_parts(char **parts, int n)
{
    for (int i = 0; i < n; i++) {
        wr_wipe_str(parts[i]);
        parts[i] = NULL;
    }
}

/* espeak-ng hands over a chunk: queue it, or abort when the utterance was stopped. */
static int on_pcm(short *wav, int n, espeak_EVENT *ev)
{
    (void)ev;
    wr_speech *s = current;
    int abort = 0;
    SDL_LockMutex(s->lock);
    if (s->gen != making || s->quit)
        abort = 1;
    else if (wav && n > 0)
        wr_audio_queue(s->audio, wav, (size_t)n);
    SDL_UnlockMutex(s->lock);
    return abort;
}

/* Loads espeak-ng's data; returns its sample rate, or -1. */
static int start_espeak(wr_speech *s)
{
    int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 40, NULL, espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0) {
        plat_log("speech: espeak-ng did not start; read aloud is silent");
        return -1;
    }
    espeak_SetSynthCallback(on_pcm);
    espeak_SetParameter(espeakRATE, s->opt.rate, 0);
    espeak_SetParameter(espeakVOLUME, s->opt.volume, 0);
    if (rate != wr_audio_rate(s->audio))
        plat_log("speech: espeak-ng makes %d Hz, the audio takes %d Hz", rate,
                 wr_audio_rate(s->audio));
    return rate;
}

/* Chooses the voice for 'language' and notes its name. */
static void choose_voice(wr_speech *s, const char *language, char *loaded)
{
    if (strcmp(language, loaded) == 0)
        return;
    if (espeak_SetVoiceByName(language) != EE_OK) {
        espeak_VOICE spec = {.languages = language};
        if (espeak_SetVoiceByProperties(&spec) != EE_OK)
            plat_log("speech: no espeak-ng voice for \"%s\"", language);
    }
    snprintf(loaded, 16, "%s", language);
    espeak_VOICE *v = espeak_GetCurrentVoice();
    SDL_LockMutex(s->lock);
    snprintf(s->voice, sizeof s->voice, "%s",
             v && v->identifier ? v->identifier
             : v && v->name     ? v->name
                                : language);
    SDL_UnlockMutex(s->lock);
}

/* Makes the sound of one utterance, part by part, each behind a mark. */
static void speak_parts(wr_speech *s, char **parts, int n, unsigned gen)
{
    for (int i = 0; i < n; i++) {
        SDL_LockMutex(s->lock);
        bool stale = s->gen != gen;
        if (!stale)
            wr_audio_mark(s->audio, i);
        SDL_UnlockMutex(s->lock);
        if (stale)
            return;
        if (parts[i][0])
            espeak_Synth(parts[i], strlen(parts[i]) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8,
                         NULL, NULL);
    }
    SDL_LockMutex(s->lock);
    if (s->gen == gen)
        wr_audio_mark(s->audio, WR_SPEECH_END);
    SDL_UnlockMutex(s->lock);
}

/* The thread: waits for an utterance, makes its sound, and again. */
static int run(void *ud)
{
    wr_speech *s = ud;
    char loaded[16] = "";
    bool ok = start_espeak(s) > 0;
    current = s;
    SDL_LockMutex(s->lock);
    for (;;) {
        while (!s->quit && !s->pending) {
            s->busy = false;
            SDL_CondBroadcast(s->idle);
            SDL_CondWait(s->wake, s->lock);
        }
        if (s->quit)
            break;
        char *parts[MAX_PARTS], language[16];
        int n = s->n_parts;
        memcpy(parts, s->parts, sizeof parts);
        memcpy(language, s->language, sizeof language);
        memset(s->parts, 0, sizeof s->parts);
        s->n_parts = 0;
        s->pending = false;
        s->busy = true;
        making = s->gen;
        SDL_UnlockMutex(s->lock);
        if (ok) {
            choose_voice(s, language, loaded);
            speak_parts(s, parts, n, making);
        } else {
            SDL_LockMutex(s->lock);
            wr_audio_mark(s->audio, WR_SPEECH_END);
            SDL_UnlockMutex(s->lock);
        }
        wipe_parts(parts, n);
        SDL_LockMutex(s->lock);
    }
    SDL_UnlockMutex(s->lock);
    /* No espeak_Terminate(): in espeak-ng 1.51 it can hang for ever joining its own (unused
     * in synchronous mode) queue thread after an aborted synthesis. Its tables stay mapped
     * until the process ends; nothing of a patient's is in them. */
    return 0;
}

/* ================================================================ the main thread's side */

/* Starts the thread. */
wr_speech *wr_speech_create(wr_audio *audio, const wr_speech_opts *o)
{
    wr_speech *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->audio = audio;
    s->opt.rate = o && o->rate ? o->rate : 160;
    s->opt.volume = o && o->volume ? o->volume : 100;
    s->lock = SDL_CreateMutex();
    s->wake = SDL_CreateCond();
    s->idle = SDL_CreateCond();
    s->busy = true; /* until the thread has loaded espeak-ng and waits */
    if (s->lock && s->wake && s->idle)
        s->thread = SDL_CreateThread(run, "speech", s);
    if (!s->thread) {
        plat_log("speech: cannot start the synthesis thread: %s", SDL_GetError());
        wr_speech_destroy(s);
        return NULL;
    }
    return s;
}

/* Ends the thread and frees everything. */
void wr_speech_destroy(wr_speech *s)
{
    if (!s)
        return;
    if (s->thread) {
        SDL_LockMutex(s->lock);
        s->quit = true;
        s->gen++;
        SDL_CondSignal(s->wake);
        SDL_UnlockMutex(s->lock);
        SDL_WaitThread(s->thread, NULL);
    }
    wipe_parts(s->parts, s->n_parts);
    SDL_DestroyCond(s->wake);
    SDL_DestroyCond(s->idle);
    SDL_DestroyMutex(s->lock);
    free(s);
}

/* Hands an utterance to the thread. */
int wr_speech_say(wr_speech *s, const char *language, const char *const *parts, int n)
{
    char *copy[MAX_PARTS] = {0};
    n = n < MAX_PARTS ? n : MAX_PARTS;
    for (int i = 0; i < n; i++) {
        copy[i] = strdup(parts[i] ? parts[i] : "");
        if (!copy[i]) {
            wipe_parts(copy, i);
            return -1;
        }
    }
    SDL_LockMutex(s->lock);
    s->gen++;
    wr_audio_stop(s->audio);
    wipe_parts(s->parts, s->n_parts);
    memcpy(s->parts, copy, sizeof copy);
    s->n_parts = n;
    snprintf(s->language, sizeof s->language, "%s", language ? language : "en");
    s->pending = true;
    SDL_CondSignal(s->wake);
    SDL_UnlockMutex(s->lock);
    return 0;
}

/* Abandons the utterance and drops its sound. */
void wr_speech_stop(wr_speech *s)
{
    if (!s)
        return;
    SDL_LockMutex(s->lock);
    s->gen++;
    wipe_parts(s->parts, s->n_parts);
    s->n_parts = 0;
    s->pending = false;
    wr_audio_stop(s->audio);
    SDL_UnlockMutex(s->lock);
}

/* Waits until the thread is idle, at most max_ms. */
void wr_speech_settle(wr_speech *s, int max_ms)
{
    if (!s)
        return;
    Uint32 end = SDL_GetTicks() + (Uint32)max_ms;
    SDL_LockMutex(s->lock);
    while ((s->busy || s->pending) && !SDL_TICKS_PASSED(SDL_GetTicks(), end))
        SDL_CondWaitTimeout(s->idle, s->lock, 50);
    SDL_UnlockMutex(s->lock);
}

/* The voice of the last utterance. */
void wr_speech_voice(wr_speech *s, char *out, size_t n)
{
    SDL_LockMutex(s->lock);
    snprintf(out, n, "%s", s->voice);
    SDL_UnlockMutex(s->lock);
}
