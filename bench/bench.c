/*
 * bench.c -- waitroom's performance figures: start to first frame, memory over many
 * sessions, idle CPU, full redraw time. A benchmark, not a test: it prints figures.
 *
 *   waitroom-bench [--runs N] [--sessions N] [--idle-seconds S] [--frames N]
 *
 * Start-up and idle CPU run the real kiosk in a window (an Xvfb of its own when DISPLAY is
 * unset); memory and redraw run the same app in this process, headless, with SDL's
 * software renderer at 1920x1080.
 */
#include "app.h"
#include "audio.h"
#include "kiosk_drive.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

typedef struct bench_opts {
    int runs, sessions, idle_seconds, frames;
    const char *exe, *src;
} bench_opts;

static long long now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* The q-quantile (0..1) of v[0..n), sorting v. */
static double quantile(double *v, int n, double q)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    int i = (int)(q * (n - 1) + 0.5);
    return v[i < 0 ? 0 : i >= n ? n - 1 : i];
}

/* ---- an X server of our own when there is none ------------------------------------- */

static pid_t xvfb_pid;

static void ensure_display(void)
{
    if (getenv("DISPLAY"))
        return;
    xvfb_pid = fork();
    if (xvfb_pid == 0) {
        execlp("Xvfb", "Xvfb", ":97", "-screen", "0", "1920x1080x24", "-nolisten", "tcp",
               (char *)NULL);
        _exit(127);
    }
    for (int i = 0; i < 100 && access("/tmp/.X11-unix/X97", F_OK) != 0; i++)
        usleep(50000);
    setenv("DISPLAY", ":97", 1);
}

static void stop_display(void)
{
    if (xvfb_pid > 0) {
        kill(xvfb_pid, SIGTERM);
        waitpid(xvfb_pid, NULL, 0);
    }
}

/* Starts the kiosk in a window; 'first_frame' makes it quit after its first frame. */
static pid_t spawn_kiosk(const bench_opts *o, int first_frame, int out_fd)
{
    char scripts[1024];
    snprintf(scripts, sizeof scripts, "%s/scripts/clinic", o->src);
    pid_t pid = fork();
    if (pid == 0) {
        if (first_frame)
            setenv("WAITROOM_BENCH_FIRST_FRAME", "1", 1);
        if (out_fd >= 0)
            dup2(out_fd, 1);
        execl(o->exe, o->exe, "--windowed", "--size", "1920x1080", "--scripts", scripts,
              (char *)NULL);
        _exit(127);
    }
    return pid;
}

/* ---- 1. exec to first frame -------------------------------------------------------- */

/* Runs 'argv' once and returns ms from fork to the "first-frame-ns" it prints, or -1. */
static double first_frame_ms(char *const argv[], int kiosk)
{
    int fd[2];
    if (pipe(fd) < 0)
        return -1;
    long long t0 = now_ns();
    pid_t pid = fork();
    if (pid == 0) {
        if (kiosk)
            setenv("WAITROOM_BENCH_FIRST_FRAME", "1", 1);
        dup2(fd[1], 1);
        execv(argv[0], argv);
        _exit(127);
    }
    close(fd[1]);
    char buf[128] = "";
    ssize_t n = read(fd[0], buf, sizeof buf - 1);
    close(fd[0]);
    waitpid(pid, NULL, 0);
    long long t1;
    if (n > 0 && sscanf(buf, "first-frame-ns %lld", &t1) == 1)
        return (double)(t1 - t0) / 1e6;
    return -1;
}

/* The kiosk and the bare-SDL floor, in turn (so both see the same machine), warm. */
static void bench_startup(const bench_opts *o)
{
    char scripts[1024], font[1024];
    snprintf(scripts, sizeof scripts, "%s/scripts/clinic", o->src);
    snprintf(font, sizeof font, "%s/assets/fonts/AtkinsonHyperlegible-Regular.ttf", o->src);
    char *kiosk[] = {(char *)o->exe, "--scripts", scripts, NULL};
    char *floor_argv[] = {(char *)WR_FLOOR_EXE, font, NULL};
    double *k = calloc((size_t)o->runs, sizeof *k), *f = calloc((size_t)o->runs, sizeof *f);
    int nk = 0, nf = 0;
    first_frame_ms(kiosk, 1); /* warm the page cache */
    first_frame_ms(floor_argv, 0);
    for (int r = 0; r < o->runs; r++) {
        double a = first_frame_ms(kiosk, 1), b = first_frame_ms(floor_argv, 0);
        if (a > 0)
            k[nk++] = a;
        if (b > 0)
            f[nf++] = b;
    }
    if (nk && nf) {
        double mk = quantile(k, nk, 0.5), mf = quantile(f, nf, 0.5);
        printf("start to first frame (kiosk mode, clinic pack, warm, %d runs): median %.1f ms "
               "(min %.1f, max %.1f)\n", nk, mk, quantile(k, nk, 0.0), quantile(k, nk, 1.0));
        printf("  bare SDL floor on this machine: median %.1f ms; kiosk / floor = %.2f\n", mf,
               mk / mf);
    } else {
        printf("start to first frame: no frame reported\n");
    }
    free(k);
    free(f);
}

