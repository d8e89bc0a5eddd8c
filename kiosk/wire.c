/*
 * wire.c -- encoding and decoding print requests for the worker pipe. The format is a
 * sequence of fields, each "<tag><length>:" followed by that many bytes: simple to check,
 * no parsing of text, no escaping. A length of "-" means NULL.
 */
#include "wire.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SECTIONS 32
#define MAX_LINES 512
#define MAX_BYTES (64u << 20)
#define MAX_PICTURES 16
#define MAX_PICTURE_SIDE 4096

/* ---- encoding ------------------------------------------------------------------------ */

typedef wr_wbuf out; /* a wiping buffer (print.h): requests hold patient text */

static void put_bytes(out *o, const void *p, size_t n)
{
    wr_wbuf_put(o, p, n);
}

static void put_field(out *o, char tag, const void *p, size_t n)
{
    char head[32];
    int h = p ? snprintf(head, sizeof head, "%c%zu:", tag, n)
              : snprintf(head, sizeof head, "%c-:", tag);
    put_bytes(o, head, (size_t)h);
    if (p)
        put_bytes(o, p, n);
}

static void put_str(out *o, const char *s)
{
    put_field(o, 's', s, s ? strlen(s) : 0);
}

static void put_int(out *o, long v)
{
    char num[32];
    int n = snprintf(num, sizeof num, "%ld", v);
    put_field(o, 'i', num, (size_t)n);
}

static void put_section(out *o, const wr_section *s)
{
    put_str(o, s->title);
    put_int(o, s->n_lines);
    for (int i = 0; i < s->n_lines; i++)
        put_str(o, s->lines[i]);
}

static void put_doc(out *o, const wr_doc *d)
{
    put_int(o, d->kind);
    put_str(o, d->title);
    put_str(o, d->date);
    put_str(o, d->language);
    put_int(o, d->dir);
    put_int(o, d->highlight != NULL);
    if (d->highlight)
        put_section(o, d->highlight);
    put_int(o, d->n_sections);
    for (int i = 0; i < d->n_sections; i++) {
        put_section(o, &d->sections[i]);
        put_int(o, d->marks ? d->marks[i] : d->mark);
    }
    put_int(o, d->mark);
    put_str(o, d->footer);
    put_str(o, d->clinic);
    put_str(o, d->summary);
    put_str(o, d->continued);
    put_int(o, d->pictures ? d->n_pictures : 0);
    for (int i = 0; d->pictures && i < d->n_pictures; i++) {
        const wr_doc_picture *p = &d->pictures[i];
        put_int(o, p->section);
        put_int(o, p->line);
        put_int(o, p->w);
        put_int(o, p->h);
        put_int(o, lround(p->width_mm * 10));
        put_field(o, 'b', p->rgba, (size_t)p->w * (size_t)p->h * 4);
    }
}

/* Encodes a request; see wire.h. */
unsigned char *wr_wire_encode(const wr_wire_request *r, size_t *len)
{
    out o = {0};
    put_bytes(&o, "WRPRINT1", 8);
    put_str(&o, r->printer.queue);
    put_str(&o, r->printer.folder);
    put_int(&o, r->printer.page_size);
    put_int(&o, r->printer.timeout_s);
    put_int(&o, r->kind);
    put_int(&o, r->copies);
    put_int(&o, r->doc != NULL);
    if (r->doc)
        put_doc(&o, r->doc);
    else
        put_field(&o, 'b', r->pdf, r->pdf_len);
    if (o.failed) {
        wr_wbuf_free(&o);
        return NULL;
    }
    *len = o.len;
    return o.data;
}

/* ---- decoding ------------------------------------------------------------------------ */

struct wr_wire_decoded {
    wr_wire_request req;
    wr_doc doc;
    wr_section highlight;
    wr_section sections[MAX_SECTIONS];
    wr_mark marks[MAX_SECTIONS];
    char **strings;          /* every string read, to free */
    int n_strings, cap_strings;
    const char **lines;      /* all section lines, back to back */
    int n_lines;
    unsigned char *pdf;
    size_t pdf_len;
    wr_doc_picture pictures[MAX_PICTURES];
};

