/*
 * test_readability.c -- the reading-grade formulas on sentences counted by hand, and (with
 * arguments) the limits on a pack's strings.
 *
 *   test_readability                      unit tests only
 *   test_readability --pack DIR           also loads the script pack in DIR through the Lua
 *                                         loader and checks every patient-facing string of
 *                                         every language: each at most grade 8, each
 *                                         language's average at most grade 6 (built with
 *                                         WR_HAVE_LUAPACK only)
 *   test_readability LANG FILE [LANG FILE ...]
 *                                         also checks every line of FILE (one patient-facing
 *                                         string a line, UTF-8) in LANG, with the same limits
 *
 * Patient-facing: what a scene says, choices, questions (text, hint, options, scale words),
 * flags' patient words, suggested questions and their topics, notes, and the engine's words
 * (ui) except the staff screens'. Clinician words are for staff and are not measured.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "readability.h"
#ifdef WR_HAVE_LUAPACK
#include "luapack.h"
#endif

#define MAX_GRADE 8.0
#define MAX_MEAN 6.0

static int failures;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);               \
            failures++;                                                                            \
        }                                                                                          \
    } while (0)

#define NEAR(a, b) (fabs((a) - (b)) < 0.01)

static void check_syllables(int (*count)(const char *, size_t), const char *word, int want)
{
    int got = count(word, strlen(word));
    if (got != want) {
        fprintf(stderr, "syllables of '%s': got %d, want %d\n", word, got, want);
        failures++;
    }
}

static void test_syllables_en(void)
{
    static const struct {
        const char *w;
        int n;
    } words[] = {
        {"cat", 1},       {"the", 1},      {"you", 1},        {"yes", 1},      {"make", 1},
        {"have", 1},      {"table", 2},    {"people", 2},     {"moved", 1},    {"wanted", 2},
        {"boxes", 2},     {"changes", 2},  {"family", 3},     {"exercise", 3}, {"operation", 4},
        {"something", 2}, {"movement", 2}, {"completely", 3}, {"rarely", 2},   {"housework", 2},
        {"usually", 4},   {"idea", 3},     {"radio", 3},      {"being", 2},    {"injections", 3},
        {"Protector", 3}, {"don't", 1},    {"I'd", 1},        {"80", 2},       {"3", 1},
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        check_syllables(wr_syllables_en, words[i].w, words[i].n);
}

static void test_syllables_es(void)
{
    static const struct {
        const char *w;
        int n;
    } words[] = {
        {"sí", 1},           {"y", 1},       {"muy", 1},          {"hoy", 1},
        {"que", 1},          {"dolor", 2},   {"espalda", 3},      {"pierna", 2},
        {"ciudad", 2},       {"aire", 2},    {"huevo", 2},        {"guía", 2},
        {"leía", 3},         {"país", 2},    {"reír", 2},         {"enseguida", 4},
        {"articulación", 5}, {"cigüeña", 3}, {"directamente", 5}, {"Área", 3},
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        check_syllables(wr_syllables_es, words[i].w, words[i].n);
}

/* 12 words, 17 syllables, 2 sentences, counted by hand. */
static void test_flesch_kincaid(void)
{
    wr_readability r;
    CHECK(wr_readability_measure("Pain is a protector. It is not a direct measure of damage.", "en",
                                 &r) == 0);
    CHECK(r.words == 12 && r.syllables == 17 && r.sentences == 2);
    CHECK(NEAR(r.flesch_kincaid, 0.39 * 6 + 11.8 * 17 / 12.0 - 15.59));
    CHECK(NEAR(r.grade, r.flesch_kincaid));
    CHECK(NEAR(r.reading_ease, 206.835 - 1.015 * 6 - 84.6 * 17 / 12.0));

    double hard = wr_readability_grade("Degenerative intervertebral disc pathology necessitates "
                                       "multidisciplinary musculoskeletal rehabilitation.",
                                       "en");
    CHECK(hard > 15);
    CHECK(wr_readability_grade("Movement helps. Start small.", "en-GB") < 4);
}

