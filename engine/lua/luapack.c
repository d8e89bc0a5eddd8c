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
#include "packstrings.h"

#define MAX_PATH 4096

struct wr_luapack {
    wr_lang **langs; /* the default language (the logic's own words) first */
    wr_po *po;       /* po[i]: the string table of langs[i] (po[0] is empty) */
    wr_pack **packs; /* the packs offered to patients, for wr_flow_create() */
    int n, n_offered;
    int with_drafts; /* offer draft languages too */
};

/* Where problems go while loading: the old-style report (errors only, the code in front of
 * the message) and the list of every problem with its code. */
typedef struct loader {
    wr_report_fn report;
    void *ud;
    wr_diags *diags;
    int errors;
    int oom; /* the C heap ran out: nothing more can be trusted */
    int logic_errors; /* errors once the logic had run (before the string tables) */
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
        if (wr_dsl_run_file(lg, join(path, sizeof path, dir, names[i]), err, sizeof err, &code) < 0 &&
            lg->on_problem == lang_problem)
            problem_text(ld, code, err);
    }
    free_names(names, n);
    return n;
}

/* wr_lang's on_problem for a translation: its logic is the default language's, whose
 * mistakes are reported once already. */
static void quiet_problem(void *ud, const char *code, const char *text)
{
    (void)ud, (void)code, (void)text;
}

/* Adds a new language to 'lp' (see wr_dsl_lang_create), its mistakes going to 'ld', and an
 * empty string table beside it. */
static wr_lang *new_lang(loader *ld, wr_luapack *lp, const char *name, const char *dir,
                         const wr_lua_limits *lim)
{
    wr_lang **v = realloc(lp->langs, (size_t)(lp->n + 1) * sizeof *v);
    if (!v)
        return NULL;
    lp->langs = v;
    wr_po *po = realloc(lp->po, (size_t)(lp->n + 1) * sizeof *po);
    if (!po)
        return NULL;
    lp->po = po;
    memset(&po[lp->n], 0, sizeof *po);
    v[lp->n] = wr_dsl_lang_create(name, dir, lim);
    if (!v[lp->n])
        return NULL;
    v[lp->n]->on_problem = lp->n == 0 ? lang_problem : quiet_problem;
    v[lp->n]->problem_ud = ld;
    return v[lp->n++];
}

/* Is 'name' a string table's file name (LANG.po, not hidden)? */
static int is_table(const char *name)
{
    size_t n = strlen(name);
    return name[0] != '.' && n > 3 && strcmp(name + n - 3, ".po") == 0;
}

/* Adds the language of string table 'file' (DIR/strings/LANG.po): the logic of 'dir' run
 * again in a sandbox of its own, its words to be replaced in settle(). */
static int add_table(loader *ld, wr_luapack *lp, const char *dir, const char *file,
                     const wr_lua_limits *lim)
{
    char path[MAX_PATH], strings[MAX_PATH], err[1024], code[64];
    snprintf(code, sizeof code, "%.*s", (int)(strlen(file) - 3), file);
    wr_lang *lg = new_lang(ld, lp, code, dir, lim);
    if (!lg)
        return -1;
    wr_po *po = &lp->po[lp->n - 1];
    join(path, sizeof path, join(strings, sizeof strings, dir, "strings"), file);
    const char *why = NULL;
    if (wr_po_load(path, po, err, sizeof err, &why) < 0) {
        problem_text(ld, why, err);
        po->broken = true;
    }
    if (!po->language && !(po->language = wr_strdup(code)))
        return -1;
    if (strcmp(po->language, code) != 0) {
        wr_srcpos where = {path, 0};
        problemf(ld, "E604", &where, "the Language header says \"%s\" but the file is %s",
                 po->language, file);
    }
    load_scripts(ld, lg, dir);
    return 0;
}

