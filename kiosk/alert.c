/*
 * alert.c -- telling the desk that an urgent screen is up: a chime through the audio jack
 * and one journal line ("urgent flag <code> at HH:MM", nothing else), at once and again
 * every alert_repeat_minutes while no staff member has cleared the screen. The urgent slip
 * itself is a print request of the flow (app.c).
 */
#include "alert.h"
#include "audio.h"
#include "service.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define CHIME_RATE 22050

/* Opens the audio output (silent when the chime is off); 0, or -1 when out of memory. */
int wr_alert_open(wr_app *app)
{
    app->audio = wr_audio_create(app->cfg.chime && !app->opt.preview); /* preview: silent */
    if (!app->audio)
        return -1;
    app->chime = wr_audio_chime(CHIME_RATE, &app->chime_n);
    return app->chime ? 0 : -1;
}

/* Stops any chime and frees the audio output. */
void wr_alert_close(wr_app *app)
{
    wr_audio_destroy(app->audio);
    free(app->chime);
    app->audio = NULL;
    app->chime = NULL;
}

/* The journal line and the chime for one alert. */
static void alert(wr_app *app, const wr_alert *a)
{
    char hhmm[16];
    time_t t = time(NULL);
    strftime(hhmm, sizeof hhmm, "%H:%M", localtime(&t));
    wr_log_warning("urgent flag %s at %s%s", a->flag_id, hhmm, a->repeat ? " (still showing)" : "");
    if (app->cfg.chime && !app->opt.preview &&
        wr_audio_play(app->audio, app->chime, app->chime_n, CHIME_RATE) < 0 && !app->audio_warned) {
        wr_log_warning("chime: %s", wr_audio_error());
        app->audio_warned = true;
    }
}

/* Raises every alert the flow has due; logs when staff have cleared an urgent screen. */
void wr_alert_raise(wr_app *app)
{
    wr_alert a;
    while (wr_flow_take_alert(app->flow, &a))
        alert(app, &a);
    bool up = wr_flow_urgent_showing(app->flow);
    if (app->urgent_up && !up) {
        char hhmm[16];
        time_t t = time(NULL);
        strftime(hhmm, sizeof hhmm, "%H:%M", localtime(&t));
        wr_log_warning("urgent screen cleared by staff at %s", hhmm);
        wr_audio_stop(app->audio);
    }
    app->urgent_up = up;
}

/* Milliseconds until the audio wants looking after (the device closes after the chime),
 * or -1. */
int wr_alert_idle(wr_app *app)
{
    return wr_audio_idle(app->audio);
}

/* Non-silent samples that reached the audio device (drive mode's chimed()). */
unsigned long long wr_alert_samples_out(wr_app *app)
{
    return (unsigned long long)wr_audio_samples_out(app->audio);
}
