/*
 * test_core.c -- engine/core without Lua or SDL: conditions, the session and its wipe, the
 * flow through scenes and questions, red flags, the idle wipe, the list, the keyboard.
 * Packs are built by hand here, the way the Lua loader builds them.
 */
#include "check.h"
#include "cond.h"
#include "flow.h"
#include "textcheck.h"
#include "wipe.h"
#include "readaloud.h"

#include <stdarg.h>
#include <stdlib.h>

/* ---- building packs by hand --------------------------------------------------------- */

static wr_srcpos here(wr_pack *p, int line)
{
    return (wr_srcpos){wr_pack_intern_file(p, "test.lua"), line};
}

static wr_scene *scene(wr_pack *p, const char *id, const char *go)
{
    p->scenes = realloc(p->scenes, (size_t)(p->n_scenes + 1) * sizeof *p->scenes);
    wr_scene *s = &p->scenes[p->n_scenes++];
    memset(s, 0, sizeof *s);
    s->id = wr_strdup(id);
    s->go = wr_strdup(go);
    s->pos = here(p, p->n_scenes);
    return s;
}

static wr_step *step(wr_scene *s, wr_step_kind kind, const char *text)
{
    s->steps = realloc(s->steps, (size_t)(s->n_steps + 1) * sizeof *s->steps);
    wr_step *st = &s->steps[s->n_steps++];
    memset(st, 0, sizeof *st);
    st->kind = kind;
    if (kind == WR_STEP_ASK)
        st->question = wr_strdup(text);
    else
        st->text = wr_strdup(text);
    return st;
}

static wr_question *question(wr_pack *p, const char *id, wr_qkind kind, int n, ...)
{
    p->questions = realloc(p->questions, (size_t)(p->n_questions + 1) * sizeof *p->questions);
    wr_question *q = &p->questions[p->n_questions++];
    memset(q, 0, sizeof *q);
    q->id = wr_strdup(id);
    q->text = wr_strdup(id);
    q->kind = kind;
    q->options = calloc((size_t)n + 1, sizeof *q->options);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        q->options[i] = wr_strdup(va_arg(ap, const char *));
    va_end(ap);
    q->n_options = n;
    q->scale_max = 10;
    q->max_len = 20;
    return q;
}

static wr_cond *answered(const char *qid, const char *opt)
{
    wr_cond *c = wr_cond_new(WR_COND_ANSWERED);
    c->name = wr_strdup(qid);
    if (opt) {
        c->options = calloc(1, sizeof *c->options);
        c->options[0] = wr_strdup(opt);
        c->n_options = 1;
    }
    return c;
}

static wr_cond *group(wr_cond_kind kind, wr_cond *a, wr_cond *b)
{
    wr_cond *c = wr_cond_new(kind);
    c->kids = calloc(2, sizeof *c->kids);
    c->kids[0] = a;
    c->kids[1] = b;
    c->n_kids = 2;
    return c;
}

static void flag(wr_pack *p, const char *id, wr_level level, wr_cond *when, const char *words)
{
    p->flags = realloc(p->flags, (size_t)(p->n_flags + 1) * sizeof *p->flags);
    wr_flag *f = &p->flags[p->n_flags++];
    memset(f, 0, sizeof *f);
    f->id = wr_strdup(id);
    f->level = level;
    f->when = when;
    f->patient = wr_strdup(words);
    f->clinician = wr_strdup(words);
}

static void prompt(wr_pack *p, const char *id, const char *text)
{
    p->prompts = realloc(p->prompts, (size_t)(p->n_prompts + 1) * sizeof *p->prompts);
    wr_prompt *pr = &p->prompts[p->n_prompts++];
    memset(pr, 0, sizeof *pr);
    pr->id = wr_strdup(id);
    pr->text = wr_strdup(text);
    pr->topic = wr_strdup("Scans");
}

static void note(wr_pack *p, const char *id, wr_cond *when, const char *text)
{
    p->notes = realloc(p->notes, (size_t)(p->n_notes + 1) * sizeof *p->notes);
    wr_note *n = &p->notes[p->n_notes++];
    memset(n, 0, sizeof *n);
    n->id = wr_strdup(id);
    n->when = when;
    n->text = wr_strdup(text);
}

