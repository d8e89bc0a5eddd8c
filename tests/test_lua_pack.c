/*
 * test_lua_pack.c -- loading script packs: the good pack becomes the expected data with
 * the right file:line on everything; broken packs are reported as staff would need.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cond.h"
#include "luapack.h"
#include "session.h"

/* CHECK_POS(pos, file, line): a wr_srcpos points at file:line. */
#define CHECK_POS(pos, f, l)                                                                       \
    do {                                                                                           \
        CHECK_STR((pos).file, (f));                                                                \
        CHECK((pos).line == (l));                                                                  \
    } while (0)

/* Every problem reported, one "file:line: message" a line. */
static char reports[16384];
static int n_reports;

static void collect(void *ud, const wr_srcpos *pos, const char *msg)
{
    char line[1024];
    size_t used = strlen(reports);
    (void)ud;
    wr_luapack_format(pos, msg, line, sizeof line);
    snprintf(reports + used, sizeof reports - used, "%s\n", line);
    n_reports++;
}

/* Loads 'dir', collecting reports. */
static wr_luapack *load(const char *dir)
{
    reports[0] = '\0';
    n_reports = 0;
    return wr_luapack_load(dir, NULL, collect, NULL);
}

/* Loads a pack that must fail; returns the reports. */
static const char *load_bad(const char *dir)
{
    wr_luapack *lp = load(dir);
    CHECK(lp == NULL);
    wr_luapack_destroy(lp);
    return reports;
}

/* ======================================================================================
 * The good pack
 * ==================================================================================== */

static const char *const SCENES = "good/20_scenes.lua";
static const char *const QUESTIONS = "good/30_questions.lua";
static const char *const RULES = "good/40_rules.lua";

static void check_meta(const wr_pack *p)
{
    CHECK_STR(p->title, "Back pain");
    CHECK_STR(p->language, "en");
    CHECK_STR(p->language_name, "English");
    CHECK_STR(p->version, "2026-11-1");
    CHECK_STR(p->start, "welcome");
    CHECK_STR(wr_pack_ui(p, "next"), "Continue");
    CHECK_STR(wr_pack_ui(p, "back"), "Back");
}

static void check_scenes(const wr_pack *p)
{
    CHECK(p->n_scenes == 5);
    const wr_scene *w = &p->scenes[wr_pack_find_scene(p, "welcome")];
    CHECK_POS(w->pos, SCENES, 1);
    CHECK(w->n_steps == 5 && w->go == NULL);
    CHECK(w->steps[0].kind == WR_STEP_SAY);
    CHECK_HAS(w->steps[0].text, "Hello. While you wait");
    CHECK_POS(w->steps[1].pos, SCENES, 3);
    CHECK(w->steps[2].kind == WR_STEP_PICTURE);
    CHECK_STR(w->steps[2].text, "spine");
    CHECK(w->steps[3].kind == WR_STEP_CHOICE && w->steps[3].when == NULL);
    CHECK_STR(w->steps[3].text, "Let's begin");
    CHECK_STR(w->steps[3].go, "safety");
    const wr_step *c = &w->steps[4];
    CHECK_POS(c->pos, SCENES, 6);
    CHECK(c->when && c->when->kind == WR_COND_ANSWERED && c->when->n_options == 1);
    CHECK_STR(c->when->name, "seen_before");
    CHECK_STR(c->when->options[0], "No");
    CHECK(c->when->option_index && c->when->option_index[0] == 1); /* resolved */
    CHECK_POS(c->when->pos, SCENES, 6);

    const wr_scene *s = &p->scenes[wr_pack_find_scene(p, "safety")];
    CHECK_STR(s->go, "my_questions");
    CHECK(s->n_steps == 6);
    CHECK(s->steps[2].kind == WR_STEP_ASK && s->steps[2].when->n_options == 2);
    CHECK_STR(s->steps[2].question, "pain_now");
    CHECK_POS(s->steps[2].pos, SCENES, 14);
    CHECK(s->steps[3].kind == WR_STEP_JUMP && s->steps[3].when->kind == WR_COND_AT_LEAST);
    CHECK(s->steps[3].when->number == 8);
    CHECK_STR(s->steps[3].go, "my_questions");

    const wr_scene *m = &p->scenes[wr_pack_find_scene(p, "my_questions")];
    CHECK(m->steps[0].kind == WR_STEP_SAY && m->steps[0].when->kind == WR_COND_VISITED);
    CHECK_POS(m->steps[0].pos, SCENES, 22);
    CHECK(m->steps[1].kind == WR_STEP_PICK_PROMPTS);
    CHECK(m->steps[1].max == 4 && m->steps[1].max_typed == 2);
    const wr_scene *l = &p->scenes[wr_pack_find_scene(p, "my_list")];
    CHECK(l->n_steps == 1 && l->steps[0].kind == WR_STEP_SHOW_LIST);
    CHECK_POS(l->steps[0].pos, SCENES, 27); /* a bare show_list takes its scene's line */
    CHECK_STR(l->go, "@end");
}

