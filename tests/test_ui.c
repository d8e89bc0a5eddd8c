/*
 * test_ui.c -- engine/ui without SDL: UTF-8 wrapping, layout invariants on every sample
 * screen at five screen sizes (inside the screen, big enough to touch, not overlapping),
 * theme contrast, tap-versus-drag, single firing, keyboard focus, the staff hold, and the
 * drive-mode queries. Text is measured by a fake font: every code point is half an em.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "test_ui_screens.h"
#include "ui.h"
#include "wrap.h"

/* ================================================================ a fake font */

/* Code points in s[0..len). */
static int code_points(const char *s, size_t len)
{
    int n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* Every code point is half an em wide (bold a little wider). */
static int fake_width(void *ctx, const char *s, size_t len, int size, bool bold)
{
    (void)ctx;
    return code_points(s, len) * size * (bold ? 11 : 10) / 20;
}

/* Lines 1.4 em apart. */
static void fake_metrics(void *ctx, int size, bool bold, wr_font_metrics *out)
{
    (void)ctx;
    (void)bold;
    out->line_height = size * 14 / 10;
    out->ascent = size * 11 / 10;
    out->cap_height = size * 7 / 10;
}

/* Pictures are 4:3. */
static int fake_picture(void *ctx, const char *name, int *w, int *h)
{
    (void)ctx;
    *w = 400;
    *h = 300;
    return strcmp(name, "missing") == 0 ? -1 : 0;
}

static const wr_text_metrics metrics = {NULL, fake_width, fake_metrics, fake_picture};

/* ================================================================ wrapping */

/* Ten pixels a code point. */
static int ten(void *ctx, const char *s, size_t len)
{
    (void)ctx;
    return code_points(s, len) * 10;
}

/* True when line i of text is exactly want. */
static bool line_is(const char *text, const wr_line *l, const char *want)
{
    return l->len == strlen(want) && memcmp(text + l->start, want, l->len) == 0;
}

/* True when no line starts or ends inside a UTF-8 sequence. */
static bool whole_code_points(const char *text, const wr_line *lines, int n)
{
    for (int i = 0; i < n; i++) {
        const unsigned char *s = (const unsigned char *)text + lines[i].start;
        if ((s[0] & 0xC0) == 0x80 || (s[lines[i].len] & 0xC0) == 0x80)
            return false;
    }
    return true;
}

/* Wrapping: exact fit, long words, accents, multi-byte letters, breaks, hyphens. */
static void test_wrap(void)
{
    wr_line l[16];
    const char *t = "hello world";
    CHECK(wr_wrap(t, 60, ten, NULL, l, 16) == 2);
    CHECK(line_is(t, &l[0], "hello") && line_is(t, &l[1], "world"));
    CHECK(wr_wrap(t, 110, ten, NULL, l, 16) == 1); /* exact fit */
    CHECK(l[0].width == 110);
    CHECK(wr_wrap(t, 109, ten, NULL, l, 16) == 2);

    t = "abcdefghijklmnop"; /* a word longer than the line is broken */
    CHECK(wr_wrap(t, 50, ten, NULL, l, 16) == 4);
    CHECK(line_is(t, &l[0], "abcde") && line_is(t, &l[3], "p"));

    t = "café crème brûlée"; /* accents: widths count code points, never bytes */
    CHECK(wr_wrap(t, 50, ten, NULL, l, 16) == 4);
    CHECK(line_is(t, &l[0], "café") && line_is(t, &l[1], "crème"));
    CHECK(line_is(t, &l[2], "brûlé") && line_is(t, &l[3], "e"));
    CHECK(whole_code_points(t, l, 4));

    t = "ññññññññ"; /* two-byte letters only: 3 a line, never split inside one */
    CHECK(wr_wrap(t, 30, ten, NULL, l, 16) == 3);
    CHECK(l[0].len == 6 && l[2].len == 4 && whole_code_points(t, l, 3));

    t = "€€€€ 😀😀"; /* three- and four-byte sequences */
    int n = wr_wrap(t, 30, ten, NULL, l, 16);
    CHECK(n == 3 && whole_code_points(t, l, n));

    CHECK(wr_wrap("", 100, ten, NULL, l, 16) == 0);
    CHECK(wr_wrap(NULL, 100, ten, NULL, l, 16) == 0);
    CHECK(wr_wrap("   ", 100, ten, NULL, l, 16) == 1 && l[0].len == 0);

    t = "a\nb\n\nc"; /* hard breaks, and an empty line between two */
    CHECK(wr_wrap(t, 100, ten, NULL, l, 16) == 4);
    CHECK(line_is(t, &l[0], "a") && l[2].len == 0 && line_is(t, &l[3], "c"));

    t = "well-being"; /* a hyphen between letters is a place to break */
    CHECK(wr_wrap(t, 60, ten, NULL, l, 16) == 2);
    CHECK(line_is(t, &l[0], "well-") && line_is(t, &l[1], "being"));

    t = "  two  spaces  "; /* spaces at line ends are dropped */
    CHECK(wr_wrap(t, 1000, ten, NULL, l, 16) == 1 && line_is(t, &l[0], "two  spaces"));

    CHECK(wr_wrap("W", 5, ten, NULL, l, 16) == 1 && l[0].len == 1); /* never 0 per line */
    CHECK(wr_wrap("aa bb cc dd", 20, ten, NULL, NULL, 0) == 4);     /* counting only */
}

/* ================================================================ layout invariants */

typedef struct probe {
    int w, h;
    const char *what;
} probe;

#include "../engine/ui/ui_internal.h"

/* The body text size at w x h. */
static int body_size(const wr_ui *ui)
{
    return ui->sz.body;
}

/* Every sample screen at six sizes, normal and larger text, keeps the invariants. */
static void test_layouts(void)
{
    static const probe sizes[] = {
        {800, 480, "small landscape"},  {480, 800, "small portrait"}, {1920, 1080, "1080p"},
        {1080, 1920, "1080p portrait"}, {3840, 2160, "4K"},           {1280, 800, "laptop"}};
    static wr_screen screens[TEST_SCREENS_MAX];
    const char *names[TEST_SCREENS_MAX];
    int n = test_ui_screens(screens, names, TEST_SCREENS_MAX);
    wr_ui *ui = wr_ui_create(&metrics);
    CHECK(ui != NULL);
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        for (int i = 0; i < n; i++) {
            for (int large = 0; large < 2; large++) {
                wr_screen sc = screens[i];
                sc.large_text = sc.large_text || large;
                CHECK(wr_ui_layout(ui, &sc, sizes[s].w, sizes[s].h) == 0);
                CHECK(test_ui_check_layout(ui, names[i], sizes[s].w, sizes[s].h) == 0);
            }
        }
    }
    wr_ui_layout(ui, &screens[1], 1920, 1080);
    CHECK(body_size(ui) == 40);
    wr_ui_layout(ui, &screens[1], 800, 480);
    CHECK(body_size(ui) >= 22);
    wr_ui_layout(ui, &screens[1], 3840, 2160);
    CHECK(body_size(ui) == 80);
    wr_ui_destroy(ui);
}