/* welcome (2 choices) -> safety (saddle, areas, pain, own) -> learn -> questions -> list. */
static wr_pack *sample_pack(void)
{
    wr_pack *p = wr_pack_create();
    p->start = wr_strdup("welcome");
    p->language = wr_strdup("en");
    wr_scene *s = scene(p, "welcome", NULL);
    step(s, WR_STEP_SAY, "Hello there.");
    step(s, WR_STEP_SAY, "Nothing you tell me is saved.");
    step(s, WR_STEP_CHOICE, "Let's begin")->go = wr_strdup("safety");
    step(s, WR_STEP_CHOICE, "Not now")->go = wr_strdup("@end");
    s = scene(p, "safety", "learn");
    step(s, WR_STEP_SAY, "We ask everyone.");
    step(s, WR_STEP_ASK, "saddle");
    step(s, WR_STEP_ASK, "areas");
    step(s, WR_STEP_ASK, "knee_only")->when = answered("areas", "Knee");
    step(s, WR_STEP_ASK, "pain");
    step(s, WR_STEP_ASK, "own");
    s = scene(p, "learn", "questions");
    step(s, WR_STEP_SAY, "Pain is a protector.");
    s = scene(p, "questions", "list");
    step(s, WR_STEP_PICK_PROMPTS, NULL)->max = 2;
    s = scene(p, "list", "@end");
    step(s, WR_STEP_SHOW_LIST, NULL);
    question(p, "saddle", WR_Q_SINGLE, 3, "Yes", "No", "Not sure");
    question(p, "areas", WR_Q_MULTIPLE, 3, "Back", "Neck", "Knee");
    question(p, "knee_only", WR_Q_SINGLE, 2, "Yes", "No");
    question(p, "pain", WR_Q_SCALE, 0);
    question(p, "own", WR_Q_TYPED, 0);
    flag(p, "ces", WR_LEVEL_URGENT, group(WR_COND_ANY, answered("saddle", "Yes"),
                                          answered("saddle", "Not sure")),
         "Numbness between the legs needs a check today.");
    flag(p, "knee", WR_LEVEL_MENTION, answered("knee_only", "Yes"), "My knee is hot.");
    prompt(p, "scan", "Do I need a scan?");
    prompt(p, "move", "Which movements are safe?");
    prompt(p, "sleep", "How can I sleep better?");
    wr_cond *bad = wr_cond_new(WR_COND_AT_LEAST);
    bad->name = wr_strdup("pain");
    bad->number = 7;
    note(p, "pain", bad, "My pain is {answer:pain} out of 10.");
    note(p, "own", answered("own", NULL), "I wrote: {answer:own}");
    CHECK(wr_pack_resolve(p, NULL, NULL) == 0);
    return p;
}

/* ---- helpers over the flow ---------------------------------------------------------- */

static int tap(wr_flow *f, const char *label, uint32_t now)
{
    const wr_screen *s = wr_flow_screen(f);
    for (int i = 0; i < s->n_controls; i++)
        if (s->controls[i].label && strcmp(s->controls[i].label, label) == 0)
            return wr_flow_act(f, s->controls[i].action, s->controls[i].arg, now);
    for (int i = 0; i < s->n_nav; i++)
        if (strcmp(s->nav[i].label, label) == 0)
            return wr_flow_act(f, s->nav[i].action, s->nav[i].arg, now);
    fprintf(stderr, "no control '%s' on screen %s\n", label, s->name);
    return -2;
}

static const char *screen_name(wr_flow *f)
{
    return wr_flow_screen(f)->name;
}

static const char *question_id(wr_flow *f)
{
    const char *q = wr_flow_screen(f)->question_id;
    return q ? q : "(none)";
}

static wr_flow *new_flow(wr_pack **packs)
{
    wr_flow_config cfg;
    wr_flow_config_defaults(&cfg);
    snprintf(cfg.staff_pin, sizeof cfg.staff_pin, "2468");
    return wr_flow_create(packs, 1, &cfg);
}