static void check_questions(const wr_pack *p)
{
    CHECK(p->n_questions == 5);
    const wr_question *q = &p->questions[wr_pack_find_question(p, "saddle")];
    CHECK(q->kind == WR_Q_SINGLE && q->n_options == 3 && !q->required);
    CHECK_STR(q->options[2], "Not sure");
    CHECK_POS(q->pos, QUESTIONS, 1);
    q = &p->questions[wr_pack_find_question(p, "areas")];
    CHECK(q->kind == WR_Q_MULTIPLE && q->n_options == 3);
    q = &p->questions[wr_pack_find_question(p, "pain_now")];
    CHECK(q->kind == WR_Q_SCALE && q->scale_min == 0 && q->scale_max == 10);
    CHECK_STR(q->low, "No pain");
    CHECK_STR(q->high, "Worst pain imaginable");
    CHECK_POS(q->pos, QUESTIONS, 3);
    q = &p->questions[wr_pack_find_question(p, "own")];
    CHECK(q->kind == WR_Q_TYPED && q->max_len == 120);
    CHECK_STR(q->hint, "Type it here");
    q = &p->questions[wr_pack_find_question(p, "seen_before")];
    CHECK(q->required);
    CHECK_POS(q->pos, QUESTIONS, 8);
}

static void check_rules(const wr_pack *p)
{
    CHECK(p->n_flags == 2 && p->n_prompts == 2 && p->n_notes == 1);
    const wr_flag *f = &p->flags[0];
    CHECK_STR(f->id, "ces");
    CHECK(f->level == WR_LEVEL_URGENT);
    CHECK_STR(f->clinician, "Possible cauda equina symptoms");
    CHECK_POS(f->pos, RULES, 1);
    CHECK(f->when->kind == WR_COND_ANY && f->when->n_kids == 2);
    CHECK(f->when->kids[1]->kind == WR_COND_NONE);
    CHECK(f->when->kids[1]->kids[0]->kind == WR_COND_VISITED);
    CHECK_POS(f->when->pos, RULES, 2);
    f = &p->flags[1];
    CHECK(f->level == WR_LEVEL_TODAY && f->when->kind == WR_COND_CUSTOM);
    CHECK_STR(f->clinician, "Your pain is very bad today."); /* the patient's words */
    CHECK_POS(f->when->pos, RULES, 8);                       /* where the function starts */
    CHECK_STR(p->prompts[0].topic, "Scans");
    CHECK(p->prompts[1].topic == NULL);
    CHECK_POS(p->prompts[1].pos, RULES, 16);
    CHECK(p->notes[0].when->kind == WR_COND_ALL);
    CHECK_POS(p->notes[0].pos, RULES, 17);
}

