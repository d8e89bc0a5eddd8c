/*
 * app.c -- the kiosk: loading the pack, the event loop, printing, staff requests.
 * Logs go to stderr for staff (journald under systemd) and never hold patient data.
 */
#include "app.h"
#include "alert.h"
#include "print_client.h"
#include "service.h"
#include "update.h"
#include "wire.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <signal.h>
#include <errno.h>
#include <malloc.h>
#include <sys/stat.h>

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
    wr_log_error("%s", buf);
    if (first && !first[0])
        snprintf(first, 512, "%.511s", buf);
}

/* ======================================================================================
 * The pack
 * ==================================================================================== */

static wr_pack *packs[MAX_LANGS];

/* The loaded packs in the order the flow wants them: the configured language first. Draft
 * languages are offered only when the configuration asks, or in preview. */
static int order_packs(wr_app *app)
{
    if ((app->cfg.draft_languages || app->preview) && wr_luapack_offer_drafts(app->lp) < 0)
        fprintf(stderr, "waitroom: out of memory: the draft languages are not offered\n");
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

/* The safety loop's settings: who may clear an urgent screen, how often it re-alerts, the
 * numbers pack text may show ({emergency}, {crisis_line}). */
static void urgent_config(wr_app *app)
{
    wr_flow_config *fc = &app->flow_cfg;
    snprintf(fc->desk_code, sizeof fc->desk_code, "%s", app->cfg.desk_code);
    fc->alert_repeat_ms = (uint32_t)app->cfg.alert_repeat_minutes * 60000u;
    fc->emergency_number = app->cfg.emergency_number;
    fc->crisis_line = app->cfg.crisis_line;
    if (!app->cfg.staff_pin[0] && !app->cfg.desk_code[0])
        wr_log_error("no staff_pin or desk_code is set: an urgent screen can only be cleared "
                     "by restarting the kiosk");
}

static void flow_config(wr_app *app)
{
    wr_flow_config_defaults(&app->flow_cfg);
    app->flow_cfg.idle_ms = (uint32_t)app->cfg.idle_seconds * 1000u;
    app->flow_cfg.countdown_ms = (uint32_t)app->cfg.countdown_seconds * 1000u;
    app->flow_cfg.end_ms = (uint32_t)app->cfg.end_seconds * 1000u;
    snprintf(app->flow_cfg.staff_pin, sizeof app->flow_cfg.staff_pin, "%s", app->cfg.staff_pin);
    urgent_config(app);
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

/* Puts a freshly loaded pack in use (the session is wiped) and frees the old one. */
void wr_app_swap_pack(wr_app *app, wr_luapack *lp)
{
    wr_luapack *old = app->lp;
    app->lp = lp;
    int n = order_packs(app);
    wr_flow_set_packs(app->flow, packs, n);
    wr_luapack_destroy(old);
    wr_pack_destroy(app->empty);
    app->empty = NULL;
}

/* Another pack folder in use; see app.h. */
int wr_app_use_scripts(wr_app *app, const char *dir)
{
    const char *before = app->opt.scripts;
    char keep[1024];
    snprintf(keep, sizeof keep, "%s", before);
    if (dir[0]) {
        snprintf(app->scripts_path, sizeof app->scripts_path, "%s", dir);
        app->opt.scripts = app->scripts_path;
    } else {
        app->opt.scripts = app->base_scripts;
    }
    if (wr_app_reload(app) == 0)
        return 0;
    snprintf(app->scripts_path, sizeof app->scripts_path, "%s", keep);
    app->opt.scripts = app->scripts_path;
    return -1;
}

/* Reloads the pack: a pack with problems is refused and the one in use stays. */
int wr_app_reload(wr_app *app)
{
    char err[512] = "";
    wr_luapack *lp = wr_luapack_load(app->opt.scripts, NULL, log_problem, err);
    if (!lp) {
        wr_log_error("reload refused; the pack in use stays");
        wr_flow_refuse(app->flow, err[0] ? err : "the new script pack has problems");
        return -1;
    }
    wr_app_swap_pack(app, lp);
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

/* A document waiting for the printer. 'reports': the flow waits for the outcome; 'last':
 * the last document of that request (the outcome is told then). */
typedef struct wr_pending {
    unsigned char *req;      /* an encoded request for the print worker (wire.h) */
    size_t len;
    bool reports, last;
    bool test;               /* the staff test page */
} wr_pending;

#define MAX_PENDING 64

static wr_printer_config printer_config(const wr_app *app);
static void submit_next(wr_app *app);

/* Encodes a request (a document, or a ready PDF) and queues it for the worker. */
static int enqueue(wr_app *app, const wr_doc *doc, const unsigned char *pdf, size_t pdf_len,
                   wr_print_kind kind, int copies, bool reports)
{
    wr_wire_request r = {printer_config(app), kind, copies, doc, pdf, pdf_len};
    if (kind == WR_KIND_SLIP && app->cfg.desk_printer[0])
        r.printer.queue = app->cfg.desk_printer; /* slips go to the desk's own queue */
    size_t len = 0;
    unsigned char *req = wr_wire_encode(&r, &len);
    if (!app->pending)
        app->pending = calloc(MAX_PENDING, sizeof *app->pending);
    if (!req || !app->pending || app->n_pending == MAX_PENDING) {
        wr_print_pdf_free(req, len);
        return -1;
    }
    app->pending[app->n_pending++] = (wr_pending){req, len, reports, true, false};
    return 0;
}

static void today_date(char *buf, size_t n, bool with_time)
{
    time_t t = time(NULL);
    strftime(buf, n, with_time ? "%Y-%m-%d %H:%M" : "%Y-%m-%d", localtime(&t));
}

/* Queues 'doc' for the worker; keeps its text for the drive mode's printed(). */
static int render_and_queue(wr_app *app, const wr_doc *doc, int copies, bool reports)
{
    wr_print_text_free(app->printed);
    app->printed = wr_doc_plain_text(doc);
    return enqueue(app, doc, NULL, 0, doc->kind, copies, reports);
}

/* How a section of the list is printed: questions with check boxes, the safety nets as
 * "get help straight away" cards (a one-paragraph net as it is), things to mention and
 * "For staff" as cards of their own, notes as bullets. */
static wr_mark list_mark(const wr_section *s, wr_section_kind kind)
{
    switch (kind) {
    case WR_SECTION_QUESTIONS:
        return WR_MARK_CHECKBOX;
    case WR_SECTION_STAFF:
        return WR_MARK_STAFF;
    case WR_SECTION_SAFETY:
        return WR_MARK_NOW;
    case WR_SECTION_MENTION:
        return WR_MARK_MENTION;
    case WR_SECTION_TODAY:
        return WR_MARK_TODAY;
    default:
        return s->n_lines == 1 ? WR_MARK_NONE : WR_MARK_BULLET;
    }
}

/* Today's date in words in the pack's language ("3 December 2026"). */
static const char *date_words(const wr_app *app)
{
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    return wr_flow_date_words(app->flow, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

/* The patient's list as a document: the clinic's name, the date in words and a summary for
 * the clinician at the top; flags for today as a care card under them; "For staff" as a
 * card at the end. No footer: nothing but page numbers when it runs to two pages. */
static int print_list(wr_app *app)
{
    const wr_pack *p = wr_flow_pack(app->flow);
    wr_section sec[WR_SCREEN_MAX_SECTIONS];
    wr_section_kind kinds[WR_SCREEN_MAX_SECTIONS];
    int n = wr_flow_list_kinds(app->flow, sec, kinds, WR_SCREEN_MAX_SECTIONS);
    int first = n > 0 && kinds[0] == WR_SECTION_TODAY;
    wr_mark marks[WR_SCREEN_MAX_SECTIONS];
    for (int i = first; i < n; i++)
        marks[i - first] = list_mark(&sec[i], kinds[i]);
    wr_doc doc = {
        .kind = WR_KIND_LIST,
        .title = wr_pack_ui(p, "print_title"),
        .date = date_words(app),
        .language = p->language,
        .highlight = first ? &sec[0] : NULL,
        .sections = sec + first,
        .n_sections = n - first,
        .mark = WR_MARK_BULLET,
        .marks = marks,
        .clinic = app->cfg.clinic_name[0] ? app->cfg.clinic_name : NULL,
        .summary = wr_flow_list_summary(app->flow, sec, kinds, n),
        .continued = wr_pack_ui(p, "print_continued"),
    };
    return render_and_queue(app, &doc, 1, true);
}

/* Reads a whole PDF handout file into memory; NULL on failure (logged). */
static unsigned char *read_pdf(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    unsigned char *buf = NULL;
    long n;
    if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) <= 0 || n > (32L << 20) ||
        fseek(f, 0, SEEK_SET) != 0 || !(buf = malloc((size_t)n)) ||
        fread(buf, 1, (size_t)n, f) != (size_t)n) {
        wr_log_error("cannot read the handout %s", path);
        free(buf);
        buf = NULL;
    } else {
        *len = (size_t)n;
    }
    if (f)
        fclose(f);
    return buf;
}

/* The picture 'name' of the pictures folder for a handout, placed before line 'line' of
 * section 'section': drawn at 1200 pixels across (about 340 dpi at the 90 mm it prints
 * at). Returns 1, or 0 when it cannot be drawn (logged by the platform; the handout prints
 * without it). The caller frees pic->rgba. */
static int handout_picture(wr_app *app, const char *name, int section, int line,
                           wr_doc_picture *pic)
{
    int h = 0;
    unsigned char *rgba = app->plat ? wr_platform_picture_rgba(app->plat, name, 1200, &h) : NULL;
    if (!rgba)
        return 0;
    *pic = (wr_doc_picture){section, line, 1200, h, rgba, 90};
    return 1;
}

/* A handout: a PDF file as it is, or its text laid out (a "## " line starts a section, and
 * picture "name" puts a picture among the paragraphs). No footer: the clinic's name, when
 * set, is at the top. */
static int print_handout(wr_app *app, int index, int copies, bool reports)
{
    const wr_pack *p = wr_flow_pack(app->flow);
    if (index < 0 || index >= p->n_handouts)
        return -1;
    const wr_handout *h = &p->handouts[index];
    if (h->path || h->file) {
        size_t len = 0;
        unsigned char *pdf = read_pdf(h->path ? h->path : h->file, &len);
        if (!pdf)
            return -1;
        wr_print_text_free(app->printed);
        app->printed = strdup(h->title);
        int r = enqueue(app, NULL, pdf, len, WR_KIND_HANDOUT, copies, reports);
        free(pdf);
        return r;
    }
    wr_section sec[32];
    wr_doc_picture pics[16];
    int n = 0, n_pics = 0;
    sec[0] = (wr_section){NULL, (const char **)h->paras, 0};
    for (int i = 0; i <= h->n_paras; i++) {
        const char *t = i < h->n_paras ? h->paras[i] : NULL;
        bool heading = t && strncmp(t, "## ", 3) == 0 && n < 31;
        for (int k = 0; k < h->n_pictures && n_pics < 16; k++)
            if (h->picture_at[k] == i)
                n_pics += handout_picture(app, h->pictures[k], n, sec[n].n_lines, &pics[n_pics]);
        if (heading && (sec[n].n_lines || sec[n].title))
            n++;
        if (heading)
            sec[n] = (wr_section){t + 3, (const char **)&h->paras[i + 1], 0};
        else if (t)
            sec[n].n_lines++;
    }
    wr_doc doc = {.kind = WR_KIND_HANDOUT, .title = h->title, .language = p->language,
                  .sections = sec, .n_sections = n + 1, .mark = WR_MARK_NONE,
                  .clinic = app->cfg.clinic_name[0] ? app->cfg.clinic_name : NULL,
                  .continued = wr_pack_ui(p, "print_continued"),
                  .pictures = pics, .n_pictures = n_pics};
    int r = render_and_queue(app, &doc, copies, reports);
    for (int k = 0; k < n_pics; k++)
        free((void *)pics[k].rgba);
    return r;
}

/* A slip for the desk: the codes and clinician words of the flags raised, and nothing else
 * (no name, no answer). */
static int print_slip(wr_app *app, wr_level level)
{
    const wr_pack *p = wr_flow_pack(app->flow);
    const char *words[32];
    int n = wr_flow_staff_lines(app->flow, level, false, words, 32);
    if (n == 0)
        return 0;
    char date[32];
    today_date(date, sizeof date, true);
    wr_section sec = {NULL, words, n};
    wr_doc doc = {.kind = WR_KIND_SLIP,
                  .title = wr_pack_ui(p, level == WR_LEVEL_URGENT ? "slip_urgent" : "slip_today"),
                  .date = date, .language = p->language, .sections = &sec, .n_sections = 1,
                  .mark = WR_MARK_BULLET};
    char *keep = app->printed;
    app->printed = NULL;
    int r = render_and_queue(app, &doc, 1, false);
    wr_print_text_free(app->slip_text); /* printed() keeps telling the patient's document */
    app->slip_text = app->printed;
    app->printed = keep;
    return r;
}

/* The staff test page: what a technician needs to see, and nothing about any patient. */
int wr_app_print_test_page(wr_app *app)
{
    char date[32], ver[64], queue[200], paper[64];
    today_date(date, sizeof date, true);
    snprintf(ver, sizeof ver, "waitroom %s", WR_VERSION);
    snprintf(queue, sizeof queue, "Printer queue: %s",
             app->cfg.printer[0] ? app->cfg.printer : "the default printer");
    snprintf(paper, sizeof paper, "Page size: %s", app->cfg.page_size);
    const char *lines[] = {ver, queue, paper, "If you can read this, printing works."};
    wr_section sec = {NULL, lines, 4};
    wr_doc doc = {.kind = WR_KIND_HANDOUT, .title = "Test page", .date = date,
                  .language = "en", .sections = &sec, .n_sections = 1,
                  .mark = WR_MARK_NONE, .footer = ver};
    if (enqueue(app, &doc, NULL, 0, WR_KIND_HANDOUT, 1, false) < 0) {
        app->test_page = 3;
        snprintf(app->test_page_why, sizeof app->test_page_why, "could not be queued");
        return -1;
    }
    app->pending[app->n_pending - 1].test = true;
    app->test_page = 1;
    submit_next(app);
    return 0;
}

/* The last test page's outcome. */
int wr_app_test_page_state(const wr_app *app, const char **why)
{
    *why = app->test_page_why;
    return app->test_page;
}

/* Turns the flow's print requests into queued documents. */
static void take_requests(wr_app *app)
{
    wr_print_request r;
    while (wr_flow_take_print(app->flow, &r)) {
        int rc = 0;
        if (r.what == WR_PRINT_THE_LIST)
            rc = print_list(app);
        else if (r.what == WR_PRINT_HANDOUT)
            rc = print_handout(app, r.handout, r.copies > 0 ? r.copies : 1, true);
        else if (r.what == WR_PRINT_SLIP)
            rc = print_slip(app, r.level);
        if (rc < 0 && r.what != WR_PRINT_SLIP)
            wr_flow_print_done(app->flow, 0, app->now);
    }
}

/* waitroom-print beside this executable (the build tree), else in ../libexec/waitroom
 * (installed), or $WAITROOM_PRINT_WORKER. */
void wr_app_worker_path(char *buf, size_t n)
{
    const char *env = getenv("WAITROOM_PRINT_WORKER");
    char self[1024];
    ssize_t len = readlink("/proc/self/exe", self, sizeof self - 1);
    if (env) {
        snprintf(buf, n, "%s", env);
        return;
    }
    self[len > 0 ? len : 0] = 0;
    char *slash = strrchr(self, '/');
    if (slash)
        *slash = 0;
    snprintf(buf, n, "%s/waitroom-print", len > 0 ? self : ".");
    if (access(buf, X_OK) != 0 && len > 0)
        snprintf(buf, n, "%s/../libexec/waitroom/waitroom-print", self);
}

static wr_printer_config printer_config(const wr_app *app)
{
    wr_printer_config pc = {
        .queue = app->cfg.printer[0] ? app->cfg.printer : NULL,
        .folder = app->opt.print_to,
        .page_size = page_size(app),
        .timeout_s = app->cfg.print_timeout,
    };
    return pc;
}

/* Hands the next queued request to a print worker when none is busy. */
static void submit_next(wr_app *app)
{
    if (app->job || app->n_pending == 0)
        return;
    wr_pending d = app->pending[0];
    memmove(app->pending, app->pending + 1, (size_t)--app->n_pending * sizeof *app->pending);
    char worker[1100], fonts[1100];
    wr_app_worker_path(worker, sizeof worker);
    snprintf(fonts, sizeof fonts, "%s/fonts", app->opt.assets);
    app->job = wr_pjob_start(worker, fonts, d.req, d.len, app->cfg.print_timeout * 3 + 15);
    wr_print_pdf_free(d.req, d.len);
    app->job_reports = d.reports;
    app->job_last = d.last;
    app->job_test = d.test;
    if (!app->job && d.test) {
        app->test_page = 3;
        snprintf(app->test_page_why, sizeof app->test_page_why, "the print worker did not start");
        wr_staff_update(app);
    }
    if (!app->job && d.reports && d.last) {
        wr_flow_print_done(app->flow, 0, app->now);
        app->group_failed = false;
    }
}

/* Looks after printing: new requests, the job in progress, the next in the queue. */
static void look_after_print(wr_app *app)
{
    take_requests(app);
    submit_next(app);
    if (!app->job)
        return;
    wr_print_status st = wr_pjob_poll(app->job);
    if (st == WR_PRINT_PENDING)
        return;
    if (st == WR_PRINT_FAILED) {
        wr_log_error("printing failed: %s", wr_pjob_reason(app->job));
        app->group_failed = true;
    }
    if (app->job_test) {
        app->test_page = st == WR_PRINT_DONE ? 2 : 3;
        snprintf(app->test_page_why, sizeof app->test_page_why, "%s", wr_pjob_reason(app->job));
        fprintf(stderr, "waitroom: staff: the test page %s\n",
                st == WR_PRINT_DONE ? "printed" : "failed");
        app->job_test = false;
        wr_staff_update(app);
        wr_app_refresh(app);
    }
    wr_pjob_destroy(app->job);
    app->job = NULL;
    if (app->job_reports && app->job_last) {
        wr_flow_print_done(app->flow, !app->group_failed, app->now);
        app->group_failed = false;
        wr_app_refresh(app);
    } else if (!app->job_reports) {
        app->group_failed = false;
    }
    submit_next(app);
}

/* Waits (really) for a print job (or a staff printer check) to end, for the drive mode's
 * settled screens. */
void wr_app_settle_print(wr_app *app)
{
    look_after_print(app);
    for (int i = 0; (app->job || app->n_pending || wr_staff_busy(app)) &&
                    i < 100 * (app->cfg.print_timeout + 5); i++) {
        struct timespec ts = {0, 10 * 1000 * 1000};
        nanosleep(&ts, NULL);
        look_after_print(app);
        wr_staff_poll(app);
    }
}

/* ======================================================================================
 * Actions, input, time
 * ==================================================================================== */

static void redraw(wr_app *app);

/* Carries out what staff chose on the menu; each choice is logged (no patient data). */
static void staff_requests(wr_app *app)
{
    int r = wr_flow_staff_request(app->flow);
    if (r == 1) {
        fprintf(stderr, "waitroom: staff: reload the scripts\n");
        wr_app_reload(app);
    } else if (r == 2) {
        fprintf(stderr, "waitroom: staff: quit the kiosk\n");
        app->quit = true;
    } else if (r >= WR_STAFF_EXTRA) {
        wr_staff_do(app, r - WR_STAFF_EXTRA);
    }
}

/* One action on the flow; then printing and staff requests are looked after. */
void wr_app_act(wr_app *app, wr_action act, int arg)
{
    if (act == WR_ACT_SPEAK) { /* the flow notes the choice; the reader starts or stops */
        wr_flow_act(app->flow, act, arg, app->now);
        wr_reader_toggle(app);
        wr_app_refresh(app);
        return;
    }
    wr_preview_record(app, act, arg);
    wr_flow_act(app->flow, act, arg, app->now);
    wr_alert_raise(app);
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
        /* SIGTERM/SIGINT stop the kiosk; a window close or Alt+F4 only a preview window. */
        app->quit = app->opt.windowed || wr_service_stop_requested();
        return;
    }
    if (in->kind == WR_IN_WAKE) { /* the sound moved on */
        if (wr_reader_events(app))
            wr_app_refresh(app);
        return;
    }
    if (in->kind != WR_IN_EXPOSE && in->kind != WR_IN_RESIZE && in->kind != WR_IN_NONE)
        wr_flow_touch(app->flow, app->now);
    if (in->kind == WR_IN_TEXT && wr_reader_number(app, in->codepoint, &act, &arg)) {
        wr_app_act(app, act, arg);
        return;
    }
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
    char before[200];
    wr_reader_screen_key(app, before, sizeof before);
    if (wr_ui_input(app->ui, in, &act, &arg)) {
        wr_app_act(app, act, arg);
        if (in->kind == WR_IN_KEY && act != WR_ACT_SPEAK)
            wr_reader_after_key(app, before);
        return;
    }
    wr_control focused;
    if (in->kind == WR_IN_KEY && in->key != WR_KEY_PAGEUP && in->key != WR_KEY_PAGEDOWN &&
        wr_ui_focused(app->ui, &focused))
        wr_reader_focus(app, &focused); /* said before the label can change */
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
    if (wr_flow_tick(app->flow, now) | wr_reader_events(app))
        wr_app_refresh(app);
    wr_reader_tick(app);
    wr_alert_raise(app);
    look_after_print(app);
    wr_staff_poll(app);
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

/* Read aloud's sound and the urgent chime. Opening the audio device can take 100 ms (ALSA
 * probing a board with no sound card), so the live kiosk does it once its first frame is on
 * the screen; the patient cannot have tapped anything before then. 0, or -1 when out of
 * memory. */
static int open_sound(wr_app *app)
{
    if (wr_reader_open(app) < 0 || wr_alert_open(app) < 0) {
        wr_log_error("cannot start read aloud and the chime: out of memory");
        return -1;
    }
    if (!app->opt.headless) {
        wr_reader_rest(app);   /* no audio thread at rest: 0 % CPU from the start */
        wr_reader_screen(app); /* read aloud on from the start reads the first screen now */
    }
    return 0;
}

/* Draws the laid-out screen; the platform skips a frame that has not changed (unless the
 * window was uncovered and needs its pixels again). */
static void redraw(wr_app *app)
{
    if (wr_platform_draw(app->plat, app->ui)) {
        first_frame_mark(app);
        if (!app->reader && !app->quit)
            open_sound(app); /* out of memory: the kiosk goes on silently */
        wr_service_ready(app->now); /* started: the first frame is up and so is the sound */
    }
}

/* Script functions (conditions written as Lua functions) could keep state of their own from
 * one patient to the next; so a pack that has any is loaded afresh after each visit, and
 * nothing a script kept survives the visit. (A pack that no longer loads is refused and the
 * one in use stays, as with a staff reload.) */
static void fresh_scripts(wr_app *app)
{
    bool functions = false;
    for (int i = 0; app->lp && i < wr_luapack_count(app->lp); i++)
        functions = functions || wr_pack_has_functions(wr_luapack_packs(app->lp)[i]);
    if (!functions || app->preview)
        return;
    wr_luapack *lp = wr_luapack_load(app->opt.scripts, NULL, NULL, NULL);
    if (!lp) {
        wr_log_error("the pack no longer loads; the one in use stays");
        return;
    }
    wr_app_swap_pack(app, lp);
}

/* The visit has ended (the flow has wiped its session): every other copy of what the
 * patient typed or chose goes too. The printout's text, the laid-out screen's strings,
 * rendered text, and the stack that held them while they were drawn. */
static void forget_visit(wr_app *app)
{
    wr_print_text_free(app->printed);
    app->printed = NULL;
    wr_ui_forget(app->ui);
    wr_platform_forget_text(app->plat);
    wr_wipe_stack();
}

/* Back at the attract screen after a visit: hand the freed memory back to the system, so
 * the kiosk stays the same size all day (and a visit's freed pages do not linger). */
static void visit_ended(wr_app *app)
{
    bool attract = wr_flow_screen(app->flow)->kind == WR_SCREEN_ATTRACT;
    if (attract && !app->at_attract) {
        forget_visit(app);
        fresh_scripts(app);
        malloc_trim(0);
    }
    app->at_attract = attract;
}

/* Lays the flow's screen out again and draws it when something changed. */
void wr_app_refresh(wr_app *app)
{
    visit_ended(app);
    bool staff = wr_flow_screen(app->flow)->kind == WR_SCREEN_STAFF;
    if (staff && !app->at_staff)
        wr_staff_update(app); /* staff just came in: look for a stick, say what is new */
    app->at_staff = staff;
    wr_reader_screen(app);
    int w, h;
    wr_platform_size(app->plat, &w, &h);
    const char *banner = wr_preview_banner(app);
    if (banner || wr_reader_speaking(app)) {
        static wr_screen with; /* large: not on the stack */
        with = *wr_flow_screen(app->flow);
        with.banner = banner;
        wr_reader_overlay(app, &with);
        wr_ui_layout(app->ui, &with, w, h);
    } else {
        wr_ui_layout(app->ui, wr_flow_screen(app->flow), w, h);
    }
    redraw(app);
}

/* ======================================================================================
 * Life cycle and the live loop
 * ==================================================================================== */

/* The keypad mapping of the configuration (keys_* settings); an unknown key name is a
 * configuration problem like a bad line (logged, shown on the staff menu), and the rest
 * still work. */
static void map_keys(wr_app *app)
{
    const struct {
        wr_key key;
        const char *names, *setting;
    } maps[] = {
        {WR_KEY_TAB, app->cfg.keys_next, "keys_next"},
        {WR_KEY_BACKTAB, app->cfg.keys_previous, "keys_previous"},
        {WR_KEY_ENTER, app->cfg.keys_activate, "keys_activate"},
        {WR_KEY_ESCAPE, app->cfg.keys_back, "keys_back"},
        {WR_KEY_READ, app->cfg.keys_read, "keys_read"},
    };
    for (size_t i = 0; i < sizeof maps / sizeof maps[0]; i++) {
        char bad[64];
        char line[200];
        if (wr_platform_map_keys(app->plat, maps[i].key, maps[i].names, bad, sizeof bad) == 0)
            continue;
        snprintf(line, sizeof line, "%s: %s: no key called \"%s\" (see SDL's key names)",
                 app->opt.config ? app->opt.config : "configuration", maps[i].setting, bad);
        wr_log_error("%s (the setting's other keys work)", line);
        if (!app->config_problem[0])
            snprintf(app->config_problem, sizeof app->config_problem, "%s", line);
    }
}

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
        .rotate = app->cfg.rotate,
    };
    app->plat = wr_platform_create(&po);
    if (!app->plat)
        return -1;
    map_keys(app);
    app->ui = wr_ui_create(wr_platform_metrics(app->plat));
    if (!app->ui)
        return -1;
    return 0;
}

/* Reads the configuration. A problem is never fatal (a typo must not leave a black screen
 * restarting): each bad line is logged at error priority and keeps its default, the good
 * lines apply, and staff see the first problem on the staff menu. */
static void load_config(wr_app *app)
{
    char *text = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&text, &len);
    if (!mem)
        return;
    int rc = wr_config_load(&app->cfg, app->opt.config, mem);
    fclose(mem);
    for (char *line = text, *nl; rc < 0 && line && *line; line = nl ? nl + 1 : NULL) {
        nl = strchr(line, '\n');
        if (nl)
            *nl = 0;
        wr_log_error("%s (the default is used)", line);
        if (!app->config_problem[0])
            snprintf(app->config_problem, sizeof app->config_problem, "%s", line);
    }
    free(text);
}