/* ---- the tests ---------------------------------------------------------------------- */

static void test_resolve_reports_unknown_names(void)
{
    wr_pack *p = sample_pack();
    wr_cond *c = answered("saddle", "Maybe");
    p->notes[0].when = group(WR_COND_ALL, p->notes[0].when, c);
    wr_step *st = step(&p->scenes[0], WR_STEP_CHOICE, "Go");
    st->go = wr_strdup("nowhere");
    step(&p->scenes[0], WR_STEP_ASK, "nope");
    CHECK(wr_pack_resolve(p, NULL, NULL) == 3);
    wr_pack_destroy(p);
}

static void test_conditions_and_session(void)
{
    wr_pack *p = sample_pack();
    wr_session *s = wr_session_create();
    char err[128];
    wr_cond *yes = answered("saddle", "Yes");
    wr_pack_resolve(p, NULL, NULL);
    yes->option_index = calloc(1, sizeof(int));
    CHECK(wr_cond_eval(p, yes, s, err, sizeof err) == 0);
    wr_session_set_option(s, "saddle", 0);
    CHECK(wr_cond_eval(p, yes, s, err, sizeof err) == 1);
    CHECK(wr_cond_eval(p, p->flags[0].when, s, err, sizeof err) == 1);
    wr_session_set_option(s, "saddle", 1);
    CHECK(wr_cond_eval(p, p->flags[0].when, s, err, sizeof err) == 0);
    wr_session_set_number(s, "pain", 7);
    CHECK(wr_cond_eval(p, p->notes[0].when, s, err, sizeof err) == 1);
    wr_session_set_number(s, "pain", 6);
    CHECK(wr_cond_eval(p, p->notes[0].when, s, err, sizeof err) == 0);
    wr_session_toggle_option(s, "areas", 2);
    wr_session_toggle_option(s, "areas", 0);
    char words[64];
    CHECK_STR(wr_session_answer_words(s, &p->questions[1], words, sizeof words), "Back, Knee");
    wr_session_set_text(s, "own", "Can I still run?");
    CHECK(wr_session_bytes(s) > 0);
    wr_session_wipe(s);
    CHECK(wr_session_bytes(s) == 0);
    CHECK(!wr_session_answered(s, "saddle"));
    CHECK(wr_session_text(s, "own") == NULL);
    wr_cond_free(yes);
    wr_session_destroy(s);
    wr_pack_destroy(p);
}