/* The script function of red flag "bad_pain" runs against a session. */
static void check_custom(const wr_pack *p)
{
    char err[512] = "";
    const wr_cond *bad = p->flags[1].when;
    const wr_cond *ces = p->flags[0].when;
    wr_session *s = wr_session_create();
    wr_session_visit(s, "welcome");
    CHECK(wr_cond_eval(p, bad, s, err, sizeof err) == 0);
    CHECK(wr_cond_eval(p, ces, s, err, sizeof err) == 0);
    wr_session_set_number(s, "pain_now", 9);
    CHECK(wr_cond_eval(p, bad, s, err, sizeof err) == 0); /* no "Back" yet */
    wr_session_toggle_option(s, "areas", 0);
    CHECK(wr_cond_eval(p, bad, s, err, sizeof err) == 1);
    wr_session_set_number(s, "pain_now", 4);
    CHECK(wr_cond_eval(p, bad, s, err, sizeof err) == 0);
    wr_session_set_option(s, "saddle", 2);
    CHECK(wr_cond_eval(p, ces, s, err, sizeof err) == 1);
    wr_session_destroy(s);
}

static void test_good(void)
{
    wr_luapack *lp = load("good");
    CHECK(lp != NULL);
    CHECK(n_reports == 0);
    if (reports[0])
        fprintf(stderr, "%s", reports);
    if (!lp)
        return;
    CHECK(wr_luapack_count(lp) == 2);
    wr_pack **packs = wr_luapack_packs(lp);
    check_meta(packs[0]);
    check_scenes(packs[0]);
    check_questions(packs[0]);
    check_rules(packs[0]);
    check_custom(packs[0]);
    CHECK_STR(packs[1]->language, "es");
    CHECK_STR(packs[1]->language_name, "Español");
    /* one logic: the same steps, the words from strings/es.po */
    CHECK(packs[1]->scenes[3].steps[0].max == packs[0]->scenes[3].steps[0].max);
    CHECK_STR(packs[1]->scenes[0].steps[0].text, "Hola.");
    CHECK_STR(packs[0]->scenes[0].steps[0].text,
              "Hello. While you wait, I can help you get ready for your appointment.");
    wr_luapack_destroy(lp);
}

/* A pack of one script from memory; bare pick_prompts takes the defaults. */
static void test_buffer(void)
{
    static const char text[] = "start 'a'\nscene 'a' { pick_prompts, go = '@end' }\n";
    wr_diags d;
    wr_diags_init(&d);
    wr_luapack *lp = wr_luapack_open_buffer("mem.lua", text, sizeof text - 1, NULL, &d);
    CHECK(lp != NULL);
    CHECK(d.errors == 0);
    if (lp) {
        const wr_step *st = &wr_luapack_packs(lp)[0]->scenes[0].steps[0];
        CHECK(st->max == 5 && st->max_typed == 3);
        CHECK_STR(st->pos.file, "mem.lua");
    }
    wr_luapack_destroy(lp);
    wr_diags_free(&d);
    lp = wr_luapack_open_buffer("mem.lua", "scene 'a' {", 11, NULL, &d);
    CHECK(lp == NULL && d.errors == 1 && d.n == 1);
    CHECK_STR(d.n ? d.v[0].code->code : NULL, "E001");
    wr_diags_free(&d);
}

/* meta { default = true } picks the first language. */
static void test_default_language(void)
{
    wr_luapack *lp = load("default_es");
    CHECK(lp && wr_luapack_count(lp) == 2);
    if (lp)
        CHECK_STR(wr_luapack_packs(lp)[0]->language, "es");
    wr_luapack_destroy(lp);
}

/* ======================================================================================
 * Script functions as conditions, at run time
 * ==================================================================================== */