/* ================================================================ contrast */

/* The relative luminance of a colour (WCAG 2.1). */
static double luminance(wr_color c)
{
    double v[3] = {c.r / 255.0, c.g / 255.0, c.b / 255.0};
    for (int i = 0; i < 3; i++)
        v[i] = v[i] <= 0.03928 ? v[i] / 12.92 : pow((v[i] + 0.055) / 1.055, 2.4);
    return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}

/* The WCAG contrast ratio of two colours. */
static double contrast(wr_color a, wr_color b)
{
    double la = luminance(a), lb = luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

/* Text colours reach 7:1 on what they stand on; the focus ring 3:1. */
static void test_contrast(void)
{
    for (int hc = 0; hc < 2; hc++) {
        wr_theme t;
        wr_ui_theme(&t, hc);
        CHECK(contrast(t.text, t.bg) >= 7);
        CHECK(contrast(t.text, t.bubble) >= 7);
        CHECK(contrast(t.muted, t.bubble) >= 7);
        CHECK(contrast(t.text, t.panel) >= 7);
        CHECK(contrast(t.text, t.bar) >= 7);
        CHECK(contrast(t.text, t.button) >= 7);
        CHECK(contrast(t.text, t.second) >= 7);
        CHECK(contrast(t.muted, t.panel) >= 7);
        CHECK(contrast(t.on_accent, t.accent) >= 7);
        CHECK(contrast(t.accent_text, t.button) >= 7);
        CHECK(contrast(t.accent_text, t.card) >= 7);
        CHECK(contrast(t.patient_text, t.patient) >= 7);
        CHECK(contrast(t.on_urgent, t.urgent) >= 7);
        CHECK(contrast(t.text, t.field) >= 7);
        CHECK(contrast(t.focus, t.bg) >= 3); /* a non-text cue: 3:1 */
        CHECK(contrast(t.text, t.today_fill) >= 7); /* care cards: words, sign, edge */
        CHECK(contrast(t.text, t.urgent_fill) >= 7);
        CHECK(contrast(t.on_sign, t.today_edge) >= 7);
        CHECK(contrast(t.on_sign, t.urgent_edge) >= 7);
        CHECK(contrast(t.today_edge, t.today_fill) >= 3);
        CHECK(contrast(t.urgent_edge, t.urgent_fill) >= 3);
        CHECK(contrast(t.focus, t.panel) >= 3);
        CHECK(contrast(t.button_line, t.panel) >= 3);
        if (hc)
            CHECK(t.bg.r == 0 && t.bg.g == 0 && t.bg.b == 0);
    }
}

/* ================================================================ input */

/* An input event. */
static wr_input ev(wr_input_kind k, int x, int y, int pointer, uint32_t ms)
{
    wr_input in = {0};
    in.kind = k;
    in.x = x;
    in.y = y;
    in.pointer = pointer;
    in.ms = ms;
    return in;
}

/* A key event. */
static wr_input key(wr_key k)
{
    wr_input in = {0};
    in.kind = WR_IN_KEY;
    in.key = k;
    return in;
}

/* Sends one input; returns the action fired (WR_ACT_NONE when none) and sets *arg. */
static wr_action send(wr_ui *ui, wr_input in, int *arg)
{
    wr_action act;
    int a;
    int fired = wr_ui_input(ui, &in, &act, &a);
    if (arg)
        *arg = a;
    return fired ? act : WR_ACT_NONE;
}

/* Taps at x, y with pointer id p: press then release. */
static wr_action tap(wr_ui *ui, int x, int y, int p, int *arg)
{
    send(ui, ev(WR_IN_PRESS, x, y, p, 0), NULL);
    return send(ui, ev(WR_IN_RELEASE, x, y, p, 50), arg);
}

/* The centre of the control labelled 'label' (scrolled into view). */
static void centre(wr_ui *ui, const char *label, int *x, int *y)
{
    char err[200];
    *x = *y = -1;
    if (wr_ui_find_control(ui, label, x, y, err, sizeof err) != 0)
        fprintf(stderr, "find %s: %s\n", label, err);
}

/* A tap fires once, on release, on the control pressed; drags and second fingers never tap. */
static void test_taps(wr_screen *screens)
{
    wr_ui *ui = wr_ui_create(&metrics);
    int x, y, x2, y2, arg;
    wr_ui_layout(ui, &screens[3], 1920, 1080); /* multiple */
    centre(ui, "Hip", &x, &y);
    CHECK(tap(ui, x, y, 1, &arg) == WR_ACT_OPTION && arg == 3);
    CHECK(send(ui, ev(WR_IN_RELEASE, x, y, 1, 60), NULL) == WR_ACT_NONE); /* once only */

    centre(ui, "Knee", &x2, &y2); /* press on one control, release on another */
    send(ui, ev(WR_IN_PRESS, x, y, 1, 0), NULL);
    CHECK(send(ui, ev(WR_IN_RELEASE, x2, y2, 1, 50), NULL) == WR_ACT_NONE);

    send(ui, ev(WR_IN_PRESS, x, y, 1, 0), NULL); /* a wobble is still a tap */
    send(ui, ev(WR_IN_MOVE, x + 8, y + 8, 1, 10), NULL);
    CHECK(send(ui, ev(WR_IN_RELEASE, x + 8, y + 8, 1, 50), NULL) == WR_ACT_OPTION);

    send(ui, ev(WR_IN_PRESS, x, y, 1, 0), NULL); /* a drag is never a tap */
    send(ui, ev(WR_IN_MOVE, x, y + 60, 1, 10), NULL);
    send(ui, ev(WR_IN_MOVE, x, y, 1, 20), NULL);
    CHECK(send(ui, ev(WR_IN_RELEASE, x, y, 1, 50), NULL) == WR_ACT_NONE);

    send(ui, ev(WR_IN_PRESS, x, y, 1, 0), NULL); /* a second finger is ignored */
    CHECK(send(ui, ev(WR_IN_PRESS, x2, y2, 2, 5), NULL) == WR_ACT_NONE);
    CHECK(send(ui, ev(WR_IN_RELEASE, x2, y2, 2, 10), NULL) == WR_ACT_NONE);
    CHECK(send(ui, ev(WR_IN_RELEASE, x, y, 1, 50), NULL) == WR_ACT_OPTION);

    send(ui, ev(WR_IN_PRESS, x, y, 1, 100), NULL);   /* a release SDL lost: after 5 s, */
    send(ui, ev(WR_IN_PRESS, x2, y2, 2, 200), NULL); /* others are still ignored, */
    CHECK(send(ui, ev(WR_IN_RELEASE, x2, y2, 2, 300), NULL) == WR_ACT_NONE);
    send(ui, ev(WR_IN_PRESS, x2, y2, 2, 5200), NULL); /* then taken */
    CHECK(send(ui, ev(WR_IN_RELEASE, x2, y2, 2, 5300), NULL) == WR_ACT_OPTION);
    send(ui, ev(WR_IN_PRESS, x, y, 1, 6000), NULL); /* the same finger down again: anew */
    send(ui, ev(WR_IN_PRESS, x2, y2, 1, 6100), NULL);
    CHECK(send(ui, ev(WR_IN_RELEASE, x2, y2, 1, 6200), NULL) == WR_ACT_OPTION);

    centre(ui, "Back", &x, &y); /* the nav bar */
    CHECK(tap(ui, x, y, 0, NULL) == WR_ACT_BACK);
    CHECK(tap(ui, 1919, 1079, 0, NULL) == WR_ACT_NONE); /* nothing there */

    wr_screen idle = screens[9]; /* the countdown lays its screen out while a finger is down */
    wr_ui_layout(ui, &idle, 1920, 1080);
    centre(ui, "I'm still here", &x, &y);
    send(ui, ev(WR_IN_PRESS, x, y, 1, 0), NULL);
    idle.countdown--;
    wr_ui_layout(ui, &idle, 1920, 1080);
    CHECK(send(ui, ev(WR_IN_RELEASE, x, y, 1, 1500), NULL) == WR_ACT_STILL_HERE);

    wr_ui_layout(ui, &screens[0], 1920, 1080); /* attract: touch anywhere */
    CHECK(tap(ui, 30, 1000, 1, NULL) == WR_ACT_START);
    centre(ui, "Español", &x, &y);
    CHECK(tap(ui, x, y, 1, &arg) == WR_ACT_LANGUAGE && arg == 1);
    wr_ui_destroy(ui);
}

/* A drag or the wheel scrolls; a control out of view is scrolled in to be tapped. */
static void test_drag_scrolls(wr_screen *screens)
{
    wr_ui *ui = wr_ui_create(&metrics);
    wr_ui_layout(ui, &screens[1], 480, 800); /* a long scene in portrait */
    const area *conv = &ui->reg[REG_CONV];
    CHECK(conv->content_h > conv->view.h); /* it does scroll */
    int before = conv->scroll, x = 240, y = conv->view.y + conv->view.h / 2;
    CHECK(before > 0); /* opened at the current turn, not at the top */
    uint32_t v = wr_ui_version(ui);
    send(ui, ev(WR_IN_PRESS, x, y, 1, 0), NULL);
    send(ui, ev(WR_IN_MOVE, x, y + 100, 1, 10), NULL);
    send(ui, ev(WR_IN_MOVE, x, y + 250, 1, 20), NULL);
    CHECK(send(ui, ev(WR_IN_RELEASE, x, y + 250, 1, 30), NULL) == WR_ACT_NONE);
    CHECK(conv->scroll < before && wr_ui_version(ui) != v);

    wr_input wheel = ev(WR_IN_WHEEL, x, y, 0, 0);
    wheel.dy = -5; /* towards the user: further down */
    int mid = conv->scroll;
    send(ui, wheel, NULL);
    CHECK(conv->scroll > mid);

    int bx, by; /* a reply scrolled out of the panel is brought into view */
    wr_screen large = screens[6]; /* pick, in Larger text */
    large.large_text = true;
    wr_ui_layout(ui, &large, 480, 800);
    const area *panel = &ui->reg[REG_PANEL];
    CHECK(panel->content_h > panel->view.h);
    centre(ui, "Can I keep working?", &bx, &by);
    CHECK(by >= panel->view.y && by < panel->view.y + panel->view.h);
    int arg;
    CHECK(tap(ui, bx, by, 1, &arg) == WR_ACT_PROMPT && arg == 4);
    wr_ui_destroy(ui);
}

/* Keyboard focus: arrows, Tab, Enter, Escape and Backspace, typing. */
static void test_keys(wr_screen *screens)
{
    wr_ui *ui = wr_ui_create(&metrics);
    wr_rect r, r2;
    int arg;
    wr_ui_layout(ui, &screens[3], 1920, 1080); /* multiple, two columns of replies */
    CHECK(!wr_ui_focus_rect(ui, &r));          /* no ring until a key is used */
    CHECK(send(ui, key(WR_KEY_DOWN), NULL) == WR_ACT_NONE);
    CHECK(wr_ui_focus_rect(ui, &r)); /* the first key shows the focus: a selected reply */
    CHECK(send(ui, key(WR_KEY_ENTER), &arg) == WR_ACT_OPTION && arg == 0);
    send(ui, key(WR_KEY_DOWN), NULL);
    wr_ui_focus_rect(ui, &r2);
    CHECK(r2.y > r.y && r2.x == r.x); /* straight down the column */
    CHECK(send(ui, key(WR_KEY_ENTER), &arg) == WR_ACT_OPTION && arg == 2);
    send(ui, key(WR_KEY_RIGHT), NULL);
    CHECK(send(ui, key(WR_KEY_ENTER), &arg) == WR_ACT_OPTION && arg == 3);
    send(ui, key(WR_KEY_TAB), NULL);
    CHECK(send(ui, key(WR_KEY_ENTER), &arg) == WR_ACT_OPTION && arg == 4);
    send(ui, key(WR_KEY_BACKTAB), NULL);
    CHECK(send(ui, key(WR_KEY_ENTER), &arg) == WR_ACT_OPTION && arg == 3);
    CHECK(send(ui, key(WR_KEY_ESCAPE), NULL) == WR_ACT_BACK);
    CHECK(send(ui, key(WR_KEY_BACKSPACE), NULL) == WR_ACT_BACK);
    for (int i = 0; i < 12; i++) /* up into the nav bar */
        send(ui, key(WR_KEY_UP), NULL);
    CHECK(send(ui, key(WR_KEY_ENTER), NULL) >= WR_ACT_BACK || ui->menu_open); /* or "Aa" */

    wr_ui_layout(ui, &screens[5], 1920, 1080); /* typing: Backspace deletes */
    CHECK(wr_ui_focus_rect(ui, &r));           /* keyboard use carries over to the next screen */
    CHECK(send(ui, key(WR_KEY_BACKSPACE), NULL) == WR_ACT_BACKSPACE);
    CHECK(send(ui, key(WR_KEY_ESCAPE), NULL) == WR_ACT_BACK);
    wr_input text = {0};
    text.kind = WR_IN_TEXT;
    text.codepoint = 0xF1; /* ñ, a key of its own */
    CHECK(send(ui, text, &arg) == WR_ACT_KEY && arg == 0xF1);
    text.codepoint = 'Q';
    CHECK(send(ui, text, &arg) == WR_ACT_KEY && arg == 'Q');

    wr_ui_layout(ui, &screens[8], 1920, 1080); /* urgent: no Back */
    CHECK(send(ui, key(WR_KEY_ESCAPE), NULL) == WR_ACT_NONE);
    wr_ui_destroy(ui);
}

/* Holding a top corner for 3 s opens the staff PIN, once, and taps nothing. */
static void test_staff_hold(wr_screen *screens)
{
    wr_ui *ui = wr_ui_create(&metrics);
    wr_action act;
    int arg;
    wr_ui_layout(ui, &screens[2], 1920, 1080);
    CHECK(wr_ui_next_deadline(ui, 0) == -1);
    send(ui, ev(WR_IN_PRESS, 10, 10, 1, 1000), NULL); /* over the Back button, in the corner */
    CHECK(wr_ui_next_deadline(ui, 1000) == 3000);
    CHECK(wr_ui_tick(ui, 3999, &act, &arg) == 0);
    CHECK(wr_ui_next_deadline(ui, 3999) == 1);
    CHECK(wr_ui_tick(ui, 4000, &act, &arg) == 1 && act == WR_ACT_STAFF);
    CHECK(wr_ui_tick(ui, 5000, &act, &arg) == 0);                             /* once */
    CHECK(send(ui, ev(WR_IN_RELEASE, 10, 10, 1, 4100), NULL) == WR_ACT_NONE); /* no Back */

    send(ui, ev(WR_IN_PRESS, 1915, 5, 1, 0), NULL); /* the other corner, let go too soon */
    CHECK(send(ui, ev(WR_IN_RELEASE, 1915, 5, 1, 2000), NULL) == WR_ACT_NONE);
    CHECK(wr_ui_tick(ui, 4000, &act, &arg) == 0 && wr_ui_next_deadline(ui, 4000) == -1);

    send(ui, ev(WR_IN_PRESS, 960, 5, 1, 0), NULL); /* the middle of the top is no corner */
    CHECK(wr_ui_next_deadline(ui, 0) == -1);
    send(ui, ev(WR_IN_RELEASE, 960, 5, 1, 10), NULL);
    wr_ui_destroy(ui);
}

/* What the drive mode asks: find a control, shows text, the transcript. */
static void test_queries(wr_screen *screens)
{
    wr_ui *ui = wr_ui_create(&metrics);
    char err[200];
    int x, y;
    wr_ui_layout(ui, &screens[3], 1920, 1080);
    CHECK(wr_ui_find_control(ui, "Knee", &x, &y, err, sizeof err) == 0); /* exact */
    CHECK(wr_ui_find_control(ui, "Neck", &x, &y, err, sizeof err) == 0); /* unique part */
    CHECK(wr_ui_find_control(ui, "e", &x, &y, err, sizeof err) == -1);
    CHECK(strncmp(err, "several controls match", 22) == 0 && strstr(err, "Knee"));
    CHECK(wr_ui_find_control(ui, "Banana", &x, &y, err, sizeof err) == -1);
    CHECK(strncmp(err, "no control", 10) == 0);
    CHECK(wr_ui_find_control(ui, "knee", &x, &y, err, sizeof err) == -1); /* case counts */

    wr_ui_layout(ui, &screens[1], 480, 800); /* wrapped paragraphs still match whole */
    CHECK(wr_ui_shows_text(ui, "nervous system's way of protecting you, and it can be"));
    CHECK(wr_ui_shows_text(ui, "Let's begin"));  /* history */
    CHECK(wr_ui_shows_text(ui, "Tell me more")); /* a reply */
    CHECK(wr_ui_shows_text(ui, "Start over"));   /* nav */
    CHECK(!wr_ui_shows_text(ui, "Please go to the front desk"));
    char *t = wr_ui_transcript(ui);
    CHECK(t && strstr(t, "[Back]") && strstr(t, "you: Let's begin") &&
          strstr(t, "# Pain is your body's alarm system") && strstr(t, "[Tell me more]"));
    CHECK(t && strstr(t, "[Back]") < strstr(t, "# Pain") &&
          strstr(t, "# Pain") < strstr(t, "[Tell me more]")); /* reading order */
    free(t);

    wr_ui_layout(ui, &screens[7], 1920, 1080); /* the list */
    CHECK(wr_ui_shows_text(ui, "Questions for today"));
    CHECK(wr_ui_shows_text(ui, "My sleep is poor most nights."));
    wr_ui_layout(ui, &screens[5], 1920, 1080); /* the typed field */
    CHECK(wr_ui_shows_text(ui, "dancing on Saturdays"));
    t = wr_ui_transcript(ui);
    CHECK(t && strstr(t, "field: \"Can I still go dancing"));
    free(t);
    wr_ui_layout(ui, &screens[8], 1920, 1080);
    t = wr_ui_transcript(ui);
    CHECK(t && strstr(t, "# Please go to the front desk now"));
    free(t);
    wr_ui_destroy(ui);
    wr_ui_destroy(NULL);
}

/* A scroll position survives laying out the same screen again (typing a letter). */
static void test_keeps_scroll(wr_screen *screens)
{
    wr_ui *ui = wr_ui_create(&metrics);
    wr_screen large = screens[6]; /* pick, in Larger text */
    large.large_text = true;
    wr_ui_layout(ui, &large, 480, 800);
    int x, y;
    centre(ui, "Can I keep working?", &x, &y); /* Next is in the action bar: no scrolling */
    int s = ui->reg[REG_PANEL].scroll;
    CHECK(s > 0);
    wr_ui_layout(ui, &large, 480, 800);
    CHECK(ui->reg[REG_PANEL].scroll == s);
    wr_ui_layout(ui, &screens[3], 480, 800);
    CHECK(ui->reg[REG_PANEL].scroll == 0);
    wr_ui_destroy(ui);
}

/* Runs every ui test. */
int main(void)
{
    static wr_screen screens[TEST_SCREENS_MAX];
    const char *names[TEST_SCREENS_MAX];
    test_ui_screens(screens, names, TEST_SCREENS_MAX);
    test_wrap();
    test_layouts();
    test_contrast();
    test_taps(screens);
    test_drag_scrolls(screens);
    test_keys(screens);
    test_staff_hold(screens);
    test_queries(screens);
    test_keeps_scroll(screens);
    return check_done();
}