static void test_journey_and_list(void)
{
    wr_pack *p = sample_pack();
    wr_flow *f = new_flow(&p);
    uint32_t t = 1000;
    CHECK_STR(screen_name(f), "attract");
    CHECK(tap(f, "Touch the screen to start", t) == 0);
    CHECK_STR(screen_name(f), "scene");
    CHECK(wr_flow_screen(f)->n_paras == 2);
    CHECK(wr_flow_screen(f)->nav[0].disabled); /* nothing to go back to */
    tap(f, "Let's begin", t);
    CHECK_STR(question_id(f), "saddle");
    CHECK_STR(wr_flow_screen(f)->paras[0], "We ask everyone.");
    tap(f, "No", t);
    CHECK_STR(question_id(f), "areas");
    tap(f, "Back", t);
    tap(f, "Knee", t);
    CHECK(wr_flow_screen(f)->controls[2].selected);
    tap(f, "Next", t);
    CHECK_STR(question_id(f), "knee_only"); /* asked only for knees */
    tap(f, "Yes", t);
    CHECK_STR(question_id(f), "pain");
    CHECK(wr_flow_screen(f)->n_controls == 12); /* 0..10 and Skip */
    tap(f, "8", t);
    CHECK_STR(question_id(f), "own");
    tap(f, "Shift", t);
    tap(f, "C", t);
    tap(f, "a", t);
    tap(f, "n", t);
    tap(f, "space", t);
    tap(f, "ñ", t);
    tap(f, "Delete", t);
    CHECK(tap(f, "i", t) == 0); /* Shift was one-shot: lower case again */
    CHECK_STR(wr_flow_screen(f)->field, "Can i");
    tap(f, "Next", t);
    CHECK_STR(screen_name(f), "scene");
    /* The conversation so far shows the patient's answers as their turns; the two areas
     * ticked are two turns (chips), not one "Back, Knee". */
    const wr_screen *s = wr_flow_screen(f);
    int patient_turns = 0, areas = 0;
    for (int i = 0; i < s->n_history; i++) {
        patient_turns += s->history[i].patient;
        areas += s->history[i].patient && (strcmp(s->history[i].text, "Back") == 0 ||
                                           strcmp(s->history[i].text, "Knee") == 0);
    }
    CHECK(patient_turns == 7);
    CHECK(areas == 2);
    CHECK_STR(s->history[s->n_history - 1].text, "Can i");
    tap(f, "Next", t);
    CHECK_STR(screen_name(f), "pick");
    tap(f, "Do I need a scan?", t);
    tap(f, "How can I sleep better?", t);
    CHECK(wr_flow_act(f, WR_ACT_PROMPT, 1, t) == -1); /* at most 2 */
    tap(f, "Type my own question", t);
    tap(f, "o", t);
    tap(f, "k", t);
    tap(f, "Add to my list", t);
    tap(f, "Next", t);
    CHECK_STR(screen_name(f), "list");
    char *text = wr_flow_list_text(f);
    CHECK(strstr(text, "Do I need a scan?") != NULL);
    CHECK(strstr(text, "How can I sleep better?") != NULL);
    CHECK(strstr(text, "- ok\n") != NULL);
    CHECK(strstr(text, "My pain is 8 out of 10.") != NULL);
    CHECK(strstr(text, "I wrote: Can i") != NULL);
    CHECK(strstr(text, "My knee is hot.") != NULL);
    CHECK(strstr(text, "Get help straight away") != NULL);
    CHECK(strstr(text, "Which movements") == NULL);
    free(text);
    tap(f, "Next", t);
    CHECK_STR(screen_name(f), "end");
    CHECK(wr_flow_tick(f, t + 19000) == 0);
    CHECK(wr_flow_tick(f, t + 21000) == 1);
    CHECK_STR(screen_name(f), "attract");
    CHECK(wr_session_bytes(wr_flow_session(f)) == 0);
    wr_flow_destroy(f);
    wr_pack_destroy(p);
}

static void test_urgent_interrupts_and_stays(void)
{
    wr_pack *p = sample_pack();
    wr_flow *f = new_flow(&p);
    wr_alert a;
    tap(f, "Touch the screen to start", 0);
    tap(f, "Let's begin", 0);
    CHECK(wr_flow_take_alert(f, &a) == 0);
    tap(f, "Not sure", 0);
    CHECK_STR(screen_name(f), "urgent");
    CHECK_STR(wr_flow_screen(f)->paras[0], "Numbness between the legs needs a check today.");
    CHECK(wr_flow_screen(f)->n_history == 0);
    /* the toolbar as everywhere, but Back and Start over greyed out (and refused) */
    const wr_screen *us = wr_flow_screen(f);
    CHECK(us->n_nav >= 3 && us->nav[0].action == WR_ACT_BACK && us->nav[0].disabled);
    CHECK(us->nav[1].action == WR_ACT_RESTART && us->nav[1].disabled);
    CHECK(us->nav[us->n_nav - 1].action == WR_ACT_SPEAK);
    CHECK(tap(f, "Start over", 0) == -1 && strcmp(screen_name(f), "urgent") == 0);
    CHECK(tap(f, "Larger text", 0) == 0 && wr_flow_screen(f)->large_text); /* works here too */
    tap(f, "Larger text", 0);
    CHECK(wr_flow_take_alert(f, &a) == 1 && !a.repeat && strcmp(a.flag_id, "ces") == 0);
    CHECK(wr_flow_take_alert(f, &a) == 0);
    CHECK(wr_flow_next_deadline(f, 0) == 180000); /* the next alert, never a timeout */
    CHECK(wr_flow_tick(f, 180000) == 0);
    CHECK(wr_flow_take_alert(f, &a) == 1 && a.repeat);
    CHECK(wr_flow_tick(f, 3600u * 1000u) == 0); /* never times out */
    CHECK_STR(screen_name(f), "urgent");
    CHECK(tap(f, "Back", 0) == -1 && strcmp(screen_name(f), "urgent") == 0);
    tap(f, "I have asked for help", 0);
    CHECK_STR(screen_name(f), "urgent"); /* the patient cannot dismiss it */
    CHECK(wr_session_answered(wr_flow_session(f), "saddle"));
    CHECK(tap(f, "I have asked for help", 0) == -2);
    /* Staff clear it with the PIN; the visit is wiped. */
    CHECK(wr_flow_act(f, WR_ACT_STAFF, 0, 0) == 0);
    CHECK_STR(screen_name(f), "staff");
    for (const char *d = "2469"; *d; d++)
        wr_flow_act(f, WR_ACT_PIN_DIGIT, *d - '0', 0);
    CHECK(wr_session_answered(wr_flow_session(f), "saddle")); /* a wrong PIN: nothing */
    for (const char *d = "2468"; *d; d++)
        wr_flow_act(f, WR_ACT_PIN_DIGIT, *d - '0', 0);
    CHECK(!wr_session_answered(wr_flow_session(f), "saddle"));
    tap(f, "Back to the patient", 0);
    CHECK_STR(screen_name(f), "attract");
    wr_flow_destroy(f);
    wr_pack_destroy(p);
}

