/*
 * print_client.c -- starting and polling waitroom-print workers.
 */
#include "print_client.h"

#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct wr_pjob {
    pid_t pid;
    int fd;                 /* the worker's standard output */
    char line[600];
    size_t got;
    wr_print_status status;
    char reason[600];
    struct timespec deadline;
};

static void fail(wr_pjob *j, const char *why)
{
    j->status = WR_PRINT_FAILED;
    snprintf(j->reason, sizeof j->reason, "%s", why);
}

/* Writes all of 'p' to 'fd'; -1 when the worker went away. */
static int write_all(int fd, const unsigned char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* The child: the pipes become standard input and output, then the worker runs (with
 * --fonts DIR, or --status [QUEUE] when 'status'). */
static void run_worker(const char *exe, const char *arg, bool status, int in, int out)
{
    dup2(in, 0);
    dup2(out, 1);
    if (status)
        execl(exe, exe, "--status", arg, (char *)NULL);
    else
        execl(exe, exe, "--fonts", arg, (char *)NULL);
    printf("fail cannot start %s\n", exe);
    fflush(stdout);
    _exit(127);
}

/* A pipe whose ends close in a child's exec (dup2 clears the flag on 0 and 1). */
static int cloexec_pipe(int fd[2])
{
    if (pipe(fd) < 0)
        return -1;
    fcntl(fd[0], F_SETFD, FD_CLOEXEC);
    fcntl(fd[1], F_SETFD, FD_CLOEXEC);
    return 0;
}

static wr_pjob *start(const char *exe, const char *arg, bool status,
                      const unsigned char *req, size_t len, int timeout_s);

/* Starts a worker; see print_client.h. */
wr_pjob *wr_pjob_start(const char *exe, const char *fonts_dir, const unsigned char *req,
                       size_t len, int timeout_s)
{
    return start(exe, fonts_dir, false, req, len, timeout_s);
}

/* Starts a printer-state worker; see print_client.h. */
wr_pjob *wr_pjob_status(const char *exe, const char *queue, int timeout_s)
{
    return start(exe, queue, true, (const unsigned char *)"", 0, timeout_s);
}

/* What a status worker answered. */
const char *wr_pjob_answer(const wr_pjob *j)
{
    return j->status == WR_PRINT_DONE ? j->reason : "";
}

/* Forks the worker, writes the request to it, and lets it run. */
static wr_pjob *start(const char *exe, const char *arg, bool status,
                      const unsigned char *req, size_t len, int timeout_s)
{
    int to[2], from[2];
    wr_pjob *j = calloc(1, sizeof *j);
    if (!j || cloexec_pipe(to) < 0) {
        free(j);
        return NULL;
    }
    if (cloexec_pipe(from) < 0) {
        close(to[0]);
        close(to[1]);
        free(j);
        return NULL;
    }
    j->pid = fork();
    if (j->pid == 0)
        run_worker(exe, arg, status, to[0], from[1]);
    close(to[0]);
    close(from[1]);
    j->fd = from[0];
    j->status = WR_PRINT_PENDING;
    clock_gettime(CLOCK_MONOTONIC, &j->deadline);
    j->deadline.tv_sec += timeout_s > 0 ? timeout_s : 60;
    if (j->pid < 0 || write_all(to[1], req, len) < 0)
        fail(j, j->pid < 0 ? "cannot start the print worker" : "the print worker stopped");
    close(to[1]);
    fcntl(j->fd, F_SETFL, O_NONBLOCK);
    return j;
}

static bool past(const struct timespec *t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec > t->tv_sec || (now.tv_sec == t->tv_sec && now.tv_nsec >= t->tv_nsec);
}

/* Reads what the worker said so far; a whole line settles the job. */
wr_print_status wr_pjob_poll(wr_pjob *j)
{
    if (j->status != WR_PRINT_PENDING)
        return j->status;
    ssize_t n = -1;
    while (j->got + 1 < sizeof j->line &&
           (n = read(j->fd, j->line + j->got, sizeof j->line - 1 - j->got)) > 0)
        j->got += (size_t)n;
    j->line[j->got] = 0;
    char *nl = strchr(j->line, '\n');
    if (nl) {
        *nl = 0;
        if (strncmp(j->line, "ok", 2) == 0 && (!j->line[2] || j->line[2] == ' ')) {
            j->status = WR_PRINT_DONE;
            snprintf(j->reason, sizeof j->reason, "%s", j->line[2] ? j->line + 3 : "");
        }
        else
            fail(j, strncmp(j->line, "fail ", 5) == 0 ? j->line + 5 : j->line);
    } else if (n == 0) {
        fail(j, "the print worker ended without an answer");
    } else if (past(&j->deadline)) {
        fail(j, "printing took too long; the print worker was stopped");
    }
    return j->status;
}

const char *wr_pjob_reason(const wr_pjob *j)
{
    return j->status == WR_PRINT_FAILED ? j->reason : "";
}

/* Stops a worker still running (it cancels its job when it goes) and frees the job. */
void wr_pjob_destroy(wr_pjob *j)
{
    if (!j)
        return;
    if (j->pid > 0 && waitpid(j->pid, NULL, WNOHANG) == 0) {
        kill(j->pid, SIGTERM);
        bool reaped = false;
        for (int i = 0; i < 100 && !reaped; i++) {
            reaped = waitpid(j->pid, NULL, WNOHANG) == j->pid;
            if (!reaped)
                usleep(10 * 1000);
        }
        if (!reaped) {
            kill(j->pid, SIGKILL);
            waitpid(j->pid, NULL, 0);
        }
    }
    close(j->fd);
    free(j);
}
