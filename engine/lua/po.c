/*
 * po.c -- reads and writes the PO string tables of po.h. Uses only the C library.
 */
#include "po.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "pack.h"
#include "sandbox.h"
#include "textcheck.h"

/* ======================================================================================
 * Entries
 * ==================================================================================== */

/* Adds an entry; see po.h. */
wr_po_entry *wr_po_add(wr_po *po, const char *ctxt, const char *id, const char *str)
{
    if (po->n == po->cap) {
        int cap = po->cap ? po->cap * 2 : 64;
        wr_po_entry *e = realloc(po->e, (size_t)cap * sizeof *e);
        if (!e)
            return NULL;
        po->e = e;
        po->cap = cap;
    }
    wr_po_entry *e = &po->e[po->n];
    memset(e, 0, sizeof *e);
    e->ctxt = wr_strdup(ctxt);
    e->id = wr_strdup(id);
    e->str = wr_strdup(str ? str : "");
    if (!e->ctxt || !e->id || !e->str) {
        free(e->ctxt), free(e->id), free(e->str);
        return NULL;
    }
    po->n++;
    return e;
}

/* The live entry with id 'ctxt'; see po.h. */
wr_po_entry *wr_po_find(const wr_po *po, const char *ctxt)
{
    for (int i = 0; i < po->n; i++)
        if (!po->e[i].obsolete && strcmp(po->e[i].ctxt, ctxt) == 0)
            return &po->e[i];
    return NULL;
}

/* Frees everything; see po.h. */
void wr_po_free(wr_po *po)
{
    for (int i = 0; i < po->n; i++) {
        free(po->e[i].ctxt);
        free(po->e[i].id);
        free(po->e[i].str);
        free(po->e[i].prev);
        free(po->e[i].where);
    }
    free(po->e);
    free(po->file);
    free(po->language);
    free(po->language_name);
    memset(po, 0, sizeof *po);
}

/* ======================================================================================
 * Reading
 * ==================================================================================== */

/* The entry being read: which keyword's string the next "..." lines continue. */
typedef struct reader {
    wr_po *po;
    const char *name;
    int line;
    char *err;
    size_t errlen;
    char *ctxt, *id, *str, *prev, *where;
    char **cont; /* the string that a line starting with '"' continues */
    bool fuzzy, obsolete, any;
    int start;
} reader;