static void test_custom_runtime(void)
{
    char err[512];
    wr_luapack *lp = load("custom");
    CHECK(lp != NULL);
    if (!lp)
        return;
    const wr_pack *p = wr_luapack_packs(lp)[0];
    wr_session *s = wr_session_create();
    wr_session_set_number(s, "pain", 8);
    CHECK(wr_cond_eval(p, p->notes[0].when, s, err, sizeof err) == -1);
    CHECK_HAS(err, "custom/main.lua:4: attempt to concatenate");
    CHECK(wr_cond_eval(p, p->notes[1].when, s, err, sizeof err) == -1);
    CHECK(strcmp(err, "custom/main.lua:5: instruction budget exceeded (endless loop?)") == 0 ||
          strncmp(err, "custom/main.lua:5: took longer than 100 ms", 42) == 0);
    CHECK(wr_cond_eval(p, p->notes[2].when, s, err, sizeof err) == -1);
    CHECK_HAS(err, "custom/main.lua:6: cannot set the global 'counter'");
    CHECK(wr_cond_eval(p, p->notes[3].when, s, err, sizeof err) == 1);
    CHECK(wr_cond_eval(p, p->notes[4].when, s, err, sizeof err) == 0);
    CHECK(wr_cond_eval(p, p->notes[5].when, s, err, sizeof err) == -1);
    CHECK_STR(err, "custom/main.lua:9: prompt can only be used while the scripts load");
    CHECK(p->n_prompts == 0);
    wr_session_set_number(s, "pain", 1);
    CHECK(wr_cond_eval(p, p->notes[3].when, s, err, sizeof err) == 0);
    CHECK(wr_cond_eval(p, p->notes[4].when, s, err, sizeof err) == 1);
    wr_session_destroy(s);
    wr_luapack_destroy(lp);
}

/* ======================================================================================
 * Broken packs
 * ==================================================================================== */

static void test_broken(void)
{
    CHECK_STR(load_bad("syntax"), "syntax/main.lua:4: E001: '}' expected (to close '{' at line "
                                  "2) near 'say'\n");
    CHECK_STR(load_bad("unknown_field"), "unknown_field/main.lua:4: E202: unknown field 'levle' "
                                         "in red_flag 'ces' (did you mean 'level'?)\n");
    CHECK_STR(load_bad("badargs"), "badargs/main.lua:3: E201: bad argument #1 to 'say' (string "
                                   "expected, got nil)\n");
    CHECK_STR(load_bad("loop"), "loop/main.lua:3: E003: instruction budget exceeded (endless "
                                "loop?)\n");
    CHECK_STR(load_bad("memory"), "memory/main.lua:3: E004: memory limit exceeded (16 MiB)\n");
    CHECK_STR(load_bad("nowhere"), "nowhere: E007: cannot read this folder\n");
}

static void test_escapes(void)
{
    const char *r = load_bad("escape");
    CHECK(n_reports == 10);
    CHECK_HAS(r, "escape/a_io.lua:1: E005: 'io' is not available in scripts\n");
    CHECK_HAS(r, "escape/b_os.lua:1: E005: 'os' is not available in scripts\n");
    CHECK_HAS(r, "escape/c_require.lua:1: E005: 'require' is not available in scripts\n");
    CHECK_HAS(r, "escape/d_load.lua:1: E005: 'load' is not available in scripts\n");
    CHECK_HAS(r, "escape/e_dump.lua:1: E005: 'string.dump' is not available in scripts\n");
    CHECK_HAS(r, "escape/f_dofile.lua:1: E005: 'dofile' is not available in scripts\n");
    CHECK_HAS(r, "escape/g_debug.lua:1: E005: 'debug' is not available in scripts\n");
    CHECK_HAS(r, "escape/h_gc.lua:1: E005: 'collectgarbage' is not available in scripts\n");
    CHECK_HAS(r, "escape/i_package.lua:1: E005: 'package' is not available in scripts\n");
    CHECK_HAS(r, "escape/j_binary.lua: E005: is a compiled (binary) chunk; scripts must be "
                 "text\n");
}

static void test_references(void)
{
    const char *r = load_bad("refs");
    CHECK(n_reports == 4);
    CHECK_HAS(r, "refs/main.lua:4: E102: ask: unknown question 'nope'\n");
    CHECK_HAS(r, "refs/main.lua:5: E101: choice: unknown scene 'nowhere'\n");
    CHECK_HAS(r, "refs/main.lua:9: E103: question 'pain' has no option \"Maybe\"\n");
    CHECK_HAS(r, "refs/main.lua:10: E101: visited(): unknown scene 'lost'\n");
}

