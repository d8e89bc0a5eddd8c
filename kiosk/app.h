/*
 * app.h -- the kiosk as one object: the loaded pack, the flow, the ui, the platform and the
 * printer, and the event loop that ties them together. Used by main.c (live kiosk) and
 * drive.c (headless drive mode).
 */
#ifndef WR_APP_H
#define WR_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "config.h"
#include "flow.h"
#include "luapack.h"
#include "platform.h"
#include "print.h"
#include "ui.h"

struct wr_pending;
typedef struct wr_reader wr_reader;

typedef struct wr_app_options {
    const char *scripts;     /* the pack folder */
    bool scripts_given;      /* --scripts or --preview: a pack store's pack does not win */
    const char *config;      /* the configuration file, or NULL */
    const char *assets;      /* the assets folder (fonts, pictures) */
    const char *print_to;    /* --print-to DIR, or NULL */
    const char *shots;       /* --shots DIR for the drive mode's shot(), or NULL */
    bool headless, windowed;
    bool preview;            /* --preview: watch the pack, reload on save, replay */
    bool no_audio;           /* --no-audio: no sound at all (read aloud stays silent) */
    bool live_audio;         /* headless with a real audio device (the benchmark) */
    int w, h;                /* --size; 0 = the display's */
} wr_app_options;

typedef struct wr_app {
    wr_app_options opt;
    wr_config cfg;
    wr_flow_config flow_cfg;
    wr_luapack *lp;
    wr_pack *empty;          /* stands in when no pack could be loaded */
    wr_flow *flow;
    wr_platform *plat;
    wr_ui *ui;
    struct wr_pjob *job;     /* the print worker busy now, or NULL */
    struct wr_pending *pending;  /* documents waiting for the printer, in order */
    int n_pending;
    bool job_reports, job_last, group_failed;
    char *printed;           /* the text of the last printed document (drive mode) */
    uint32_t now;            /* the clock: real, or virtual in the drive mode */
    struct wr_preview *preview; /* --preview state, or NULL */
    bool quit;
    bool at_attract;         /* the last screen drawn was the attract screen */
    int exit_status;         /* 0; 3 staff restart; 4 staff shut down (the unit maps them) */
    char config_problem[300]; /* the first configuration problem, for staff, or "" */
    struct wr_staff *staff;  /* the kiosk's own staff menu items (staff.c) */
    bool job_test;           /* the job printing now is the staff test page */
    int test_page;           /* 0 none, 1 printing, 2 printed, 3 failed */
    char test_page_why[300];
    char base_scripts[1024]; /* the pack given or packaged (when the store has none) */
    char scripts_path[1024]; /* the pack in use when it came from the store */
    bool at_staff;           /* the last screen laid out was a staff screen */
    wr_reader *reader;       /* read aloud: the sound and the words (read.c) */
    int16_t *chime;          /* the urgent chime, synthesized in memory (alert.c) */
    size_t chime_n;
    bool audio_warned;       /* "no sound for the chime" logged once */
    bool urgent_up;          /* an urgent screen was showing at the last look (alert.c) */
    char *slip_text;         /* the text of the last slip (drive mode's slip()) */
} wr_app;

/* ---- staff.c: the kiosk's own part of the staff menu (the day's jobs) ---- */

/* Sets up the kiosk's staff items and status lines; 0 or -1 (out of memory). */
int wr_staff_create(wr_app *app);
void wr_staff_destroy(wr_app *app);

/* Builds the status lines and items again (after anything they show changed). */
void wr_staff_update(wr_app *app);

/* Carries out item 'i' of the kiosk's staff items (logged, with no patient data). */
void wr_staff_do(wr_app *app, int i);

/* Looks after a printer check in progress; called from the loop's tick. */
void wr_staff_poll(wr_app *app);

/* True while a printer check runs (the loop then polls it gently). */
bool wr_staff_busy(const wr_app *app);

/* Queues the test page: the version, the date, the queue and page size, no patient data.
 * (app.c.) 0 or -1. */
int wr_app_print_test_page(wr_app *app);

/* The outcome of the last test page: 0 none yet, 1 printing, 2 printed, 3 failed (*why). */
int wr_app_test_page_state(const wr_app *app, const char **why);

/* waitroom-print's path (app.c). */
void wr_app_worker_path(char *buf, size_t n);

/* Sets the app up: configuration, pack, platform, ui. Returns 0, or -1 after logging why
 * (a pack that does not load is not a failure: the kiosk shows its error screen). */
int wr_app_init(wr_app *app, const wr_app_options *opt);

/* Releases everything, wiping the session. */
void wr_app_fini(wr_app *app);

/* Runs the live kiosk until staff quit it (or the window closes in windowed mode). */
int wr_app_run(wr_app *app);

/* One turn of the live loop: sleeps until input or the next deadline (at most max_ms, -1 for
 * no limit), then handles it. */
void wr_app_step(wr_app *app, int max_ms);

