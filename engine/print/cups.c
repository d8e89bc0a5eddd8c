/*
 * cups.c -- one PDF to one CUPS destination, with the destination API only (the family CUPS 3
 * keeps), streamed from memory, then watched until the printer has finished with it.
 *
 * Runs on a job's worker thread: every call here may block, but never past the job's deadline
 * (a timeout callback on the connection gives up then), and a job the UI abandons is
 * cancelled at the server. The job title and document name are fixed generic strings.
 *
 * With "PreserveJobHistory No" the server forgets a job the moment it ends, so "gone" alone
 * cannot tell printed from aborted. A printer subscription (pull method ippget) keeps the
 * job-completed event with the job's final state for us to read afterwards.
 */
#include <cups/cups.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "print_impl.h"

#define TICK_US 150000 /* how often a running job is checked */
#define CONNECT_MS 5000

/* Everything one submission holds open; freed by close_all(). */
typedef struct session {
    wr_print_work *work;
    http_t *http;
    cups_dest_t *dest;
    cups_dinfo_t *info;
    const char *name; /* the queue's name, for messages */
    const char *uri;  /* printer-uri-supported of the queue */
    int sub_id;       /* our subscription, or 0 */
    int job_id;       /* our job, or 0 */
    double stop_at;   /* give up waiting on the server then (wr_print_now clock) */
    bool cleaning;    /* cancelling and unsubscribing: the UI's cancel no longer stops us */
} session;

/* What the server says about the queue right now. */
typedef struct printer_state {
    int state;         /* IPP_PSTATE_IDLE, _PROCESSING, _STOPPED; 0 when unknown */
    char reasons[512]; /* printer-state-reasons, comma-separated */
    char message[160]; /* printer-state-message */
} printer_state;

/* ==== Small helpers ======================================================================= */

/* Whether to stop waiting on the server: the time is up, or the UI gave up on the job (which
 * no longer counts once we are cleaning up after it). */
static bool should_stop(const session *s)
{
    return wr_print_now() > s->stop_at || (!s->cleaning && atomic_load(&s->work->cancel));
}

/* libcups asks this whenever a read or write waits: 1 to keep waiting, 0 to give up. */
static int keep_waiting(http_t *http, void *data)
{
    (void)http;
    return !should_stop(data);
}

/* Starts cleaning up: a few more seconds to cancel the job and the subscription. */
static void start_cleaning(session *s)
{
    s->cleaning = true;
    s->stop_at = wr_print_now() + 3;
}

/* Whether the comma-separated 'reasons' hold an error-level reason starting with 'what'
 * ("media-empty" matches "media-empty" and "media-empty-error", not "-warning"/"-report"). */
static bool has_reason(const char *reasons, const char *what)
{
    size_t n = strlen(what);

    for (const char *p = reasons; p && (p = strstr(p, what)) != NULL; p += n) {
        bool starts = p == reasons || p[-1] == ',';
        const char *end = p + n;

        if (starts && (*end == '\0' || *end == ',' || strncmp(end, "-error", 6) == 0))
            return true;
    }
    return false;
}

/* Whether the printer says it has no paper. */
static bool out_of_paper(const char *reasons)
{
    return has_reason(reasons, "media-empty") || has_reason(reasons, "media-needed");
}

/* A new request for our queue, with the user name every CUPS request should carry. */
static ipp_t *new_request(const session *s, ipp_op_t op)
{
    ipp_t *req = ippNewRequest(op);

    ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", NULL, s->uri);
    ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", NULL, cupsUser());
    return req;
}

/* ==== Asking the server =================================================================== */

