/*
 * text.c -- a wr_doc as plain text, in the same order as the printout. The drive mode's
 * printed() and the tests read it; it never goes to disk.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "print.h"

typedef wr_wbuf text;

/* Appends 'n' bytes of 's'. */
static void put(text *t, const char *s, size_t n)
{
    wr_wbuf_put(t, s, n);
}

/* Appends 'prefix', 'line' and a newline; nothing when the line is NULL or empty. */
static void put_line(text *t, const char *prefix, const char *line)
{
    if (!line || !line[0])
        return;
    put(t, prefix, strlen(prefix));
    put(t, line, strlen(line));
    put(t, "\n", 1);
}

/* Appends a section as the printout shows it: nothing when it has no lines. Pictures are
 * left out. */
static void put_section(text *t, const wr_section *s, wr_mark mark)
{
    const char *prefix = mark == WR_MARK_CHECKBOX ? "[ ] " : mark == WR_MARK_NONE ? "" : "- ";
    bool any = false;

    for (int i = 0; i < s->n_lines; i++)
        any = any || (s->lines[i] && s->lines[i][0]);
    if (!any)
        return;
    put(t, "\n", 1);
    put_line(t, "", s->title);
    for (int i = 0; i < s->n_lines; i++)
        put_line(t, prefix, s->lines[i]);
}

/* The document as text, in the order of the printout; the caller frees it with
 * wr_print_text_free(). */
char *wr_doc_plain_text(const wr_doc *doc)
{
    text t = {0};

    put(&t, "", 0);
    put_line(&t, "", doc->clinic);
    put_line(&t, "", doc->title);
    put_line(&t, "", doc->date);
    put_line(&t, "", doc->summary);
    if (doc->highlight)
        put_section(&t, doc->highlight, WR_MARK_BULLET);
    for (int i = 0; i < doc->n_sections; i++)
        put_section(&t, &doc->sections[i], doc->marks ? doc->marks[i] : doc->mark);
    if (doc->footer && doc->footer[0]) {
        put(&t, "\n", 1);
        put_line(&t, "", doc->footer);
    }
    if (t.failed) {
        wr_wbuf_free(&t);
        return NULL;
    }
    return (char *)t.data;
}

/* Wipes the text up to its terminating zero, then frees it. */
void wr_print_text_free(char *s)
{
    if (!s)
        return;
    wr_wipe(s, strlen(s));
    free(s);
}

/* Fixed job titles: the only names a print job ever carries. */
const char *wr_print_kind_title(wr_print_kind kind)
{
    switch (kind) {
    case WR_KIND_LIST:
        return "waitroom-list";
    case WR_KIND_HANDOUT:
        return "waitroom-handout";
    case WR_KIND_SLIP:
        return "waitroom-slip";
    }
    return "waitroom";
}


/* Wipes and frees a PDF. The buffer may be larger than 'len'; only 'len' bytes were used, and
 * sink_write wiped every older, smaller copy. */
void wr_print_pdf_free(unsigned char *pdf, size_t len)
{
    if (!pdf)
        return;
    wr_wipe(pdf, len);
    free(pdf);
}
