/*
 * alert.c -- telling the desk that an urgent screen is up: a chime through the kiosk's one
 * sound output (read aloud's, read.c) and one journal line ("urgent flag <code> at HH:MM",
 * nothing else), at once and again every alert_repeat_minutes while no staff member has
 * cleared the screen. The urgent slip itself is a print request of the flow (app.c).
 */
#include "alert.h"
#include "audio.h"
#include "service.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

/* Makes the chime at the sound's rate; 0, or -1 when out of memory. */
int wr_alert_open(wr_app *app)
{
    int rate = wr_audio_rate(wr_reader_audio(app));
    app->chime = wr_audio_chime(rate > 0 ? rate : 22050, &app->chime_n);
    return app->chime ? 0 : -1;
}

/* Frees the chime. */
void wr_alert_close(wr_app *app)
{
    free(app->chime);
    app->chime = NULL;
    app->chime_n = 0;
}

/* The local time as HH:MM. */
static void hhmm(char *out, size_t n)
{
    time_t t = time(NULL);
    strftime(out, n, "%H:%M", localtime(&t));
}

/* The journal line and the chime for one alert. */
static void alert(wr_app *app, const wr_alert *a)
{
    char at[16];
    hhmm(at, sizeof at);
    wr_log_warning("urgent flag %s at %s%s", a->flag_id, at, a->repeat ? " (still showing)" : "");
    if (!app->cfg.chime || app->opt.preview) /* preview: an author's desktop stays quiet */
        return;
    if (wr_reader_chime(app, app->chime, app->chime_n) < 0 && !app->audio_warned) {
        wr_log_warning("no chime: sound %s", wr_reader_sound_status(app));
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
        char at[16];
        hhmm(at, sizeof at);
        wr_log_warning("urgent screen cleared by staff at %s", at);
    }
    app->urgent_up = up;
}

/* Loud samples of the chime played so far (drive mode's chimed(), on the virtual clock). */
unsigned long long wr_alert_samples_out(wr_app *app)
{
    return (unsigned long long)wr_reader_chimed(app);
}
