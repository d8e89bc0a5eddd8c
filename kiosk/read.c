/*
 * read.c -- Read aloud in the kiosk: the sound opened (or not), the Read aloud button
 * starting and stopping the reading, each new screen read once the patient chose it, the
 * focused control announced, number keys, and the marker on the part being read.
 * The words come from engine/core (readaloud.h), the sound from engine/platform.
 */
#include "app.h"
#include "readaloud.h"
#include "speech.h"
#include "wipe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define AUDIO_SLEEP_MS 15000 /* silence this long: the audio device is closed (0 % CPU) */

struct wr_reader {
    wr_audio *audio;
    wr_speech *speech;
    wr_read words;        /* the utterance playing: its parts and their screen parts */
    bool speaking;        /* until its end is heard, or it is stopped */
    wr_part reading;      /* the part playing now, marked on screen */
    char seen[200];       /* the screen last read or shown, to read each new one once */
    uint32_t quiet_since; /* when the sound last stopped; 0 while speaking */
    uint64_t said_us;     /* when the last utterance was handed over (benchmark) */
    wr_heard heard;       /* headless: the sound played since the last utterance began */
    char *said;           /* headless: the words of the last utterance (drive's said()) */
    uint64_t loud;        /* headless: loud samples played since the start (any sound) */
    uint64_t chime_from;  /* 'loud' when the last chime was queued */
};

/* Headless: counts what is "played" on the virtual clock. */
static void on_played(void *ud, const int16_t *pcm, size_t n)
{
    wr_reader *r = ud;
    wr_heard *h = &r->heard;
    for (size_t i = 0; i < n; i++) {
        int v = pcm[i] < 0 ? -pcm[i] : pcm[i];
        h->peak = v > h->peak ? v : h->peak;
        h->sum_sq += (double)pcm[i] * pcm[i];
        r->loud += v >= 1000;
    }
    h->samples += n;
}

/* Overwrites and frees the kept words. */
static void forget_said(wr_reader *r)
{
    wr_wipe_str(r->said);
    r->said = NULL;
}

/* Headless: keeps the words of the utterance and starts counting its sound afresh. */
static void note_said(wr_app *app)
{
    wr_reader *r = app->reader;
    size_t len = 1;
    if (!app->opt.headless)
        return;
    forget_said(r);
    for (int i = 0; i < r->words.n; i++)
        len += strlen(r->words.text[i]) + 1;
    r->said = calloc(1, len);
    for (int i = 0; r->said && i < r->words.n; i++) {
        strcat(r->said, r->words.text[i]);
        strcat(r->said, "\n");
    }
    int n = r->heard.utterances + 1;
    memset(&r->heard, 0, sizeof r->heard);
    r->heard.utterances = n;
}

/* The sound heard since the last utterance began, its voice, and the utterance's words. */
void wr_reader_heard(wr_app *app, wr_heard *out, char *voice, size_t n)
{
    wr_reader *r = app->reader;
    memset(out, 0, sizeof *out);
    voice[0] = 0;
    if (!r)
        return;
    wr_speech_settle(r->speech, 10000);
    *out = r->heard;
    out->rate = wr_audio_rate(r->audio);
    if (r->speech)
        wr_speech_voice(r->speech, voice, n);
}

char *wr_reader_said(wr_app *app)
{
    return app->reader && app->reader->said ? strdup(app->reader->said) : NULL;
}

/* Drive mode: the synthesis catches up (really), then 'ms' of sound plays on the virtual
 * clock. */
void wr_reader_advance(wr_app *app, uint32_t ms)
{
    wr_reader *r = app->reader;
    if (!r)
        return;
    wr_speech_settle(r->speech, 10000);
    wr_audio_advance(r->audio, ms);
}

/* CLOCK_MONOTONIC in microseconds (the audio module notes its first sound on it too). */
static uint64_t mono_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

/* ================================================================ life */

/* Opens the sound and the synthesis thread; the kiosk works on silently without them. */
int wr_reader_open(wr_app *app)
{
    wr_reader *r = calloc(1, sizeof *r);
    if (!r)
        return -1;
    wr_audio_opts ao = {.off = app->opt.no_audio,
                        .virtual_clock = app->opt.headless && !app->opt.live_audio,
                        .headphones = app->cfg.headphones_only};
    wr_speech_opts so = {.rate = app->cfg.speech_rate, .volume = app->cfg.speech_volume};
    r->audio = wr_audio_open(&ao);
    if (r->audio && ao.virtual_clock)
        wr_audio_set_tap(r->audio, on_played, r);
    if (r->audio && wr_audio_ready(r->audio))
        r->speech = wr_speech_create(r->audio, &so);
    r->quiet_since = 1; /* the device opened at start goes to sleep after the first silence */
    app->reader = r;
    char note[200];
    snprintf(note, sizeof note, "Sound: %s%s", wr_audio_status(r->audio),
             wr_audio_ready(r->audio) && !r->speech ? " (no speech)" : "");
    if (!wr_audio_ready(r->audio))
        snprintf(note + strlen(note), sizeof note - strlen(note),
                 ". Read aloud is silent; the kiosk works without sound.");
    wr_flow_set_staff_note(app->flow, note);
    return 0;
}