/* The string tables of 'dir' (DIR/strings/LANG.po), each a language. 0, or -1 (OOM). */
static int load_tables(loader *ld, wr_luapack *lp, const char *dir, const wr_lua_limits *lim)
{
    char path[MAX_PATH];
    if (is_link(dir, "strings")) { /* its tables would be read from elsewhere */
        wr_srcpos at = {join(path, sizeof path, dir, "strings"), 0};
        problem(ld, "E009", &at, "is a link; a pack holds plain files and folders only");
        return 0;
    }
    DIR *d = opendir(join(path, sizeof path, dir, "strings"));
    struct dirent *e;
    char **names = NULL;
    int n = 0, rc = 0;
    while (d && (e = readdir(d)) != NULL) {
        if (!is_table(e->d_name) || !is_kind(path, e->d_name, 0))
            continue;
        char **nv = realloc(names, (size_t)(n + 1) * sizeof *nv);
        if (!nv || !(nv[n] = wr_strdup(e->d_name))) {
            free(nv ? nv : names);
            rc = -1;
            names = NULL;
            break;
        }
        names = nv;
        n++;
    }
    if (d)
        closedir(d);
    if (n > 1)
        qsort(names, (size_t)n, sizeof *names, by_name);
    for (int i = 0; i < n && rc == 0 && !ld->oom; i++)
        rc = add_table(ld, lp, dir, names[i], lim);
    free_names(names, n);
    return rc;
}

/* Reports the old form of a pack, a folder of scripts per language (E606). */
static void old_form(loader *ld, const char *dir, const char *lang)
{
    wr_srcpos where = {dir, 0};
    problemf(ld, "E606", &where,
             "scripts in a folder per language (%s/) are the old form: keep the logic once, "
             "in this folder, and each other language in strings/LANG.po (see scripts/README.md)",
             lang);
}

/* Loads the logic of 'dir' (its .lua files: the default language) and every string table
 * in DIR/strings/. Returns 0, or -1 when out of memory; problems with the files are
 * reported. */
static int load_langs(loader *ld, wr_luapack *lp, const char *dir, const wr_lua_limits *lim)
{
    char **names = NULL;
    wr_srcpos where = {dir, 0};
    int n = list_dir(dir, 0, &names);
    free_names(names, n > 0 ? n : 0);
    if (n < 0) {
        problem(ld, "E007", &where, "cannot read this folder");
        return 0;
    }
    if (n > 0) {
        wr_lang *lg = new_lang(ld, lp, NULL, dir, lim);
        if (!lg)
            return -1;
        load_scripts(ld, lg, dir);
        ld->logic_errors = ld->errors;
        return load_tables(ld, lp, dir, lim);
    }
    n = list_dir(dir, 1, &names);
    for (int i = 0; i < n; i++) {
        char **scripts = NULL, path[MAX_PATH];
        if (is_link(dir, names[i])) {
            wr_srcpos at = {join(path, sizeof path, dir, names[i]), 0};
            problem(ld, "E009", &at, "is a link; a pack holds plain files and folders only");
            continue;
        }
        int k = list_dir(join(path, sizeof path, dir, names[i]), 0, &scripts);
        free_names(scripts, k > 0 ? k : 0);
        if (k > 0) {
            old_form(ld, dir, names[i]);
            break;
        }
    }
    if (n >= 0 && ld->errors == 0)
        problem(ld, "E007", &where, "no .lua scripts here");
    free_names(names, n > 0 ? n : 0);
    return 0;
}

/* Is script 'name' in memory a string table? */
static int text_is_table(const wr_script_text *t)
{
    return t->name && is_table(t->name);
}

/* Loads scripts held in memory: the logic (every text that is not a .po), then each string
 * table (a text named LANG.po, its language 'lang'). Returns 0, or -1 when out of memory. */