static void test_urgent_desk_code(void)
{
    wr_pack *p = sample_pack();
    wr_flow_config cfg;
    wr_flow_config_defaults(&cfg);
    snprintf(cfg.desk_code, sizeof cfg.desk_code, "135");
    wr_flow *f = wr_flow_create(&p, 1, &cfg); /* a desk code, no staff PIN */
    CHECK(wr_flow_act(f, WR_ACT_STAFF, 0, 0) == -1); /* no staff menu without a PIN */
    tap(f, "Touch the screen to start", 0);
    tap(f, "Let's begin", 0);
    tap(f, "Yes", 1000);
    CHECK_STR(screen_name(f), "urgent");
    CHECK(tap(f, "Staff: clear this screen", 1000) == 0);
    CHECK_STR(screen_name(f), "staff");
    CHECK(wr_flow_tick(f, 1000 + 90000) == 1); /* the pad left alone: back to urgent */
    CHECK_STR(screen_name(f), "urgent");
    CHECK(wr_session_answered(wr_flow_session(f), "saddle"));
    tap(f, "Staff: clear this screen", 100000);
    for (const char *d = "135"; *d; d++)
        wr_flow_act(f, WR_ACT_PIN_DIGIT, *d - '0', 100000);
    CHECK_STR(screen_name(f), "attract");
    CHECK(!wr_session_answered(wr_flow_session(f), "saddle"));
    wr_flow_destroy(f);
    wr_pack_destroy(p);
}

static void test_idle_warning_then_wipe(void)
{
    wr_pack *p = sample_pack();
    wr_flow *f = new_flow(&p);
    tap(f, "Touch the screen to start", 0);
    tap(f, "Let's begin", 0);
    tap(f, "No", 0);
    CHECK(wr_flow_next_deadline(f, 0) == 90000);
    CHECK(wr_flow_tick(f, 89999) == 0);
    CHECK(wr_flow_tick(f, 90000) == 1);
    CHECK_STR(screen_name(f), "idle_warning");
    CHECK(wr_flow_screen(f)->countdown == 30);
    CHECK(strstr(wr_flow_screen(f)->paras[0], "30 seconds") != NULL);
    wr_flow_tick(f, 100500);
    CHECK(wr_flow_screen(f)->countdown == 20);
    tap(f, "I'm still here", 101000);
    CHECK_STR(question_id(f), "areas");
    CHECK(wr_session_answered(wr_flow_session(f), "saddle"));
    wr_flow_tick(f, 191000);
    CHECK_STR(screen_name(f), "idle_warning");
    CHECK(wr_flow_tick(f, 221000) == 1);
    CHECK_STR(screen_name(f), "attract");
    CHECK(wr_session_bytes(wr_flow_session(f)) == 0);
    wr_flow_destroy(f);
    wr_pack_destroy(p);
}

