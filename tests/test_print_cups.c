/*
 * test_print_cups.c -- printing as the kiosk does it, against the private cupsd of
 * tests/cups/start-cupsd.sh (CUPS_SERVER and WR_CUPSD_DIR come from CTest): a list sent to
 * "good" comes out unchanged with its text; "missing", "disabled", "rejecting", "paperout",
 * "broken" and a slow printer fail quickly with a reason staff can act on; a job the kiosk
 * abandons is cancelled at the server; the --print-to folder writer numbers its files; and
 * polling never blocks.
 */
#include <sys/stat.h>

#include "test_print_check.h"

static const char *questions[] = {
    "What do you think is causing my pain?",
    "Which movements are safe for me to keep doing at home?",
    "¿Cuánto tiempo tardaré en mejorar?",
};
static const wr_section sections[] = {{"Questions I want to ask", questions, 3}};
static const wr_doc doc = {
    .kind = WR_KIND_LIST,
    .title = "Questions for my appointment",
    .date = "26 November 2026",
    .language = "en",
    .sections = sections,
    .n_sections = 1,
    .mark = WR_MARK_CHECKBOX,
    .footer = "Script pack 2026.03",
};

static unsigned char *pdf;
static size_t pdf_len;
static double slowest_poll; /* the longest a single wr_print_job_poll() call took */

/* The private server's folder. */
static const char *cupsd_dir(void)
{
    const char *dir = getenv("WR_CUPSD_DIR");

    return dir && dir[0] ? dir : "/nonexistent";
}

/* Submits the PDF to 'queue' (NULL: the default) and polls it every 10 ms like the kiosk's
 * frame loop would, until it is done or failed or 'give_up' seconds pass. Returns the final
 * status; the error and reason are copied out; *took is the time to the answer. */
static wr_print_status print_to(const char *queue, const char *folder, int timeout_s,
                                double give_up, wr_print_error *error, char *reason,
                                size_t reasonlen, double *took)
{
    wr_printer_config cfg = {
        .queue = queue, .folder = folder, .page_size = WR_PAGE_A4, .timeout_s = timeout_s};
    double t0 = now_s();
    wr_print_job *job = wr_print_submit(&cfg, pdf, pdf_len, WR_KIND_LIST);
    wr_print_status st = WR_PRINT_PENDING;

    if (!job)
        return WR_PRINT_FAILED;
    while (st == WR_PRINT_PENDING && now_s() - t0 < give_up) {
        double p0 = now_s(), spent;

        st = wr_print_job_poll(job);
        spent = now_s() - p0;
        slowest_poll = spent > slowest_poll ? spent : slowest_poll;
        if (st == WR_PRINT_PENDING)
            usleep(10000);
    }
    *took = now_s() - t0;
    *error = wr_print_job_error(job);
    snprintf(reason, reasonlen, "%s", wr_print_job_reason(job));
    wr_print_job_destroy(job);
    return st;
}

/* The number of jobs the server still holds for 'queue'. */
static int jobs_on(const char *queue)
{
    char cmd[256];
    char *out;
    int n = 0;

    snprintf(cmd, sizeof cmd, "lpstat -o %s 2>/dev/null", queue);
    out = run(cmd);
    for (char *p = out; p && (p = strchr(p, '\n')) != NULL; p++)
        n++;
    free(out);
    return n;
}

