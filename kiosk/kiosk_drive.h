/*
 * kiosk_drive.h -- the headless drive mode (see drive.c).
 */
#ifndef WR_KIOSK_DRIVE_H
#define WR_KIOSK_DRIVE_H

#include <stdio.h>

#include "app.h"

/* Plays the drive file 'file' against 'app' (set up headless); prints each step to 'log' and, on
 * the first unmet expectation, the transcript of the screen. Returns 0 when all held. */
int wr_kiosk_drive(wr_app *app, const char *file, FILE *log);

#endif
