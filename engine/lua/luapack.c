/*
 * luapack.c -- finds a pack's files and languages, runs them through the DSL, resolves
 * references and compares every translation with the default language. Uses dsl.h,
 * engine/core and POSIX directory calls; no Lua call of its own.
 */
#include "luapack.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dsl.h"

#define MAX_PATH 4096

struct wr_luapack {
    wr_lang **langs; /* the default language first */
    wr_pack **packs; /* langs[i]->pack, for wr_flow_create() */
    int n;
};

/* Where problems go while loading. */
typedef struct loader {
    wr_report_fn report;
    void *ud;
    int problems;
} loader;

/* ======================================================================================
 * Reporting
 * ==================================================================================== */

/* "file:line: message" (or "file: message", or "message") into 'buf'; returns buf. */
char *wr_luapack_format(const wr_srcpos *pos, const char *msg, char *buf, size_t len)
{
    if (pos && pos->file && pos->line > 0)
        snprintf(buf, len, "%s:%d: %s", pos->file, pos->line, msg);
    else if (pos && pos->file)
        snprintf(buf, len, "%s: %s", pos->file, msg);
    else
        snprintf(buf, len, "%s", msg);
    return buf;
}

/* Counts a problem and hands it to the report function. */
static void problem(loader *ld, const wr_srcpos *pos, const char *msg)
{
    ld->problems++;
    if (ld->report)
        ld->report(ld->ud, pos, msg);
}

/* A problem found at 'pos' (may be NULL), formatted printf-style. */
static void problemf(loader *ld, const wr_srcpos *pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void problemf(loader *ld, const wr_srcpos *pos, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    problem(ld, pos, msg);
}

/* A script's error text "file:line: message": split into position and message. */
static void problem_text(loader *ld, const char *text)
{
    char file[MAX_PATH];
    const char *p = text;
    while ((p = strchr(p, ':')) != NULL) {
        const char *q = p + 1;
        while (*q >= '0' && *q <= '9')
            q++;
        if (q > p + 1 && q[0] == ':' && q[1] == ' ' && (size_t)(p - text) < sizeof file) {
            memcpy(file, text, (size_t)(p - text));
            file[p - text] = '\0';
            wr_srcpos pos = {file, atoi(p + 1)};
            problem(ld, &pos, q + 2);
            return;
        }
        p++;
    }
    problem(ld, NULL, text);
}

/* ======================================================================================
 * Files and folders
 * ==================================================================================== */

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Frees a list of 'n' names. */
static void free_names(char **v, int n)
{
    for (int i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

/* "dir/name" into 'buf' (one slash between them). */
static const char *join(char *buf, size_t len, const char *dir, const char *name)
{
    size_t n = strlen(dir);
    while (n > 1 && dir[n - 1] == '/')
        n--;
    snprintf(buf, len, "%.*s/%s", (int)n, dir, name);
    return buf;
}

/* Is "dir/name" a directory (want_dir) or a regular file (!want_dir)? */
static int is_kind(const char *dir, const char *name, int want_dir)
{
    char path[MAX_PATH];
    struct stat st;
    if (stat(join(path, sizeof path, dir, name), &st) != 0)
        return 0;
    return want_dir ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode);
}

/* Is 'name' a script file name (ends in ".lua", not hidden)? */
static int is_script(const char *name)
{
    size_t n = strlen(name);
    return name[0] != '.' && n > 4 && strcmp(name + n - 4, ".lua") == 0;
}

/* The sorted names in 'dir' that are scripts (want_dir 0) or folders (1), in *out
 * (malloc'd; free with free_names). Returns the count, or -1 when 'dir' cannot be read. */
static int list_dir(const char *dir, int want_dir, char ***out)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char **v = NULL;
    int n = 0;
    *out = NULL;
    if (!d)
        return -1;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' || (!want_dir && !is_script(e->d_name)) ||
            !is_kind(dir, e->d_name, want_dir))
            continue;
        char **nv = realloc(v, (size_t)(n + 1) * sizeof *v);
        if (!nv || !(nv[n] = wr_strdup(e->d_name))) {
            free_names(nv ? nv : v, n);
            closedir(d);
            return -1;
        }
        v = nv;
        n++;
    }
    closedir(d);
    if (n > 1)
        qsort(v, (size_t)n, sizeof *v, by_name);
    *out = v;
    return n;
}