/* Closes the audio device until the next sound: the live kiosk opens it at start only to
 * learn what there is, and an open device wakes its thread every buffer (23 ms). */
void wr_reader_rest(wr_app *app)
{
    wr_reader *r = app->reader;
    if (!r || r->speaking)
        return;
    wr_audio_sleep(r->audio);
    r->quiet_since = 0;
}

/* Stops the sound and frees everything, wiping the words. */
void wr_reader_close(wr_app *app)
{
    wr_reader *r = app->reader;
    if (!r)
        return;
    wr_speech_destroy(r->speech);
    wr_audio_close(r->audio);
    wr_read_free(&r->words);
    forget_said(r);
    free(r);
    app->reader = NULL;
}

/* The urgent chime, through the same sound as the speech (after what is queued). The device
 * goes back to sleep after the usual silence. Returns 0, or -1 when there is no sound. */
int wr_reader_chime(wr_app *app, const int16_t *pcm, size_t n)
{
    wr_reader *r = app->reader;
    if (!r || !wr_audio_ready(r->audio) || wr_audio_queue(r->audio, pcm, n) < 0)
        return -1;
    r->chime_from = r->loud;
    if (!r->speaking)
        r->quiet_since = app->now ? app->now : 1; /* asleep again AUDIO_SLEEP_MS after */
    return 0;
}

/* Headless: loud samples played since the last chime was queued (drive's chimed()). */
uint64_t wr_reader_chimed(const wr_app *app)
{
    return app->reader ? app->reader->loud - app->reader->chime_from : 0;
}

/* Why there is no sound ("off: ..."), for the log. */
const char *wr_reader_sound_status(const wr_app *app)
{
    return app->reader ? wr_audio_status(app->reader->audio) : "off";
}

struct wr_audio *wr_reader_audio(wr_app *app)
{
    return app->reader ? app->reader->audio : NULL;
}

struct wr_speech *wr_reader_speech(wr_app *app)
{
    return app->reader ? app->reader->speech : NULL;
}

bool wr_reader_speaking(const wr_app *app)
{
    return app->reader && app->reader->speaking;
}

uint64_t wr_reader_said_us(const wr_app *app)
{
    return app->reader ? app->reader->said_us : 0;
}

/* ================================================================ speaking */

/* Stops the reading (sound and marker). */
static void stop(wr_app *app)
{
    wr_reader *r = app->reader;
    wr_speech_stop(r->speech);
    r->speaking = false;
    r->reading = (wr_part){WR_PART_NONE, 0};
    r->quiet_since = app->now ? app->now : 1;
    wr_read_free(&r->words);
}

/* Hands r->words to the synthesis thread. */
static void say(wr_app *app)
{
    wr_reader *r = app->reader;
    const char *texts[WR_READ_MAX_PARTS];
    if (!r->speech || r->words.n == 0) {
        stop(app);
        return;
    }
    for (int i = 0; i < r->words.n; i++)
        texts[i] = r->words.text[i];
    note_said(app);
    r->said_us = mono_us();
    if (wr_speech_say(r->speech, wr_flow_screen(app->flow)->language, texts, r->words.n) == 0) {
        r->speaking = true;
        r->quiet_since = 0;
    }
}

/* Reads the screen showing now from the top. */
static void read_screen(wr_app *app)
{
    wr_reader *r = app->reader;
    wr_read_screen(wr_flow_screen(app->flow), wr_flow_pack(app->flow),
                   wr_audio_headphones(r->audio), &r->words);
    r->reading = (wr_part){WR_PART_NONE, 0};
    say(app);
}

/* The Read aloud button (or its key): stops the reading, else reads the screen. */
void wr_reader_toggle(wr_app *app)
{
    if (!app->reader)
        return;
    if (app->reader->speaking)
        stop(app);
    else
        read_screen(app);
}

/* A short name for the screen showing: a new one is read once (and a language switch
 * makes it new). */
static void screen_key(const wr_screen *s, char *out, size_t n)
{
    snprintf(out, n, "%d|%s|%s|%d|%s|%d", (int)s->kind, s->scene_id ? s->scene_id : "",
             s->question_id ? s->question_id : "", s->n_history, s->language ? s->language : "",
             s->field != NULL);
}

