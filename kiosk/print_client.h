/*
 * print_client.h -- the kiosk's side of printing: each printout goes to a short-lived
 * waitroom-print process over a pipe; the kiosk polls for its one-line answer and never
 * waits. (See print_worker.c for why printing lives in its own process.)
 */
#ifndef WR_PRINT_CLIENT_H
#define WR_PRINT_CLIENT_H

#include <stddef.h>

#include "print.h"

typedef struct wr_pjob wr_pjob;

/* Starts the worker 'exe' with fonts from 'fonts_dir' and hands it 'req' (an encoded
 * request, wire.h; copied into the pipe at once). 'timeout_s': the kiosk gives up (and
 * stops the worker) after this long. NULL when no process could be started. */
wr_pjob *wr_pjob_start(const char *exe, const char *fonts_dir, const unsigned char *req,
                       size_t len, int timeout_s);

/* Starts 'exe --status [QUEUE]': asks CUPS for the state of 'queue' (NULL: the default
 * printer). Its answer is wr_pjob_answer() once DONE. */
wr_pjob *wr_pjob_status(const char *exe, const char *queue, int timeout_s);

/* What a DONE status worker said (the printer's state, for staff); "" otherwise. */
const char *wr_pjob_answer(const wr_pjob *job);

/* PENDING, DONE or FAILED; never blocks. */
wr_print_status wr_pjob_poll(wr_pjob *job);

/* Why it failed, for staff ("" otherwise); owned by the job. */
const char *wr_pjob_reason(const wr_pjob *job);

/* Stops the worker if it still runs, and frees the job. NULL does nothing. */
void wr_pjob_destroy(wr_pjob *job);

#endif
