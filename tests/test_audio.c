/*
 * test_audio.c -- the sound: the in-memory queue and its marks on the virtual clock, the
 * silent stand-in (--no-audio), a real SDL device (the dummy driver, in real time), going
 * to sleep and waking, espeak-ng speech in English and Spanish, stopped midway, and the
 * urgent chime through the same output after speech (dummy driver).
 */
#include "check.h"

#include <SDL.h>
#include <math.h>
#include <stdlib.h>

#include "audio.h"
#include "speech.h"

typedef struct heard {
    size_t samples;
    int peak;
} heard;

/* The tap: counts samples and notes the loudest. */
static void on_played(void *ud, const int16_t *pcm, size_t n)
{
    heard *h = ud;
    for (size_t i = 0; i < n; i++) {
        int v = abs(pcm[i]);
        h->peak = v > h->peak ? v : h->peak;
    }
    h->samples += n;
}

/* n samples of a 440 Hz tone. */
static int16_t *tone(size_t n)
{
    int16_t *t = malloc(n * sizeof *t);
    for (size_t i = 0; i < n; i++)
        t[i] = (int16_t)(8000 * sin(2 * 3.14159265 * 440 * (double)i / 22050));
    return t;
}

/* The queue and its marks, on the virtual clock. */
static void test_virtual(void)
{
    heard h = {0};
    wr_audio_opts o = {.virtual_clock = true};
    wr_audio *a = wr_audio_open(&o);
    int16_t *t = tone(22050);
    int tag = -1;
    CHECK(wr_audio_ready(a) && !wr_audio_headphones(a));
    wr_audio_set_tap(a, on_played, &h);
    wr_audio_mark(a, 0);
    wr_audio_queue(a, t, 11025);
    wr_audio_mark(a, 1);
    wr_audio_queue(a, t, 11025);
    wr_audio_mark(a, 2);
    CHECK(wr_audio_playing(a) && wr_audio_position(a) == 0);
    wr_audio_advance(a, 250);
    CHECK(wr_audio_event(a, &tag) == 1 && tag == 0);
    CHECK(wr_audio_event(a, &tag) == 0);
    CHECK(wr_audio_position(a) == 5512 && h.samples == 5512 && h.peak > 7000);
    wr_audio_advance(a, 500);
    CHECK(wr_audio_event(a, &tag) == 1 && tag == 1);
    wr_audio_stop(a); /* the rest is dropped, mark 2 with it */
    CHECK(!wr_audio_playing(a));
    wr_audio_advance(a, 2000);
    CHECK(wr_audio_event(a, &tag) == 0);
    CHECK(wr_audio_position(a) == 16537);
    wr_audio_close(a);
    free(t);
}

/* --no-audio: silent, every mark reached at once, and it says so. */
static void test_off(void)
{
    wr_audio_opts o = {.off = true, .headphones = true};
    wr_audio *a = wr_audio_open(&o);
    int16_t s[100] = {1000};
    int tag;
    CHECK(!wr_audio_ready(a) && wr_audio_headphones(a));
    CHECK_HAS(wr_audio_status(a), "off: --no-audio");
    CHECK(wr_audio_queue(a, s, 100) == 0 && !wr_audio_playing(a));
    wr_audio_mark(a, 7);
    CHECK(wr_audio_event(a, &tag) == 1 && tag == 7);
    wr_audio_close(a);
}

/* No device at all (here: a driver that does not exist): silent, and it says why. */
static void test_missing(void)
{
    setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
    wr_audio *a = wr_audio_open(&(wr_audio_opts){0});
    int16_t s[10] = {0};
    int tag;
    CHECK(a && !wr_audio_ready(a));
    CHECK_HAS(wr_audio_status(a), "off: no audio");
    CHECK(wr_audio_queue(a, s, 10) == 0);
    wr_audio_mark(a, 3);
    CHECK(wr_audio_event(a, &tag) == 1 && tag == 3);
    wr_audio_close(a);
    setenv("SDL_AUDIODRIVER", "dummy", 1);
}

/* Waits (really) up to ms for mark 'want'. */
static bool wait_mark(wr_audio *a, int want, int ms)
{
    int tag;
    for (int i = 0; i < ms / 10; i++) {
        while (wr_audio_event(a, &tag))
            if (tag == want)
                return true;
        SDL_Delay(10);
    }
    return false;
}