/* ---- 2. idle CPU --------------------------------------------------------------------- */

static long cpu_ticks(pid_t pid)
{
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    char *p = strrchr(buf, ')');
    long utime = 0, stime = 0;
    /* after ")": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime */
    if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %ld %ld", &utime,
                     &stime) != 2)
        return -1;
    return utime + stime;
}

static void bench_idle(const bench_opts *o)
{
    pid_t pid = spawn_kiosk(o, 0, -1);
    sleep(18); /* the audio device opened at start goes to sleep after 15 s of silence */
    long a = cpu_ticks(pid);
    sleep((unsigned)o->idle_seconds);
    long b = cpu_ticks(pid);
    kill(pid, SIGTERM);
    waitpid(pid, NULL, 0);
    double pct = 100.0 * (double)(b - a) / ((double)sysconf(_SC_CLK_TCK) * o->idle_seconds);
    printf("idle CPU on the attract screen over %d s (audio: %s): %.2f %% of one core (%ld "
           "ticks)\n",
           o->idle_seconds, getenv("SDL_AUDIODRIVER") ? getenv("SDL_AUDIODRIVER") : "default", pct,
           b - a);
}

/* ---- 3. memory over many sessions --------------------------------------------------- */

static double rss_mib(void)
{
    long pages = 0, resident = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f)
        return -1;
    if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
        resident = 0;
    fclose(f);
    return (double)resident * (double)sysconf(_SC_PAGESIZE) / (1024.0 * 1024.0);
}

static int open_app(wr_app *app, const bench_opts *o, const char *pack)
{
    static char scripts[1024], assets[1024];
    snprintf(scripts, sizeof scripts, "%s/scripts/%s", o->src, pack);
    snprintf(assets, sizeof assets, "%s/assets", o->src);
    wr_app_options ao = {.scripts = scripts, .assets = assets, .headless = true,
                         .w = 1920, .h = 1080};
    return wr_app_init(app, &ao);
}

static void bench_sessions(const bench_opts *o)
{
    wr_app app;
    char drive[1024];
    snprintf(drive, sizeof drive, "%s/bench/session.lua", o->src);
    if (open_app(&app, o, "sample") < 0)
        return;
    FILE *quiet = fopen("/dev/null", "w");
    double first = 0, at50 = 0, last = 0;
    int failed = 0;
    for (int i = 1; i <= o->sessions; i++) {
        failed += wr_kiosk_drive(&app, drive, quiet) != 0;
        if (i == 1)
            first = rss_mib();
        if (i == 50)
            at50 = rss_mib();
        last = rss_mib();
    }
    fclose(quiet);
    printf("resident memory: %.1f MiB after 1 session, %.1f after 50, %.1f after %d "
            "(%d failed)\n",
            first, at50, last, o->sessions, failed);
    wr_app_fini(&app);
}

/* ---- 4. full redraw ------------------------------------------------------------------ */

static void bench_redraw(const bench_opts *o)
{
    wr_app app;
    if (open_app(&app, o, "sample") < 0)
        return;
    wr_app_act(&app, WR_ACT_START, 0);
    wr_app_act(&app, WR_ACT_OPTION, 1);
    wr_app_act(&app, WR_ACT_CHOICE, 0);
    double *us = calloc((size_t)o->frames, sizeof *us);
    for (int i = 0; i < o->frames; i++) {
        wr_input in = {.kind = WR_IN_KEY, .key = WR_KEY_TAB, .ms = app.now};
        wr_app_input(&app, &in); /* the focus ring moves: the whole frame is drawn again */
        us[i] = wr_platform_last_render_us(app.plat) / 1000.0;
    }
    printf("full redraw at 1920x1080, software renderer (%d frames): median %.2f ms, "
                    "p99 %.2f ms\n",
            o->frames, quantile(us, o->frames, 0.5), quantile(us, o->frames, 0.99));
    free(us);
    wr_app_fini(&app);
}

/* ---- 5. read aloud ------------------------------------------------------------------ */

