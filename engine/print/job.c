/*
 * job.c -- print jobs on worker threads, and the --print-to folder writer.
 *
 * A job is shared by the UI (which polls it) and its worker (which does the slow part) and
 * counted: whichever lets go last frees it. The UI side only ever takes the lock for a moment,
 * so polling never waits for the printer. The worker wipes its copy of the PDF as soon as it
 * no longer needs it.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "print_impl.h"

/* How much longer than its timeout poll() gives a worker stuck inside a call to the server
 * before it reports the timeout by itself. */
#define STUCK_GRACE_S 3.0

struct wr_print_job {
    pthread_mutex_t lock;
    int refs;               /* the UI's and the worker's */
    wr_print_status status; /* under 'lock' */
    wr_print_result result; /* under 'lock' */
    char *folder;           /* --print-to, or NULL for CUPS */
    unsigned char *pdf;     /* our copy, wiped by the worker */
    wr_print_work work;
};

/* Seconds since some fixed point, from a clock that never jumps. */
double wr_print_now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Records an error and its reason in 'res'; returns -1 so callers can `return` it. */
int wr_print_fail(wr_print_result *res, wr_print_error error, const char *fmt, ...)
{
    va_list ap;

    res->error = error;
    va_start(ap, fmt);
    vsnprintf(res->reason, sizeof res->reason, fmt, ap);
    va_end(ap);
    return -1;
}

/* ==== The folder writer =================================================================== */

/* The file name prefix for 'kind'. */
static const char *kind_prefix(wr_print_kind kind)
{
    return kind == WR_KIND_HANDOUT ? "handout" : kind == WR_KIND_SLIP ? "slip" : "list";
}

/* Writes all of 'len' bytes to 'fd'; returns 0 or -1 (errno set). */
static int write_all(int fd, const unsigned char *p, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, p, len);

        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Writes the PDF to the first free "<kind>-<n>.pdf" in the folder; the file is created
 * exclusively, so two kiosks sharing a folder never overwrite each other. Returns 0 or -1. */
static int write_to_folder(const char *folder, const wr_print_work *work, wr_print_result *res)
{
    char path[4096];
    int fd = -1;

    for (int n = 1; fd < 0 && n < 1000000; n++) {
        snprintf(path, sizeof path, "%s/%s-%d.pdf", folder, kind_prefix(work->kind), n);
        fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            return wr_print_fail(res, WR_PRINT_ERR_FOLDER, "cannot write %s: %s", path,
                                 strerror(errno));
    }
    if (fd < 0)
        return wr_print_fail(res, WR_PRINT_ERR_FOLDER, "the folder %s is full", folder);
    if (write_all(fd, work->pdf, work->len) != 0 || fsync(fd) != 0) {
        int e = errno;

        close(fd);
        unlink(path);
        return wr_print_fail(res, WR_PRINT_ERR_FOLDER, "cannot write %s: %s", path, strerror(e));
    }
    if (close(fd) != 0) {
        unlink(path);
        return wr_print_fail(res, WR_PRINT_ERR_FOLDER, "cannot write %s: %s", path,
                             strerror(errno));
    }
    return 0;
}

/* ==== Jobs ================================================================================ */

/* Drops one reference; frees the job, wiping what is left of the PDF, after the last one. */
static void job_unref(wr_print_job *job)
{
    int left;

    pthread_mutex_lock(&job->lock);
    left = --job->refs;
    pthread_mutex_unlock(&job->lock);
    if (left > 0)
        return;
    wr_print_pdf_free(job->pdf, job->work.len);
    free(job->work.queue);
    free(job->folder);
    pthread_mutex_destroy(&job->lock);
    free(job);
}

/* The worker: prints, wipes the PDF, reports, and lets go of the job. */
static void *worker(void *arg)
{
    wr_print_job *job = arg;
    wr_print_result res = {.error = WR_PRINT_OK};

    if (job->folder)
        write_to_folder(job->folder, &job->work, &res);
    else
        wr_cups_print(&job->work, &res);
    wr_wipe(job->pdf, job->work.len);
    pthread_mutex_lock(&job->lock);
    if (job->status == WR_PRINT_PENDING) {
        job->result = res;
        job->status = res.error == WR_PRINT_OK ? WR_PRINT_DONE : WR_PRINT_FAILED;
    }
    pthread_mutex_unlock(&job->lock);
    job_unref(job);
    return NULL;
}

