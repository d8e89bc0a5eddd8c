/*
 * service.h -- the kiosk as a systemd service: SIGTERM and SIGINT stop it at once, and
 * sd_notify tells systemd when the first frame is up (READY=1) and that the loop is alive
 * (WATCHDOG=1, at half of WatchdogSec, riding on the loop's own wait). Without systemd
 * (no NOTIFY_SOCKET) the notifications are no-ops. Holds no patient data.
 */
#ifndef WR_SERVICE_H
#define WR_SERVICE_H

#include <stdint.h>

/* Catches SIGTERM and SIGINT (after SDL has set its own handlers, which it still gets, so
 * that its wait wakes up), and reads WATCHDOG_USEC. Call once, after the platform opened. */
void wr_service_start(void);

/* The signal that asked the kiosk to stop (SIGTERM or SIGINT), or 0. */
int wr_service_stop_requested(void);

/* Tells systemd the kiosk is up: the first frame is on the screen ('now' in ms). Once;
 * later calls do nothing. */
void wr_service_ready(uint32_t now);

/* Pings the watchdog when half its interval has passed since the last ping ('now' in ms). */
void wr_service_alive(uint32_t now);

/* The loop's wait 't' (ms, -1 = for ever) shortened so the next watchdog ping is on time. */
int wr_service_timeout(int t, uint32_t now);

/* Tells systemd the kiosk is stopping. */
void wr_service_stopping(void);

/* Logs one line for staff at error priority: "<3>" before it when stderr is the journal
 * (so `journalctl -p err` shows it), plain in a terminal. Never pass patient data. */
void wr_log_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The same at warning priority ("<4>"): the urgent alerts, so that `journalctl -p warning`
 * lists them with the errors. Never pass patient data. */
void wr_log_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* On the Linux console (KMSDRM): no console blanking or powerdown, no text cursor. Writes
 * the console's escape codes to the kiosk's tty (stdin, under the unit's TTYPath). */
void wr_service_quiet_console(void);

/* Test hook: with WAITROOM_TEST_STALL_MS=N set, the live loop wedges itself N ms after the
 * live loop starts (it sleeps for ever, so no watchdog ping can go out). Never set in service. */
void wr_service_test_stall(uint32_t now);

#endif
