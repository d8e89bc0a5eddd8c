/*
 * app.c -- the kiosk: loading the pack, the event loop, printing, staff requests.
 * Logs go to stderr for staff (journald under systemd) and never hold patient data.
 */
#include "app.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_LANGS 16

/* ======================================================================================
 * Logging
 * ==================================================================================== */

/* Report function for the loader: one "waitroom: file:line: message" line per problem. */
static void log_problem(void *ud, const wr_srcpos *pos, const char *msg)
{
    char buf[1024];
    char *first = ud;
    wr_luapack_format(pos, msg, buf, sizeof buf);
    fprintf(stderr, "waitroom: %s\n", buf);
    if (first && !first[0])
        snprintf(first, 512, "%.511s", buf);
}

/* ======================================================================================
 * The pack
 * ==================================================================================== */

static wr_pack *packs[MAX_LANGS];

/* The loaded packs in the order the flow wants them: the configured language first. */
static int order_packs(wr_app *app)
{
    wr_pack **all = wr_luapack_packs(app->lp);
    int n = wr_luapack_count(app->lp);
    if (n > MAX_LANGS)
        n = MAX_LANGS;
    memcpy(packs, all, (size_t)n * sizeof *packs);
    for (int i = 1; i < n && app->cfg.language[0]; i++) {
        if (packs[i]->language && strcmp(packs[i]->language, app->cfg.language) == 0) {
            wr_pack *t = packs[0];
            packs[0] = packs[i];
            packs[i] = t;
        }
    }
    return n;
}

/* Loads the pack; on failure the flow shows the error screen over an empty pack. */
static int load_pack(wr_app *app, char *first_error)
{
    first_error[0] = 0;
    app->lp = wr_luapack_load(app->opt.scripts, NULL, log_problem, first_error);
    if (app->lp)
        return 0;
    if (!first_error[0])
        snprintf(first_error, 512, "%s: the script pack could not be loaded", app->opt.scripts);
    return -1;
}

static void flow_config(wr_app *app)
{
    wr_flow_config_defaults(&app->flow_cfg);
    app->flow_cfg.idle_ms = (uint32_t)app->cfg.idle_seconds * 1000u;
    app->flow_cfg.countdown_ms = (uint32_t)app->cfg.countdown_seconds * 1000u;
    app->flow_cfg.end_ms = (uint32_t)app->cfg.end_seconds * 1000u;
    snprintf(app->flow_cfg.staff_pin, sizeof app->flow_cfg.staff_pin, "%s", app->cfg.staff_pin);
}

static int make_flow(wr_app *app)
{
    char err[512];
    flow_config(app);
    if (load_pack(app, err) == 0) {
        int n = order_packs(app);
        app->flow = wr_flow_create(packs, n, &app->flow_cfg);
        return app->flow ? 0 : -1;
    }
    app->empty = wr_pack_create();
    if (!app->empty)
        return -1;
    packs[0] = app->empty;
    app->flow = wr_flow_create(packs, 1, &app->flow_cfg);
    if (!app->flow)
        return -1;
    wr_flow_broken(app->flow, err);
    return 0;
}

/* Reloads the pack: a pack with problems is refused and the one in use stays. */
int wr_app_reload(wr_app *app)
{
    char err[512] = "";
    wr_luapack *old = app->lp;
    app->lp = wr_luapack_load(app->opt.scripts, NULL, log_problem, err);
    if (!app->lp) {
        app->lp = old;
        fprintf(stderr, "waitroom: reload refused; the pack in use stays\n");
        wr_flow_fail(app->flow, err[0] ? err : "the new script pack has problems");
        return -1;
    }
    int n = order_packs(app);
    wr_flow_set_packs(app->flow, packs, n);
    wr_luapack_destroy(old);
    wr_pack_destroy(app->empty);
    app->empty = NULL;
    fprintf(stderr, "waitroom: script pack reloaded from %s\n", app->opt.scripts);
    return 0;
}

/* ======================================================================================
 * Printing
 * ==================================================================================== */

static wr_page_size page_size(const wr_app *app)
{
    if (strcmp(app->cfg.page_size, "Letter") == 0)
        return WR_PAGE_LETTER;
    if (strcmp(app->cfg.page_size, "receipt") == 0)
        return WR_PAGE_RECEIPT;
    return WR_PAGE_A4;
}