/* "name:line: message" into the reader's error; returns -1. */
static int fail(reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(reader *r, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    snprintf(r->err, r->errlen, "%s:%d: %s", r->name, r->line, msg);
    return -1;
}

/* Appends the C-quoted string at 's' (from its opening '"') to *to. 0, or -1. */
static int append_quoted(reader *r, const char *s, char **to)
{
    size_t have = *to ? strlen(*to) : 0, n = strlen(s);
    char *out = realloc(*to, have + n + 1), *o;
    if (!out)
        return fail(r, "out of memory");
    *to = out;
    o = out + have;
    if (*s++ != '"')
        return fail(r, "a string in double quotes was expected");
    for (; *s && *s != '"'; s++) {
        if (*s != '\\') {
            *o++ = *s;
            continue;
        }
        s++;
        switch (*s) {
        case 'n': *o++ = '\n'; break;
        case 't': *o++ = '\t'; break;
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        default: return fail(r, "unknown escape \\%c (use \\n, \\t, \\\" or \\\\)", *s ? *s : ' ');
        }
    }
    *o = '\0';
    if (*s != '"')
        return fail(r, "the string has no closing double quote");
    for (s++; *s == ' ' || *s == '\t' || *s == '\r'; s++)
        ;
    return *s ? fail(r, "text after the closing double quote") : 0;
}

/* Frees the entry being read. */
static void drop(reader *r)
{
    free(r->ctxt), free(r->id), free(r->str), free(r->prev), free(r->where);
    r->ctxt = r->id = r->str = r->prev = r->where = NULL;
    r->cont = NULL;
    r->fuzzy = r->obsolete = r->any = false;
}

/* The header's field 'key' ("Language: ") from the header text 'h', copied, or NULL. */
static char *header_field(const char *h, const char *key)
{
    size_t k = strlen(key);
    for (const char *line = h; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        if (strncmp(line, key, k) != 0 || line[k] != ':')
            continue;
        const char *v = line + k + 1, *end = strchr(v, '\n');
        while (*v == ' ')
            v++;
        size_t n = end ? (size_t)(end - v) : strlen(v);
        char *out = malloc(n + 1);
        if (out) {
            memcpy(out, v, n);
            out[n] = '\0';
        }
        return out;
    }
    return NULL;
}

/* Takes the header (msgid ""): language, its name, direction, draft. */
static int take_header(reader *r)
{
    wr_po *po = r->po;
    char *dir = header_field(r->str, "X-Text-Direction");
    char *status = header_field(r->str, "X-Status");
    free(po->language);
    free(po->language_name);
    po->language = header_field(r->str, "Language");
    po->language_name = header_field(r->str, "X-Language-Name");
    po->rtl = dir && strcmp(dir, "rtl") == 0;
    po->draft = status && strcmp(status, "draft") == 0;
    free(dir);
    free(status);
    drop(r);
    return 0;
}

/* Ends the entry being read: the header, or a string of the table. 0, or -1. */
static int finish(reader *r)
{
    if (!r->any)
        return 0;
    if (!r->id || !r->str)
        return r->line = r->start, fail(r, "an entry needs msgid \"...\" and msgstr \"...\"");
    if (!r->ctxt && !*r->id)
        return take_header(r);
    if (!r->ctxt)
        return r->line = r->start,
               fail(r, "msgid \"%.40s\" has no msgctxt: every string needs its id", r->id);
    if (!r->obsolete && wr_po_find(r->po, r->ctxt))
        return r->line = r->start, fail(r, "the id \"%s\" is given twice", r->ctxt);
    wr_po_entry *e = wr_po_add(r->po, r->ctxt, r->id, r->str);
    if (!e)
        return fail(r, "out of memory");
    e->fuzzy = r->fuzzy;
    e->obsolete = r->obsolete;
    e->line = r->start;
    e->prev = r->prev;
    e->where = r->where;
    r->prev = r->where = NULL;
    drop(r);
    return 0;
}

/* Starts a new entry unless one is open with no string yet (comments come first). */
static int begin(reader *r)
{
    if (r->any && r->str && finish(r) < 0)
        return -1;
    if (!r->any)
        r->start = r->line;
    r->any = true;
    return 0;
}

/* A keyword line (msgctxt, msgid, msgstr) or a "#|" previous msgid. */
static int keyword(reader *r, const char *s)
{
    static const char *const keys[] = {"msgctxt ", "msgid ", "msgstr "};
    char **slots[] = {&r->ctxt, &r->id, &r->str};
    for (int k = 0; k < 3; k++) {
        size_t n = strlen(keys[k]);
        if (strncmp(s, keys[k], n) != 0)
            continue;
        if (k < 2 && r->str && finish(r) < 0)
            return -1;
        if (begin(r) < 0)
            return -1;
        if (*slots[k])
            return fail(r, "%.*s is given twice in one entry", (int)n - 1, keys[k]);
        if (k == 0)
            r->start = r->line; /* an entry is where its id is */
        r->cont = slots[k];
        return append_quoted(r, s + n, slots[k]);
    }
    return fail(r, "a line must start with msgctxt, msgid, msgstr, \"...\" or #");
}

/* A comment: "#," flags, "#|" the previous source, "#:" where, "#~" obsolete, others. */
static int comment(reader *r, const char *s)
{
    if (s[1] == '~') {
        for (s += 2; *s == ' '; s++)
            ;
        if (strncmp(s, "msg", 3) != 0 && *s != '"')
            return 0;
        if (!r->obsolete && r->any && r->str && finish(r) < 0)
            return -1;
        int rc = *s == '"' ? (r->cont ? append_quoted(r, s, r->cont) : 0) : keyword(r, s);
        r->obsolete = true;
        return rc;
    }
    if (r->str && finish(r) < 0)
        return -1;
    if (!r->any)
        r->start = r->line;
    r->any = true;
    if (s[1] == ',' && strstr(s, "fuzzy"))
        r->fuzzy = true;
    if (s[1] == '|' && strncmp(s + 2, " msgid ", 7) == 0) {
        free(r->prev);
        r->prev = NULL;
        r->cont = &r->prev;
        return append_quoted(r, s + 9, &r->prev);
    }
    if (s[1] == ':' && !r->where && (r->where = wr_strdup(s[2] == ' ' ? s + 3 : s + 2)) == NULL)
        return fail(r, "out of memory");
    return 0;
}

/* One line of the file (without its newline). */
static int line(reader *r, char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
        s[--n] = '\0';
    while (*s == ' ' || *s == '\t')
        s++;
    if (!*s)
        return r->str ? finish(r) : 0;
    if (*s == '#')
        return comment(r, s);
    if (*s == '"')
        return r->cont ? append_quoted(r, s, r->cont) : fail(r, "a string with no keyword");
    return keyword(r, s);
}

/* Parses PO text; see po.h. */
int wr_po_parse(const char *name, const char *text, size_t len, wr_po *po, char *err,
                size_t errlen)
{
    reader r = {.po = po, .name = name, .err = err, .errlen = errlen};
    int rc = 0;
    if (!po->file && !(po->file = wr_strdup(name)))
        return snprintf(err, errlen, "%s: out of memory", name), -1;
    for (size_t at = 0; at < len && rc == 0;) {
        const char *nl = memchr(text + at, '\n', len - at);
        size_t n = nl ? (size_t)(nl - (text + at)) : len - at;
        char *copy = malloc(n + 1);
        if (!copy)
            return drop(&r), fail(&r, "out of memory");
        memcpy(copy, text + at, n);
        copy[n] = '\0';
        r.line++;
        rc = memchr(copy, '\0', n) ? fail(&r, "a NUL byte in the text") : line(&r, copy);
        free(copy);
        at += n + 1;
    }
    if (rc == 0)
        rc = finish(&r);
    drop(&r);
    return rc;
}

/* Reads a PO file; see po.h. */
int wr_po_load(const char *path, wr_po *po, char *err, size_t errlen, const char **code)
{
    size_t len = 0, at = 0;
    char why[64];
    char *buf = wr_lua_read_file(path, &len, code, err, errlen); /* no link, plain, 4 MiB */
    if (!buf)
        return -1;
    const char *bad = wr_text_problem(buf, len, 2, &at, why, sizeof why);
    int rc = -1;
    if (bad) {
        *code = "E302";
        snprintf(err, errlen, "%s:%d: the file holds %s: save it as UTF-8 text", path,
                 wr_text_line(buf, at), bad);
    } else {
        *code = "E607";
        rc = wr_po_parse(path, buf, len, po, err, errlen);
    }
    free(buf);
    return rc;
}

/* ======================================================================================
 * Writing
 * ==================================================================================== */

/* Writes 'kw' and the C-quoted 's', one line per line of the text, after 'lead'. */
static void put_string(FILE *out, const char *lead, const char *kw, const char *s)
{
    fprintf(out, "%s%s \"", lead, kw);
    if (strchr(s, '\n'))
        fprintf(out, "\"\n%s\"", lead);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            fputc('\\', out), fputc(*s, out);
        else if (*s == '\t')
            fputs("\\t", out);
        else if (*s == '\n')
            fprintf(out, s[1] ? "\\n\"\n%s\"" : "\\n", lead);
        else
            fputc(*s, out);
    }
    fputs("\"\n", out);
}

