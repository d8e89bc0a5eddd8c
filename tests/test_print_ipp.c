/*
 * test_print_ipp.c -- what the kiosk's print code says to CUPS, read off the wire, and what it
 * does when the print server dies under a job.
 *
 * Debian 12's cupsd 2.4.2-3+deb12u10 segfaults while starting a job that carries a string
 * attribute holding a space (kiosk/CUPS.md). Here a small recording relay sits between the
 * print code and the private cupsd of tests/cups/start-cupsd.sh: every IPP request is parsed
 * back with libcups, and no string value in it may hold a space or a control character, and
 * the job and document names must be the fixed generic titles. The list must still come out.
 *
 * Then a second private cupsd is killed while our job is on its slow queue: the job must fail
 * at once as "the print server stopped answering", never wait as if pending.
 */
#define _GNU_SOURCE /* memmem, strcasestr */
#include <arpa/inet.h>
#include <cups/cups.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/socket.h>

#include "test_print_check.h"

static const char *questions[] = {"What do you think is causing my pain?",
                                  "¿Cuánto tiempo tardaré en mejorar?"};
static const wr_section sections[] = {{"Questions I want to ask", questions, 2}};
static const wr_doc doc = {
    .kind = WR_KIND_LIST,
    .title = "Questions for my appointment",
    .date = "3 December 2026",
    .sections = sections,
    .n_sections = 1,
    .mark = WR_MARK_CHECKBOX,
};

static unsigned char *pdf;
static size_t pdf_len;

/* ==== A recording relay ==================================================================== */

#define MAX_CONNS 32

/* What the client sent on one connection. */
typedef struct stream {
    unsigned char *data;
    size_t len, cap;
} stream;

static struct {
    int listener;
    int upstream_port;
    atomic_bool stop;
    pthread_mutex_t lock;
    stream conns[MAX_CONNS];
    int n_conns;
} relay = {.listener = -1, .lock = PTHREAD_MUTEX_INITIALIZER};

/* Appends what the client sent on connection 'i'. */
static void record(int i, const void *p, size_t n)
{
    stream *s = &relay.conns[i];

    pthread_mutex_lock(&relay.lock);
    if (s->len + n > s->cap) {
        size_t cap = (s->len + n) * 2;
        unsigned char *bigger = realloc(s->data, cap);

        if (bigger) {
            s->data = bigger;
            s->cap = cap;
        }
    }
    if (s->len + n <= s->cap) {
        memcpy(s->data + s->len, p, n);
        s->len += n;
    }
    pthread_mutex_unlock(&relay.lock);
}