/* Lays the patient's list out as a PDF and hands it to a print job. */
static void start_print(wr_app *app)
{
    const wr_pack *p = wr_flow_pack(app->flow);
    wr_section sec[WR_SCREEN_MAX_SECTIONS];
    int n = wr_flow_list_sections(app->flow, sec, WR_SCREEN_MAX_SECTIONS);
    char date[32], footer[256], err[256];
    time_t t = time(NULL);
    strftime(date, sizeof date, "%Y-%m-%d", localtime(&t));
    snprintf(footer, sizeof footer, "%s - %s", p->title ? p->title : "waitroom",
             p->version ? p->version : "");
    int first = n > 0 && strcmp(sec[0].title, wr_pack_ui(p, "list_flags")) == 0;
    wr_mark marks[WR_SCREEN_MAX_SECTIONS];
    for (int i = first; i < n; i++) {
        const char *title = sec[i].title;
        marks[i - first] = strcmp(title, wr_pack_ui(p, "list_questions")) == 0 ? WR_MARK_CHECKBOX
                           : strcmp(title, wr_pack_ui(p, "list_safety")) == 0 ? WR_MARK_NONE
                                                                           : WR_MARK_BULLET;
    }
    wr_doc doc = {
        .kind = WR_KIND_LIST,
        .title = wr_pack_ui(p, "print_title"),
        .date = date,
        .language = p->language,
        .highlight = first ? &sec[0] : NULL,
        .sections = sec + first,
        .n_sections = n - first,
        .mark = WR_MARK_BULLET,
        .marks = marks,
        .footer = footer,
    };
    unsigned char *pdf = NULL;
    size_t len = 0;
    if (!app->fonts || wr_doc_render_pdf(&doc, app->fonts, page_size(app), &pdf, &len, err,
                                         sizeof err) < 0) {
        fprintf(stderr, "waitroom: cannot lay out the list: %s\n", app->fonts ? err : "no fonts");
        wr_flow_print_done(app->flow, 0, app->now);
        return;
    }
    wr_printer_config pc = {
        .queue = app->cfg.printer[0] ? app->cfg.printer : NULL,
        .folder = app->opt.print_to,
        .page_size = page_size(app),
        .timeout_s = app->cfg.print_timeout,
    };
    wr_print_text_free(app->printed);
    app->printed = wr_doc_plain_text(&doc);
    app->job = wr_print_submit(&pc, pdf, len, WR_KIND_LIST);
    wr_print_pdf_free(pdf, len);
    if (!app->job)
        wr_flow_print_done(app->flow, 0, app->now);
}

/* Starts a print the flow asked for, and reports a finished one back. */
static void look_after_print(wr_app *app)
{
    if (wr_flow_print_wanted(app->flow) && !app->job)
        start_print(app);
    if (!app->job)
        return;
    wr_print_status st = wr_print_job_poll(app->job);
    if (st == WR_PRINT_PENDING)
        return;
    if (st == WR_PRINT_FAILED)
        fprintf(stderr, "waitroom: printing failed: %s\n", wr_print_job_reason(app->job));
    wr_flow_print_done(app->flow, st == WR_PRINT_DONE, app->now);
    wr_print_job_destroy(app->job);
    app->job = NULL;
    wr_app_refresh(app);
}

/* Waits (really) for a print job to end, for the drive mode's settled screens. */
void wr_app_settle_print(wr_app *app)
{
    look_after_print(app);
    for (int i = 0; app->job && i < 100 * (app->cfg.print_timeout + 5); i++) {
        struct timespec ts = {0, 10 * 1000 * 1000};
        nanosleep(&ts, NULL);
        look_after_print(app);
    }
}

/* ======================================================================================
 * Actions, input, time
 * ==================================================================================== */

static void redraw(wr_app *app);

static void staff_requests(wr_app *app)
{
    int r = wr_flow_staff_request(app->flow);
    if (r == 1)
        wr_app_reload(app);
    else if (r == 2)
        app->quit = true;
}

/* One action on the flow; then printing and staff requests are looked after. */
void wr_app_act(wr_app *app, wr_action act, int arg)
{
    wr_flow_act(app->flow, act, arg, app->now);
    staff_requests(app);
    look_after_print(app);
    wr_app_refresh(app);
}

/* Feeds one input through the ui; a control that fires becomes an action. */
void wr_app_input(wr_app *app, const wr_input *in)
{
    wr_action act = WR_ACT_NONE;
    int arg = 0;
    const wr_screen *s = wr_flow_screen(app->flow);
    if (in->kind == WR_IN_QUIT) {
        app->quit = app->opt.windowed;
        return;
    }
    if (in->kind != WR_IN_EXPOSE && in->kind != WR_IN_RESIZE && in->kind != WR_IN_NONE)
        wr_flow_touch(app->flow, app->now);
    if (in->kind == WR_IN_TEXT && s->field && s->kind != WR_SCREEN_STAFF) {
        wr_app_act(app, WR_ACT_KEY, (int)in->codepoint);
        return;
    }
    if (in->kind == WR_IN_KEY && in->key == WR_KEY_BACKSPACE && s->field &&
        s->kind != WR_SCREEN_STAFF) {
        wr_app_act(app, WR_ACT_BACKSPACE, 0);
        return;
    }
    if (in->kind == WR_IN_RESIZE) {
        wr_app_refresh(app);
        return;
    }
    if (wr_ui_input(app->ui, in, &act, &arg))
        wr_app_act(app, act, arg);
    else
        redraw(app); /* a press, a scroll, a focus move: same screen, new pixels */
}

