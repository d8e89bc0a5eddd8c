/*
 * diag.c -- the code table, the list of problems, and printing them as text or JSON.
 * Uses only the C library.
 */
#include "diag.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Every code the checker reports. The guide (scripts/README.md) lists the same. */
static const wr_diag_code codes[] = {
    {"E001", "syntax-error",
     "A script is not valid Lua: a missing comma, quote, bracket or }. The line given is "
     "where Lua noticed; the mistake is often at the end of the line before."},
    {"E002", "script-error", "A script stopped with an error while loading."},
    {"E003", "endless-loop", "A script ran too long: usually a loop that never ends."},
    {"E004", "too-much-memory", "A script used more memory than a script may."},
    {"E005", "not-allowed",
     "A script reached for something scripts may not use: files (io), the system (os), "
     "other modules (require, package), loading code (load, dofile, string.dump), debug, "
     "collectgarbage, or a compiled file."},
    {"E006", "unknown-name", "A word the script language does not have (often a typing slip)."},
    {"E007", "no-scripts",
     "The folder cannot be read, or holds no .lua scripts, or a script cannot be read."},
    {"E008", "too-slow",
     "A script took longer than its time limit: 3 s to load the whole pack, 100 ms for a "
     "condition while the kiosk runs (too much work in a loop or a library call)."},
    {"E009", "not-a-plain-file",
     "A file or folder of the pack is a link, a pipe or a device, or a script is over 4 MiB: "
     "a pack holds plain files and folders only."},
    {"E101", "unknown-scene", "A go, choice, jump, start or visited() names no scene."},
    {"E102", "unknown-question", "An ask, a condition or an {answer:...} names no question."},
    {"E103", "unknown-option", "A condition names an option the question does not have."},
    {"E105", "duplicate-id",
     "Two scenes, questions, red flags, prompts, notes or handouts share an id, or a "
     "question lists an option twice."},
    {"E106", "no-start", "The pack has no start scene."},
    {"E107", "not-a-scale",
     "at_least or at_most names a question that is not a scale, or a number outside it."},
    {"E111", "dead-end",
     "A scene whose choices all have a when, and no go: when none holds, the visit ends "
     "there without a word."},
    {"E112", "jump-loop", "Scenes that lead round in a circle without showing a screen."},
    {"W113", "may-loop",
     "Scenes that lead round in a circle, showing a screen only when a condition holds."},
    {"W114", "empty-scene", "A scene that shows nothing at all."},
    {"W121", "unreachable-scene",
     "No journey reaches this scene: nothing leads to it from the start scene."},
    {"W122", "unused-question", "A question that no scene a patient can reach asks."},
    {"W123", "flag-never-raised",
     "A red flag that can never be raised, because the questions it looks at are never "
     "asked."},
    {"W124", "opaque-condition",
     "A when = function() ... end: the checker cannot see inside it (the walker tries it)."},
    {"E131", "flag-incomplete", "A red flag without words for the patient, or without a level."},
    {"E132", "bad-group",
     "An ask_group question that is not a Yes/No question, has no short line, is in the "
     "group twice, or is asked elsewhere too."},
    {"E141", "handout-file", "A handout's PDF file is not in the language folder."},
    {"E201", "bad-argument", "A word was given the wrong kind of value."},
    {"E202", "unknown-field", "A table has a field the word does not know."},
    {"E203", "bad-value", "A field has a value that cannot be used."},
    {"E204", "missing-field", "A field the word needs is missing."},
    {"E205", "misplaced-word", "A word used where it cannot be (or twice, or without its table)."},
    {"W301", "reading-grade",
     "Text for patients above reading grade 8: use shorter sentences and shorter words."},
    {"E302", "bad-text",
     "Text a person may see holds bytes that are not UTF-8, a NUL byte or a control "
     "character (or a script file does): it would show as boxes or garbled text."},
    {"E401", "button-too-long",
     "A button label taller than the reply panel can show on the smallest screen (800 x 480) "
     "at the larger text size."},
    {"W402", "screen-too-long",
     "The words of one screen do not fit the smallest screen at the larger text size: the "
     "patient has to scroll to read them."},
    {"E403", "word-too-wide",
     "A single word too wide for a line of the smallest screen: it would be cut in two."},
    {"W404", "urgent-too-long",
     "A red flag's words for the patient do not fit the urgent screen without scrolling."},
    {"W405", "long-button",
     "A button label of more than 4 lines on the smallest screen at the larger text size."},
    {"W501", "not-reviewed", "The pack has no clinical review sign-off (meta reviewed_by)."},
    {"E604", "language-mismatch",
     "A string table's Language header and its file name disagree."},
    {"E606", "one-folder-per-language",
     "The pack has a folder of scripts per language (the old form): the logic is now written "
     "once, with one string table per language in strings/."},
    {"E607", "bad-string-table",
     "A string table (strings/LANG.po) cannot be read: a line that is not PO."},
    {"W611", "string-missing",
     "A sentence of the logic has no entry in a language's string table: it is shown in the "
     "default language (waitroom --strings DIR LANG adds it)."},
    {"W612", "string-untranslated",
     "A string table entry is not translated yet (msgstr \"\"): it is shown in the default "
     "language."},
    {"W613", "string-stale",
     "The default-language sentence changed since it was translated (or the entry is marked "
     "fuzzy): check the translation, then remove the fuzzy mark."},
    {"W614", "string-extra",
     "A string table has an id the logic does not have (a sentence removed or renamed)."},
    {"E615", "placeholder-differs",
     "A translation's placeholders ({emergency}, {answer:id}) differ from the default "
     "language's."},
    {"W616", "draft-language",
     "A language marked X-Status: draft is checked but not offered to patients."},
    {"W617", "private-word-missing",
     "The pack marks questions or red flags private, but a language's string table does not "
     "translate ui.read_private (\"This question is on the screen.\"), which read aloud says "
     "in their place on a speaker: it would be said in the default language."},
};