/* Reads the queue's state, reasons and message into 'ps'; returns 0 or -1. */
static int get_printer_state(session *s, printer_state *ps)
{
    static const char *const want[] = {"printer-state", "printer-state-reasons",
                                       "printer-state-message"};
    ipp_t *req = new_request(s, IPP_OP_GET_PRINTER_ATTRIBUTES), *resp;
    ipp_attribute_t *attr;

    memset(ps, 0, sizeof *ps);
    ippAddStrings(req, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3, NULL, want);
    resp = cupsDoRequest(s->http, req, "/");
    if (!resp || cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE) {
        ippDelete(resp);
        return -1;
    }
    if ((attr = ippFindAttribute(resp, "printer-state", IPP_TAG_ENUM)) != NULL)
        ps->state = ippGetInteger(attr, 0);
    attr = ippFindAttribute(resp, "printer-state-reasons", IPP_TAG_KEYWORD);
    for (int i = 0; attr && i < ippGetCount(attr); i++) {
        size_t used = strlen(ps->reasons);

        snprintf(ps->reasons + used, sizeof ps->reasons - used, "%s%s", i ? "," : "",
                 ippGetString(attr, i, NULL));
    }
    if ((attr = ippFindAttribute(resp, "printer-state-message", IPP_TAG_TEXT)) != NULL)
        snprintf(ps->message, sizeof ps->message, "%s", ippGetString(attr, 0, NULL));
    ippDelete(resp);
    return 0;
}

/* Subscribes to the queue's job-completed events, kept for us to pull; 0 when refused (the
 * job can still be printed, only an abort after the job is gone would look like success). */
static int subscribe(session *s)
{
    ipp_t *req = new_request(s, IPP_OP_CREATE_PRINTER_SUBSCRIPTIONS), *resp;
    ipp_attribute_t *attr;
    int id = 0;

    ippAddString(req, IPP_TAG_SUBSCRIPTION, IPP_TAG_KEYWORD, "notify-pull-method", NULL, "ippget");
    ippAddString(req, IPP_TAG_SUBSCRIPTION, IPP_TAG_KEYWORD, "notify-events", NULL,
                 "job-completed");
    ippAddInteger(req, IPP_TAG_SUBSCRIPTION, IPP_TAG_INTEGER, "notify-lease-duration",
                  s->work->timeout_s + 60);
    resp = cupsDoRequest(s->http, req, "/");
    attr = ippFindAttribute(resp, "notify-subscription-id", IPP_TAG_INTEGER);
    if (attr && cupsLastError() <= IPP_STATUS_OK_EVENTS_COMPLETE)
        id = ippGetInteger(attr, 0);
    ippDelete(resp);
    return id;
}

/* Ends our subscription. */
static void unsubscribe(session *s)
{
    ipp_t *req = new_request(s, IPP_OP_CANCEL_SUBSCRIPTION);

    ippAddInteger(req, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "notify-subscription-id", s->sub_id);
    ippDelete(cupsDoRequest(s->http, req, "/"));
}

/* The final state of our job from the subscription's events, or 0 when there is none. */
static int final_state_from_events(session *s)
{
    ipp_t *req, *resp;
    int job = 0, state = 0, found = 0;

    if (!s->sub_id)
        return 0;
    req = new_request(s, IPP_OP_GET_NOTIFICATIONS);
    ippAddInteger(req, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "notify-subscription-ids", s->sub_id);
    ippAddInteger(req, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "notify-sequence-numbers", 1);
    ippAddBoolean(req, IPP_TAG_OPERATION, "notify-wait", 0);
    resp = cupsDoRequest(s->http, req, "/");
    for (ipp_attribute_t *a = ippFirstAttribute(resp); a && !found; a = ippNextAttribute(resp)) {
        const char *name = ippGetName(a);

        if (!name) { /* the next event begins */
            job = state = 0;
            continue;
        }
        if (!strcmp(name, "notify-job-id"))
            job = ippGetInteger(a, 0);
        else if (!strcmp(name, "job-state"))
            state = ippGetInteger(a, 0);
        if (job == s->job_id && state >= IPP_JSTATE_CANCELED)
            found = state;
    }
    ippDelete(resp);
    return found;
}

/* The state of our job: IPP_JSTATE_*, 0 when the server no longer knows it, or -1 when the
 * server gave no answer at all (it stopped, crashed or is restarting: libcups has already
 * tried to reconnect once inside cupsDoRequest). */
