/*
 * test_service.c -- the kiosk as a systemd service, seen from outside: SIGTERM during a visit
 * ends it within 1 s with status 0, having wiped the visit; READY=1 and WATCHDOG=1 reach a
 * test-owned NOTIFY_SOCKET; a loop stalled on purpose sends no more pings; a closed window
 * (or Alt+F4) does not end the kiosk for a patient. argv[1] is the waitroom executable.
 */
#include "app.h"
#include "check.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char *exe, *src;
static char sock_path[108], err_path[128];
static int sock = -1;

/* Milliseconds on the monotonic clock. */
static long long ms_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The fake systemd: a datagram socket the kiosk's sd_notify() writes to. */
static int open_notify(void)
{
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    snprintf(sock_path, sizeof sock_path, "/tmp/wr-notify-%d", (int)getpid());
    snprintf(a.sun_path, sizeof a.sun_path, "%s", sock_path);
    unlink(sock_path);
    sock = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    return sock >= 0 && bind(sock, (struct sockaddr *)&a, sizeof a) == 0 ? 0 : -1;
}

/* The next notification within 'ms' into 'buf'; 0 when none came. */
static int next_note(int ms, char *buf, size_t n)
{
    struct pollfd p = {sock, POLLIN, 0};
    if (poll(&p, 1, ms) <= 0)
        return 0;
    ssize_t len = recv(sock, buf, n - 1, 0);
    buf[len > 0 ? len : 0] = 0;
    return len > 0;
}

/* Waits up to 'ms' for a notification holding 'what'; 1 when it came. */
static int wait_note(const char *what, int ms)
{
    char buf[512];
    long long end = ms_now() + ms;
    while (ms_now() < end)
        if (next_note((int)(end - ms_now()), buf, sizeof buf) && strstr(buf, what))
            return 1;
    return 0;
}

static const char *watchdog_usec = "200000";
static const char *worker_env; /* WAITROOM_PRINT_WORKER for the next spawn, or NULL */
static char worker_pid_path[128];

/* Starts the kiosk with 'args' (NULL-terminated), its stdout on a pipe (*out), its stderr
 * in err_path; 'stall' sets WAITROOM_TEST_STALL_MS. */
static pid_t spawn(const char *const *args, const char *stall, int *out)
{
    int fds[2];
    if (pipe(fds) < 0)
        return -1;
    pid_t pid = fork();
    if (pid == 0) {
        const char *argv[16] = {exe};
        for (int i = 0; args[i] && i < 14; i++)
            argv[i + 1] = args[i];
        int e = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(fds[1], 1);
        dup2(e, 2);
        setenv("NOTIFY_SOCKET", sock_path, 1);
        setenv("WATCHDOG_USEC", watchdog_usec, 1);
        if (stall)
            setenv("WAITROOM_TEST_STALL_MS", stall, 1);
        if (worker_env) {
            setenv("WAITROOM_PRINT_WORKER", worker_env, 1);
            setenv("WR_SLOW_WORKER_PID", worker_pid_path, 1);
        }
        execv(exe, (char *const *)argv);
        _exit(127);
    }
    close(fds[1]);
    *out = fds[0];
    return pid;
}

/* Reads the child's stdout until 'marker' shows up (at most 'ms'); 1 when it did. */
static int wait_output(int fd, const char *marker, int ms)
{
    static char buf[1 << 16];
    size_t len = 0;
    long long end = ms_now() + ms;
    while (ms_now() < end && len < sizeof buf - 1) {
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, (int)(end - ms_now())) <= 0)
            break;
        ssize_t r = read(fd, buf + len, sizeof buf - 1 - len);
        if (r <= 0)
            break;
        len += (size_t)r;
        buf[len] = 0;
        if (strstr(buf, marker))
            return 1;
    }
    return 0;
}

