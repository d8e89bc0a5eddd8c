/*
 * staff.c -- the kiosk's own part of the staff menu, for the day's jobs: the version, the
 * pack in use, the default language, the speech volume, the printer's state (asked of CUPS
 * by a waitroom-print worker, so the kiosk never links CUPS), a test page, restarting the
 * kiosk and shutting the machine down. The core flow shows the lines and buttons
 * (wr_flow_set_staff_extras); this file decides what they say and does what they ask.
 * Every action is logged to the journal, with no patient data.
 *
 * Restart and shut down: the kiosk never talks to logind or D-Bus. It exits with status 3
 * (the unit's RestartForceExitStatus=3 starts it again) or 4 (the unit's ExecStopPost,
 * waitroom-after, powers the machine off as root).
 */
#include "app.h"
#include "print_client.h"
#include "service.h"
#include "update.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum item { IT_TEST_PAGE, IT_PRINTER, IT_UPDATE, IT_INSTALL, IT_BACK, IT_RESTART, IT_SHUTDOWN };

/* clang-format off */
static const char *const item_label[] = {
    [IT_TEST_PAGE] = "Print a test page",
    [IT_PRINTER] = "Check the printer",
    [IT_UPDATE] = "Update the scripts",
    [IT_INSTALL] = "Install these scripts",
    [IT_BACK] = "Go back to the last scripts",
    [IT_RESTART] = "Restart the kiosk",
    [IT_SHUTDOWN] = "Shut down the machine",
};
/* clang-format on */

typedef struct wr_staff {
    enum item items[WR_STAFF_MAX_ITEMS];
    int n_items;
    wr_pjob *check;    /* a printer check in progress, or NULL */
    char printer[400]; /* the last printer state, or "" */
    wr_update update;  /* script updates from a USB stick */
} wr_staff;

/* Sets up the staff part. */
int wr_staff_create(wr_app *app)
{
    app->staff = calloc(1, sizeof *app->staff);
    return app->staff ? 0 : -1;
}

/* Frees it (a printer check still running is stopped). */
void wr_staff_destroy(wr_app *app)
{
    if (!app->staff)
        return;
    wr_pjob_destroy(app->staff->check);
    wr_update_discard(&app->staff->update);
    free(app->staff);
    app->staff = NULL;
}

/* The speech volume, for the staff menu: the configured speech_volume, or off when the kiosk
 * has no sound or no voice (the "Sound:" line says why). */
static const char *speech_volume(wr_app *app, char *buf, size_t n)
{
    if (!app->reader || !wr_reader_speech(app))
        return "off";
    snprintf(buf, n, "%d %%", app->cfg.speech_volume);
    return buf;
}

/* The default language: the configured one, else the pack's first. */
static const char *default_language(const wr_app *app)
{
    if (app->cfg.language[0])
        return app->cfg.language;
    const wr_pack *p = wr_flow_pack(app->flow);
    return p && p->language ? p->language : "?";
}

/* The test page's line, or "". */
static void test_page_line(const wr_app *app, char *out, size_t n)
{
    const char *why = "";
    int st = wr_app_test_page_state(app, &why);
    if (st == 3)
        snprintf(out, n, "Test page: failed: %s", why);
    else
        snprintf(out, n, "%s",
                 st == 1   ? "Test page: printing..."
                 : st == 2 ? "Test page: printed"
                           : "");
}