static int load_texts(loader *ld, wr_luapack *lp, const wr_script_text *t, int n,
                      const wr_lua_limits *lim)
{
    for (int pass = 0; pass < 2; pass++) {
        ld->logic_errors = pass == 1 ? ld->errors : 0;
        for (int i = 0; i < n && !ld->oom; i++) {
            if (text_is_table(&t[i]) != (pass == 1))
                continue;
            if (pass == 0 && t[i].lang && lp->n == 0 && i > 0 && t[0].lang &&
                strcmp(t[0].lang, t[i].lang) != 0) {
                old_form(ld, "(memory)", t[i].lang);
                return 0;
            }
            if (pass == 0 && lp->n == 0 && !new_lang(ld, lp, NULL, NULL, lim))
                return -1;
            if (pass == 0) {
                char err[2048];
                const char *code = NULL;
                if (wr_dsl_run_buffer(lp->langs[0], t[i].name, t[i].text ? t[i].text : "",
                                      t[i].len, err, sizeof err, &code) < 0)
                    problem_text(ld, code, err);
                continue;
            }
            if (lp->n == 0)
                break;
            const char *code = t[i].lang ? t[i].lang : "xx";
            wr_lang *lg = new_lang(ld, lp, code, NULL, lim);
            char err[1024];
            if (!lg)
                return -1;
            wr_po *po = &lp->po[lp->n - 1];
            if (wr_po_parse(t[i].name, t[i].text ? t[i].text : "", t[i].len, po, err,
                            sizeof err) < 0) {
                problem_text(ld, "E607", err);
                po->broken = true;
            }
            if (!po->language && !(po->language = wr_strdup(code)))
                return -1;
            for (int k = 0; k < n; k++)
                if (!text_is_table(&t[k]))
                    wr_dsl_run_buffer(lg, t[k].name, t[k].text ? t[k].text : "", t[k].len, err,
                                      sizeof err, NULL);
        }
    }
    if (lp->n == 0 && ld->errors == 0)
        problem(ld, "E007", NULL, "no scripts");
    return 0;
}

/* Gives the default pack its language code and name. Returns 0, or -1 when out of memory. */
static int settle_language(wr_lang *lg)
{
    wr_pack *p = lg->pack;
    if (!p->language)
        p->language = wr_strdup("en");
    if (!p->language_name)
        p->language_name = wr_strdup(p->language);
    if (p->language) {
        static const char *const rtl[] = {"ar", "he", "fa", "ur", "ps", "yi", NULL};
        for (int i = 0; rtl[i]; i++)
            if (strncmp(p->language, rtl[i], 2) == 0 && !p->language[2])
                p->rtl = true;
    }
    return p->language && p->language_name ? 0 : -1;
}

/* ======================================================================================
 * The whole pack
 * ==================================================================================== */

/* Fills the packs offered to patients: the default, then every language that is not a
 * draft (all of them with drafts). Returns 0 or -1 (OOM). */
static int offer(wr_luapack *lp)
{
    free(lp->packs);
    lp->packs = calloc((size_t)lp->n + 1, sizeof *lp->packs);
    if (!lp->packs)
        return -1;
    lp->n_offered = 0;
    for (int i = 0; i < lp->n; i++)
        if (i == 0 || (!lp->po[i].broken && (!lp->po[i].draft || lp->with_drafts)))
            lp->packs[lp->n_offered++] = lp->langs[i]->pack;
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
        cl[i] = (wr_check_lang){lp->langs[i]->pack, lp->langs[0]->meta_pos,
                                lp->langs[0]->start_pos};
    if (clean) {
        wr_check_all(cl, lp->n, check_problem, ld);
    } else {
        for (int i = 0; i < lp->n; i++)
            wr_check_text(&cl[i], check_problem, ld);
        if (cl[0].meta.line > 0)
            wr_check_review(&cl[0], check_problem, ld);
    }
    free(cl);
    return 0;
}

/* Everything after the scripts ran: languages, references, string tables, checks.
 * 0 or -1 (OOM). */
static int settle(loader *ld, wr_luapack *lp)
{
    int clean = ld->logic_errors == 0; /* the logic ran without a mistake */
    if (settle_language(lp->langs[0]) < 0)
        return -1;
    for (int i = 0; i < lp->n; i++)
        if (wr_pack_resolve(lp->langs[i]->pack, NULL, NULL) < 0)
            return -1;
    for (int i = 1; i < lp->n && clean; i++) {
        if (!lp->po[i].broken && wr_packstrings_apply(lp->langs[i]->pack, &lp->po[i], check_problem, ld) < 0)
            return -1;
    }
    if (offer(lp) < 0 || check(ld, lp, clean) < 0)
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
        lim_all = (wr_lua_limits){
            .memory = given->memory,
            .instructions = given->instructions,
            .call_ms = given->call_ms ? given->call_ms : lim_all.call_ms,
            .load_ms = given->load_ms ? given->load_ms : lim_all.load_ms,
        };
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
    loader ld = {report, ud, NULL, 0, 0, 0};
    return sound(&ld, load_pack(&ld, dir, NULL, 0, lim));
}