/* Sends 'sig' and waits up to 'ms' for the exit: the exit status, or -1 (then killed). */
static int stop(pid_t pid, int sig, int ms, long long *took)
{
    int status = 0;
    long long t0 = ms_now();
    kill(pid, sig);
    while (ms_now() - t0 < ms) {
        if (waitpid(pid, &status, WNOHANG) == pid) {
            *took = ms_now() - t0;
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
        struct timespec ts = {0, 5 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    *took = ms_now() - t0;
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    return -1;
}

/* The kiosk's stderr so far. */
static char *stderr_text(void)
{
    static char buf[1 << 16];
    FILE *f = fopen(err_path, "rb");
    size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
    if (f)
        fclose(f);
    buf[n] = 0;
    return buf;
}

/* SIGTERM in the middle of a visit (an answer typed, the live loop running). */
static void test_sigterm_in_visit(void)
{
    char pack[512], drive[512];
    snprintf(pack, sizeof pack, "%s/scripts/sample", src);
    snprintf(drive, sizeof drive, "%s/tests/service/visit.lua", src);
    const char *args[] = {"--headless", "--scripts", pack, "--drive", drive, NULL};
    int out = -1;
    long long took = 0;
    pid_t pid = spawn(args, NULL, &out);
    CHECK(pid > 0 && wait_output(out, "serve()", 30000));
    struct timespec ts = {0, 300 * 1000 * 1000};
    nanosleep(&ts, NULL);
    int status = stop(pid, SIGTERM, 1000, &took);
    printf("SIGTERM during a visit: exit %d after %lld ms\n", status, took);
    CHECK(status == 0);
    CHECK(took < 1000);
    CHECK_HAS(stderr_text(), "stopped by SIGTERM; the visit was wiped");
    close(out);
}

/* SIGTERM while a print worker hangs: the kiosk still exits 0 within 1 s, and the worker is
 * stopped and reaped (no process is left). */
static void test_sigterm_while_printing(void)
{
    char pack[512], drive[512], worker[512], conf[128], outdir[128];
    snprintf(pack, sizeof pack, "%s/scripts/sample", src);
    snprintf(drive, sizeof drive, "%s/tests/service/visit_print.lua", src);
    snprintf(worker, sizeof worker, "%s/tests/service/slow-worker.sh", src);
    snprintf(conf, sizeof conf, "/tmp/wr-service-%d.conf", (int)getpid());
    snprintf(outdir, sizeof outdir, "/tmp/wr-service-%d.out", (int)getpid());
    snprintf(worker_pid_path, sizeof worker_pid_path, "/tmp/wr-service-%d.pid", (int)getpid());
    FILE *f = fopen(conf, "w");
    if (f) {
        fputs("print_timeout = 5\n", f);
        fclose(f);
    }
    const char *args[] = {"--headless", "--scripts", pack,         "--config", conf,
                          "--drive",    drive,       "--print-to", outdir,     NULL};
    int out = -1, wpid = 0;
    long long took = 0;
    worker_env = worker;
    pid_t pid = spawn(args, NULL, &out);
    worker_env = NULL;
    CHECK(pid > 0 && wait_output(out, "serve()", 60000));
    f = fopen(worker_pid_path, "r");
    CHECK(f && fscanf(f, "%d", &wpid) == 1 && wpid > 0);
    if (f)
        fclose(f);
    CHECK(wpid > 0 && kill(wpid, 0) == 0); /* the worker hangs, as it should here */
    int status = stop(pid, SIGTERM, 1000, &took);
    printf("SIGTERM while a print worker hangs: exit %d after %lld ms\n", status, took);
    CHECK(status == 0 && took < 1000);
    CHECK(wpid > 0 && kill(wpid, 0) < 0 && errno == ESRCH); /* stopped and reaped */
    if (wpid > 0 && kill(wpid, 0) == 0)
        kill(wpid, SIGKILL);
    unlink(conf);
    unlink(worker_pid_path);
    rmdir(outdir);
    close(out);
}

/* The live kiosk (dummy video): READY=1 after the first frame, WATCHDOG=1 every 100 ms
 * (WatchdogSec 200 ms), and SIGINT ends it at once. */
static void test_ready_and_watchdog(void)
{
    char pack[512];
    snprintf(pack, sizeof pack, "%s/scripts/sample", src);
    const char *args[] = {"--scripts", pack, NULL};
    int out = -1, pings = 0;
    long long took = 0;
    pid_t pid = spawn(args, NULL, &out);
    CHECK(pid > 0 && wait_note("READY=1", 30000));
    long long end = ms_now() + 1000;
    while (ms_now() < end)
        pings += wait_note("WATCHDOG=1", (int)(end - ms_now()));
    printf("watchdog pings in 1 s (WatchdogSec=0.2): %d\n", pings);
    CHECK(pings >= 5 && pings <= 15);
    int status = stop(pid, SIGINT, 1000, &took);
    printf("SIGINT at the attract screen: exit %d after %lld ms\n", status, took);
    CHECK(status == 0);
    CHECK_HAS(stderr_text(), "stopped by SIGINT");
    close(out);
}

/* A loop wedged on purpose (WAITROOM_TEST_STALL_MS=0): READY=1, then not one ping. */
static void test_stalled_loop(void)
{
    char pack[512];
    snprintf(pack, sizeof pack, "%s/scripts/sample", src);
    const char *args[] = {"--scripts", pack, NULL};
    int out = -1;
    long long took = 0;
    pid_t pid = spawn(args, "0", &out);
    CHECK(pid > 0 && wait_note("READY=1", 30000));
    int pings = wait_note("WATCHDOG=1", 1500);
    printf("watchdog pings in 1.5 s from a stalled loop: %d\n", pings);
    CHECK(pings == 0);
    CHECK(stop(pid, SIGKILL, 1000, &took) == 128 + SIGKILL);
    CHECK_HAS(stderr_text(), "the loop stalls now");
    close(out);
}

/* CPU time (user + system, in clock ticks) the process has used. */
static long cpu_ticks(pid_t pid)
{
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "r");
    size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
    if (f)
        fclose(f);
    buf[n] = 0;
    char *p = strrchr(buf, ')'); /* after the command name: state is field 3 */
    unsigned long ut = 0, st = 0;
    if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &ut, &st) != 2)
        return -1;
    return (long)(ut + st);
}