/* A script function that breaks once the saddle question has been answered. */
static int failing_eval(void *ud, int ref, const void *session, char *err, size_t n)
{
    if (!wr_session_answered(session, "saddle"))
        return 0;
    snprintf(err, n, "test.lua:9: attempt to index a nil value");
    return -1;
}

static void test_script_failure_reaches_error_screen(void)
{
    wr_pack *p = sample_pack();
    p->custom_eval = failing_eval;
    wr_cond *custom = wr_cond_new(WR_COND_CUSTOM);
    p->scenes[1].steps[2].when = custom; /* areas: ask only if a broken function says so */
    wr_flow *f = new_flow(&p);
    tap(f, "Touch the screen to start", 0);
    tap(f, "Let's begin", 0);
    tap(f, "No", 0);
    CHECK_STR(screen_name(f), "error");
    CHECK_STR(wr_flow_last_error(f), "test.lua:9: attempt to index a nil value");
    tap(f, "Done", 0);
    CHECK_STR(screen_name(f), "attract");
    /* A broken function does not hide an urgent answer beside it. */
    p->flags[0].when = group(WR_COND_ANY, p->flags[0].when, wr_cond_new(WR_COND_CUSTOM));
    tap(f, "Touch the screen to start", 0);
    tap(f, "Let's begin", 0);
    tap(f, "Yes", 0);
    CHECK_STR(screen_name(f), "urgent");
    wr_flow_destroy(f);
    wr_pack_destroy(p);
}

/* The one wiping discipline: an arena's reset leaves zeros where its strings were (its
 * oldest block is kept, so the bytes can be looked at), and a growing buffer's contents
 * survive its growth. */
static void test_wiping(void)
{
    wr_arena a = {0};
    char *s = wr_arena_strndup(&a, "Kanarie typed", 13);
    CHECK(s && strcmp(s, "Kanarie typed") == 0);
    wr_arena_reset(&a);
    int zero = 1;
    for (int i = 0; i < 14; i++)
        zero = zero && s[i] == 0;
    CHECK(zero);
    CHECK(wr_arena_strndup(&a, "x", 1) == s); /* the same block, reused */
    wr_arena_free(&a);
    CHECK(a.head == NULL);
    wr_wbuf b = {0};
    for (int i = 0; i < 300; i++)
        CHECK(wr_wbuf_put(&b, "abcdefgh", 8) == 0);
    CHECK(b.len == 2400 && memcmp(b.data + 2392, "abcdefgh", 8) == 0 && b.data[2400] == 0);
    wr_wbuf_free(&b);
    CHECK(b.data == NULL && b.len == 0);
}

/* Text fit to show: UTF-8 without NUL bytes or control characters. */
static void test_text_check(void)
{
    char buf[64];
    size_t at = 0;
    CHECK(wr_text_problem("Caf\xc3\xa9 ok\n", 9, 1, &at, buf, sizeof buf) == NULL);
    CHECK_STR(wr_text_problem("Caf\xe9", 4, 1, &at, buf, sizeof buf), "bytes that are not UTF-8");
    CHECK(at == 3);
    CHECK_STR(wr_text_problem("a\0b", 3, 1, &at, buf, sizeof buf), "a NUL byte");
    CHECK_STR(wr_text_problem("a\x1b[2J", 5, 1, &at, buf, sizeof buf),
              "a control character (U+001B)");
    CHECK_STR(wr_text_problem("x\xe2\x80\xae", 4, 1, &at, buf, sizeof buf),
              "a control character (U+202E)");
    CHECK(wr_text_problem("\xc0\xaf", 2, 1, &at, buf, sizeof buf) != NULL);     /* overlong */
    CHECK(wr_text_problem("\xed\xa0\x80", 3, 1, &at, buf, sizeof buf) != NULL); /* surrogate */
    CHECK(wr_text_problem("a\tb", 3, 1, &at, buf, sizeof buf) != NULL);
    CHECK(wr_text_problem("a\tb\r\n", 5, 2, &at, buf, sizeof buf) == NULL);
    CHECK(wr_text_line("a\nb\nc", 4) == 3);
}