/* Lets time reach 'now'. */
void wr_app_tick(wr_app *app, uint32_t now)
{
    wr_action act;
    int arg;
    app->now = now;
    if (wr_ui_tick(app->ui, now, &act, &arg))
        wr_app_act(app, act, arg);
    if (wr_flow_tick(app->flow, now))
        wr_app_refresh(app);
    look_after_print(app);
}

/* For the benchmark: with WAITROOM_BENCH_FIRST_FRAME set, prints the monotonic time once
 * the first frame has been presented, and quits. */
static void first_frame_mark(wr_app *app)
{
    static bool done;
    if (done || !getenv("WAITROOM_BENCH_FIRST_FRAME"))
        return;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    printf("first-frame-ns %lld\n", (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
    fflush(stdout);
    done = true;
    app->quit = true;
}

/* Draws the laid-out screen when it changed. */
static void redraw(wr_app *app)
{
    uint32_t v = wr_ui_version(app->ui);
    if (v != app->drawn_version || app->drawn_version == 0) {
        wr_platform_draw(app->plat, app->ui);
        app->drawn_version = v;
        first_frame_mark(app);
    }
}

/* Lays the flow's screen out again and draws it when something changed. */
void wr_app_refresh(wr_app *app)
{
    int w, h;
    wr_platform_size(app->plat, &w, &h);
    wr_ui_layout(app->ui, wr_flow_screen(app->flow), w, h);
    redraw(app);
}

/* ======================================================================================
 * Life cycle and the live loop
 * ==================================================================================== */

static int open_platform(wr_app *app)
{
    char fonts[1024], pictures[1024];
    snprintf(fonts, sizeof fonts, "%s/fonts", app->opt.assets);
    snprintf(pictures, sizeof pictures, "%s/pictures", app->opt.assets);
    wr_platform_opts po = {
        .headless = app->opt.headless,
        .windowed = app->opt.windowed,
        .width = app->opt.w,
        .height = app->opt.h,
        .font_dir = fonts,
        .picture_dir = pictures,
    };
    app->plat = wr_platform_create(&po);
    if (!app->plat)
        return -1;
    app->ui = wr_ui_create(wr_platform_metrics(app->plat));
    if (!app->ui)
        return -1;
    char err[256];
    const char *paths[] = {fonts, NULL};
    app->fonts = wr_print_fonts_create(paths, err, sizeof err);
    if (!app->fonts)
        fprintf(stderr, "waitroom: printing is off: %s\n", err);
    return 0;
}

/* Sets the whole kiosk up; see app.h. */
int wr_app_init(wr_app *app, const wr_app_options *opt)
{
    memset(app, 0, sizeof *app);
    app->opt = *opt;
    wr_config_defaults(&app->cfg);
    if (opt->config && wr_config_load(&app->cfg, opt->config, stderr) < 0)
        return -1;
    if (make_flow(app) < 0 || open_platform(app) < 0) {
        fprintf(stderr, "waitroom: cannot start\n");
        return -1;
    }
    app->now = opt->headless ? 1000 : wr_platform_ticks(app->plat);
    wr_flow_touch(app->flow, app->now);
    wr_app_refresh(app);
    return 0;
}

/* Releases everything; the flow wipes the session first. */
void wr_app_fini(wr_app *app)
{
    wr_print_job_destroy(app->job);
    wr_flow_destroy(app->flow);
    wr_ui_destroy(app->ui);
    wr_platform_destroy(app->plat);
    wr_print_fonts_destroy(app->fonts);
    wr_print_text_free(app->printed);
    wr_luapack_destroy(app->lp);
    wr_pack_destroy(app->empty);
    memset(app, 0, sizeof *app);
}

/* The soonest of the flow's and the ui's deadlines, or -1 to sleep until input. */
static int timeout(wr_app *app)
{
    int32_t a = wr_flow_next_deadline(app->flow, app->now);
    int32_t b = wr_ui_next_deadline(app->ui, app->now);
    int32_t t = a < 0 ? b : b < 0 ? a : a < b ? a : b;
    if (app->job && (t < 0 || t > 100))
        t = 100; /* poll the print job gently while one runs */
    return t;
}

/* The live kiosk: sleeps in the platform until input or a deadline; no busy loop. */
int wr_app_run(wr_app *app)
{
    while (!app->quit) {
        wr_input in;
        int got = wr_platform_wait(app->plat, timeout(app), &in);
        app->now = wr_platform_ticks(app->plat);
        if (got > 0)
            wr_app_input(app, &in);
        wr_app_tick(app, app->now);
    }
    return 0;
}