/* Writes one entry. */
static void put_entry(FILE *out, const wr_po_entry *e)
{
    const char *lead = e->obsolete ? "#~ " : "";
    fputc('\n', out);
    if (e->where && !e->obsolete)
        fprintf(out, "#: %s\n", e->where);
    if (e->fuzzy && !e->obsolete)
        fputs("#, fuzzy\n", out);
    if (e->prev && !e->obsolete)
        put_string(out, "#| ", "msgid", e->prev);
    put_string(out, lead, "msgctxt", e->ctxt);
    put_string(out, lead, "msgid", e->id);
    put_string(out, lead, "msgstr", e->str);
}

/* Writes the file; see po.h. */
int wr_po_write(const wr_po *po, FILE *out)
{
    fputs("msgid \"\"\nmsgstr \"\"\n", out);
    fprintf(out, "\"Language: %s\\n\"\n", po->language ? po->language : "");
    fprintf(out, "\"X-Language-Name: %s\\n\"\n", po->language_name ? po->language_name : "");
    fprintf(out, "\"X-Text-Direction: %s\\n\"\n", po->rtl ? "rtl" : "ltr");
    if (po->draft)
        fputs("\"X-Status: draft\\n\"\n", out);
    fputs("\"MIME-Version: 1.0\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
          "\"Content-Transfer-Encoding: 8bit\\n\"\n", out);
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < po->n; i++)
            if (po->e[i].obsolete == (pass == 1))
                put_entry(out, &po->e[i]);
    return ferror(out) ? -1 : 0;
}
