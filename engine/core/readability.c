/*
 * readability.c -- reading grade of patient text: Flesch-Kincaid (English), Szigriszt-Pazos
 * and Fernandez-Huerta (Spanish). Pure C11, no allocation. See readability.h.
 */
#include "readability.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define WORD_MAX 64 /* code points of a word kept for syllable counting */

/* ==== UTF-8 and letters ================================================================== */

/* Decodes one code point at s[*i] (advancing *i); invalid bytes decode as U+FFFD. */
static uint32_t next_cp(const char *s, size_t len, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c = u[*i];
    int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
    (*i)++;
    if (extra < 0)
        return 0xFFFD;
    if (extra == 0)
        return c;
    c &= 0x3F >> extra;
    for (int k = 0; k < extra; k++, (*i)++) {
        if (*i >= len || (u[*i] & 0xC0) != 0x80)
            return 0xFFFD;
        c = (c << 6) | (u[*i] & 0x3F);
    }
    return c;
}

/* Lower case for ASCII and the Latin-1 letters (enough for English and Spanish). */
static uint32_t lower(uint32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
        return c + 32;
    return c;
}

static bool is_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

static bool is_letter(uint32_t c)
{
    c = lower(c);
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

static bool is_apostrophe(uint32_t c)
{
    return c == '\'' || c == 0x2019;
}

/* Ends a sentence: . ! ? and the ellipsis. (Spanish opening marks do not.) */
static bool is_terminator(uint32_t c)
{
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

/* ==== English syllables =================================================================== */

static bool en_vowel(const uint32_t *w, int n, int i)
{
    uint32_t c = w[i];
    if (c == 'y')
        return i > 0; /* a leading y is a consonant: you, yes */
    (void)n;
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || (c >= 0xE0 && c <= 0xFC);
}

static bool ends_with(const uint32_t *w, int n, const char *suffix)
{
    int k = (int)strlen(suffix);
    if (k > n)
        return false;
    for (int i = 0; i < k; i++)
        if (w[n - k + i] != (uint32_t)(unsigned char)suffix[i])
            return false;
    return true;
}

static bool at(const uint32_t *w, int n, int i, const char *s)
{
    int k = (int)strlen(s);
    if (i < 0 || i + k > n)
        return false;
    for (int j = 0; j < k; j++)
        if (w[i + j] != (uint32_t)(unsigned char)s[j])
            return false;
    return true;
}

static bool en_consonant_at(const uint32_t *w, int n, int i)
{
    return i >= 0 && i < n && !en_vowel(w, n, i);
}

/* Vowel pairs that are usually two syllables in English: di-a, ra-di-o, u-su-al, i-de-a,
 * be-ing. Pairs that are one syllable (spe-cial, na-tion, quar-ter, peo-ple) are left. */
static int en_split_pairs(const uint32_t *w, int n)
{
    int extra = 0;
    for (int i = 0; i + 1 < n; i++) {
        uint32_t p = i > 0 ? w[i - 1] : 0;
        bool soft = p == 'c' || p == 't' || p == 's' || p == 'g' || p == 'x';
        if (w[i] == 'i' && w[i + 1] == 'a' && !soft)
            extra++;
        else if (w[i] == 'i' && w[i + 1] == 'o' && !soft)
            extra++;
        else if (w[i] == 'u' && w[i + 1] == 'a' && p != 'q' && p != 'g')
            extra++;
        else if (w[i] == 'e' && w[i + 1] == 'a' && i + 2 == n && n > 3)
            extra++; /* idea, area */
        else if (w[i] == 'e' && w[i + 1] == 'i' && at(w, n, i + 2, "ng"))
            extra++; /* being */
    }
    return extra;
}

/* Silent e inside a word: before a suffix (move-ment, safe-ly, care-ful) or at the end of a
 * first part (some-thing, house-work, life-time). Each e counts once. */
static int en_silent_inner_e(const uint32_t *w, int n)
{
    static const char *const suffixes[] = {"ment", "ly", "ful", "less", "ness"};
    static const char *const heads[] = {"some", "house", "home", "life", "care", "safe", "hope",
                                        "side", "whole", "face", "name", "time", "make", "base"};
    bool silent[WORD_MAX] = {false};
    int minus = 0;
    for (size_t s = 0; s < sizeof suffixes / sizeof *suffixes; s++) {
        int e = n - (int)strlen(suffixes[s]) - 1;
        if (e >= 2 && ends_with(w, n, suffixes[s]) && w[e] == 'e' && en_consonant_at(w, n, e - 1) &&
            !en_consonant_at(w, n, e - 2))
            silent[e] = true;
    }
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++) {
        int e = (int)strlen(heads[h]) - 1;
        uint32_t next = e + 1 < n ? w[e + 1] : 0;
        if (e + 2 < n && at(w, n, 0, heads[h]) && en_consonant_at(w, n, e + 1) && next != 'r' &&
            next != 'd' && next != 's' && next != 'n')
            silent[e] = true;
    }
    for (int i = 0; i < n; i++)
        minus += silent[i];
    return minus;
}

static int en_word(const uint32_t *w, int n)
{
    int count = 0;
    for (int i = 0; i < n; i++)
        if (en_vowel(w, n, i) && (i == 0 || !en_vowel(w, n, i - 1)))
            count++;
    count += en_split_pairs(w, n);
    if (count <= 1)
        return 1;
    count -= en_silent_inner_e(w, n);
    if (ends_with(w, n, "e") && en_consonant_at(w, n, n - 2) &&
        !(ends_with(w, n, "le") && en_consonant_at(w, n, n - 3)))
        count--; /* make, have; but ta-ble, peo-ple */
    else if (ends_with(w, n, "ed") && en_consonant_at(w, n, n - 3) && w[n - 3] != 't' &&
             w[n - 3] != 'd')
        count--; /* moved, asked; but want-ed, need-ed */
    else if (ends_with(w, n, "es") && en_consonant_at(w, n, n - 3) &&
             !(ends_with(w, n, "les") && en_consonant_at(w, n, n - 4)) && !ends_with(w, n, "ses") &&
             !ends_with(w, n, "xes") && !ends_with(w, n, "zes") && !ends_with(w, n, "ches") &&
             !ends_with(w, n, "shes") && !ends_with(w, n, "ges") && !ends_with(w, n, "ces"))
        count--; /* makes, times; but box-es, chang-es, ta-bles */
    return count < 1 ? 1 : count;
}

/* ==== Spanish syllables =================================================================== */

enum { V_NONE, V_STRONG, V_WEAK, V_WEAK_ACCENT };

/* The vowel class of w[i]: a e o (and accented) are strong, i u ü weak, í ú accented weak.
 * A final y after a vowel is weak (hoy, muy); u is silent in que, qui, gue, gui. */
static int es_class(const uint32_t *w, int n, int i)
{
    uint32_t c = w[i];
    switch (c) {
    case 'a':
    case 'e':
    case 'o':
    case 0xE1:
    case 0xE9:
    case 0xF3:
    case 0xE0:
    case 0xE8:
    case 0xF2:
        return V_STRONG;
    case 0xED:
    case 0xFA:
        return V_WEAK_ACCENT;
    case 'i':
    case 0xFC:
        return V_WEAK;
    case 'u':
        if (i > 0 && (w[i - 1] == 'q' || w[i - 1] == 'g') && i + 1 < n &&
            (w[i + 1] == 'e' || w[i + 1] == 'i' || w[i + 1] == 0xE9 || w[i + 1] == 0xED))
            return V_NONE;
        return V_WEAK;
    case 'y':
        return (i == n - 1 && i > 0) ? V_WEAK : V_NONE;
    default:
        return V_NONE;
    }
}

static int es_word(const uint32_t *w, int n)
{
    int count = 0, prev = V_NONE;
    for (int i = 0; i < n; i++) {
        int c = es_class(w, n, i);
        if (c == V_NONE) {
            prev = V_NONE;
            continue;
        }
        bool hiatus = (prev == V_STRONG && c == V_STRONG) ||
                      (prev == V_STRONG && c == V_WEAK_ACCENT) ||
                      (prev == V_WEAK_ACCENT && c == V_STRONG);
        if (prev == V_NONE || hiatus)
            count++;
        prev = c;
    }
    return count < 1 ? 1 : count;
}

/* ==== words and sentences ================================================================= */

/* Copies a word's letters, lower-cased, without apostrophes, into w (at most WORD_MAX). */
static int load_word(const char *word, size_t len, uint32_t *w)
{
    int n = 0;
    size_t i = 0;
    while (i < len && n < WORD_MAX) {
        uint32_t c = next_cp(word, len, &i);
        if (is_letter(c) || is_digit(c))
            w[n++] = lower(c);
    }
    return n;
}

static int digits_only(const uint32_t *w, int n)
{
    for (int i = 0; i < n; i++)
        if (!is_digit(w[i]))
            return 0;
    return n;
}

static int syllables(const char *word, size_t len, wr_lang_kind lang)
{
    uint32_t w[WORD_MAX];
    int n = load_word(word, len, w);
    int d = digits_only(w, n);
    if (n == 0)
        return 1;
    if (d) /* a number read aloud: about one syllable a digit (en), two (es) */
        return lang == WR_LANG_ES ? 2 * d - 1 : d;
    return lang == WR_LANG_ES ? es_word(w, n) : en_word(w, n);
}

int wr_syllables_en(const char *word, size_t len)
{
    return syllables(word, len, WR_LANG_EN);
}

int wr_syllables_es(const char *word, size_t len)
{
    return syllables(word, len, WR_LANG_ES);
}

wr_lang_kind wr_readability_lang(const char *lang)
{
    if (!lang)
        return WR_LANG_UNKNOWN;
    if (lower((unsigned char)lang[0]) == 'e' && lang[1] && lower((unsigned char)lang[1]) == 'n' &&
        (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_'))
        return WR_LANG_EN;
    if (lower((unsigned char)lang[0]) == 'e' && lang[1] && lower((unsigned char)lang[1]) == 's' &&
        (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_'))
        return WR_LANG_ES;
    return WR_LANG_UNKNOWN;
}

/* Counts words, syllables and sentences of 'text' into 'r'. */
static void count(const char *text, wr_lang_kind lang, wr_readability *r)
{
    size_t len = strlen(text), i = 0;
    bool in_braces = false, pending_end = false;
    while (i < len) {
        size_t start = i;
        uint32_t c = next_cp(text, len, &i);
        if (in_braces) {
            in_braces = c != '}';
            continue;
        }
        if (c == '{') {
            in_braces = true;
            continue;
        }
        if (is_letter(c) || is_digit(c)) {
            size_t end = i;
            for (;;) { /* a word: letters, digits, apostrophes and 3.5 between them */
                size_t j = end;
                if (j >= len)
                    break;
                uint32_t d = next_cp(text, len, &j);
                bool inner = (is_apostrophe(d) || d == '.' || d == ',') && j < len;
                if (inner) {
                    size_t k = j;
                    uint32_t e = next_cp(text, len, &k);
                    bool ok = is_apostrophe(d) ? is_letter(e) : (is_digit(e) && is_digit(c));
                    if (!ok)
                        break;
                }
                if (!(is_letter(d) || is_digit(d) || inner))
                    break;
                c = d;
                end = j;
            }
            if (pending_end)
                r->sentences++;
            pending_end = false;
            r->words++;
            r->syllables += syllables(text + start, end - start, lang);
            i = end;
        } else if (is_terminator(c) && r->words > 0) {
            pending_end = true;
        }
    }
    if (r->words > 0)
        r->sentences++; /* the last sentence, ended or not */
}

int wr_readability_measure(const char *utf8, const char *lang, wr_readability *out)
{
    wr_lang_kind kind = wr_readability_lang(lang);
    memset(out, 0, sizeof *out);
    if (kind == WR_LANG_UNKNOWN)
        return -1;
    count(utf8 ? utf8 : "", kind, out);
    if (out->words == 0)
        return 0;
    double asl = (double)out->words / out->sentences;
    double asw = (double)out->syllables / out->words;
    double plain = kind == WR_LANG_EN ? WR_PLAIN_SYLLABLES_EN : WR_PLAIN_SYLLABLES_ES;
    double asw_grade = asw;
    if (out->words < WR_SHORT_WORDS) /* too few words to estimate a rate: shrink (readability.h) */
        asw_grade = (out->syllables + (WR_SHORT_WORDS - out->words) * plain) / WR_SHORT_WORDS;
    double grade;
    out->flesch_kincaid = 0.39 * asl + 11.8 * asw - 15.59;
    if (kind == WR_LANG_EN) {
        out->reading_ease = 206.835 - 1.015 * asl - 84.6 * asw;
        grade = 0.39 * asl + 11.8 * asw_grade - 15.59;
    } else {
        out->reading_ease = 206.835 - 62.3 * asw - asl; /* Szigriszt-Pazos */
        out->fernandez_huerta = 206.84 - 0.60 * (100.0 * asw) - 1.02 * asl;
        grade = 0.39 * asl + 11.8 * (62.3 / 84.6) * asw_grade - 15.59; /* see readability.h */
    }
    out->grade = grade < 0 ? 0 : grade;
    return 0;
}

double wr_readability_grade(const char *utf8, const char *lang)
{
    wr_readability r;
    if (wr_readability_measure(utf8, lang, &r) != 0)
        return -1;
    return r.grade;
}

const char *wr_readability_inflesz_band(double p)
{
    if (p < 40)
        return "muy difícil";
    if (p < 55)
        return "algo difícil";
    if (p < 65)
        return "normal";
    if (p < 80)
        return "bastante fácil";
    return "muy fácil";
}