/* A real device (SDL's dummy driver plays in real time), asleep and awake again. */
static void test_device(void)
{
    SDL_Init(SDL_INIT_EVENTS);
    wr_audio *a = wr_audio_open(&(wr_audio_opts){0});
    int16_t *t = tone(4410);
    CHECK(wr_audio_ready(a));
    CHECK_HAS(wr_audio_status(a), "speaker");
    wr_audio_queue(a, t, 4410);
    wr_audio_mark(a, 5);
    CHECK(wait_mark(a, 5, 2000));
    CHECK(wr_audio_first_sound_us(a) > 0);
    CHECK(wr_audio_position(a) >= 4410);
    wr_audio_sleep(a); /* device closed: no audio thread while silent */
    wr_audio_queue(a, t, 4410);
    wr_audio_mark(a, 6);
    CHECK(wait_mark(a, 6, 2000)); /* opened again by the queue */
    wr_audio_close(a);
    free(t);
    SDL_Quit();
}

/* Counts loud samples (the tap of test_chime). */
static void on_loud(void *ud, const int16_t *pcm, size_t n)
{
    size_t *loud = ud;
    for (size_t i = 0; i < n; i++)
        *loud += abs(pcm[i]) >= 1000;
}

/* The urgent chime: a real sound, queued after speech on the one output path, played on
 * SDL's dummy driver in real time; the device then goes to sleep. */
static void test_chime(void)
{
    size_t n = 0, loud = 0;
    int16_t *pcm = wr_audio_chime(22050, &n);
    int peak = 0;
    for (size_t i = 0; pcm && i < n; i++)
        peak = abs(pcm[i]) > peak ? abs(pcm[i]) : peak;
    CHECK(pcm && n > 10000 && peak > 4000 && peak < 32767);
    SDL_Init(SDL_INIT_EVENTS);
    wr_audio *a = wr_audio_open(&(wr_audio_opts){.rate = 22050});
    CHECK(wr_audio_ready(a));
    wr_audio_set_tap(a, on_loud, &loud);
    int16_t *t = tone(2205); /* a tenth of a second of "speech" first */
    wr_audio_queue(a, t, 2205);
    wr_audio_mark(a, 1);
    CHECK(wr_audio_queue(a, pcm, n) == 0);
    wr_audio_mark(a, 2);
    CHECK(wait_mark(a, 1, 2000)); /* in order: the speech, then the chime */
    CHECK(wait_mark(a, 2, 3000));
    CHECK(loud > 2205 + n / 4);   /* the chime's samples reached the device */
    CHECK(!wr_audio_playing(a));
    wr_audio_sleep(a);
    wr_audio_close(a);
    free(t);
    free(pcm);
    SDL_Quit();
}

/* espeak-ng on its thread: parts in order, English then Spanish, stopped midway. */
static void test_speech(void)
{
    heard h = {0};
    wr_audio *a = wr_audio_open(&(wr_audio_opts){.virtual_clock = true});
    wr_speech *s = wr_speech_create(a, &(wr_speech_opts){0});
    const char *parts[] = {"Hello.", "Read aloud works.", "1: Yes. 2: No."};
    char voice[64];
    int tag, seen = 0;
    CHECK(s != NULL);
    wr_audio_set_tap(a, on_played, &h);
    wr_speech_say(s, "en", parts, 3);
    wr_speech_settle(s, 10000);
    wr_audio_advance(a, 20000);
    while (wr_audio_event(a, &tag))
        seen = seen * 10 + (tag == WR_SPEECH_END ? 9 : tag + 1);
    CHECK(seen == 1239); /* parts 0, 1, 2, then the end */
    CHECK(h.samples > 22050 && h.samples < 22050 * 8 && h.peak > 3000);
    wr_speech_voice(s, voice, sizeof voice);
    CHECK_HAS(voice, "en");

    const char *es[] = {"Hola. Esta es una frase bastante larga para poder pararla a medias."};
    wr_speech_say(s, "es", es, 1);
    wr_speech_settle(s, 10000);
    wr_speech_voice(s, voice, sizeof voice);
    CHECK_HAS(voice, "es");
    size_t before = h.samples;
    wr_audio_advance(a, 500);
    wr_speech_stop(s);
    wr_audio_advance(a, 20000);
    CHECK(h.samples - before == 11025); /* nothing after the stop */
    while (wr_audio_event(a, &tag))
        CHECK(tag != WR_SPEECH_END);
    wr_speech_destroy(s);
    wr_audio_close(a);
}

int main(void)
{
    test_virtual();
    test_off();
    test_missing();
    test_device();
    test_chime();
    test_speech();
    return check_done();
}