/* Copies bytes both ways between a client and the real server until either side closes. */
static void *relay_one(void *arg)
{
    int client = (int)(intptr_t)arg >> 8, index = (int)(intptr_t)arg & 0xff;
    int server = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in to = {.sin_family = AF_INET, .sin_port = htons(relay.upstream_port)};
    unsigned char buf[65536];

    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (server < 0 || connect(server, (struct sockaddr *)&to, sizeof to) != 0)
        goto out;
    for (;;) {
        struct pollfd p[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
        ssize_t n;

        if (poll(p, 2, 200) < 0 || atomic_load(&relay.stop))
            break;
        if (p[0].revents) {
            if ((n = read(client, buf, sizeof buf)) <= 0)
                break;
            record(index, buf, (size_t)n);
            if (write(server, buf, (size_t)n) != n)
                break;
        }
        if (p[1].revents) {
            if ((n = read(server, buf, sizeof buf)) <= 0 || write(client, buf, (size_t)n) != n)
                break;
        }
    }
out:
    if (server >= 0)
        close(server);
    close(client);
    return NULL;
}

/* Accepts connections and hands each to a relay thread of its own. */
static void *relay_accept(void *arg)
{
    (void)arg;
    while (!atomic_load(&relay.stop)) {
        struct pollfd p = {relay.listener, POLLIN, 0};
        pthread_t t;
        int c;

        if (poll(&p, 1, 100) <= 0 || (c = accept(relay.listener, NULL, NULL)) < 0)
            continue;
        pthread_mutex_lock(&relay.lock);
        int index = relay.n_conns < MAX_CONNS ? relay.n_conns++ : MAX_CONNS - 1;
        pthread_mutex_unlock(&relay.lock);
        if (pthread_create(&t, NULL, relay_one, (void *)(intptr_t)((c << 8) | index)) == 0)
            pthread_detach(t);
        else
            close(c);
    }
    return NULL;
}

/* Starts the relay in front of 127.0.0.1:'upstream'; returns the port it listens on, or -1. */
static int relay_start(int upstream, pthread_t *thread)
{
    struct sockaddr_in at = {.sin_family = AF_INET};
    socklen_t len = sizeof at;

    at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    relay.upstream_port = upstream;
    relay.listener = socket(AF_INET, SOCK_STREAM, 0);
    if (relay.listener < 0 || bind(relay.listener, (struct sockaddr *)&at, sizeof at) != 0 ||
        listen(relay.listener, 16) != 0 ||
        getsockname(relay.listener, (struct sockaddr *)&at, &len) != 0)
        return -1;
    if (pthread_create(thread, NULL, relay_accept, NULL) != 0)
        return -1;
    return ntohs(at.sin_port);
}

/* ==== Reading the requests back ============================================================ */

/* A byte range being read by ippReadIO. */
typedef struct cursor {
    const unsigned char *p, *end;
} cursor;

/* ippReadIO's reader over a cursor. */
static ssize_t read_cursor(void *data, ipp_uchar_t *buf, size_t n)
{
    cursor *c = data;
    size_t left = (size_t)(c->end - c->p);

    n = n < left ? n : left;
    memcpy(buf, c->p, n);
    c->p += n;
    return (ssize_t)n;
}

/* The body of one HTTP request at 'p' (de-chunked into 'body', which the caller frees);
 * returns where the next request starts, or NULL when there is none. */
static const unsigned char *http_body(const unsigned char *p, const unsigned char *end,
                                      unsigned char **body, size_t *len)
{
    const unsigned char *hdr_end = memmem(p, (size_t)(end - p), "\r\n\r\n", 4);
    char headers[4096];
    size_t hlen;
    const char *cl;

    *body = NULL;
    *len = 0;
    if (!hdr_end)
        return NULL;
    hlen = (size_t)(hdr_end - p) < sizeof headers - 1 ? (size_t)(hdr_end - p) : sizeof headers - 1;
    memcpy(headers, p, hlen);
    headers[hlen] = '\0';
    p = hdr_end + 4;
    if (strcasestr(headers, "Transfer-Encoding: chunked")) {
        *body = malloc((size_t)(end - p) + 1);
        while (*body && p < end) {
            char *after;
            unsigned long n = strtoul((const char *)p, &after, 16);
            const unsigned char *data = memmem(p, (size_t)(end - p), "\r\n", 2);

            if (!data || (size_t)(end - (data + 2)) < n + 2)
                return NULL;
            data += 2;
            memcpy(*body + *len, data, n);
            *len += n;
            p = data + n + 2;
            if (n == 0)
                break;
        }
        return p;
    }
    if ((cl = strcasestr(headers, "Content-Length:")) != NULL) {
        size_t n = strtoul(cl + 15, NULL, 10);

        if ((size_t)(end - p) < n)
            return NULL;
        *body = malloc(n + 1);
        if (*body)
            memcpy(*body, p, n);
        *len = n;
        return p + n;
    }
    return p;
}

/* Whether a string value can trip the deb12u10 crash: a space or a control character. */
static bool risky(const char *v)
{
    for (const unsigned char *c = (const unsigned char *)v; *c; c++)
        if (*c <= ' ' || *c == 0x7f)
            return true;
    return false;
}

/* What the requests said, for the checks below. */
typedef struct seen {
    int requests, create_job, send_document;
    char job_name[128], document_name[128];
} seen;

/* Checks every string attribute of one IPP request and notes the job's names. */
static void check_request(ipp_t *ipp, seen *s)
{
    ipp_op_t op = ippGetOperation(ipp);

    s->requests++;
    s->create_job += op == IPP_OP_CREATE_JOB;
    s->send_document += op == IPP_OP_SEND_DOCUMENT;
    for (ipp_attribute_t *a = ippFirstAttribute(ipp); a; a = ippNextAttribute(ipp)) {
        ipp_tag_t tag = ippGetValueTag(a);
        const char *name = ippGetName(a);

        if (!name || tag < IPP_TAG_TEXTLANG || tag > IPP_TAG_MIMETYPE)
            continue;
        for (int i = 0; i < ippGetCount(a); i++) {
            const char *v = ippGetString(a, i, NULL);

            CHECK(v && !risky(v), "%s: attribute %s holds \"%s\"", ippOpString(op), name,
                  v ? v : "(null)");
        }
        if (!strcmp(name, "job-name"))
            snprintf(s->job_name, sizeof s->job_name, "%s", ippGetString(a, 0, NULL));
        if (!strcmp(name, "document-name"))
            snprintf(s->document_name, sizeof s->document_name, "%s", ippGetString(a, 0, NULL));
    }
}

/* Parses every request the relay recorded. */
static void read_requests(seen *s)
{
    pthread_mutex_lock(&relay.lock);
    for (int i = 0; i < relay.n_conns; i++) {
        const unsigned char *p = relay.conns[i].data, *end = p + relay.conns[i].len;

        while (p && p < end) {
            unsigned char *body;
            size_t len;
            ipp_t *ipp = ippNew();
            cursor c;

            p = http_body(p, end, &body, &len);
            c = (cursor){body, body + len};
            if (body && ippReadIO(&c, read_cursor, 1, NULL, ipp) == IPP_STATE_DATA)
                check_request(ipp, s);
            ippDelete(ipp);
            free(body);
        }
    }
    pthread_mutex_unlock(&relay.lock);
}

/* ==== The tests ============================================================================ */

/* Submits the PDF to 'queue' and polls like the kiosk until it ends or 'give_up' s pass. */
static wr_print_status print_and_wait(const char *queue, double give_up, char *reason,
                                      size_t reasonlen, wr_print_error *error, double *took)
{
    wr_printer_config cfg = {.queue = queue, .page_size = WR_PAGE_A4, .timeout_s = 30};
    wr_print_job *job = wr_print_submit(&cfg, pdf, pdf_len, WR_KIND_LIST);
    wr_print_status st = WR_PRINT_PENDING;
    double t0 = now_s();

    if (!job)
        return WR_PRINT_FAILED;
    while ((st = wr_print_job_poll(job)) == WR_PRINT_PENDING && now_s() - t0 < give_up)
        usleep(10000);
    *took = now_s() - t0;
    *error = wr_print_job_error(job);
    snprintf(reason, reasonlen, "%s", wr_print_job_reason(job));
    wr_print_job_destroy(job);
    return st;
}

/* Every IPP request of a printed list holds plain tokens only, and the list comes out. */
static void test_attributes(const char *server)
{
    char reason[256], was[128], path[1100], cmd[1200], *text;
    int port = atoi(strchr(server, ':') ? strchr(server, ':') + 1 : "631");
    wr_print_error error;
    pthread_t thread;
    seen s = {0};
    double took;

    snprintf(was, sizeof was, "%s", server);
    port = relay_start(port, &thread);
    CHECK(port > 0, "cannot start the relay");
    if (port <= 0)
        return;
    snprintf(reason, sizeof reason, "127.0.0.1:%d", port);
    setenv("CUPS_SERVER", reason, 1);
    snprintf(path, sizeof path, "%s/out/good.pdf", getenv("WR_CUPSD_DIR"));
    unlink(path);
    CHECK(print_and_wait("good", 40, reason, sizeof reason, &error, &took) == WR_PRINT_DONE,
          "printing through the relay: %s", reason);
    atomic_store(&relay.stop, true);
    pthread_join(thread, NULL);
    close(relay.listener);
    setenv("CUPS_SERVER", was, 1);

    read_requests(&s);
    printf("%d IPP requests read back; job-name \"%s\", document-name \"%s\"\n", s.requests,
           s.job_name, s.document_name);
    CHECK(s.create_job == 1 && s.send_document == 1, "Create-Job %d, Send-Document %d",
          s.create_job, s.send_document);
    CHECK(!strcmp(s.job_name, "waitroom-list"), "job-name \"%s\"", s.job_name);
    CHECK(!strcmp(s.document_name, "waitroom-list"), "document-name \"%s\"", s.document_name);
    snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 '%s' - 2>/dev/null", path);
    text = run(cmd);
    CHECK(text && strstr(text, questions[1]), "the list did not come out: %s", path);
    free(text);
    for (int i = 0; i < relay.n_conns; i++)
        free(relay.conns[i].data);
}

/* A print server that dies under a job: the job fails at once, with a reason for staff. */
static void test_server_dies(void)
{
    const char *src = source_dir();
    char dir[1100], cmd[3400], reason[256], server[64], *pid;
    wr_printer_config cfg = {.queue = "slow", .page_size = WR_PAGE_A4, .timeout_s = 30};
    wr_print_status st = WR_PRINT_PENDING;
    wr_print_job *job;
    double killed = 0, t0;
    int port = 47700 + (int)(getpid() % 200);

    snprintf(dir, sizeof dir, "%s/cupsd-dies", getenv("WR_PRINT_TEST_OUT"));
    snprintf(cmd, sizeof cmd, "sh '%s/tests/cups/start-cupsd.sh' '%s' %d >/dev/null", src, dir,
             port);
    CHECK(system(cmd) == 0, "cannot start a second private cupsd on port %d", port);
    snprintf(server, sizeof server, "127.0.0.1:%d", port);
    setenv("CUPS_SERVER", server, 1);
    job = wr_print_submit(&cfg, pdf, pdf_len, WR_KIND_LIST);
    CHECK(job != NULL, "submit");
    snprintf(cmd, sizeof cmd, "lpstat -h %s -o slow 2>/dev/null | grep -c slow", server);
    t0 = now_s();
    while (job && now_s() - t0 < 20 && (st = wr_print_job_poll(job)) == WR_PRINT_PENDING) {
        char *n = killed ? NULL : run(cmd);

        if (n && atoi(n) > 0) { /* our job is on the queue: the server now dies */
            snprintf(cmd, sizeof cmd, "cat '%s/cupsd.pid'", dir);
            pid = run(cmd);
            CHECK(pid && kill(atoi(pid), SIGKILL) == 0, "cannot kill the second cupsd");
            free(pid);
            killed = now_s();
        }
        free(n);
        usleep(10000);
    }
    printf("server killed: the job %s %.2f s later: %s\n",
           st == WR_PRINT_FAILED ? "failed" : "did NOT fail", killed ? now_s() - killed : -1,
           job ? wr_print_job_reason(job) : "");
    CHECK(killed > 0, "our job never reached the second cupsd's queue");
    CHECK(st == WR_PRINT_FAILED && wr_print_job_error(job) == WR_PRINT_ERR_SERVER,
          "status %d, error %d", (int)st, job ? (int)wr_print_job_error(job) : -1);
    snprintf(reason, sizeof reason, "%s", job ? wr_print_job_reason(job) : "");
    CHECK(strstr(reason, "stopped answering") != NULL, "reason: %s", reason);
    CHECK(!killed || now_s() - killed < 3, "took %.1f s after the server died", now_s() - killed);
    wr_print_job_destroy(job);
    snprintf(cmd, sizeof cmd, "sh '%s/tests/cups/stop-cupsd.sh' '%s'", src, dir);
    CHECK(system(cmd) == 0, "stop-cupsd");
}

int main(void)
{
    int have_hebrew;
    char err[256];
    const char *server = getenv("CUPS_SERVER");
    wr_print_fonts *fonts = test_fonts(&have_hebrew);

    signal(SIGPIPE, SIG_IGN);
    if (!server || !getenv("WR_CUPSD_DIR") || !getenv("WR_PRINT_TEST_OUT")) {
        fprintf(stderr, "CUPS_SERVER is not set: run this through ctest (tests/print.cmake)\n");
        return 1;
    }
    if (!fonts || wr_doc_render_pdf(&doc, fonts, WR_PAGE_A4, &pdf, &pdf_len, err, sizeof err)) {
        fprintf(stderr, "cannot render the test document: %s\n", fonts ? err : "no fonts");
        return 1;
    }
    server = strdup(server);
    test_attributes(server);
    test_server_dies();
    free((void *)server);
    wr_print_pdf_free(pdf, pdf_len);
    wr_print_fonts_destroy(fonts);
    printf("%s: %d failed check(s)\n", failures ? "FAIL" : "ok", failures);
    return failures ? 1 : 0;
}