static long long mono_us(void)
{
    return now_ns() / 1000;
}

/* CPU time of the whole process (every thread), in microseconds. */
static long long cpu_us(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (long long)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000LL + ru.ru_utime.tv_usec +
           ru.ru_stime.tv_usec;
}

/* Taps Read aloud on the attract screen and waits for the first audible sample. */
static double tap_to_sound_ms(wr_app *app)
{
    wr_audio *a = wr_reader_audio(app);
    long long t0 = mono_us();
    wr_app_act(app, WR_ACT_SPEAK, 0);
    while (wr_audio_first_sound_us(a) == 0 && mono_us() - t0 < 3000000) {
        struct timespec ts = {0, 200000};
        nanosleep(&ts, NULL);
    }
    long long first = (long long)wr_audio_first_sound_us(a);
    wr_app_act(app, WR_ACT_SPEAK, 0); /* Stop reading */
    return first ? (double)(first - t0) / 1000.0 : -1;
}

/* Tap to first sound (device awake, and asleep after a silence), CPU while a screen is read
 * through the live loop, and CPU once silent again. Uses SDL's audio device (the dummy
 * driver when the machine has no sound card). */
static void bench_speech(const bench_opts *o)
{
    wr_app app;
    static char scripts[1024], assets[1024];
    snprintf(scripts, sizeof scripts, "%s/scripts/sample", o->src);
    snprintf(assets, sizeof assets, "%s/assets", o->src);
    wr_app_options ao = {.scripts = scripts, .assets = assets, .headless = true,
                         .live_audio = true, .w = 1920, .h = 1080};
    if (wr_app_init(&app, &ao) < 0 || !wr_audio_ready(wr_reader_audio(&app))) {
        printf("read aloud: no audio device (set SDL_AUDIODRIVER=dummy)\n");
        wr_app_fini(&app);
        return;
    }
    double awake[32], asleep[8];
    int n = o->runs < 32 ? o->runs : 32, m = n < 8 ? n : 8;
    for (int i = 0; i < 2; i++)
        tap_to_sound_ms(&app); /* warm the caches */
    for (int i = 0; i < n; i++) {
        usleep(200000);
        awake[i] = tap_to_sound_ms(&app);
    }
    for (int i = 0; i < m; i++) {
        wr_audio_sleep(wr_reader_audio(&app));
        asleep[i] = tap_to_sound_ms(&app);
    }
    printf("read aloud, tap to first sound (%d runs): median %.1f ms, max %.1f; with the device "
           "asleep after a silence: median %.1f ms\n",
           n, quantile(awake, n, 0.5), quantile(awake, n, 1.0), quantile(asleep, m, 0.5));
    long long c0 = cpu_us(), t0 = mono_us();
    wr_app_act(&app, WR_ACT_SPEAK, 0);
    while (wr_reader_speaking(&app) && mono_us() - t0 < 60000000)
        wr_app_step(&app, 1000);
    long long c1 = cpu_us(), t1 = mono_us();
    printf("read aloud, CPU while the attract screen is read (%.1f s of speech, live loop): "
           "%.1f %% of one core\n",
           (t1 - t0) / 1e6, 100.0 * (double)(c1 - c0) / (double)(t1 - t0));
    while (mono_us() - t1 < 16000000)
        wr_app_step(&app, 1000); /* the device goes to sleep after 15 s of silence */
    long long c2 = cpu_us(), t2 = mono_us();
    while (mono_us() - t2 < 10000000)
        wr_app_step(&app, 10000);
    printf("read aloud, the same headless loop once silent (device asleep; SDL without a video "
           "driver polls its event wait), over 10 s: %.2f %% of one core\n",
           100.0 * (double)(cpu_us() - c2) / (double)(mono_us() - t2));
    wr_app_fini(&app);
}

int main(int argc, char **argv)
{
    bench_opts o = {11, 200, 60, 600, WR_BENCH_EXE, WR_SOURCE_DIR_PATH};
    for (int i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--runs") == 0)
            o.runs = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--sessions") == 0)
            o.sessions = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--idle-seconds") == 0)
            o.idle_seconds = atoi(argv[i + 1]);
        else if (strcmp(argv[i], "--frames") == 0)
            o.frames = atoi(argv[i + 1]);
    }
    setvbuf(stdout, NULL, _IONBF, 0);
    bench_speech(&o);
    if (argc == 2 && strcmp(argv[1], "--speech") == 0)
        return 0; /* read aloud only */
    bench_redraw(&o);
    bench_sessions(&o);
    ensure_display();
    bench_startup(&o);
    bench_idle(&o);
    stop_display();
    return 0;
}