/* Sets the whole kiosk up; see app.h. */
int wr_app_init(wr_app *app, const wr_app_options *opt)
{
    memset(app, 0, sizeof *app);
    app->opt = *opt;
    signal(SIGPIPE, SIG_IGN); /* a print worker that dies must not take the kiosk with it */
    wr_config_defaults(&app->cfg);
    if (opt->config)
        load_config(app);
    snprintf(app->base_scripts, sizeof app->base_scripts, "%s", opt->scripts ? opt->scripts : "");
    app->opt.scripts = app->base_scripts;
    if (!opt->scripts_given &&
        wr_update_current(&app->cfg, app->scripts_path, sizeof app->scripts_path))
        app->opt.scripts = app->scripts_path; /* a signed update installed from a stick */
    if (make_flow(app) < 0 || wr_staff_create(app) < 0) {
        wr_log_error("cannot start: out of memory");
        return -1;
    }
    if (open_platform(app) < 0) {
        wr_log_error("cannot start the display: %s", wr_platform_error());
        return -1;
    }
    if (opt->headless && open_sound(app) < 0) /* live: after the first frame (redraw) */
        return -1;
    if (strcmp(wr_platform_driver(app->plat), "kmsdrm") == 0)
        wr_service_quiet_console();
    wr_staff_update(app);
    /* Preview replays taps on every save: no slips for the desk from an author's desktop. */
    wr_flow_set_slips(app->flow, app->cfg.urgent_slip && !opt->preview,
                      app->cfg.today_slip && !opt->preview);
    if (opt->print_to && mkdir(opt->print_to, 0700) < 0 && errno != EEXIST)
        wr_log_error("cannot create the print folder %s", opt->print_to);
    if (opt->preview && wr_preview_start(app) < 0)
        fprintf(stderr, "waitroom: preview: cannot watch %s\n", opt->scripts);
    wr_service_start();
    app->now = opt->headless ? 1000 : wr_platform_ticks(app->plat);
    wr_flow_touch(app->flow, app->now);
    wr_app_refresh(app);
    return 0;
}