/* Reads one field of 'tag': its bytes (malloc'd, NUL-terminated) into *p, or NULL for "-".
 * Returns 0, or -1 when the input is malformed. */
static int get_field(FILE *in, char tag, char **p, size_t *n)
{
    int c = fgetc(in);
    if (c != tag)
        return -1;
    char num[24];
    size_t k = 0;
    while ((c = fgetc(in)) != ':' && c != EOF && k + 1 < sizeof num)
        num[k++] = (char)c;
    num[k] = 0;
    if (c != ':')
        return -1;
    *p = NULL;
    *n = 0;
    if (strcmp(num, "-") == 0)
        return 0;
    char *end;
    unsigned long long v = strtoull(num, &end, 10);
    if (!*num || *end || v > MAX_BYTES)
        return -1;
    char *b = malloc((size_t)v + 1);
    if (!b || fread(b, 1, (size_t)v, in) != (size_t)v) {
        wr_wipe_free(b, (size_t)v);
        return -1;
    }
    b[v] = 0;
    *p = b;
    *n = (size_t)v;
    return 0;
}

static int keep(wr_wire_decoded *d, char *s)
{
    if (!s)
        return 0;
    if (d->n_strings == d->cap_strings) {
        int cap = d->cap_strings ? d->cap_strings * 2 : 64;
        char **v = realloc(d->strings, (size_t)cap * sizeof *v);
        if (!v)
            return -1;
        d->strings = v;
        d->cap_strings = cap;
    }
    d->strings[d->n_strings++] = s;
    return 0;
}

static int get_str(FILE *in, wr_wire_decoded *d, const char **s)
{
    char *p;
    size_t n;
    if (get_field(in, 's', &p, &n) < 0 || keep(d, p) < 0)
        return -1;
    *s = p;
    return 0;
}

static int get_int(FILE *in, long lo, long hi, long *v)
{
    char *p;
    size_t n;
    if (get_field(in, 'i', &p, &n) < 0 || !p)
        return -1;
    char *end;
    *v = strtol(p, &end, 10);
    int bad = *end || *v < lo || *v > hi;
    wr_wipe_str(p);
    return bad ? -1 : 0;
}

static int get_section(FILE *in, wr_wire_decoded *d, wr_section *s)
{
    long n;
    if (get_str(in, d, &s->title) < 0 || get_int(in, 0, MAX_LINES, &n) < 0 ||
        d->n_lines + n > MAX_LINES)
        return -1;
    s->lines = d->lines + d->n_lines;
    s->n_lines = (int)n;
    for (long i = 0; i < n; i++)
        if (get_str(in, d, &d->lines[d->n_lines++]) < 0)
            return -1;
    return 0;
}

/* The pictures of a document: where each goes, its size, its RGBA pixels. */
static int get_pictures(FILE *in, wr_wire_decoded *d)
{
    long n, sec, line, w, h, mm;
    if (get_int(in, 0, MAX_PICTURES, &n) < 0)
        return -1;
    for (long i = 0; i < n; i++) {
        wr_doc_picture *p = &d->pictures[i];
        char *px;
        size_t len;
        if (get_int(in, -1, MAX_SECTIONS, &sec) < 0 || get_int(in, 0, MAX_LINES, &line) < 0 ||
            get_int(in, 1, MAX_PICTURE_SIDE, &w) < 0 || get_int(in, 1, MAX_PICTURE_SIDE, &h) < 0 ||
            get_int(in, 0, 10000, &mm) < 0 || get_field(in, 'b', &px, &len) < 0 || keep(d, px) < 0)
            return -1;
        if (!px || len != (size_t)w * (size_t)h * 4)
            return -1;
        *p = (wr_doc_picture){(int)sec, (int)line, (int)w, (int)h, (unsigned char *)px, mm / 10.0};
    }
    d->doc.pictures = n ? d->pictures : NULL;
    d->doc.n_pictures = (int)n;
    return 0;
}