/* One action on the flow, then the screen is laid out again and printing is looked after. */
void wr_app_act(wr_app *app, wr_action act, int arg);

/* Feeds one input event through the ui to the flow. */
void wr_app_input(wr_app *app, const wr_input *in);

/* Lets the clock reach 'now': idle warnings, countdowns, staff hold. */
void wr_app_tick(wr_app *app, uint32_t now);

/* Lays the current screen out and draws it if it changed. */
void wr_app_refresh(wr_app *app);

/* Waits for a print job in progress to finish (drive mode), at most its timeout. */
void wr_app_settle_print(wr_app *app);

/* Puts the pack in 'dir' in use ("" : the pack given or packaged): loaded and checked, it
 * replaces the one in use (the session is wiped); else it is refused and the one in use
 * stays. 0 or -1. */
int wr_app_use_scripts(wr_app *app, const char *dir);

/* Reloads the pack; an invalid pack is refused and the old one stays. Returns 0 or -1. */
int wr_app_reload(wr_app *app);

/* Puts a loaded pack in use (wiping the session); the old pack is freed. */
void wr_app_swap_pack(wr_app *app, wr_luapack *lp);

/* ---- read aloud (read.c) ---- */

/* Opens the sound (or stays silent, saying why on the staff menu) and the speech thread.
 * Returns 0, or -1 when out of memory. */
int wr_reader_open(wr_app *app);
void wr_reader_close(wr_app *app);
/* Closes the audio device until the next sound (the live kiosk, after its start). */
void wr_reader_rest(wr_app *app);
/* The Read aloud button: stops the reading, else reads the screen from the top. */
void wr_reader_toggle(wr_app *app);
/* After each change of the screen: a new screen is read when the patient chose it. */
void wr_reader_screen(wr_app *app);
/* The key of the screen showing (for wr_reader_after_key). */
void wr_reader_screen_key(wr_app *app, char *out, size_t n);
/* After a key fired a control: on the same screen, the focused control is said again. */
void wr_reader_after_key(wr_app *app, const char *before);
/* Says the control that took the keyboard focus (when the patient chose Read aloud). */
void wr_reader_focus(wr_app *app, const wr_control *c);
/* A number key 1..9: true and the action of the control read with that number. */
bool wr_reader_number(wr_app *app, uint32_t codepoint, wr_action *act, int *arg);
/* Takes the marks the sound reached; true when the screen must be drawn again. */
bool wr_reader_events(wr_app *app);
/* Milliseconds until the silent audio device is put to sleep, or -1; and doing it. */
int32_t wr_reader_deadline(const wr_app *app);
void wr_reader_tick(wr_app *app);
/* Marks the part being read on 's' and turns Read aloud into Stop reading while reading. */
void wr_reader_overlay(const wr_app *app, wr_screen *s);
bool wr_reader_speaking(const wr_app *app);
/* The sound and the speech (for the drive mode and the benchmark); NULL when absent. */
struct wr_audio *wr_reader_audio(wr_app *app);
struct wr_speech *wr_reader_speech(wr_app *app);
/* Headless: what was "played" since the last utterance began. */
typedef struct wr_heard {
    uint64_t samples;
    int rate, peak, utterances;
    double sum_sq;
} wr_heard;
/* The urgent chime through the one sound output (0, or -1 when silent); loud samples of
 * it played so far on the virtual clock; the sound's state for the log. */
int wr_reader_chime(wr_app *app, const int16_t *pcm, size_t n);
uint64_t wr_reader_chimed(const wr_app *app);
const char *wr_reader_sound_status(const wr_app *app);
/* Waits for the synthesis, then fills 'out' and the voice's name. */
void wr_reader_heard(wr_app *app, wr_heard *out, char *voice, size_t n);
/* Headless: the words of the last utterance (malloc'd; the caller frees), or NULL. */
char *wr_reader_said(wr_app *app);
/* Headless: waits for the synthesis, then plays 'ms' of sound on the virtual clock. */
void wr_reader_advance(wr_app *app, uint32_t ms);
/* CLOCK_MONOTONIC microseconds when the last utterance was handed over. */
uint64_t wr_reader_said_us(const wr_app *app);

/* --preview: starts watching the pack folder. Returns 0 or -1. */
int wr_preview_start(wr_app *app);
void wr_preview_stop(wr_app *app);

/* --preview: notes an action so it can be replayed after a reload. */
void wr_preview_record(wr_app *app, wr_action act, int arg);

/* --preview: when files changed (or 'force'), reloads the pack: a good pack replaces the old
 * one and the answers given so far are replayed to come back to the same screen; a broken
 * one leaves the last good screen up with the problems drawn over it. Returns 1 when it
 * reloaded (either way), 0 when nothing changed. */
int wr_preview_poll(wr_app *app, bool force);

/* --preview: the problems of the last broken edit, or NULL. */
const char *wr_preview_banner(const wr_app *app);

#endif
