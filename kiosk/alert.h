/*
 * alert.h -- the staff alert of an urgent screen: chime and journal line (alert.c).
 */
#ifndef WR_ALERT_H
#define WR_ALERT_H

#include "app.h"

/* Opens the (possibly silent) audio output and makes the chime; 0, or -1 when out of
 * memory. Release with wr_alert_close(). */
int wr_alert_open(wr_app *app);
void wr_alert_close(wr_app *app);

/* Chimes and logs every alert the flow has due. */
void wr_alert_raise(wr_app *app);

/* For the event loop: milliseconds until the audio needs looking after, or -1. */
int wr_alert_idle(wr_app *app);

/* Non-silent samples that have reached the audio device so far. */
unsigned long long wr_alert_samples_out(wr_app *app);

#endif