/* 10 words, 19 syllables, 2 sentences, counted by hand. */
static void test_spanish(void)
{
    wr_readability r;
    CHECK(wr_readability_measure("El dolor es un protector. No mide directamente el daño.", "es",
                                 &r) == 0);
    CHECK(r.words == 10 && r.syllables == 19 && r.sentences == 2);
    CHECK(NEAR(r.reading_ease, 206.835 - 62.3 * 1.9 - 5));           /* Szigriszt-Pazos */
    CHECK(NEAR(r.fernandez_huerta, 206.84 - 0.60 * 190 - 1.02 * 5)); /* Fernandez-Huerta */
    CHECK(NEAR(r.grade, 0.39 * 5 + 11.8 * 62.3 / 84.6 * 1.9 - 15.59));
    CHECK(strcmp(wr_readability_inflesz_band(r.reading_ease), "muy fácil") == 0);
    CHECK(strcmp(wr_readability_inflesz_band(60), "normal") == 0);
    CHECK(strcmp(wr_readability_inflesz_band(30), "muy difícil") == 0);

    double hard = wr_readability_grade("La espondiloartritis axial condiciona alteraciones "
                                       "inflamatorias intervertebrales generalizadas.",
                                       "es-MX");
    CHECK(hard > 12);
    /* ¿ and ¡ do not end sentences; ? and ! do. */
    CHECK(wr_readability_measure("¿Tiene dolor? ¡Gracias!", "es", &r) == 0 && r.sentences == 2);
}

static void test_edges(void)
{
    wr_readability r;
    CHECK(wr_readability_grade("", "en") == 0);
    CHECK(wr_readability_grade(NULL, "es") == 0);
    CHECK(wr_readability_grade("Bonjour", "fr") == -1);
    CHECK(wr_readability_grade("Hello", NULL) == -1);
    CHECK(wr_readability_lang("EN") == WR_LANG_EN && wr_readability_lang("eng") == WR_LANG_UNKNOWN);
    /* placeholders are not words; 3.5 and "..." do not split sentences */
    CHECK(wr_readability_measure("My sleep: {answer:sleep}.", "en", &r) == 0 && r.words == 2);
    CHECK(wr_readability_measure("It was 3.5 out of 10... Then less.", "en", &r) == 0);
    CHECK(r.words == 8 && r.sentences == 2);
    /* short strings: a plain word is easy, a short string of hard words is not */
    CHECK(wr_readability_grade("Family", "en") < 6);
    CHECK(wr_readability_grade("Housework", "en") < 6);
    CHECK(wr_readability_grade("Immunosuppressive therapy", "en") > 8);
    CHECK(wr_readability_grade("Articulaciones", "es") < 8);
    /* never negative */
    CHECK(wr_readability_grade("Yes", "en") >= 0);
}

/* Grades of one language's strings so far. */
typedef struct tally {
    const char *what; /* a file or a pack folder, for messages */
    const char *lang;
    int n, bad;
    double sum, top;
} tally;

/* Measures one string; reports it when above the limit. Returns -1 for an unknown language. */
static int measure(tally *t, const char *where, const char *text)
{
    if (!text || !text[0])
        return 0;
    double g = wr_readability_grade(text, t->lang);
    if (g < 0) {
        fprintf(stderr, "%s: no readability formula for language '%s'\n", t->what, t->lang);
        return -1;
    }
    if (g > MAX_GRADE) {
        fprintf(stderr, "%s: %s: grade %.1f (above %.0f): %s\n", t->what, where, g, MAX_GRADE,
                text);
        t->bad++;
    }
    t->top = g > t->top ? g : t->top;
    t->sum += g;
    t->n++;
    return 0;
}

/* Prints the tally; returns its failures (strings above the limit, and a high average). */
static int report(const tally *t)
{
    double mean = t->n ? t->sum / t->n : 0;
    printf("%s (%s): %d strings, average grade %.2f, highest %.1f\n", t->what, t->lang, t->n, mean,
           t->top);
    if (mean > MAX_MEAN) {
        fprintf(stderr, "%s (%s): average grade %.2f is above %.0f\n", t->what, t->lang, mean,
                MAX_MEAN);
        return t->bad + 1;
    }
    return t->bad;
}