#define N_CODES ((int)(sizeof codes / sizeof codes[0]))

/* Every code; *n receives the count. */
const wr_diag_code *wr_diag_codes(int *n)
{
    *n = N_CODES;
    return codes;
}

/* The entry of 'code', or NULL. */
const wr_diag_code *wr_diag_code_find(const char *code)
{
    for (int i = 0; code && i < N_CODES; i++)
        if (strcmp(codes[i].code, code) == 0)
            return &codes[i];
    return NULL;
}

/* ======================================================================================
 * The list
 * ==================================================================================== */

/* An empty list. */
void wr_diags_init(wr_diags *d)
{
    memset(d, 0, sizeof *d);
}

/* Frees every problem of 'd' and empties it. */
void wr_diags_free(wr_diags *d)
{
    for (int i = 0; i < d->n; i++) {
        free(d->v[i].file);
        free(d->v[i].message);
    }
    free(d->v);
    wr_diags_init(d);
}

/* Makes room for one more problem; 0 or -1. */
static int reserve(wr_diags *d)
{
    if (d->n < d->cap)
        return 0;
    int cap = d->cap ? d->cap * 2 : 16;
    wr_diag *v = realloc(d->v, (size_t)cap * sizeof *v);
    if (!v)
        return -1;
    d->v = v;
    d->cap = cap;
    return 0;
}

/* Adds a problem; see diag.h. */
int wr_diags_add(wr_diags *d, const char *code, const wr_srcpos *pos, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const wr_diag_code *c = wr_diag_code_find(code);
    if (!c)
        c = wr_diag_code_find("E002");
    if (reserve(d) < 0)
        goto out_oom;
    wr_diag *dg = &d->v[d->n];
    dg->file = pos && pos->file ? strdup(pos->file) : NULL;
    dg->line = pos ? pos->line : 0;
    dg->code = c;
    dg->severity = c->code[0] == 'W' ? WR_SEV_WARNING : WR_SEV_ERROR;
    dg->message = strdup(msg);
    if (!dg->message || (pos && pos->file && !dg->file)) {
        free(dg->file);
        free(dg->message);
        goto out_oom;
    }
    d->n++;
    if (dg->severity == WR_SEV_ERROR)
        d->errors++;
    else
        d->warnings++;
    return 0;

out_oom:
    d->oom = 1;
    d->errors++;
    return -1;
}

/* The order of two problems: by file (none first), then line; 0 when level. */
static int by_place(const void *pa, const void *pb)
{
    const wr_diag *a = pa, *b = pb;
    int c = strcmp(a->file ? a->file : "", b->file ? b->file : "");
    if (c)
        return c;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    return 0;
}

/* Are two problems the same, word for word? */
static int same(const wr_diag *a, const wr_diag *b)
{
    return a->line == b->line && a->code == b->code && strcmp(a->message, b->message) == 0 &&
           strcmp(a->file ? a->file : "", b->file ? b->file : "") == 0;
}

