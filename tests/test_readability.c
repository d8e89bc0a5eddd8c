/*
 * test_readability.c -- the reading-grade formulas on sentences counted by hand, and (with
 * arguments) the limits on a pack's strings.
 *
 *   test_readability                      unit tests only
 *   test_readability LANG FILE [LANG FILE ...]
 *                                         also checks every line of FILE (one patient-facing
 *                                         string a line, UTF-8) in LANG: each at most grade 8,
 *                                         the file's average at most grade 6
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "readability.h"

static int failures;

#define CHECK(cond)                                                                      \
    do {                                                                                 \
        if (!(cond)) {                                                                   \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);    \
            failures++;                                                                  \
        }                                                                                \
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
    static const struct { const char *w; int n; } words[] = {
        {"cat", 1},      {"the", 1},       {"you", 1},        {"yes", 1},      {"make", 1},
        {"have", 1},     {"table", 2},     {"people", 2},     {"moved", 1},    {"wanted", 2},
        {"boxes", 2},    {"changes", 2},   {"family", 3},     {"exercise", 3}, {"operation", 4},
        {"something", 2}, {"movement", 2}, {"completely", 3}, {"rarely", 2},  {"housework", 2},
        {"usually", 4},  {"idea", 3},      {"radio", 3},      {"being", 2},    {"injections", 3},
        {"Protector", 3}, {"don't", 1},     {"I'd", 1},        {"80", 2},       {"3", 1},
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        check_syllables(wr_syllables_en, words[i].w, words[i].n);
}

static void test_syllables_es(void)
{
    static const struct { const char *w; int n; } words[] = {
        {"sí", 1},        {"y", 1},          {"muy", 1},       {"hoy", 1},         {"que", 1},
        {"dolor", 2},     {"espalda", 3},    {"pierna", 2},    {"ciudad", 2},      {"aire", 2},
        {"huevo", 2},     {"guía", 2},       {"leía", 3},      {"país", 2},        {"reír", 2},
        {"enseguida", 4}, {"articulación", 5}, {"cigüeña", 3}, {"directamente", 5}, {"Área", 3},
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
                                       "multidisciplinary musculoskeletal rehabilitation.", "en");
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
                                       "inflamatorias intervertebrales generalizadas.", "es-MX");
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

/* Every line of 'path' at most grade 8, the average at most grade 6. Returns failures. */
static int check_file(const char *lang, const char *path)
{
    FILE *f = fopen(path, "r");
    char line[8192];
    int n = 0, bad = 0;
    double sum = 0, top = 0;
    if (!f) {
        perror(path);
        return 1;
    }
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0])
            continue;
        double g = wr_readability_grade(line, lang);
        if (g < 0) {
            fprintf(stderr, "%s: no readability formula for language '%s'\n", path, lang);
            fclose(f);
            return 1;
        }
        if (g > 8) {
            fprintf(stderr, "%s: grade %.1f (above 8): %s\n", path, g, line);
            bad++;
        }
        top = g > top ? g : top;
        sum += g;
        n++;
    }
    fclose(f);
    double mean = n ? sum / n : 0;
    printf("%s (%s): %d strings, average grade %.2f, highest %.1f\n", path, lang, n, mean, top);
    if (mean > 6) {
        fprintf(stderr, "%s: average grade %.2f is above 6\n", path, mean);
        bad++;
    }
    return bad;
}

int main(int argc, char **argv)
{
    test_syllables_en();
    test_syllables_es();
    test_flesch_kincaid();
    test_spanish();
    test_edges();
    for (int i = 1; i + 1 < argc; i += 2)
        failures += check_file(argv[i], argv[i + 1]);
    if (failures)
        fprintf(stderr, "test_readability: %d failure(s)\n", failures);
    return failures ? 1 : 0;
}