/* Every line of 'path' in 'lang'. Returns failures. */
static int check_file(const char *lang, const char *path)
{
    FILE *f = fopen(path, "r");
    char line[8192];
    tally t = {path, lang, 0, 0, 0, 0};
    if (!f) {
        perror(path);
        return 1;
    }
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (measure(&t, "line", line) < 0) {
            fclose(f);
            return 1;
        }
    }
    fclose(f);
    return report(&t);
}

#ifdef WR_HAVE_LUAPACK
static void print_problem(void *ud, const wr_srcpos *pos, const char *msg)
{
    char buf[1024];
    (void)ud;
    fprintf(stderr, "%s\n", wr_luapack_format(pos, msg, buf, sizeof buf));
}

/* Every patient-facing string of one language's pack. */
static void measure_pack(tally *t, const wr_pack *p)
{
    for (int i = 0; i < p->n_scenes; i++)
        for (int k = 0; k < p->scenes[i].n_steps; k++) {
            const wr_step *st = &p->scenes[i].steps[k];
            if (st->kind == WR_STEP_SAY || st->kind == WR_STEP_CHOICE)
                measure(t, p->scenes[i].id, st->text);
        }
    for (int i = 0; i < p->n_questions; i++) {
        const wr_question *q = &p->questions[i];
        measure(t, q->id, q->text);
        measure(t, q->id, q->hint);
        measure(t, q->id, q->low);
        measure(t, q->id, q->high);
        for (int k = 0; k < q->n_options; k++)
            measure(t, q->id, q->options[k]);
    }
    for (int i = 0; i < p->n_flags; i++)
        measure(t, p->flags[i].id, p->flags[i].patient);
    for (int i = 0; i < p->n_prompts; i++) {
        measure(t, p->prompts[i].id, p->prompts[i].text);
        measure(t, p->prompts[i].id, p->prompts[i].topic);
    }
    for (int i = 0; i < p->n_notes; i++)
        measure(t, p->notes[i].id, p->notes[i].text);
    for (int i = 0; i < p->n_uitext; i++)
        if (strncmp(p->uitext[i].key, "staff_", 6) != 0)
            measure(t, p->uitext[i].key, p->uitext[i].text);
    for (int i = 0; i < p->n_handouts; i++) {
        measure(t, p->handouts[i].id, p->handouts[i].title);
        for (int k = 0; k < p->handouts[i].n_paras; k++) {
            const char *para = p->handouts[i].paras[k];
            measure(t, p->handouts[i].id, strncmp(para, "## ", 3) == 0 ? para + 3 : para);
        }
    }
}

/* Loads the pack in 'dir' and checks every language. Returns failures. */
static int check_pack(const char *dir)
{
    wr_luapack *lp = wr_luapack_load(dir, NULL, print_problem, NULL);
    int bad = 0;
    if (!lp) {
        fprintf(stderr, "%s: the pack does not load\n", dir);
        return 1;
    }
    wr_pack **packs = wr_luapack_packs(lp);
    for (int i = 0; i < wr_luapack_count(lp); i++) {
        tally t = {dir, packs[i]->language, 0, 0, 0, 0};
        if (wr_readability_lang(t.lang) == WR_LANG_UNKNOWN) {
            printf("%s (%s): no readability formula; not measured\n", dir, t.lang ? t.lang : "?");
            continue;
        }
        measure_pack(&t, packs[i]);
        bad += report(&t);
    }
    wr_luapack_destroy(lp);
    return bad;
}
#endif

int main(int argc, char **argv)
{
    test_syllables_en();
    test_syllables_es();
    test_flesch_kincaid();
    test_spanish();
    test_edges();
    for (int i = 1; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "--pack") == 0) {
#ifdef WR_HAVE_LUAPACK
            failures += check_pack(argv[i + 1]);
#else
            fprintf(stderr, "--pack: built without the Lua loader\n");
            failures++;
#endif
        } else {
            failures += check_file(argv[i], argv[i + 1]);
        }
    }
    if (failures)
        fprintf(stderr, "test_readability: %d failure(s)\n", failures);
    return failures ? 1 : 0;
}
