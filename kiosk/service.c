/*
 * service.c -- signals and sd_notify for the kiosk under systemd (see service.h).
 */
#include "service.h"

#include <signal.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <systemd/sd-daemon.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t stop_signal;
static struct sigaction previous[2];
static uint32_t watchdog_ms; /* half of WatchdogSec; 0 when there is no watchdog */
static uint32_t last_ping, stall_from;
static bool ready;

/* Notes the signal, then lets SDL's handler (if any) turn it into SDL_QUIT, which wakes
 * the loop's wait. */
static void on_signal(int sig)
{
    const struct sigaction *old = &previous[sig == SIGINT];
    stop_signal = sig;
    if (old->sa_handler != SIG_DFL && old->sa_handler != SIG_IGN)
        old->sa_handler(sig);
}

/* Catches the two signals and reads the watchdog's interval. */
void wr_service_start(void)
{
    struct sigaction sa;
    uint64_t usec = 0;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, &previous[0]);
    sigaction(SIGINT, &sa, &previous[1]);
    if (sd_watchdog_enabled(0, &usec) > 0 && usec >= 2000)
        watchdog_ms = (uint32_t)(usec / 2000);
}

/* SIGTERM, SIGINT or 0. */
int wr_service_stop_requested(void)
{
    return stop_signal;
}

/* READY=1, once. */
void wr_service_ready(uint32_t now)
{
    if (ready)
        return;
    ready = true;
    last_ping = now; /* the first frame is as good as a ping */
    sd_notify(0, "READY=1\nSTATUS=showing the attract screen");
}

/* WATCHDOG=1 when half the interval has passed. */
void wr_service_alive(uint32_t now)
{
    if (!watchdog_ms || !ready || now - last_ping < watchdog_ms)
        return;
    last_ping = now;
    sd_notify(0, "WATCHDOG=1");
}

/* 't' shortened to the next ping. */
int wr_service_timeout(int t, uint32_t now)
{
    if (!watchdog_ms || !ready)
        return t;
    uint32_t since = now - last_ping;
    int left = since >= watchdog_ms ? 0 : (int)(watchdog_ms - since);
    return t < 0 || t > left ? left : t;
}

/* STOPPING=1. */
void wr_service_stopping(void)
{
    sd_notify(0, "STOPPING=1");
}

/* True when stderr is the journal stream systemd set up (JOURNAL_STREAM=dev:inode). */
static bool stderr_is_journal(void)
{
    struct stat st;
    unsigned long long dev, ino;
    const char *js = getenv("JOURNAL_STREAM");
    return js && sscanf(js, "%llu:%llu", &dev, &ino) == 2 && fstat(2, &st) == 0 &&
           (unsigned long long)st.st_dev == dev && (unsigned long long)st.st_ino == ino;
}

/* One line for staff at syslog 'level': "<N>waitroom: ..." in the journal, "waitroom: ..."
 * elsewhere. */
static void log_line(int level, const char *fmt, va_list ap)
{
    if (stderr_is_journal())
        fprintf(stderr, "<%d>", level);
    fputs("waitroom: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

/* One error line for staff. */
void wr_log_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    log_line(3, fmt, ap);
    va_end(ap);
}

/* One warning line for staff. */
void wr_log_warning(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    log_line(4, fmt, ap);
    va_end(ap);
}

/* Console blanking off (ESC [9;0]), powerdown off (ESC [14;0]), cursor hidden. */
void wr_service_quiet_console(void)
{
    static const char codes[] = "\033[9;0]\033[14;0]\033[?25l";
    if (!isatty(0))
        return;
    if (write(0, codes, sizeof codes - 1) < 0)
        wr_log_error("cannot switch console blanking off on the tty");
}

/* Wedges the loop for the watchdog test (WAITROOM_TEST_STALL_MS). */
void wr_service_test_stall(uint32_t now)
{
    static long stall_ms = -1;
    if (stall_ms == -1) {
        const char *s = getenv("WAITROOM_TEST_STALL_MS");
        stall_ms = s ? atol(s) : -2;
    }
    if (stall_ms < 0 || !ready)
        return;
    if (!stall_from)
        stall_from = now ? now : 1;
    if (now - stall_from < (uint32_t)stall_ms)
        return;
    fprintf(stderr, "waitroom: test hook: the loop stalls now (WAITROOM_TEST_STALL_MS)\n");
    for (;;)
        pause();
}
