/*
 * test_lua_drive.c -- the drive runner against a fake kiosk: steps are printed with their
 * file:line, the first failure stops the drive with a message and the transcript.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "drive.h"

/* The fake kiosk: a screen that shows "Hello" and a "Yes" button, and a call log. */
typedef struct fake {
    char calls[2048];
    double waited;
    const char *shown; /* the kind of screen, for taps() */
} fake;

static void note(fake *f, const char *what, const char *arg)
{
    size_t n = strlen(f->calls);
    snprintf(f->calls + n, sizeof f->calls - n, "%s(%s) ", what, arg);
}

static int f_start(void *ud, char *err, size_t n)
{
    (void)err, (void)n;
    note(ud, "start", "");
    ((fake *)ud)->shown = "question";
    return 0;
}

static int f_tap(void *ud, const char *label, char *err, size_t n)
{
    note(ud, "tap", label);
    fake *f = ud;
    if (strcmp(label, "Staff") == 0 || strcmp(label, "Done") == 0) {
        f->shown = label[0] == 'S' ? "staff" : "attract";
        return 0;
    }
    if (strcmp(label, "Yes") == 0) {
        f->shown = "question";
        return 0;
    }
    if (strcmp(label, "Maybe") == 0)
        snprintf(err, n, "no control \"%s\" (on screen: \"Yes\")", label);
    return -1;
}

static int f_type(void *ud, const char *text, char *err, size_t n)
{
    (void)err, (void)n;
    note(ud, "type", text);
    return 0;
}

static int f_expect(void *ud, const char *text, int negate, char *err, size_t n)
{
    (void)err, (void)n;
    note(ud, negate ? "expect_not" : "expect", text);
    return (strstr("Hello", text) != NULL) == !negate ? 0 : -1;
}

static int f_screen(void *ud, const char *name, char *err, size_t n)
{
    (void)err, (void)n;
    note(ud, "screen", name);
    return strcmp(name, "question") == 0 ? 0 : -1;
}

static int f_wait(void *ud, double seconds, char *err, size_t n)
{
    (void)err, (void)n;
    ((fake *)ud)->waited += seconds;
    return 0;
}

static int f_shot(void *ud, const char *name, char *err, size_t n)
{
    (void)err, (void)n;
    note(ud, "shot", name);
    return 0;
}

static char *f_list(void *ud)
{
    (void)ud;
    char *s = malloc(32);
    snprintf(s, 32, "1. Do I need a scan?");
    return s;
}

static char *f_printed(void *ud)
{
    (void)ud;
    return NULL;
}

static char *f_transcript(void *ud)
{
    (void)ud;
    char *s = malloc(64);
    snprintf(s, 64, "[scene] Hello\n  [Yes]");
    return s;
}

static const char *f_shown(void *ud)
{
    return ((fake *)ud)->shown;
}

static const wr_drive_ops ops_template = {
    .start = f_start,   .tap = f_tap,         .type = f_type,       .expect = f_expect,
    .expect_screen = f_screen, .wait = f_wait, .shot = f_shot,       .list = f_list,
    .printed = f_printed, .transcript = f_transcript, .screen = f_shown,
};

static char *out;
static size_t out_len;

/* Runs drive 'file' against a fresh fake; the log lands in 'out'. */
static int drive(const char *file, fake *f)
{
    wr_drive_ops ops = ops_template;
    memset(f, 0, sizeof *f);
    ops.ud = f;
    free(out);
    out = NULL;
    FILE *log = open_memstream(&out, &out_len);
    int rc = wr_drive_run(file, &ops, log);
    fclose(log);
    return rc;
}

static void test_ok(void)
{
    fake f;
    CHECK(drive("drives/ok.lua", &f) == 0);
    CHECK_STR(f.calls, "start() tap(Yes) type(Sore back) expect(Hello) expect_not(Goodbye) "
                       "screen(question) shot(welcome) ");
    CHECK(f.waited == 95.5);
    CHECK_HAS(out, "drives/ok.lua:2: start()\n");
    CHECK_HAS(out, "drives/ok.lua:3: tap \"Yes\"\n");
    CHECK_HAS(out, "drives/ok.lua:8: wait(95.5)\n");
    CHECK_HAS(out, "drives/ok.lua:12: log: done 3\n");
}

static void test_failures(void)
{
    fake f;
    CHECK(drive("drives/fail.lua", &f) == 1);
    CHECK_STR(f.calls, "start() tap(Yes) expect(Goodbye) "); /* stopped at the failure */
    CHECK_HAS(out, "drives/fail.lua:3: expect \"Goodbye\"\n"
                   "drives/fail.lua:3: expected text \"Goodbye\" not on screen\n"
                   "---- transcript ----\n[scene] Hello\n  [Yes]\n");
    CHECK(drive("drives/tapfail.lua", &f) == 1);
    CHECK_HAS(out, "drives/tapfail.lua:2: no control \"Maybe\" (on screen: \"Yes\")\n");
    CHECK(drive("drives/broken.lua", &f) == 1);
    CHECK_HAS(out, "drives/broken.lua:2: bad argument #1 to 'tap' (string expected, got nil)");
    CHECK(drive("drives/loop.lua", &f) == 1);
    CHECK_HAS(out, "drives/loop.lua:2: instruction budget exceeded (endless loop?)");
    CHECK(drive("drives/missing.lua", &f) == 1);
    CHECK_HAS(out, "drives/missing.lua: cannot open the file");
}

/* taps(): counted on patient screens only, from the tap that leaves the attract screen;
 * the keys type() pressed apart. */
static void test_taps(void)
{
    fake f;
    CHECK(drive("drives/taps.lua", &f) == 0);
    CHECK_HAS(out, "drives/taps.lua:7: taps() -> 3 taps, 2 keys\n");
    CHECK_HAS(out, "drives/taps.lua:7: log: 3 2\n");
    CHECK_HAS(out, "drives/taps.lua:10: log: 1 0\n");
}

int main(void)
{
    test_ok();
    test_failures();
    test_taps();
    free(out);
    return check_done();
}