static int job_state(session *s)
{
    ipp_t *req = new_request(s, IPP_OP_GET_JOB_ATTRIBUTES), *resp;
    ipp_attribute_t *attr;
    int state = -1;

    ippAddInteger(req, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", s->job_id);
    ippAddString(req, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", NULL,
                 "job-state");
    resp = cupsDoRequest(s->http, req, "/");
    if ((attr = ippFindAttribute(resp, "job-state", IPP_TAG_ENUM)) != NULL)
        state = ippGetInteger(attr, 0);
    else if (resp && cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND)
        state = 0;
    else if (resp || (cupsLastError() != IPP_STATUS_ERROR_SERVICE_UNAVAILABLE &&
                      cupsLastError() != IPP_STATUS_ERROR_INTERNAL))
        state = IPP_JSTATE_PENDING; /* an answer without the state: ask again next tick */
    ippDelete(resp);
    return state;
}

/* ==== Steps of a submission =============================================================== */

/* Connects to the print server and finds the queue; returns 0 or -1 with 'res' filled. */
static int open_queue(session *s, wr_print_result *res)
{
    const char *queue = s->work->queue;

    s->http = httpConnect2(cupsServer(), ippPort(), NULL, AF_UNSPEC, cupsEncryption(), 1,
                           CONNECT_MS, NULL);
    if (!s->http && cupsServer()[0] == '/')
        return wr_print_fail(res, WR_PRINT_ERR_SERVER,
                             "cannot reach the print server at %s: "
                             "is cupsd running?",
                             cupsServer());
    if (!s->http)
        return wr_print_fail(res, WR_PRINT_ERR_SERVER,
                             "cannot reach the print server at %s:%d: "
                             "is cupsd running?",
                             cupsServer(), ippPort());
    httpSetTimeout(s->http, 0.5, keep_waiting, s);
    s->dest = cupsGetNamedDest(s->http, queue, NULL);
    if (!s->dest && cupsLastError() >= IPP_STATUS_ERROR_INTERNAL)
        return wr_print_fail(res, WR_PRINT_ERR_SERVER, "the print server %s did not answer: %s",
                             cupsServer(), cupsLastErrorString());
    if (!s->dest && queue)
        return wr_print_fail(res, WR_PRINT_ERR_NO_QUEUE,
                             "there is no printer queue called \"%s\" (see lpstat -p)", queue);
    if (!s->dest)
        return wr_print_fail(res, WR_PRINT_ERR_NO_QUEUE,
                             "no printer queue is configured and there is no default printer");
    s->name = s->dest->name;
    s->uri = cupsGetOption("printer-uri-supported", s->dest->num_options, s->dest->options);
    if (!s->uri)
        return wr_print_fail(res, WR_PRINT_ERR_SERVER, "the queue \"%s\" has no printer URI",
                             s->name);
    return 0;
}

/* Refuses a queue that would keep the job without printing it; returns 0 or -1. A printer
 * that reported no paper is still tried: only a new job tells when paper is back. */
static int check_queue(session *s, wr_print_result *res)
{
    const char *accepting =
        cupsGetOption("printer-is-accepting-jobs", s->dest->num_options, s->dest->options);
    const char *state = cupsGetOption("printer-state", s->dest->num_options, s->dest->options);

    if (accepting && !strcmp(accepting, "false"))
        return wr_print_fail(res, WR_PRINT_ERR_REJECTING,
                             "the queue \"%s\" is not accepting jobs: run cupsaccept %s", s->name,
                             s->name);
    if (state && atoi(state) == IPP_PSTATE_STOPPED)
        return wr_print_fail(res, WR_PRINT_ERR_STOPPED,
                             "the queue \"%s\" is stopped: check the printer, then run "
                             "cupsenable %s",
                             s->name, s->name);
    s->info = cupsCopyDestInfo(s->http, s->dest);
    if (!s->info)
        return wr_print_fail(res, WR_PRINT_ERR_SERVER, "cannot read the queue \"%s\": %s", s->name,
                             cupsLastErrorString());
    return 0;
}

/* Creates the job with its fixed title and the page size as media when the printer lists it.
 * Returns 0 or -1. */
static int create_job(session *s, wr_print_result *res)
{
    static const char *const media[] = {"iso_a4_210x297mm", "na_letter_8.5x11in"};
    cups_option_t *options = NULL;
    int n = 0;
    ipp_status_t st;

    if (s->work->page_size != WR_PAGE_RECEIPT &&
        cupsCheckDestSupported(s->http, s->dest, s->info, CUPS_MEDIA, media[s->work->page_size]))
        n = cupsAddOption(CUPS_MEDIA, media[s->work->page_size], n, &options);
    st = cupsCreateDestJob(s->http, s->dest, s->info, &s->job_id,
                           wr_print_kind_title(s->work->kind), n, options);
    cupsFreeOptions(n, options);
    if (st == IPP_STATUS_ERROR_NOT_ACCEPTING_JOBS)
        return wr_print_fail(res, WR_PRINT_ERR_REJECTING,
                             "the queue \"%s\" is not accepting jobs: run cupsaccept %s", s->name,
                             s->name);
    if (st > IPP_STATUS_OK_EVENTS_COMPLETE || s->job_id <= 0)
        return wr_print_fail(res, WR_PRINT_ERR_JOB, "the queue \"%s\" refused the job: %s", s->name,
                             cupsLastErrorString());
    return 0;
}

/* Streams the PDF into the job from memory; returns 0 or -1. */
static int send_document(session *s, wr_print_result *res)
{
    const wr_print_work *w = s->work;
    size_t done = 0;

    if (cupsStartDestDocument(s->http, s->dest, s->info, s->job_id, wr_print_kind_title(w->kind),
                              CUPS_FORMAT_PDF, 0, NULL, 1) != HTTP_STATUS_CONTINUE)
        return wr_print_fail(res, WR_PRINT_ERR_JOB, "cannot send the document to \"%s\": %s",
                             s->name, cupsLastErrorString());
    while (done < w->len && !should_stop(s)) {
        size_t n = w->len - done < 65536 ? w->len - done : 65536;

        if (cupsWriteRequestData(s->http, (const char *)w->pdf + done, n) != HTTP_STATUS_CONTINUE)
            break;
        done += n;
    }
    if (cupsFinishDestDocument(s->http, s->dest, s->info) > IPP_STATUS_OK_EVENTS_COMPLETE ||
        done < w->len)
        return wr_print_fail(res, WR_PRINT_ERR_JOB, "cannot send the document to \"%s\": %s",
                             s->name, cupsLastErrorString());
    return 0;
}

/* Explains why the job did not print, from what the printer says now. */
static int job_failed(session *s, wr_print_result *res)
{
    printer_state ps;

    if (get_printer_state(s, &ps) == 0 && out_of_paper(ps.reasons))
        return wr_print_fail(res, WR_PRINT_ERR_NO_PAPER, "the printer \"%s\" is out of paper",
                             s->name);
    return wr_print_fail(res, WR_PRINT_ERR_JOB, "the printer \"%s\" did not print the job%s%s",
                         s->name, ps.message[0] ? ": " : "", ps.message);
}

/* Checks the printer while our job waits: out of paper or stopped means the patient should
 * not wait any longer. Returns 0 to keep waiting, or -1 with 'res' filled. */
static int check_printer(session *s, wr_print_result *res)
{
    printer_state ps;

    if (get_printer_state(s, &ps) != 0)
        return 0;
    if (out_of_paper(ps.reasons))
        return wr_print_fail(res, WR_PRINT_ERR_NO_PAPER, "the printer \"%s\" is out of paper",
                             s->name);
    if (ps.state == IPP_PSTATE_STOPPED)
        return wr_print_fail(res, WR_PRINT_ERR_STOPPED,
                             "the queue \"%s\" stopped%s%s: check the printer, then run "
                             "cupsenable %s",
                             s->name, ps.message[0] ? ": " : "", ps.message, s->name);
    return 0;
}

/* Waits until the printer has finished with the job; on failure or timeout the job is
 * cancelled so it cannot come out later. Returns 0 when it printed, or -1. */
static int wait_for_job(session *s, wr_print_result *res)
{
    for (int silent = 0;;) {
        int state = job_state(s);

        /* No answer: a busy or reloading server (503) still takes a new connection, and we
         * ask again. One that refuses new connections three times in a row has stopped: the
         * job is lost with it (PreserveJobHistory No), so waiting would only keep the patient
         * waiting. */
        if (state < 0 && !should_stop(s) && httpReconnect2(s->http, CONNECT_MS, NULL) == 0)
            state = IPP_JSTATE_PENDING;
        silent = state < 0 && !should_stop(s) ? silent + 1 : 0;
        if (silent >= 3)
            return wr_print_fail(res, WR_PRINT_ERR_SERVER,
                                 "the print server stopped answering while printing on \"%s\" "
                                 "(%s)",
                                 s->name, cupsLastErrorString());
        if (state == 0)
            state = final_state_from_events(s);
        if (state == 0 || state == IPP_JSTATE_COMPLETED)
            return 0;
        if (state == IPP_JSTATE_ABORTED || state == IPP_JSTATE_CANCELED)
            return job_failed(s, res);
        if (check_printer(s, res) != 0)
            break;
        if (atomic_load(&s->work->cancel))
            return wr_print_fail(res, WR_PRINT_ERR_JOB, "the job was cancelled");
        if (wr_print_now() > s->stop_at) {
            wr_print_fail(res, WR_PRINT_ERR_TIMEOUT,
                          "the printer \"%s\" did not finish within %d s; the job was cancelled",
                          s->name, s->work->timeout_s);
            break;
        }
        usleep(TICK_US);
    }
    return -1;
}

/* Cancels our job at the server. */
static void cancel_job(session *s)
{
    start_cleaning(s);
    cupsCancelDestJob(s->http, s->dest, s->job_id);
}

/* Frees everything the session holds, ending the subscription. */
static void close_all(session *s)
{
    if (s->http && s->sub_id) {
        start_cleaning(s);
        unsubscribe(s);
    }
    cupsFreeDestInfo(s->info);
    if (s->dest)
        cupsFreeDests(1, s->dest);
    if (s->http)
        httpClose(s->http);
}

/* One submission from start to end: find the queue, check it, subscribe, create the job,
 * stream the PDF, wait for the printer; cancel the job on any failure; free everything. */
int wr_cups_print(wr_print_work *work, wr_print_result *res)
{
    session s = {.work = work, .stop_at = work->deadline};
    int rc = -1;

    if (open_queue(&s, res) != 0 || check_queue(&s, res) != 0)
        goto out_close;
    s.sub_id = subscribe(&s);
    if (create_job(&s, res) != 0)
        goto out_close;
    if (send_document(&s, res) != 0 || wait_for_job(&s, res) != 0) {
        cancel_job(&s);
        goto out_close;
    }
    rc = 0;
out_close:
    close_all(&s);
    return rc;
}

/* ======================================================================================
 * The printer's state, for the staff menu
 * ==================================================================================== */

/* The state of 'queue' (NULL: the default printer) as one line for staff; see print.h. */
int wr_print_printer_state(const char *queue, char *out, size_t n)
{
    cups_dest_t *d = cupsGetNamedDest(CUPS_HTTP_DEFAULT, queue, NULL);
    if (!d) {
        if (cupsLastError() >= IPP_STATUS_ERROR_INTERNAL)
            snprintf(out, n, "the print server %s did not answer: %s", cupsServer(),
                     cupsLastErrorString());
        else if (queue)
            snprintf(out, n, "there is no printer queue called \"%s\"", queue);
        else
            snprintf(out, n, "no printer queue is configured and there is no default printer");
        return -1;
    }
    const char *st = cupsGetOption("printer-state", d->num_options, d->options);
    const char *why = cupsGetOption("printer-state-reasons", d->num_options, d->options);
    const char *acc = cupsGetOption("printer-is-accepting-jobs", d->num_options, d->options);
    int state = st ? atoi(st) : 0;
    snprintf(out, n, "%s: %s%s%s%s", d->name,
             state == 3 ? "ready" : state == 4 ? "printing" : state == 5 ? "stopped" : "unknown",
             acc && strcmp(acc, "false") == 0 ? ", not accepting jobs" : "",
             why && strcmp(why, "none") ? ", " : "", why && strcmp(why, "none") ? why : "");
    cupsFreeDests(1, d);
    return state == 3 || state == 4 ? 0 : -1;
}