/* ======================================================================================
 * Loading languages
 * ==================================================================================== */

/* Runs every script of 'dir' in language 'lg'; problems are reported. Returns how many
 * scripts there were. */
static int load_scripts(loader *ld, wr_lang *lg, const char *dir)
{
    char **names = NULL;
    int n = list_dir(dir, 0, &names);
    for (int i = 0; i < n; i++) {
        char path[MAX_PATH], err[2048];
        if (wr_dsl_run_file(lg, join(path, sizeof path, dir, names[i]), err, sizeof err) < 0)
            problem_text(ld, err);
    }
    free_names(names, n);
    return n;
}

/* Adds a language folder 'name' (NULL: the pack folder itself) to 'lp' and loads it. */
static int add_lang(loader *ld, wr_luapack *lp, const char *dir, const char *name,
                    const wr_lua_limits *lim)
{
    char path[MAX_PATH];
    wr_lang **v = realloc(lp->langs, (size_t)(lp->n + 1) * sizeof *v);
    if (!v)
        return -1;
    lp->langs = v;
    const char *folder = name ? join(path, sizeof path, dir, name) : dir;
    v[lp->n] = wr_dsl_lang_create(name, folder, lim);
    if (!v[lp->n])
        return -1;
    wr_lang *lg = v[lp->n++];
    load_scripts(ld, lg, folder);
    return 0;
}

/* Loads a flat pack, or every language folder of 'dir'. Returns 0, or -1 when out of
 * memory; problems with the files are reported. */
static int load_langs(loader *ld, wr_luapack *lp, const char *dir, const wr_lua_limits *lim)
{
    char **names = NULL;
    wr_srcpos where = {dir, 0};
    int n = list_dir(dir, 0, &names), rc = 0;
    free_names(names, n > 0 ? n : 0);
    if (n < 0) {
        problemf(ld, &where, "cannot read this folder");
        return 0;
    }
    if (n > 0)
        return add_lang(ld, lp, dir, NULL, lim);
    n = list_dir(dir, 1, &names);
    for (int i = 0; i < n && rc == 0; i++) {
        char **scripts = NULL, path[MAX_PATH];
        int k = list_dir(join(path, sizeof path, dir, names[i]), 0, &scripts);
        free_names(scripts, k > 0 ? k : 0);
        if (k > 0)
            rc = add_lang(ld, lp, dir, names[i], lim);
    }
    free_names(names, n > 0 ? n : 0);
    if (lp->n == 0 && rc == 0)
        problemf(ld, &where, "no .lua scripts here, nor in a folder per language (en/, es/)");
    return rc;
}

/* Gives each pack its language code and name; checks them against the folder names. */
static void settle_language(loader *ld, wr_lang *lg)
{
    wr_pack *p = lg->pack;
    const char *code = lg->name ? lg->name : "en";
    if (!p->language) {
        p->language = wr_strdup(code);
    } else if (lg->name && strcmp(p->language, lg->name) != 0) {
        problemf(ld, lg->meta_pos.line ? &lg->meta_pos : NULL,
                 "meta language is \"%s\" but the folder is \"%s\"", p->language, lg->name);
    }
    if (!p->language_name)
        p->language_name = wr_strdup(p->language);
}

/* Which language is the default: meta default = true, else "en", else the first. */
static int default_lang(loader *ld, const wr_luapack *lp)
{
    int chosen = -1;
    for (int i = 0; i < lp->n; i++) {
        if (!lp->langs[i]->is_default)
            continue;
        if (chosen >= 0)
            problemf(ld, &lp->langs[i]->meta_pos,
                     "two languages say default = true (\"%s\" "
                     "and \"%s\")",
                     lp->langs[chosen]->pack->language, lp->langs[i]->pack->language);
        else
            chosen = i;
    }
    for (int i = 0; i < lp->n && chosen < 0; i++)
        if (strcmp(lp->langs[i]->pack->language, "en") == 0)
            chosen = i;
    return chosen < 0 ? 0 : chosen;
}

