/*
 * test_print_privacy.c -- after a patient's list has been printed, nothing they typed is left
 * on disk: not in the private cupsd's spool, cache, state or logs, not in /tmp, /var/tmp,
 * /var/spool/cups or ~/.cups. A unique marker, made at run time and never printed or passed
 * on a command line, goes into a document that is printed, fails on a broken printer, runs
 * out of paper and times out; then every file in those places is searched for it, as bytes
 * and, for anything that looks like a PDF, as text (PDF text is not stored as plain bytes).
 * The printer's own output (WR_CUPSD_DIR/out) is where the marker must be, and is checked too,
 * to prove the search would see it.
 */
#define _GNU_SOURCE /* FTW_ACTIONRETVAL, memmem */
#include <fcntl.h>
#include <ftw.h>
#include <sys/stat.h>

#include "test_print_check.h"

static char marker[64];
static char out_dir[1200];
static int files_seen, files_with_marker;
static char first_hit[1200];

/* A marker no file on this machine can hold yet: random letters from /dev/urandom. */
static int make_marker(void)
{
    unsigned char raw[16];
    int fd = open("/dev/urandom", O_RDONLY);
    int n = fd >= 0 ? (int)read(fd, raw, sizeof raw) : -1;

    if (fd >= 0)
        close(fd);
    if (n != (int)sizeof raw)
        return -1;
    strcpy(marker, "Zq");
    for (int i = 0; i < 16; i++)
        marker[2 + i] = (char)('a' + raw[i] % 26);
    marker[18] = '\0';
    return 0;
}

/* Whether the file at 'path' holds the marker, as bytes or as PDF text. */
static int holds_marker(const char *path, off_t size)
{
    char *data = malloc((size_t)size + 1), *text;
    FILE *f = fopen(path, "rb");
    size_t n = f && data ? fread(data, 1, (size_t)size, f) : 0;
    char cmd[1400];
    int found;

    if (f)
        fclose(f);
    if (!data)
        return 0;
    found = memmem(data, n, marker, strlen(marker)) != NULL;
    if (!found && memmem(data, n, "%PDF", 4) != NULL && strchr(path, '\'') == NULL) {
        snprintf(cmd, sizeof cmd, "pdftotext -q '%s' - 2>/dev/null", path);
        text = run(cmd);
        found = text && strstr(text, marker) != NULL;
        free(text);
    }
    free(data);
    return found;
}

/* nftw callback: looks in every regular file under 64 MiB, except the printer's output. */
static int visit(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)ftw;
    if (type == FTW_D && !strcmp(path, out_dir))
        return FTW_SKIP_SUBTREE;
    if (type != FTW_F || !S_ISREG(st->st_mode) || st->st_size > 64 * 1024 * 1024)
        return FTW_CONTINUE;
    files_seen++;
    if (holds_marker(path, st->st_size)) {
        if (!files_with_marker++)
            snprintf(first_hit, sizeof first_hit, "%s", path);
    }
    return FTW_CONTINUE;
}

/* Searches every place a print job could leave something; returns the files holding the
 * marker (the first one's name in first_hit). */
static int search_everywhere(void)
{
    const char *home = getenv("HOME");
    char home_cups[1100];
    const char *places[] = {getenv("WR_CUPSD_DIR"), "/tmp",          "/var/tmp",
                            "/var/spool/cups",      "/var/log/cups", home_cups};

    snprintf(home_cups, sizeof home_cups, "%s/.cups", home ? home : "/root");
    files_seen = files_with_marker = 0;
    for (size_t i = 0; i < sizeof places / sizeof places[0]; i++)
        if (places[i] && access(places[i], R_OK) == 0)
            nftw(places[i], visit, 32, FTW_PHYS | FTW_ACTIONRETVAL);
    return files_with_marker;
}

/* Prints 'pdf' on 'queue' and waits for the outcome (at most 30 s). */
static wr_print_status print_on(const char *queue, int timeout_s, const unsigned char *pdf,
                                size_t len)
{
    wr_printer_config cfg = {.queue = queue, .page_size = WR_PAGE_A4, .timeout_s = timeout_s};
    wr_print_job *job = wr_print_submit(&cfg, pdf, len, WR_KIND_LIST);
    wr_print_status st = WR_PRINT_FAILED;
    double t0 = now_s();

    while (job && (st = wr_print_job_poll(job)) == WR_PRINT_PENDING && now_s() - t0 < 30)
        usleep(20000);
    wr_print_job_destroy(job);
    return st;
}

int main(void)
{
    const char *lines[2] = {"Will my scan results change what we do next?", NULL};
    char typed[128], err[256], good[1300];
    wr_section section = {"Questions I want to ask", lines, 2};
    wr_doc doc = {.kind = WR_KIND_LIST,
                  .title = "Questions for my appointment",
                  .language = "en",
                  .sections = &section,
                  .n_sections = 1,
                  .mark = WR_MARK_CHECKBOX,
                  .footer = "Script pack 2026.03"};
    unsigned char *pdf = NULL;
    size_t len = 0;
    int have_hebrew, hits = 0;
    struct stat st;
    wr_print_fonts *fonts = test_fonts(&have_hebrew);

    if (!getenv("WR_CUPSD_DIR") || !getenv("CUPS_SERVER") || !fonts || make_marker() != 0) {
        fprintf(stderr, "needs the private cupsd (run through ctest), the fonts, /dev/urandom\n");
        return 1;
    }
    snprintf(out_dir, sizeof out_dir, "%s/out", getenv("WR_CUPSD_DIR"));
    snprintf(typed, sizeof typed, "My own question: %s", marker);
    lines[1] = typed;
    if (wr_doc_render_pdf(&doc, fonts, WR_PAGE_A4, &pdf, &len, err, sizeof err) != 0) {
        fprintf(stderr, "render: %s\n", err);
        return 1;
    }
    CHECK(print_on("good", 30, pdf, len) == WR_PRINT_DONE, "the list did not print");
    CHECK(print_on("broken", 30, pdf, len) == WR_PRINT_FAILED, "broken printed");
    CHECK(print_on("paperout", 30, pdf, len) == WR_PRINT_FAILED, "paperout printed");
    CHECK(print_on("slow", 2, pdf, len) == WR_PRINT_FAILED, "slow printed");
    wr_print_pdf_free(pdf, len);
    wr_print_fonts_destroy(fonts);

    /* The search sees the marker where it belongs: the printed page. */
    snprintf(good, sizeof good, "%s/good.pdf", out_dir);
    CHECK(stat(good, &st) == 0 && holds_marker(good, st.st_size),
          "the search cannot see the marker even in the printed page %s", good);
    for (int tries = 0; tries < 10 && (hits = search_everywhere()) > 0; tries++)
        usleep(500000); /* the scheduler removes job files as the job ends; allow it a moment */
    printf("searched %d files\n", files_seen);
    CHECK(hits == 0, "the typed text was found in %d file(s), e.g. %s", hits, first_hit);
    CHECK(files_seen > 0, "nothing was searched");
    printf("%s: %d failed check(s)\n", failures ? "FAIL" : "ok", failures);
    return failures ? 1 : 0;
}