/* Read aloud: the turn then numbered choices, private words withheld on the speakers,
 * pronunciations and ranges, number keys, and twice the countdown for speech users. */
static void test_read_aloud(void)
{
    wr_pack *p = sample_pack();
    p->questions[wr_pack_find_question(p, "saddle")].private = true;
    p->sayas = calloc(2, sizeof *p->sayas);
    p->sayas[0] = (wr_uitext){wr_strdup("MRI"), wr_strdup("M R I")};
    p->sayas[1] = (wr_uitext){wr_strdup("RF-*"), wr_strdup("")};
    p->n_sayas = 2;
    char out[256];
    wr_read_pronounce(p, "An MRI, RF-01 scored 0-10 or 3\xe2\x80\x93""5.", out, sizeof out);
    CHECK_STR(out, "An M R I, scored 0 to 10 or 3 to 5.");

    wr_flow *f = new_flow(&p);
    wr_read r = {0};
    tap(f, "Touch the screen to start", 0);
    const wr_screen *s = wr_flow_screen(f);
    CHECK(s->nav[s->n_nav - 1].action == WR_ACT_SPEAK); /* Read aloud: last in the bar */
    CHECK(wr_read_screen(s, p, false, &r) == 4);
    CHECK_STR(r.text[0], "Hello there.");
    CHECK_STR(r.text[2], "1: Let's begin.");
    CHECK_STR(r.text[3], "2: Not now.");
    CHECK(r.part[3].kind == WR_PART_CONTROL && r.part[3].index == 1);
    CHECK(wr_read_numbered(s, 2) == 1 && wr_read_number_of(s, 0) == 1);
    tap(f, "Read aloud", 0);
    CHECK(wr_flow_read_aloud(f));
    tap(f, "Let's begin", 0);
    s = wr_flow_screen(f);
    wr_read_screen(s, p, false, &r);
    char all[1024] = "";
    for (int i = 0; i < r.n; i++)
        strcat(strcat(all, r.text[i]), "|");
    CHECK_STR(all, "We ask everyone.|This question is on the screen.|1: Yes.|2: No.|3: Not sure.|"
                   "4: Skip.|");
    wr_read_screen(s, p, true, &r); /* through headphones: the question itself */
    CHECK(r.n == 6 && r.part[1].kind == WR_PART_PARA);
    CHECK(strcmp(r.text[1], "This question is on the screen.") != 0);
    wr_read_free(&r);
    wr_flow_tick(f, 90 * 1000);
    CHECK_STR(screen_name(f), "idle_warning");
    CHECK(wr_flow_screen(f)->countdown == 60); /* speech users: twice the 30 s */
    tap(f, "I'm still here", 90 * 1000);
    tap(f, "Start over", 91 * 1000);
    CHECK(!wr_flow_read_aloud(f)); /* until the visit ends */
    wr_flow_destroy(f);
    wr_pack_destroy(p);
}

/* "d" on its own, then a group: "a" and "b" on one screen, and "c" too when "d" was
 * answered yes; "b" yes is urgent. */
static wr_pack *group_pack(void)
{
    wr_pack *p = wr_pack_create();
    p->start = wr_strdup("safety");
    p->language = wr_strdup("en");
    wr_scene *s = scene(p, "safety", NULL);
    step(s, WR_STEP_ASK, "d");
    wr_step *st = step(s, WR_STEP_ASK_GROUP, "Do any of these apply?");
    static const char *const ids[] = {"a", "b", "c"};
    st->n_items = 3;
    st->items = calloc(3, sizeof *st->items);
    st->item_when = calloc(3, sizeof *st->item_when);
    for (int i = 0; i < 3; i++) {
        st->items[i] = wr_strdup(ids[i]);
        question(p, ids[i], WR_Q_SINGLE, 4, "yes", "no", "unsure", "private")->brief =
            wr_strdup(ids[i]);
        p->questions[i].required = true;
    }
    st->item_when[2] = answered("d", "yes");
    question(p, "d", WR_Q_SINGLE, 2, "yes", "no")->required = true;
    step(s, WR_STEP_SAY, "The end.");
    flag(p, "urgent_b", WR_LEVEL_URGENT, answered("b", "yes"), "Please go to the desk.");
    CHECK(wr_pack_resolve(p, NULL, NULL) == 0);
    return p;
}