/* ======================================================================================
 * Translations
 * ==================================================================================== */

enum { K_SCENE, K_QUESTION, K_FLAG, K_PROMPT, K_NOTE, K_HANDOUT, K_KINDS };
static const char *const kind_words[] = {"scene", "question", "red_flag", "prompt", "note",
                                         "handout"};

/* The number of items of 'kind' in 'p'. */
static int item_count(const wr_pack *p, int kind)
{
    const int n[] = {p->n_scenes,  p->n_questions, p->n_flags,
                     p->n_prompts, p->n_notes,     p->n_handouts};
    return n[kind];
}

/* The id of item 'i' of 'kind' in 'p', and its position in *pos. */
static const char *item_id(const wr_pack *p, int kind, int i, const wr_srcpos **pos)
{
    switch (kind) {
    case K_SCENE:
        *pos = &p->scenes[i].pos;
        return p->scenes[i].id;
    case K_QUESTION:
        *pos = &p->questions[i].pos;
        return p->questions[i].id;
    case K_FLAG:
        *pos = &p->flags[i].pos;
        return p->flags[i].id;
    case K_PROMPT:
        *pos = &p->prompts[i].pos;
        return p->prompts[i].id;
    case K_NOTE:
        *pos = &p->notes[i].pos;
        return p->notes[i].id;
    default:
        *pos = &p->handouts[i].pos;
        return p->handouts[i].id;
    }
}

/* The index of the item of 'kind' with 'id' in 'p', or -1. */
static int item_find(const wr_pack *p, int kind, const char *id)
{
    const wr_srcpos *pos;
    for (int i = 0; i < item_count(p, kind); i++)
        if (strcmp(item_id(p, kind, i, &pos), id) == 0)
            return i;
    return -1;
}

/* Reports the items of 'kind' that 'a' has and 'b' lacks. 'missing': a is the default. */
static void compare_ids(loader *ld, const wr_pack *a, const wr_pack *b, int kind, int missing)
{
    const wr_srcpos *pos;
    for (int i = 0; i < item_count(a, kind); i++) {
        const char *id = item_id(a, kind, i, &pos);
        if (item_find(b, kind, id) >= 0)
            continue;
        if (missing)
            problemf(ld, pos, "%s '%s' is missing from the \"%s\" translation", kind_words[kind],
                     id, b->language);
        else
            problemf(ld, pos, "%s '%s' is not in the default language \"%s\"", kind_words[kind], id,
                     b->language);
    }
}

/* Reports a translated question whose answers would not line up with the default's. */
static void compare_question(loader *ld, const wr_question *q, const wr_question *d,
                             const char *lang)
{
    static const char *const kinds[] = {"one answer", "multiple", "scale", "typed"};
    if (q->kind != d->kind)
        problemf(ld, &q->pos, "question '%s' is %s here but %s in \"%s\"", q->id, kinds[q->kind],
                 kinds[d->kind], lang);
    else if (q->n_options != d->n_options)
        problemf(ld, &q->pos,
                 "question '%s' has %d options here but %d in \"%s\" (answers "
                 "are matched by position)",
                 q->id, q->n_options, d->n_options, lang);
    else if (q->scale_min != d->scale_min || q->scale_max != d->scale_max)
        problemf(ld, &q->pos,
                 "question '%s' has the scale %d to %d here but %d to %d in "
                 "\"%s\"",
                 q->id, q->scale_min, q->scale_max, d->scale_min, d->scale_max, lang);
}

/* Compares translation 't' with the default 'd'. */
static void compare_translation(loader *ld, const wr_pack *d, const wr_pack *t)
{
    for (int kind = 0; kind < K_KINDS; kind++) {
        compare_ids(ld, d, t, kind, 1);
        compare_ids(ld, t, d, kind, 0);
    }
    for (int i = 0; i < t->n_questions; i++) {
        int j = wr_pack_find_question(d, t->questions[i].id);
        if (j >= 0)
            compare_question(ld, &t->questions[i], &d->questions[j], d->language);
    }
}