/* The key of the screen showing, to tell afterwards whether an action changed it. */
void wr_reader_screen_key(wr_app *app, char *out, size_t n)
{
    screen_key(wr_flow_screen(app->flow), out, n);
}

/* After a key activated a control: when the screen stayed (a box ticked, a prompt picked),
 * the focused control is said again with its new state. */
void wr_reader_after_key(wr_app *app, const char *before)
{
    char now[200];
    wr_control c;
    screen_key(wr_flow_screen(app->flow), now, sizeof now);
    if (strcmp(now, before) == 0 && wr_ui_focused(app->ui, &c))
        wr_reader_focus(app, &c);
}

/* After every change of the screen: a new screen stops the old reading, and is read when
 * the patient chose Read aloud (with read_aloud_auto), or when it is the idle warning. */
void wr_reader_screen(wr_app *app)
{
    wr_reader *r = app->reader;
    char key[sizeof r->seen];
    if (!r)
        return;
    const wr_screen *s = wr_flow_screen(app->flow);
    screen_key(s, key, sizeof key);
    if (strcmp(key, r->seen) == 0)
        return;
    snprintf(r->seen, sizeof r->seen, "%s", key);
    if (r->speaking)
        stop(app);
    bool chosen = wr_flow_read_aloud(app->flow);
    if (chosen && (app->cfg.read_aloud_auto || s->kind == WR_SCREEN_IDLE))
        read_screen(app);
}

/* A control took the keyboard focus: says it, when the patient chose Read aloud. */
void wr_reader_focus(wr_app *app, const wr_control *c)
{
    wr_reader *r = app->reader;
    if (!r || !wr_flow_read_aloud(app->flow))
        return;
    wr_read_control(wr_flow_screen(app->flow), wr_flow_pack(app->flow), c,
                    wr_audio_headphones(r->audio), &r->words);
    r->reading = (wr_part){WR_PART_NONE, 0};
    say(app);
}

/* A number key: the action of the control read with that number, when there is one. */
bool wr_reader_number(wr_app *app, uint32_t codepoint, wr_action *act, int *arg)
{
    const wr_screen *s = wr_flow_screen(app->flow);
    if (codepoint < '1' || codepoint > '9' || s->field || s->kind == WR_SCREEN_STAFF)
        return false;
    for (int i = 0; i < s->n_controls; i++) /* a scale's own numbers come first */
        if (s->controls[i].label && s->controls[i].label[0] == (char)codepoint &&
            !s->controls[i].label[1])
            return false;
    int i = wr_read_numbered(s, (int)(codepoint - '0'));
    if (i < 0 || s->controls[i].disabled)
        return false;
    *act = s->controls[i].action;
    *arg = s->controls[i].arg;
    return true;
}

/* Takes the marks the sound has reached: moves the marker; at the end, the reading is over
 * (and counts as the patient's time, so the idle timer starts again). Returns true when
 * the screen needs drawing again. */
bool wr_reader_events(wr_app *app)
{
    wr_reader *r = app->reader;
    bool changed = false;
    int tag;
    while (r && wr_audio_event(r->audio, &tag)) {
        if (!r->speaking)
            continue;
        if (tag == WR_SPEECH_END) {
            r->speaking = false;
            r->reading = (wr_part){WR_PART_NONE, 0};
            r->quiet_since = app->now ? app->now : 1;
            wr_flow_touch(app->flow, app->now);
            wr_read_free(&r->words);
        } else if (tag >= 0 && tag < r->words.n) {
            r->reading = r->words.part[tag];
        }
        changed = true;
    }
    return changed;
}

/* Milliseconds until the audio device should be put to sleep, or -1. */
int32_t wr_reader_deadline(const wr_app *app)
{
    const wr_reader *r = app->reader;
    if (!r || r->speaking || !r->quiet_since || app->opt.headless)
        return -1;
    int32_t left = (int32_t)(r->quiet_since + AUDIO_SLEEP_MS - app->now);
    return left > 0 ? left : 0;
}

/* Puts the audio device to sleep once the kiosk has been silent for a while. */
void wr_reader_tick(wr_app *app)
{
    wr_reader *r = app->reader;
    if (r && wr_reader_deadline(app) == 0) {
        wr_audio_sleep(r->audio);
        r->quiet_since = 0;
    }
}

/* The screen as drawn: the part being read is marked, and the Read aloud button says
 * Stop reading while it reads. */
void wr_reader_overlay(const wr_app *app, wr_screen *s)
{
    const wr_reader *r = app->reader;
    if (!r || !r->speaking)
        return;
    s->reading = r->reading;
    for (int i = 0; i < s->n_nav; i++) {
        if (s->nav[i].action == WR_ACT_SPEAK) {
            s->nav[i].label = wr_pack_ui(wr_flow_pack(app->flow), "stop_reading");
            s->nav[i].selected = true;
        }
    }
}