/* Releases everything; the flow wipes the session first. */
void wr_app_fini(wr_app *app)
{
    wr_preview_stop(app);
    wr_staff_destroy(app);
    wr_reader_close(app);
    wr_pjob_destroy(app->job);
    for (int i = 0; i < app->n_pending; i++)
        wr_print_pdf_free(app->pending[i].req, app->pending[i].len);
    free(app->pending);
    wr_flow_destroy(app->flow);
    wr_ui_destroy(app->ui);
    wr_platform_destroy(app->plat);
    wr_print_text_free(app->printed);
    wr_print_text_free(app->slip_text);
    wr_alert_close(app);
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
    int32_t c = wr_reader_deadline(app);
    t = c >= 0 && (t < 0 || c < t) ? c : t;
    if ((app->job || app->n_pending || wr_staff_busy(app)) && (t < 0 || t > 100))
        t = 100; /* poll the print job (or printer check) gently while one runs */
    if (app->preview && (t < 0 || t > 250))
        t = 250; /* preview (authoring on a desktop): look for saved files */
    return t;
}

/* One turn of the live loop: sleeps in the platform until input, the next deadline (at most
 * max_ms; -1 for no limit) or the watchdog's next ping, then handles what came. */
void wr_app_step(wr_app *app, int max_ms)
{
    wr_input in;
    int t = timeout(app);
    if (max_ms >= 0 && (t < 0 || t > max_ms))
        t = max_ms;
    int got = wr_platform_wait(app->plat, wr_service_timeout(t, app->now), &in);
    app->now = wr_platform_ticks(app->plat);
    if (wr_service_stop_requested())
        return;
    if (got > 0)
        wr_app_input(app, &in);
    wr_app_tick(app, app->now);
    wr_preview_poll(app, false);
    wr_service_test_stall(app->now);
    wr_service_alive(app->now);
}

/* The live kiosk: sleeps in the platform until input, a deadline or the watchdog's next
 * ping; no busy loop. SIGTERM or SIGINT end it at once (the caller wipes the visit). */
int wr_app_run(wr_app *app)
{
    app->now = wr_platform_ticks(app->plat);
    while (!app->quit && !wr_service_stop_requested())
        wr_app_step(app, -1);
    if (wr_service_stop_requested())
        wr_service_stopping();
    return 0; /* app->exit_status says whether staff asked for a restart or shut down */
}