/* The option chosen for question 'q', or "(none)". */
static const char *chosen(wr_flow *f, const char *q)
{
    const wr_pack *p = wr_flow_pack(f);
    int qi = wr_pack_find_question(p, q), o = wr_session_option(wr_flow_session(f), q);
    return qi >= 0 && o >= 0 ? p->questions[qi].options[o] : "(none)";
}

static void test_group_screen(void)
{
    wr_pack *p = group_pack();
    wr_flow *f = new_flow(&p);
    tap(f, "Touch the screen to start", 0);
    tap(f, "no", 0); /* d */
    const wr_screen *s = wr_flow_screen(f);
    CHECK_STR(screen_name(f), "group");
    CHECK(s->n_group == 3 && s->question_id == NULL);
    CHECK(s->n_controls == 5); /* a, b (c's condition fails), None, Not sure, in private */
    CHECK_STR(s->controls[0].label, "a");
    CHECK_STR(s->controls[2].label, "None of these");
    CHECK_STR(s->controls[4].label, "private");
    CHECK(tap(f, "a", 0) == 0 && wr_flow_screen(f)->controls[0].selected);
    CHECK_STR(wr_flow_screen(f)->controls[2].label, "Next"); /* once something is ticked */
    CHECK(tap(f, "a", 0) == 0 && !wr_flow_screen(f)->controls[0].selected); /* untick */
    CHECK(!wr_session_answered(wr_flow_session(f), "a"));
    tap(f, "a", 0);
    tap(f, "Next", 0);
    CHECK_STR(screen_name(f), "scene");
    CHECK_STR(chosen(f, "a"), "yes");
    CHECK_STR(chosen(f, "b"), "no"); /* not ticked: No */
    CHECK_STR(chosen(f, "c"), "(none)"); /* not asked */
    tap(f, "Back", 0);
    CHECK_STR(screen_name(f), "group");
    CHECK(wr_flow_screen(f)->controls[0].selected && !wr_flow_screen(f)->controls[1].selected);
    /* An urgent tick: the urgent screen at once. */
    CHECK(tap(f, "b", 0) == 0);
    CHECK_STR(screen_name(f), "urgent");
    wr_flow_destroy(f);

    /* "Not sure about one": each question on its own screen, in the group's place. */
    f = new_flow(&p);
    tap(f, "Touch the screen to start", 0);
    tap(f, "yes", 0); /* d: c is asked too */
    CHECK(wr_flow_screen(f)->n_controls == 6);
    tap(f, "Not sure about one", 0);
    CHECK_STR(screen_name(f), "question");
    CHECK_STR(question_id(f), "a");
    tap(f, "unsure", 0);
    CHECK_STR(question_id(f), "b");
    tap(f, "Back", 0);
    CHECK_STR(question_id(f), "a"); /* one by one from now on */
    tap(f, "no", 0);
    tap(f, "unsure", 0);
    CHECK_STR(question_id(f), "c");
    tap(f, "no", 0);
    CHECK_STR(screen_name(f), "scene");
    wr_flow_destroy(f);

    /* "In private": every question shown answered in private, then on. */
    f = new_flow(&p);
    tap(f, "Touch the screen to start", 0);
    tap(f, "no", 0);
    tap(f, "private", 0);
    CHECK_STR(chosen(f, "a"), "private");
    CHECK_STR(chosen(f, "b"), "private");
    CHECK_STR(chosen(f, "c"), "(none)");
    CHECK_STR(screen_name(f), "scene");
    wr_flow_destroy(f);
    wr_pack_destroy(p);
}

int main(void)
{
    test_wiping();
    test_text_check();
    test_resolve_reports_unknown_names();
    test_conditions_and_session();
    test_journey_and_list();
    test_urgent_interrupts_and_stays();
    test_urgent_desk_code();
    test_idle_warning_then_wipe();
    test_script_failure_reaches_error_screen();
    test_read_aloud();
    test_group_screen();
    return check_done();
}