/* The live kiosk at rest (dummy video, a 30 s watchdog): it sleeps, using no CPU over 3 s. */
static void test_idle_cpu(void)
{
    char pack[512];
    snprintf(pack, sizeof pack, "%s/scripts/sample", src);
    const char *args[] = {"--scripts", pack, NULL};
    int out = -1;
    long long took = 0;
    watchdog_usec = "30000000";
    pid_t pid = spawn(args, NULL, &out);
    watchdog_usec = "200000";
    CHECK(pid > 0 && wait_note("READY=1", 30000));
    struct timespec settle = {1, 0}, rest = {3, 0}; /* start-up done: sound, voice */
    nanosleep(&settle, NULL);
    long t0 = cpu_ticks(pid);
    nanosleep(&rest, NULL);
    long used = cpu_ticks(pid) - t0;
    printf("idle kiosk: %ld clock ticks of CPU in 3 s\n", used);
    CHECK(t0 >= 0 && used <= 1);
    CHECK(stop(pid, SIGTERM, 1000, &took) == 0);
    close(out);
}

/* In process: a window close (or Alt+F4) is no way out for a patient; it closes a preview
 * window. */
static void test_close_ignored(void)
{
    char pack[512];
    snprintf(pack, sizeof pack, "%s/scripts/sample", src);
    char assets[512];
    snprintf(assets, sizeof assets, "%s/assets", src);
    wr_app_options o = {.scripts = pack, .assets = assets, .headless = true, .w = 800, .h = 480};
    wr_app app;
    CHECK(wr_app_init(&app, &o) == 0);
    wr_input quit = {.kind = WR_IN_QUIT};
    wr_app_input(&app, &quit);
    CHECK(!app.quit);
    app.opt.windowed = true;
    wr_app_input(&app, &quit);
    CHECK(app.quit);
    wr_app_fini(&app);
}

int main(int argc, char **argv)
{
    src = getenv("WR_SOURCE_DIR");
    if (argc < 2 || !src || open_notify() < 0)
        return 2;
    exe = argv[1];
    snprintf(err_path, sizeof err_path, "/tmp/wr-service-%d.err", (int)getpid());
    test_close_ignored();
    test_sigterm_in_visit();
    test_sigterm_while_printing();
    test_ready_and_watchdog();
    test_stalled_loop();
    test_idle_cpu();
    unlink(sock_path);
    unlink(err_path);
    return check_done();
}