/* Builds the status lines and the items, and hands them to the flow. */
void wr_staff_update(wr_app *app)
{
    wr_staff *st = app->staff;
    char l[8][400], vol[32];
    const char *lines[8], *items[WR_STAFF_MAX_ITEMS];
    int n = 0;
    if (!st || !app->flow)
        return;
    snprintf(l[n++], sizeof l[0], "waitroom %s, video: %s; default language: %s; speech volume: %s",
             WR_VERSION, app->plat ? wr_platform_driver(app->plat) : "starting",
             default_language(app), speech_volume(app, vol, sizeof vol));
    snprintf(l[n++], sizeof l[0], "Scripts in use: %.300s", app->opt.scripts);
    snprintf(l[n++], sizeof l[0], "Printer: %.300s",
             st->check        ? "asking the print server..."
             : st->printer[0] ? st->printer
                              : "not checked yet");
    test_page_line(app, l[n], sizeof l[0]);
    n += l[n][0] != 0;
    if (app->config_problem[0])
        snprintf(l[n++], sizeof l[0], "Configuration problem: %.300s (the default is used)",
                 app->config_problem);
    bool found = wr_update_scan(&st->update, &app->cfg);
    if (st->update.status[0])
        snprintf(l[n++], sizeof l[0], "%.390s", st->update.status);
    else if (found)
        snprintf(l[n++], sizeof l[0], "Script update on the stick: %.300s", st->update.bundle);
    for (int i = 0; i < n; i++)
        lines[i] = l[i];
    st->n_items = 0;
    st->items[st->n_items++] = IT_TEST_PAGE;
    st->items[st->n_items++] = IT_PRINTER;
    if (st->update.staged[0])
        st->items[st->n_items++] = IT_INSTALL;
    else if (found)
        st->items[st->n_items++] = IT_UPDATE;
    if (wr_update_can_go_back(&app->cfg))
        st->items[st->n_items++] = IT_BACK;
    st->items[st->n_items++] = IT_RESTART;
    st->items[st->n_items++] = IT_SHUTDOWN;
    for (int i = 0; i < st->n_items; i++)
        items[i] = item_label[st->items[i]];
    wr_flow_set_staff_extras(app->flow, lines, n, items, st->n_items);
}

/* Starts a printer check through a waitroom-print worker. */
static void check_printer(wr_app *app)
{
    char worker[1100];
    if (app->staff->check)
        return;
    wr_app_worker_path(worker, sizeof worker);
    app->staff->check = wr_pjob_status(worker, app->cfg.printer[0] ? app->cfg.printer : NULL, 15);
    if (!app->staff->check)
        snprintf(app->staff->printer, sizeof app->staff->printer, "the print worker did not start");
}

/* "Update the scripts": verify, unpack, check; "Install these scripts": switch to it;
 * "Go back to the last scripts". Each outcome is logged and shown on the menu. */
static void update_step(wr_app *app, enum item it)
{
    wr_update *u = &app->staff->update;
    char path[700];
    int rc = 0;
    if (it == IT_UPDATE) {
        rc = wr_update_stage(u, &app->cfg, wr_flow_pack(app->flow));
    } else if (it == IT_INSTALL) {
        rc = wr_update_install(u, &app->cfg, path, sizeof path);
        if (rc == 0 && wr_app_use_scripts(app, path) < 0) {
            wr_update_go_back(u, &app->cfg, path, sizeof path);
            snprintf(u->status, sizeof u->status, "Update refused: the new scripts do not load");
            rc = -1;
        }
    } else if (it == IT_BACK) {
        rc = wr_update_go_back(u, &app->cfg, path, sizeof path);
        if (rc == 0 && wr_app_use_scripts(app, path) < 0)
            rc = -1;
    }
    if (rc < 0)
        wr_log_error("staff: %s", u->status);
    else
        fprintf(stderr, "waitroom: staff: %s\n", u->status);
}

/* Carries out item 'i'. */
void wr_staff_do(wr_app *app, int i)
{
    wr_staff *st = app->staff;
    if (i < 0 || i >= st->n_items)
        return;
    fprintf(stderr, "waitroom: staff: %s\n", item_label[st->items[i]]);
    switch (st->items[i]) {
    case IT_TEST_PAGE:
        wr_app_print_test_page(app);
        break;
    case IT_PRINTER:
        check_printer(app);
        break;
    case IT_UPDATE:
    case IT_INSTALL:
    case IT_BACK:
        update_step(app, st->items[i]);
        break;
    case IT_RESTART:
        app->exit_status = 3;
        app->quit = true;
        break;
    case IT_SHUTDOWN:
        app->exit_status = 4;
        app->quit = true;
        break;
    }
    wr_staff_update(app);
}

/* Looks after a printer check in progress. */
void wr_staff_poll(wr_app *app)
{
    wr_staff *st = app->staff;
    if (!st || !st->check)
        return;
    wr_print_status s = wr_pjob_poll(st->check);
    if (s == WR_PRINT_PENDING)
        return;
    snprintf(st->printer, sizeof st->printer, "%s",
             s == WR_PRINT_DONE ? wr_pjob_answer(st->check) : wr_pjob_reason(st->check));
    fprintf(stderr, "waitroom: staff: printer state: %s\n", st->printer);
    wr_pjob_destroy(st->check);
    st->check = NULL;
    wr_staff_update(app);
    wr_app_refresh(app);
}

/* True while a printer check runs. */
bool wr_staff_busy(const wr_app *app)
{
    return app->staff && app->staff->check;
}
