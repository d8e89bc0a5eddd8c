/*
 * readability.h -- how hard a piece of patient text is to read, as an approximate US school
 * grade. Pure C11: no SDL, no Lua, no allocation. Used by the content tests to hold every
 * patient-facing string at or below grade 8 and each pack's average at or below grade 6.
 *
 * English: the Flesch-Kincaid grade level, with a heuristic syllable counter for English words
 *   grade = 0.39 * words/sentences + 11.8 * syllables/words - 15.59
 * Spanish: the Szigriszt-Pazos perspicuity (INFLESZ) and the Fernandez-Huerta ease, with a
 *   rule-based Spanish syllable counter (diphthongs, hiatus, silent u in que/qui/gue/gui).
 *   The grade is the Flesch-Kincaid grade of an English text with the same sentence length
 *   and the same reading ease: Szigriszt-Pazos weighs a syllable 62.3/84.6 as much as
 *   Flesch does, so grade = 0.39 * words/sentences + 8.69 * syllables/words - 15.59.
 *
 * Short strings (a button, a heading, a question of a few words) are too short to estimate
 * syllables per word: one long word such as "Family" would score grade 20. So when a string has
 * fewer than WR_SHORT_WORDS words, the grade uses the syllable rate shrunk toward that of plain
 * text, as if the string were padded to WR_SHORT_WORDS words at WR_PLAIN_SYLLABLES_* (about the
 * rate of grade-5 text in each language). A short string of hard words still scores high
 * ("Immunosuppressive therapy": about grade 10). The raw formulas are reported unchanged.
 *
 * Formulas count, they do not understand: a short sentence of hard words can score low.
 * Every figure is an estimate, about +/- 1 grade. Text inside {braces} (placeholders such as
 * {answer:sleep}) is ignored.
 */
#ifndef WR_READABILITY_H
#define WR_READABILITY_H

#include <stddef.h>

#define WR_SHORT_WORDS 10         /* fewer words than this: the syllable rate is shrunk */
#define WR_PLAIN_SYLLABLES_EN 1.4 /* syllables a word of plain English */
#define WR_PLAIN_SYLLABLES_ES 1.9 /* syllables a word of plain Spanish (same grade as 1.4 en) */

typedef struct wr_readability {
    int words;
    int sentences; /* at least 1 when there is a word */
    int syllables;
    double grade;            /* approximate US grade, never below 0 (short strings: above) */
    double flesch_kincaid;   /* English formula, unclamped (may be negative) */
    double reading_ease;     /* Flesch reading ease (en) or Szigriszt-Pazos perspicuity (es) */
    double fernandez_huerta; /* Spanish only; 0 for English */
} wr_readability;

typedef enum wr_lang_kind { WR_LANG_UNKNOWN, WR_LANG_EN, WR_LANG_ES } wr_lang_kind;

/* Which formula a language code uses: "en", "en-GB" ... English; "es", "es-MX" ... Spanish;
 * anything else (or NULL) is unknown. */
wr_lang_kind wr_readability_lang(const char *lang);

/* Measures 'utf8' (NUL-terminated) in 'lang' into 'out'. Returns 0, or -1 when the language
 * has no formula here ('out' is then zeroed). Text without words measures as grade 0. */
int wr_readability_measure(const char *utf8, const char *lang, wr_readability *out);

/* The approximate US grade of 'utf8' in 'lang', or -1 when the language has no formula. */
double wr_readability_grade(const char *utf8, const char *lang);

/* Syllables in one word of 'len' bytes (UTF-8, any case; letters only), at least 1. */
int wr_syllables_en(const char *word, size_t len);
int wr_syllables_es(const char *word, size_t len);

/* The INFLESZ band of a Szigriszt-Pazos score, in Spanish: "muy difícil" (< 40),
 * "algo difícil" (40-55), "normal" (55-65), "bastante fácil" (65-80), "muy fácil" (>= 80). */
const char *wr_readability_inflesz_band(double perspicuity);

#endif
