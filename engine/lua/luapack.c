/*
 * luapack.c -- finds a pack's files and languages, runs them through the DSL, resolves
 * references and runs the checks of packcheck.h over the result. Uses dsl.h, packcheck.h,
 * diag.h, engine/core and POSIX directory calls; no Lua call of its own.
 */
#include "luapack.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "dsl.h"
#include "packcheck.h"

#define MAX_PATH 4096

struct wr_luapack {
    wr_lang **langs; /* the default language first */
    wr_pack **packs; /* langs[i]->pack, for wr_flow_create() */
    int n;
};

/* Where problems go while loading: the old-style report (errors only, the code in front of
 * the message) and the list of every problem with its code. */
typedef struct loader {
    wr_report_fn report;
    void *ud;
    wr_diags *diags;
    int errors;
    int oom; /* the C heap ran out: nothing more can be trusted */
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

/* A problem with 'code' (diag.h) at 'pos' (may be NULL): counted when it is an error, and
 * handed to the report function and to the list. */
static void problem(loader *ld, const char *code, const wr_srcpos *pos, const char *msg)
{
    char text[2048];
    if (code[0] != 'W') {
        ld->errors++;
        snprintf(text, sizeof text, "%s: %s", code, msg);
        if (ld->report)
            ld->report(ld->ud, pos, text);
    }
    if (ld->diags && wr_diags_add(ld->diags, code, pos, "%s", msg) < 0)
        ld->oom = 1;
}

/* A problem formatted printf-style. */
static void problemf(loader *ld, const char *code, const wr_srcpos *pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void problemf(loader *ld, const char *code, const wr_srcpos *pos, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    problem(ld, code, pos, msg);
}

/* A script's error text "file:line: message": split into position and message. */
static void problem_text(loader *ld, const char *code, const char *text)
{
    char file[MAX_PATH];
    const char *p = text;
    if (code && strcmp(code, "E004") == 0 && !strstr(text, "memory limit"))
        ld->oom = 1; /* the C heap, not the script's cap */
    while ((p = strchr(p, ':')) != NULL) {
        const char *q = p + 1;
        while (*q >= '0' && *q <= '9')
            q++;
        if (q > p + 1 && q[0] == ':' && q[1] == ' ' && (size_t)(p - text) < sizeof file) {
            memcpy(file, text, (size_t)(p - text));
            file[p - text] = '\0';
            wr_srcpos pos = {file, atoi(p + 1)};
            problem(ld, code, &pos, q + 2);
            return;
        }
        p++;
    }
    const char *colon = strstr(text, ": ");
    if (colon && (size_t)(colon - text) < sizeof file) { /* "file: message" */
        memcpy(file, text, (size_t)(colon - text));
        file[colon - text] = '\0';
        wr_srcpos pos = {file, 0};
        problem(ld, code, &pos, colon + 2);
        return;
    }
    problem(ld, code, NULL, text);
}

/* wr_lang's on_problem: a mistake in a word, while the script goes on loading. */
static void lang_problem(void *ud, const char *code, const char *text)
{
    problem_text(ud, code, text);
}

/* wr_emit_fn for the checks. */
static void check_problem(void *ud, const char *code, const wr_srcpos *pos, const char *msg)
{
    problem(ud, code, pos, msg);
}

/* ======================================================================================
 * Files and folders
 * ==================================================================================== */

/* qsort order of names: by strcmp. */
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

/* Is "dir/name" a folder or a link (want_dir), or anything but a folder (!want_dir)? Links
 * are not followed: the loader refuses them, and every file that is not plain, with E009. */
static int is_kind(const char *dir, const char *name, int want_dir)
{
    char path[MAX_PATH];
    struct stat st;
    if (lstat(join(path, sizeof path, dir, name), &st) != 0)
        return 0;
    return want_dir ? S_ISDIR(st.st_mode) || S_ISLNK(st.st_mode) : !S_ISDIR(st.st_mode);
}

/* Is "dir/name" a link? */
static int is_link(const char *dir, const char *name)
{
    char path[MAX_PATH];
    struct stat st;
    return lstat(join(path, sizeof path, dir, name), &st) == 0 && S_ISLNK(st.st_mode);
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
    for (int i = 0; i < n && !ld->oom; i++) {
        char path[MAX_PATH], err[2048];
        const char *code = NULL;
        if (wr_dsl_run_file(lg, join(path, sizeof path, dir, names[i]), err, sizeof err, &code) < 0)
            problem_text(ld, code, err);
    }
    free_names(names, n);
    return n;
}

/* Adds a new language to 'lp' (see wr_dsl_lang_create), its mistakes going to 'ld'. */
static wr_lang *new_lang(loader *ld, wr_luapack *lp, const char *name, const char *dir,
                         const wr_lua_limits *lim)
{
    wr_lang **v = realloc(lp->langs, (size_t)(lp->n + 1) * sizeof *v);
    if (!v)
        return NULL;
    lp->langs = v;
    v[lp->n] = wr_dsl_lang_create(name, dir, lim);
    if (!v[lp->n])
        return NULL;
    v[lp->n]->on_problem = lang_problem;
    v[lp->n]->problem_ud = ld;
    return v[lp->n++];
}

/* Adds a language folder 'name' (NULL: the pack folder itself) to 'lp' and loads it. */
static int add_lang(loader *ld, wr_luapack *lp, const char *dir, const char *name,
                    const wr_lua_limits *lim)
{
    char path[MAX_PATH];
    const char *folder = name ? join(path, sizeof path, dir, name) : dir;
    wr_lang *lg = new_lang(ld, lp, name, folder, lim);
    if (!lg)
        return -1;
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
        problem(ld, "E007", &where, "cannot read this folder");
        return 0;
    }
    if (n > 0)
        return add_lang(ld, lp, dir, NULL, lim);
    n = list_dir(dir, 1, &names);
    for (int i = 0; i < n && rc == 0; i++) {
        char **scripts = NULL, path[MAX_PATH];
        if (is_link(dir, names[i])) {
            wr_srcpos at = {join(path, sizeof path, dir, names[i]), 0};
            problem(ld, "E009", &at, "is a link; a pack holds plain files and folders only");
            continue;
        }
        int k = list_dir(join(path, sizeof path, dir, names[i]), 0, &scripts);
        free_names(scripts, k > 0 ? k : 0);
        if (k > 0)
            rc = add_lang(ld, lp, dir, names[i], lim);
    }
    free_names(names, n > 0 ? n : 0);
    if (lp->n == 0 && rc == 0)
        problem(ld, "E007", &where,
                "no .lua scripts here, nor in a folder per language (en/, es/)");
    return rc;
}

/* The language of 'lp' named 'name' (NULL: the one of a flat pack), made when new. */
static wr_lang *lang_named(loader *ld, wr_luapack *lp, const char *name, const wr_lua_limits *lim)
{
    for (int i = 0; i < lp->n; i++)
        if ((!name && !lp->langs[i]->name) ||
            (name && lp->langs[i]->name && strcmp(name, lp->langs[i]->name) == 0))
            return lp->langs[i];
    return new_lang(ld, lp, name, NULL, lim);
}

/* Loads scripts held in memory, each into its language. Returns 0, or -1 when out of
 * memory. */
static int load_texts(loader *ld, wr_luapack *lp, const wr_script_text *t, int n,
                      const wr_lua_limits *lim)
{
    for (int i = 0; i < n && !ld->oom; i++) {
        char err[2048];
        const char *code = NULL;
        wr_lang *lg = lang_named(ld, lp, t[i].lang, lim);
        if (!lg)
            return -1;
        if (wr_dsl_run_buffer(lg, t[i].name, t[i].text ? t[i].text : "", t[i].len, err, sizeof err,
                              &code) < 0)
            problem_text(ld, code, err);
    }
    if (lp->n == 0)
        problem(ld, "E007", NULL, "no scripts");
    return 0;
}

/* Gives the pack its language code and name; checks them against the folder name.
 * Returns 0, or -1 when out of memory. */
static int settle_language(loader *ld, wr_lang *lg)
{
    wr_pack *p = lg->pack;
    const char *code = lg->name ? lg->name : "en";
    if (!p->language)
        p->language = wr_strdup(code);
    else if (lg->name && strcmp(p->language, lg->name) != 0)
        problemf(ld, "E604", lg->meta_pos.line ? &lg->meta_pos : NULL,
                 "meta language is \"%s\" but the folder is \"%s\"", p->language, lg->name);
    if (!p->language_name)
        p->language_name = wr_strdup(p->language);
    return p->language && p->language_name ? 0 : -1;
}

/* Which language is the default: meta default = true, else "en", else the first. */
static int default_lang(loader *ld, const wr_luapack *lp)
{
    int chosen = -1;
    for (int i = 0; i < lp->n; i++) {
        if (!lp->langs[i]->is_default)
            continue;
        if (chosen >= 0)
            problemf(ld, "E604", &lp->langs[i]->meta_pos,
                     "two languages say default = true (\"%s\" and \"%s\")",
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

/* The checks of packcheck.h over every language. After mistakes in loading, only the checks
 * of each text on its own run: the rest would mostly repeat those mistakes (a scene whose
 * table was wrong is missing, so every way to it would be "unknown"). */
static int check(loader *ld, wr_luapack *lp, int clean)
{
    wr_check_lang *cl = calloc((size_t)lp->n, sizeof *cl);
    if (!cl)
        return -1;
    for (int i = 0; i < lp->n; i++)
        cl[i] = (wr_check_lang){lp->packs[i], lp->langs[i]->meta_pos, lp->langs[i]->start_pos};
    if (clean) {
        wr_check_all(cl, lp->n, check_problem, ld);
    } else {
        for (int i = 0; i < lp->n; i++) {
            wr_check_text(&cl[i], check_problem, ld);
            if (cl[i].meta.line > 0)
                wr_check_review(&cl[i], check_problem, ld);
        }
    }
    free(cl);
    return 0;
}

/* Everything after the scripts ran: languages, references, checks. 0 or -1 (OOM). */
static int settle(loader *ld, wr_luapack *lp)
{
    int clean = ld->errors == 0; /* the scripts ran without a mistake */
    for (int i = 0; i < lp->n; i++)
        if (settle_language(ld, lp->langs[i]) < 0)
            return -1;
    if (order_langs(ld, lp) < 0)
        return -1;
    for (int i = 0; i < lp->n; i++)
        if (wr_pack_resolve(lp->packs[i], NULL, NULL) < 0)
            return -1;
    if (check(ld, lp, clean) < 0)
        return -1;
    for (int i = 0; i < lp->n; i++)
        wr_dsl_finish(lp->langs[i]);
    return 0;
}

/* Loads a pack from 'dir', or from the 'n' scripts 'texts' when they are given, and
 * checks it. Returns it even with problems (NULL when nothing loaded, or out of memory). */
static wr_luapack *load_pack(loader *ld, const char *dir, const wr_script_text *texts, int n,
                             const wr_lua_limits *given)
{
    wr_lua_limits lim_all; /* every language shares one load time */
    const wr_lua_limits *lim = &lim_all;
    wr_lua_limits_defaults(&lim_all);
    if (given)
        lim_all = (wr_lua_limits){given->memory, given->instructions,
                                  given->call_ms ? given->call_ms : lim_all.call_ms,
                                  given->load_ms ? given->load_ms : lim_all.load_ms, 0};
    lim_all.load_until_ns = wr_lua_clock_ns() + (long long)lim_all.load_ms * 1000000;
    wr_luapack *lp = calloc(1, sizeof *lp);
    int rc = !lp ? -1 : texts ? load_texts(ld, lp, texts, n, lim) : load_langs(ld, lp, dir, lim);
    if (rc == 0 && !ld->oom && lp->n > 0)
        rc = settle(ld, lp);
    if (rc < 0 || ld->oom) {
        ld->oom = 0;
        problemf(ld, "E004", NULL, "%s: out of memory while loading the scripts", dir);
        wr_luapack_destroy(lp);
        return NULL;
    }
    if (lp->n == 0) {
        wr_luapack_destroy(lp);
        return NULL;
    }
    return lp;
}

/* Keeps 'lp' when the load found no error, else frees it. */
static wr_luapack *sound(loader *ld, wr_luapack *lp)
{
    if (lp && ld->errors == 0)
        return lp;
    wr_luapack_destroy(lp);
    return NULL;
}

/* Loads the pack in 'dir', errors to 'report'; see luapack.h. */
wr_luapack *wr_luapack_load(const char *dir, const wr_lua_limits *lim, wr_report_fn report,
                            void *ud)
{
    loader ld = {report, ud, NULL, 0, 0};
    return sound(&ld, load_pack(&ld, dir, NULL, 0, lim));
}

/* Loads the pack in 'dir', every problem to 'diags'; see luapack.h. */
wr_luapack *wr_luapack_open(const char *dir, const wr_lua_limits *lim, wr_diags *diags)
{
    loader ld = {NULL, NULL, diags, 0, 0};
    wr_luapack *lp = sound(&ld, load_pack(&ld, dir, NULL, 0, lim));
    wr_diags_sort(diags);
    return lp;
}

/* Loads a one-script pack from memory, every problem to 'diags'; see luapack.h. */
wr_luapack *wr_luapack_open_buffer(const char *name, const char *buf, size_t len,
                                   const wr_lua_limits *lim, wr_diags *diags)
{
    wr_script_text t = {NULL, name, buf, len};
    return wr_luapack_open_texts(&t, 1, lim, diags);
}

/* Loads a pack of scripts in memory, every problem to 'diags'; see luapack.h. */
wr_luapack *wr_luapack_open_texts(const wr_script_text *texts, int n, const wr_lua_limits *lim,
                                  wr_diags *diags)
{
    loader ld = {NULL, NULL, diags, 0, 0};
    wr_luapack *lp = sound(&ld, load_pack(&ld, "(memory)", texts, n, lim));
    wr_diags_sort(diags);
    return lp;
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

/* --check: prints every problem of the pack in 'dir'; returns how many errors. */
int wr_luapack_check(const char *dir, FILE *out, int json)
{
    wr_diags d;
    wr_diags_init(&d);
    wr_luapack_destroy(wr_luapack_open(dir, NULL, &d));
    int errors = d.errors;
    wr_diags_print(&d, out, json);
    if (!json && d.n == 0)
        fprintf(out, "%s: no problems found\n", dir);
    else if (!json)
        fprintf(out, "%s: %d error%s, %d warning%s\n", dir, errors, errors == 1 ? "" : "s",
                d.warnings, d.warnings == 1 ? "" : "s");
    wr_diags_free(&d);
    return errors;
}

/* Prints the Markdown reference of the script language. */
void wr_luapack_reference(FILE *out)
{
    wr_dsl_reference(out);
}