/* A list printed on the good queue comes out byte for byte, with its text. */
static void test_good(void)
{
    char path[1200], reason[256], cmd[1300];
    wr_print_error error;
    double took;
    char *text;
    FILE *f;

    snprintf(path, sizeof path, "%s/out/good.pdf", cupsd_dir());
    unlink(path);
    CHECK(print_to("good", NULL, 30, 40, &error, reason, sizeof reason, &took) == WR_PRINT_DONE,
          "good: %s", reason);
    printf("good queue: done in %.2f s\n", took);
    f = fopen(path, "rb");
    CHECK(f != NULL, "nothing came out at %s", path);
    if (f) {
        unsigned char *got = malloc(pdf_len + 1);
        size_t n = got ? fread(got, 1, pdf_len + 1, f) : 0;

        CHECK(n == pdf_len && memcmp(got, pdf, pdf_len) == 0, "the PDF was changed on the way");
        free(got);
        fclose(f);
    }
    snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 '%s' - 2>/dev/null", path);
    text = run(cmd);
    for (int i = 0; i < 3; i++)
        CHECK(text && strstr(text, questions[i]), "printed text lacks \"%s\"", questions[i]);
    free(text);
}

/* A queue that cannot print fails fast with a reason that tells staff what to do. */
static void test_fault(const char *queue, wr_print_error want, const char *says, double within)
{
    char reason[256];
    wr_print_error error;
    double took;
    wr_print_status st = print_to(queue, NULL, 30, 40, &error, reason, sizeof reason, &took);

    printf("%s: %s after %.2f s: %s\n", queue, st == WR_PRINT_FAILED ? "failed" : "NOT failed",
           took, reason);
    CHECK(st == WR_PRINT_FAILED, "%s did not fail", queue);
    CHECK(error == want, "%s: error %d, want %d", queue, (int)error, (int)want);
    CHECK(strstr(reason, says) != NULL, "%s: reason \"%s\" lacks \"%s\"", queue, reason, says);
    CHECK(took < within, "%s: took %.1f s", queue, took);
}

/* A printer that never finishes: the job fails at the timeout and is cancelled at the server,
 * so it cannot come out after the patient has gone. */
static void test_timeout(void)
{
    char reason[256];
    wr_print_error error;
    double took;
    wr_print_status st = print_to("slow", NULL, 2, 20, &error, reason, sizeof reason, &took);

    printf("slow: timed out after %.2f s: %s\n", took, reason);
    CHECK(st == WR_PRINT_FAILED && error == WR_PRINT_ERR_TIMEOUT, "slow: %d %s", (int)st, reason);
    CHECK(took > 1.5 && took < 6, "slow: took %.1f s for a 2 s timeout", took);
    usleep(500000);
    CHECK(jobs_on("slow") == 0, "the timed-out job is still queued");
}

/* A job the kiosk lets go of while it is still printing is cancelled, and destroy is instant. */
static void test_abandon(void)
{
    wr_printer_config cfg = {.queue = "slow", .page_size = WR_PAGE_A4, .timeout_s = 30};
    wr_print_job *job = wr_print_submit(&cfg, pdf, pdf_len, WR_KIND_LIST);
    double t0;
    int left = 1;

    CHECK(job != NULL, "submit");
    for (int i = 0; i < 100 && jobs_on("slow") == 0; i++)
        usleep(20000);
    t0 = now_s();
    wr_print_job_destroy(job);
    CHECK(now_s() - t0 < 0.01, "destroy blocked for %.3f s", now_s() - t0);
    for (int i = 0; i < 50 && (left = jobs_on("slow")) > 0; i++)
        usleep(100000);
    CHECK(left == 0, "the abandoned job is still queued");
}

/* The default destination: none at first; PRINTER names one, as lpoptions -d would. */
static void test_default(void)
{
    char reason[256];
    wr_print_error error;
    double took;

    unsetenv("LPDEST");
    unsetenv("PRINTER");
    CHECK(print_to(NULL, NULL, 30, 40, &error, reason, sizeof reason, &took) == WR_PRINT_FAILED &&
              error == WR_PRINT_ERR_NO_QUEUE,
          "no default: %s", reason);
    CHECK(strstr(reason, "default") != NULL, "reason: %s", reason);
    setenv("PRINTER", "good", 1);
    CHECK(print_to(NULL, NULL, 30, 40, &error, reason, sizeof reason, &took) == WR_PRINT_DONE,
          "default good: %s", reason);
    unsetenv("PRINTER");
}