static int get_doc(FILE *in, wr_wire_decoded *d)
{
    wr_doc *doc = &d->doc;
    long v, has, n;
    if (get_int(in, 0, WR_KIND_SLIP, &v) < 0)
        return -1;
    doc->kind = (wr_print_kind)v;
    if (get_str(in, d, &doc->title) < 0 || get_str(in, d, &doc->date) < 0 ||
        get_str(in, d, &doc->language) < 0 || get_int(in, 0, WR_DIR_RTL, &v) < 0 ||
        get_int(in, 0, 1, &has) < 0)
        return -1;
    doc->dir = (wr_doc_dir)v;
    if (has && get_section(in, d, &d->highlight) < 0)
        return -1;
    doc->highlight = has ? &d->highlight : NULL;
    if (get_int(in, 0, MAX_SECTIONS, &n) < 0)
        return -1;
    for (long i = 0; i < n; i++) {
        if (get_section(in, d, &d->sections[i]) < 0 || get_int(in, 0, WR_MARK_MENTION, &v) < 0)
            return -1;
        d->marks[i] = (wr_mark)v;
    }
    doc->sections = d->sections;
    doc->n_sections = (int)n;
    doc->marks = d->marks;
    if (get_int(in, 0, WR_MARK_MENTION, &v) < 0 || get_str(in, d, &doc->footer) < 0 ||
        get_str(in, d, &doc->clinic) < 0 || get_str(in, d, &doc->summary) < 0 ||
        get_str(in, d, &doc->continued) < 0)
        return -1;
    doc->mark = (wr_mark)v;
    return get_pictures(in, d);
}

static int get_request(FILE *in, wr_wire_decoded *d)
{
    wr_wire_request *r = &d->req;
    char magic[8];
    long v, has;
    if (fread(magic, 1, 8, in) != 8 || memcmp(magic, "WRPRINT1", 8) != 0)
        return -1;
    if (get_str(in, d, &r->printer.queue) < 0 || get_str(in, d, &r->printer.folder) < 0 ||
        get_int(in, 0, WR_PAGE_RECEIPT, &v) < 0)
        return -1;
    r->printer.page_size = (wr_page_size)v;
    if (get_int(in, 0, 3600, &v) < 0)
        return -1;
    r->printer.timeout_s = (int)v;
    if (get_int(in, 0, WR_KIND_SLIP, &v) < 0)
        return -1;
    r->kind = (wr_print_kind)v;
    if (get_int(in, 1, 50, &v) < 0 || get_int(in, 0, 1, &has) < 0)
        return -1;
    r->copies = (int)v;
    if (has) {
        r->doc = &d->doc;
        return get_doc(in, d);
    }
    char *p;
    if (get_field(in, 'b', &p, &d->pdf_len) < 0 || !p)
        return -1;
    d->pdf = (unsigned char *)p;
    r->pdf = d->pdf;
    r->pdf_len = d->pdf_len;
    return 0;
}

/* Reads a request; see wire.h. */
wr_wire_decoded *wr_wire_read(FILE *in)
{
    wr_wire_decoded *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    d->lines = calloc(MAX_LINES, sizeof *d->lines);
    if (!d->lines || get_request(in, d) < 0) {
        wr_wire_free(d);
        return NULL;
    }
    return d;
}

const wr_wire_request *wr_wire_get(const wr_wire_decoded *d)
{
    return &d->req;
}

/* Wipes and frees everything the request held. NULL does nothing. */
void wr_wire_free(wr_wire_decoded *d)
{
    if (!d)
        return;
    for (int i = 0; i < d->n_strings; i++) {
        wr_wipe_str(d->strings[i]);
    }
    free(d->strings);
    free(d->lines);
    if (d->pdf) {
        wr_wipe_free(d->pdf, d->pdf_len);
    }
    free(d);
}