/* Copies what the worker needs from the caller's config and buffer; returns 0 or -1. */
static int copy_request(wr_print_job *job, const wr_printer_config *cfg, const unsigned char *pdf,
                        size_t len)
{
    job->pdf = malloc(len);
    if (!job->pdf)
        return -1;
    memcpy(job->pdf, pdf, len);
    job->work.pdf = job->pdf;
    job->work.len = len;
    if (cfg->queue && cfg->queue[0] && !(job->work.queue = strdup(cfg->queue)))
        return -1;
    if (cfg->folder && cfg->folder[0] && !(job->folder = strdup(cfg->folder)))
        return -1;
    job->work.page_size = cfg->page_size;
    job->work.timeout_s = cfg->timeout_s > 0 ? cfg->timeout_s : 60;
    job->work.deadline = wr_print_now() + job->work.timeout_s;
    return 0;
}

/* A new job with its own copy of the request, and its worker started; the caller frees the
 * job with wr_print_job_destroy(), the worker frees it if it ends last. */
wr_print_job *wr_print_submit(const wr_printer_config *cfg, const unsigned char *pdf, size_t len,
                              wr_print_kind kind)
{
    wr_print_job *job = calloc(1, sizeof *job);
    pthread_attr_t attr;
    pthread_t thread;
    int rc;

    if (!job || !cfg || !pdf || len == 0) {
        free(job);
        return NULL;
    }
    pthread_mutex_init(&job->lock, NULL);
    job->refs = 2;
    job->status = WR_PRINT_PENDING;
    job->work.kind = kind;
    atomic_init(&job->work.cancel, false);
    if (copy_request(job, cfg, pdf, len) != 0)
        goto out_free_job;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    rc = pthread_create(&thread, &attr, worker, job);
    pthread_attr_destroy(&attr);
    if (rc != 0)
        goto out_free_job;
    return job;

out_free_job:
    job->refs = 1;
    job_unref(job);
    return NULL;
}

/* The job's status, under the lock for a moment only; reports a worker stuck past the
 * timeout as failed by itself. */
wr_print_status wr_print_job_poll(wr_print_job *job)
{
    wr_print_status status;

    pthread_mutex_lock(&job->lock);
    if (job->status == WR_PRINT_PENDING && wr_print_now() > job->work.deadline + STUCK_GRACE_S) {
        atomic_store(&job->work.cancel, true);
        job->status = WR_PRINT_FAILED;
        wr_print_fail(&job->result, WR_PRINT_ERR_TIMEOUT,
                      "the print server did not answer within %d s", job->work.timeout_s);
    }
    status = job->status;
    pthread_mutex_unlock(&job->lock);
    return status;
}

/* Why the job failed, or WR_PRINT_OK. */
wr_print_error wr_print_job_error(wr_print_job *job)
{
    wr_print_error error;

    pthread_mutex_lock(&job->lock);
    error = job->status == WR_PRINT_FAILED ? job->result.error : WR_PRINT_OK;
    pthread_mutex_unlock(&job->lock);
    return error;
}

/* The reason is written once, before the status leaves PENDING, and never again, so the
 * pointer handed out stays valid and unchanged. */
const char *wr_print_job_reason(wr_print_job *job)
{
    const char *reason;

    pthread_mutex_lock(&job->lock);
    reason = job->status == WR_PRINT_FAILED ? job->result.reason : "";
    pthread_mutex_unlock(&job->lock);
    return reason;
}

/* Asks the worker to stop and cancel, and drops the caller's reference. */
void wr_print_job_destroy(wr_print_job *job)
{
    if (!job)
        return;
    atomic_store(&job->work.cancel, true);
    job_unref(job);
}