/* An unreachable print server is reported as such, quickly. */
static void test_no_server(void)
{
    char *saved = strdup(getenv("CUPS_SERVER") ? getenv("CUPS_SERVER") : "");

    setenv("CUPS_SERVER", "127.0.0.1:9", 1);
    test_fault("good", WR_PRINT_ERR_SERVER, "print server", 8);
    setenv("CUPS_SERVER", saved, 1);
    free(saved);
}

/* --print-to: numbered files per kind, holding exactly the PDF, readable by the kiosk only. */
static void test_folder(void)
{
    char dir[1100], path[2400], reason[256];
    wr_print_error error;
    double took;
    struct stat st;
    char *out;

    snprintf(dir, sizeof dir, "%s/print-to",
             getenv("WR_PRINT_TEST_OUT") ? getenv("WR_PRINT_TEST_OUT") : ".");
    snprintf(path, sizeof path, "rm -rf '%s' && mkdir -p '%s'", dir, dir);
    CHECK(system(path) == 0, "mkdir %s", dir);
    for (int i = 0; i < 2; i++)
        CHECK(print_to("ignored", dir, 30, 10, &error, reason, sizeof reason, &took) ==
                  WR_PRINT_DONE,
              "folder: %s", reason);
    snprintf(path, sizeof path, "ls '%s'", dir);
    out = run(path);
    CHECK(out && !strcmp(out, "list-1.pdf\nlist-2.pdf\n"), "folder holds: %s", out);
    free(out);
    snprintf(path, sizeof path, "%s/list-2.pdf", dir);
    CHECK(stat(path, &st) == 0 && (size_t)st.st_size == pdf_len && (st.st_mode & 0777) == 0600,
          "list-2.pdf: size %ld mode %o", (long)st.st_size, (unsigned)(st.st_mode & 0777));
    CHECK(print_to(NULL, "/nonexistent/folder", 30, 10, &error, reason, sizeof reason, &took) ==
                  WR_PRINT_FAILED &&
              error == WR_PRINT_ERR_FOLDER,
          "bad folder: %s", reason);
    CHECK(strstr(reason, "/nonexistent/folder") != NULL, "reason: %s", reason);
}

int main(void)
{
    int have_hebrew;
    char err[256];
    wr_print_fonts *fonts = test_fonts(&have_hebrew);

    if (!fonts || wr_doc_render_pdf(&doc, fonts, WR_PAGE_A4, &pdf, &pdf_len, err, sizeof err)) {
        fprintf(stderr, "cannot render the test document: %s\n", fonts ? err : "no fonts");
        return 1;
    }
    if (!getenv("CUPS_SERVER")) {
        fprintf(stderr, "CUPS_SERVER is not set: run this through ctest (tests/print.cmake)\n");
        return 1;
    }
    test_folder();
    test_good();
    test_fault("missing", WR_PRINT_ERR_NO_QUEUE, "\"missing\"", 3);
    test_fault("disabled", WR_PRINT_ERR_STOPPED, "cupsenable disabled", 3);
    test_fault("rejecting", WR_PRINT_ERR_REJECTING, "cupsaccept rejecting", 3);
    test_fault("paperout", WR_PRINT_ERR_NO_PAPER, "out of paper", 5);
    test_fault("broken", WR_PRINT_ERR_JOB, "The test printer broke", 5);
    test_timeout();
    test_abandon();
    test_default();
    test_no_server();
    printf("slowest poll: %.3f ms\n", slowest_poll * 1000);
    CHECK(slowest_poll < 0.02, "a poll took %.1f ms", slowest_poll * 1000);
    wr_print_pdf_free(pdf, pdf_len);
    wr_print_fonts_destroy(fonts);
    printf("%s: %d failed check(s)\n", failures ? "FAIL" : "ok", failures);
    return failures ? 1 : 0;
}
