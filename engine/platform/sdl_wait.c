/*
 * sdl_wait.c -- sleeping until input where SDL cannot. In SDL 2.26 only some video drivers
 * can wake SDL_WaitEventTimeout() (X11, Wayland); with the others, KMSDRM among them (and
 * the dummy driver of the tests), SDL_WaitEvent pumps the devices and sleeps 1 ms in a loop
 * (SDL_events.c), a thousand wake-ups a second on an idle kiosk. There the kiosk sleeps in
 * poll() on the input devices itself (evdev hands every event to every reader, so SDL
 * still reads them all), and asks SDL for events when one stirs, the timeout passes or a
 * signal arrives. Devices plugged in later are not watched (nor seen by SDL under the
 * unit's PrivateNetwork): plug the touchscreen in before the kiosk starts. The sound's
 * thread wakes this sleep through an eventfd (plat_wake_poke), as SDL's own wait would wake.
 */
#include "sdl_internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

static atomic_int wake_fd = -1; /* the sound's thread pokes it: see plat_wake_poke */

/* Wakes wait_event from another thread (the sound), after it pushed its SDL event. */
void plat_wake_poke(void)
{
    int fd = atomic_load(&wake_fd);
    uint64_t one = 1;
    if (fd >= 0 && write(fd, &one, sizeof one) < 0)
        return; /* already poked: the counter is full, the sleep wakes anyway */
}

/* True for a video driver whose event wait SDL 2.26 cannot wake. */
static bool needs_own_wait(void)
{
    const char *d = SDL_GetCurrentVideoDriver();
    return d && (strcmp(d, "kmsdrm") == 0 || strcmp(d, "dummy") == 0);
}

/* Opens the input devices to sleep on (read only, never grabbed). */
void wait_open(wr_platform *p)
{
    p->n_in_fds = 0;
    p->own_wait = needs_own_wait() && !getenv("WAITROOM_SDL_WAIT");
    if (!p->own_wait)
        return;
    if (atomic_load(&wake_fd) < 0)
        atomic_store(&wake_fd, eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC));
    DIR *d = opendir("/dev/input");
    struct dirent *e;
    while (d && (e = readdir(d)) && p->n_in_fds < WAIT_FDS) {
        char path[300];
        if (strncmp(e->d_name, "event", 5) != 0)
            continue;
        snprintf(path, sizeof path, "/dev/input/%s", e->d_name);
        int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0)
            p->in_fds[p->n_in_fds++] = fd;
    }
    if (d)
        closedir(d);
    if (strcmp(SDL_GetCurrentVideoDriver(), "kmsdrm") == 0)
        plat_log("waiting on %d input device(s) in /dev/input%s", p->n_in_fds,
                 p->n_in_fds ? "" : " (none readable: is the user in the 'input' group?)");
}

/* Closes them. */
void wait_close(wr_platform *p)
{
    for (int i = 0; i < p->n_in_fds; i++)
        if (p->in_fds[i] >= 0)
            close(p->in_fds[i]);
    p->n_in_fds = 0;
    int fd = atomic_exchange(&wake_fd, -1);
    if (fd >= 0)
        close(fd);
}

/* Reads and drops what a device has (SDL reads its own copy); a device gone is closed. */
static void drain(wr_platform *p, int i, short revents)
{
    char buf[4096];
    ssize_t r;
    while ((r = read(p->in_fds[i], buf, sizeof buf)) > 0)
        ;
    if ((revents & (POLLERR | POLLHUP | POLLNVAL)) || (r < 0 && errno == ENODEV)) {
        close(p->in_fds[i]);
        p->in_fds[i] = -1;
    }
}

/* The next SDL event within 'timeout' ms (-1: for ever): 1 with *e, or 0. */
int wait_event(wr_platform *p, SDL_Event *e, int timeout)
{
    struct pollfd fds[WAIT_FDS + 1];
    int n = 0, wake = atomic_load(&wake_fd);
    if (SDL_PollEvent(e))
        return 1;
    for (int i = 0; i < p->n_in_fds; i++)
        fds[n++] = (struct pollfd){p->in_fds[i], POLLIN, 0};
    fds[n] = (struct pollfd){wake, POLLIN, 0}; /* -1 (no sound yet) is skipped by poll */
    int r = poll(fds, (nfds_t)n + 1, timeout); /* EINTR: a signal, which SDL turns into a quit */
    for (int i = 0; r > 0 && i < n; i++)       /* a closed device (-1) is skipped by poll */
        if (p->in_fds[i] >= 0 && fds[i].revents)
            drain(p, i, fds[i].revents);
    uint64_t count;
    if (r > 0 && wake >= 0 && fds[n].revents && read(wake, &count, sizeof count) < 0)
        count = 0; /* nothing left to read: another wait took it */
    return SDL_PollEvent(e);
}