/* Loads the pack in 'dir', every problem to 'diags'; see luapack.h. */
wr_luapack *wr_luapack_open(const char *dir, const wr_lua_limits *lim, wr_diags *diags)
{
    loader ld = {NULL, NULL, diags, 0, 0, 0};
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
    loader ld = {NULL, NULL, diags, 0, 0, 0};
    wr_luapack *lp = sound(&ld, load_pack(&ld, "(memory)", texts, n, lim));
    wr_diags_sort(diags);
    return lp;
}

/* Frees every language. NULL does nothing. */
void wr_luapack_destroy(wr_luapack *lp)
{
    if (!lp)
        return;
    for (int i = 0; i < lp->n; i++) {
        wr_dsl_lang_destroy(lp->langs[i]);
        wr_po_free(&lp->po[i]);
    }
    free(lp->langs);
    free(lp->po);
    free(lp->packs);
    free(lp);
}

/* The packs offered to patients, default language first; owned by 'lp'. */
wr_pack **wr_luapack_packs(const wr_luapack *lp)
{
    return lp->packs;
}

/* How many languages are offered. */
int wr_luapack_count(const wr_luapack *lp)
{
    return lp->n_offered;
}

/* Offers the draft languages too; see luapack.h. */
int wr_luapack_offer_drafts(wr_luapack *lp)
{
    lp->with_drafts = 1;
    return offer(lp);
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

/* The string table of language 'lang' in 'lp': the loaded one, else a new draft. */
static wr_po *table_of(wr_luapack *lp, const char *lang)
{
    for (int i = 1; i < lp->n; i++)
        if (strcmp(lp->langs[i]->name, lang) == 0)
            return &lp->po[i];
    wr_po *po = calloc(1, sizeof *po);
    if (!po || !(po->language = wr_strdup(lang)) || !(po->language_name = wr_strdup(lang))) {
        if (po)
            wr_po_free(po);
        free(po);
        return NULL;
    }
    wr_pack probe = {.language = po->language};
    settle_language(&(wr_lang){.pack = &probe});
    po->rtl = probe.rtl;
    po->draft = true;
    return po;
}

/* Writes 'po' to 'path' through a temporary file renamed over it. 0, or -1. */
static int write_table(const wr_po *po, const char *path)
{
    char tmp[MAX_PATH + 8];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    if (!f)
        return -1;
    int rc = wr_po_write(po, f);
    if (fclose(f) != 0 || rc < 0 || rename(tmp, path) != 0) {
        remove(tmp);
        return -1;
    }
    return 0;
}

/* --strings DIR LANG; see luapack.h. */
int wr_luapack_write_strings(const char *dir, const char *lang, FILE *out)
{
    char path[MAX_PATH], folder[MAX_PATH], file[256];
    wr_diags d;
    wr_diags_init(&d);
    loader ld = {NULL, NULL, &d, 0, 0, 0};
    wr_luapack *lp = load_pack(&ld, dir, NULL, 0, NULL);
    int rc = -1;
    wr_po *po = NULL;
    if (!lp || ld.logic_errors) { /* a table's own errors are the translator's to fix */
        wr_diags_print(&d, out, 0);
        fprintf(out, "%s: fix the errors above first\n", dir);
        goto out;
    }
    po = table_of(lp, lang);
    if (!po || wr_packstrings_merge(lp->langs[0]->pack, po) < 0) {
        fprintf(out, "%s: out of memory\n", dir);
        goto out_po;
    }
    snprintf(file, sizeof file, "%s.po", lang);
    join(folder, sizeof folder, dir, "strings");
    mkdir(folder, 0755);
    if (write_table(po, join(path, sizeof path, folder, file)) < 0)
        fprintf(out, "%s: cannot be written\n", path);
    else
        rc = 0, fprintf(out, "%s: %d strings\n", path, po->n);
out_po:
    if (po && (po < lp->po || po >= lp->po + lp->n)) {
        wr_po_free(po);
        free(po);
    }
out:
    wr_luapack_destroy(lp);
    wr_diags_free(&d);
    return rc;
}

/* Prints the Markdown reference of the script language. */
void wr_luapack_reference(FILE *out)
{
    wr_dsl_reference(out);
}
