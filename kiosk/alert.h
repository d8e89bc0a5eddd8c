/*
 * alert.h -- the staff alert of an urgent screen: chime and journal line (alert.c).
 */
#ifndef WR_ALERT_H
#define WR_ALERT_H

#include "app.h"

/* Makes the chime for the sound read aloud opened (call after wr_reader_open()); 0, or -1
 * when out of memory. Release with wr_alert_close(). */
int wr_alert_open(wr_app *app);
void wr_alert_close(wr_app *app);

/* Chimes and logs every alert the flow has due. */
void wr_alert_raise(wr_app *app);

/* Loud samples of the last chime played so far (headless, on the virtual clock). */
unsigned long long wr_alert_samples_out(wr_app *app);

#endif