/* ======================================================================================
 * The whole pack
 * ==================================================================================== */

/* Puts the default language first and fills the packs array. Returns 0 or -1 (OOM). */
static int order_langs(loader *ld, wr_luapack *lp)
{
    int def = default_lang(ld, lp);
    wr_lang *first = lp->langs[def];
    memmove(&lp->langs[1], &lp->langs[0], (size_t)def * sizeof *lp->langs);
    lp->langs[0] = first;
    lp->packs = calloc((size_t)lp->n, sizeof *lp->packs);
    if (!lp->packs)
        return -1;
    for (int i = 0; i < lp->n; i++)
        lp->packs[i] = lp->langs[i]->pack;
    return 0;
}

/* Everything after the scripts ran: languages, references, translations. 0 or -1 (OOM). */
static int settle(loader *ld, wr_luapack *lp)
{
    for (int i = 0; i < lp->n; i++)
        settle_language(ld, lp->langs[i]);
    if (order_langs(ld, lp) < 0)
        return -1;
    for (int i = 0; i < lp->n; i++) {
        int n = wr_pack_resolve(lp->packs[i], ld->report, ld->ud);
        if (n < 0)
            return -1;
        ld->problems += n;
    }
    for (int i = 1; i < lp->n; i++)
        compare_translation(ld, lp->packs[0], lp->packs[i]);
    for (int i = 0; i < lp->n; i++)
        wr_dsl_finish(lp->langs[i]);
    return 0;
}

/* Loads the pack in 'dir'; see luapack.h. */
wr_luapack *wr_luapack_load(const char *dir, const wr_lua_limits *lim, wr_report_fn report,
                            void *ud)
{
    loader ld = {report, ud, 0};
    wr_luapack *lp = calloc(1, sizeof *lp);
    if (!lp || load_langs(&ld, lp, dir, lim) < 0)
        goto out_oom;
    if (ld.problems == 0 && lp->n > 0 && settle(&ld, lp) < 0)
        goto out_oom;
    if (ld.problems == 0 && lp->n > 0)
        return lp;
    wr_luapack_destroy(lp);
    return NULL;

out_oom:
    problemf(&ld, NULL, "%s: out of memory while loading the scripts", dir);
    wr_luapack_destroy(lp);
    return NULL;
}

/* Frees every language. NULL does nothing. */
void wr_luapack_destroy(wr_luapack *lp)
{
    if (!lp)
        return;
    for (int i = 0; i < lp->n; i++)
        wr_dsl_lang_destroy(lp->langs[i]);
    free(lp->langs);
    free(lp->packs);
    free(lp);
}

/* The packs, default language first; owned by 'lp'. */
wr_pack **wr_luapack_packs(const wr_luapack *lp)
{
    return lp->packs;
}

/* How many languages. */
int wr_luapack_count(const wr_luapack *lp)
{
    return lp->n;
}

/* ======================================================================================
 * --check and --reference
 * ==================================================================================== */

typedef struct printer {
    FILE *out;
    int n;
} printer;

/* A report function that prints "file:line: message". */
static void print_problem(void *ud, const wr_srcpos *pos, const char *msg)
{
    printer *pr = ud;
    char line[2048];
    fprintf(pr->out, "%s\n", wr_luapack_format(pos, msg, line, sizeof line));
    pr->n++;
}

/* --check: prints every problem of the pack in 'dir'; returns how many. */
int wr_luapack_check(const char *dir, FILE *out)
{
    printer pr = {out, 0};
    wr_luapack *lp = wr_luapack_load(dir, NULL, print_problem, &pr);
    if (!lp && pr.n == 0)
        pr.n = 1;
    wr_luapack_destroy(lp);
    return pr.n;
}

/* Prints the Markdown reference of the script language. */
void wr_luapack_reference(FILE *out)
{
    wr_dsl_reference(out);
}