static void test_translation(void)
{
    const char *r = load_bad("translation");
    CHECK(n_reports == 1);
    CHECK_HAS(r, "translation/strings/es.po:18: E615: 'scene.welcome.2': the placeholder "
                 "{emergency} is not the same in the translation as in \"Call {emergency}.\"\n");
    wr_diags d;
    wr_diags_init(&d);
    wr_luapack_destroy(wr_luapack_open("translation", NULL, &d));
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    wr_diags_print(&d, out, 0);
    fclose(out);
    CHECK_HAS(text, "translation/main.lua:3: W611: 'scene.welcome.3' is not in strings/es.po");
    CHECK_HAS(text, "translation/strings/es.po:13: W613: 'scene.welcome.1' was translated from "
                    "\"Hi.\" but now says \"Hello.\"");
    CHECK_HAS(text, "translation/strings/es.po:23: W614: 'scene.gone.1' is not a string of the "
                    "logic");
    CHECK_HAS(text, "translation/strings/es.po:28: W612: 'question.pain' is not translated yet");
    free(text);
    wr_diags_free(&d);
}

/* Handouts: text paragraphs, or a PDF found in the language folder and never outside it. */
static void test_handouts(void)
{
    wr_luapack *lp = load("handouts");
    CHECK(lp != NULL);
    CHECK_STR(reports, "");
    if (!lp)
        return;
    const wr_pack *p = wr_luapack_packs(lp)[0];
    CHECK(p->n_handouts == 2);
    CHECK_STR(p->handouts[0].id, "how_pain_works");
    CHECK_STR(p->handouts[0].title, "How pain works");
    CHECK(p->handouts[0].n_paras == 3);
    CHECK_STR(p->handouts[0].paras[1], "## When the alarm is too loud");
    CHECK(p->handouts[0].file == NULL && p->handouts[0].path == NULL);
    CHECK_POS(p->handouts[0].pos, "handouts/main.lua", 5);
    CHECK_STR(p->handouts[1].file, "handouts/scans.pdf");
    CHECK(p->handouts[1].path && p->handouts[1].path[0] == '/');
    CHECK_HAS(p->handouts[1].path, "/tests/packs/handouts/handouts/scans.pdf");
    CHECK_STR(wr_luapack_packs(lp)[1]->handouts[0].title, "Cómo funciona el dolor");
    wr_luapack_destroy(lp);
    CHECK_STR(
        load_bad("handout_bad"),
        "handout_bad/main.lua:3: E141: handout 'missing': the file \"handouts/missing.pdf\" is "
        "not there (looked for handout_bad/handouts/missing.pdf)\n");
    CHECK_STR(load_bad("handout_escape"),
              "handout_escape/main.lua:3: E203: handout 'secrets': file must be a PDF inside the "
              "language folder, such as \"handouts/pain.pdf\" (got \"../../../etc/passwd.pdf\")\n");
}

/* --check prints what load reports and counts it; --reference lists every word. */
static void test_check_and_reference(void)
{
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    CHECK(wr_luapack_check("good", out, 0) == 0);
    CHECK(wr_luapack_check("refs", out, 0) == 4);
    fclose(out);
    CHECK_HAS(text, "refs/main.lua:4: E102: ask: unknown question 'nope'\n");
    CHECK_HAS(text, "refs: 4 errors, 1 warning\n");
    free(text);
    out = open_memstream(&text, &len);
    wr_luapack_reference(out);
    fclose(out);
    static const char *const words[] = {
        "### meta",    "### start",        "### scene",     "### say",      "### ask",
        "### choice",  "### pick_prompts", "### show_list", "### question", "### red_flag",
        "### prompt",  "### note",         "### answered",  "### at_least", "### any",
        "### visited", "`levle`",
    };
    for (size_t i = 0; i < sizeof words / sizeof words[0] - 1; i++)
        CHECK_HAS(text, words[i]);
    CHECK(strstr(text, words[sizeof words / sizeof words[0] - 1]) == NULL);
    CHECK_HAS(text, "- `level` (string):");
    free(text);
}

int main(void)
{
    test_good();
    test_buffer();
    test_default_language();
    test_custom_runtime();
    test_broken();
    test_escapes();
    test_references();
    test_translation();
    test_handouts();
    test_check_and_reference();
    wr_luapack_destroy(NULL);
    return check_done();
}