/* Orders by file and line, stably (insertion sort: lists are short), and drops repeats. */
void wr_diags_sort(wr_diags *d)
{
    for (int i = 1; i < d->n; i++) {
        wr_diag x = d->v[i];
        int j = i;
        while (j > 0 && by_place(&d->v[j - 1], &x) > 0) {
            d->v[j] = d->v[j - 1];
            j--;
        }
        d->v[j] = x;
    }
    int kept = 0;
    for (int i = 0; i < d->n; i++) {
        if (kept > 0 && same(&d->v[kept - 1], &d->v[i])) {
            *(d->v[i].severity == WR_SEV_ERROR ? &d->errors : &d->warnings) -= 1;
            free(d->v[i].file);
            free(d->v[i].message);
            continue;
        }
        d->v[kept++] = d->v[i];
    }
    d->n = kept;
}

/* ======================================================================================
 * Printing
 * ==================================================================================== */

/* "file:line: code: message" into 'buf'. */
char *wr_diag_format(const wr_diag *dg, char *buf, size_t len)
{
    if (dg->file && dg->line > 0)
        snprintf(buf, len, "%s:%d: %s: %s", dg->file, dg->line, dg->code->code, dg->message);
    else if (dg->file)
        snprintf(buf, len, "%s: %s: %s", dg->file, dg->code->code, dg->message);
    else
        snprintf(buf, len, "%s: %s", dg->code->code, dg->message);
    return buf;
}

/* The length of the valid UTF-8 sequence at 'p' (1 to 4), or 0 when it is not one. */
static int utf8_len(const unsigned char *p)
{
    int n = p[0] < 0x80             ? 1
            : (p[0] & 0xE0) == 0xC0 ? 2
            : (p[0] & 0xF0) == 0xE0 ? 3
            : (p[0] & 0xF8) == 0xF0 ? 4
                                    : 0;
    if (n == 2 && p[0] < 0xC2)
        return 0; /* overlong */
    for (int i = 1; i < n; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    return n;
}

/* Writes 's' as a JSON string: quotes and controls escaped, valid UTF-8 as it is, any
 * other byte as U+FFFD, so that the output is always valid JSON. */
static void json_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        int n = utf8_len(p);
        if (*p == '"' || *p == '\\')
            fprintf(out, "\\%c", *p);
        else if (*p == '\n')
            fputs("\\n", out);
        else if (*p < 0x20 || *p == 0x7f)
            fprintf(out, "\\u%04x", *p);
        else if (n == 0)
            fputs("\\ufffd", out);
        else
            fwrite(p, 1, (size_t)n, out);
        p += n ? n : 1;
    }
    fputc('"', out);
}

/* One problem as a JSON object. */
static void json_diag(FILE *out, const wr_diag *dg)
{
    fputs("{\"file\": ", out);
    if (dg->file)
        json_string(out, dg->file);
    else
        fputs("null", out);
    fprintf(out, ", \"line\": %d, \"code\": \"%s\", \"severity\": \"%s\", \"message\": ", dg->line,
            dg->code->code, dg->severity == WR_SEV_ERROR ? "error" : "warning");
    json_string(out, dg->message);
    fputc('}', out);
}

/* Prints every problem as text lines or one JSON array. */
void wr_diags_print(const wr_diags *d, FILE *out, int json)
{
    char line[4096];
    if (!json) {
        for (int i = 0; i < d->n; i++)
            fprintf(out, "%s\n", wr_diag_format(&d->v[i], line, sizeof line));
        return;
    }
    fputc('[', out);
    for (int i = 0; i < d->n; i++) {
        fputs(i ? ",\n " : "", out);
        json_diag(out, &d->v[i]);
    }
    fputs("]\n", out);
}

/* ======================================================================================
 * Near names
 * ==================================================================================== */

/* How many single-letter edits turn 'a' into 'b' (99 for long names). */
int wr_edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    int row[33];
    if (la > 32 || lb > 32)
        return 99;
    for (size_t j = 0; j <= lb; j++)
        row[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        int diag = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int up = row[j];
            int best = diag + (a[i - 1] != b[j - 1]);
            best = up + 1 < best ? up + 1 : best;
            best = row[j - 1] + 1 < best ? row[j - 1] + 1 : best;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb];
}

/* Is 'name' a likely slip for 'known'? Same letters but for case, or at most one edit for
 * names of up to 4 letters, two up to 8, three beyond. */
int wr_diag_close(const char *name, const char *known)
{
    size_t n = strlen(name);
    if (strcasecmp(name, known) == 0)
        return 1;
    int d = wr_edit_distance(name, known);
    return d <= (n <= 4 ? 1 : n <= 8 ? 2 : 3);
}
