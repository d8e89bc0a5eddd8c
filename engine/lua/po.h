/*
 * po.h -- a pack's string table for one language: a gettext PO file (strings/LANG.po), the
 * format translators' tools (Poedit, Weblate, Lokalize, msgmerge) read and write.
 * Each entry: msgctxt is the stable id (strings.h), msgid the default-language text it was
 * translated from, msgstr the translation ("" while untranslated); "#, fuzzy" marks one
 * whose source changed since (the writer sets it; a translator clears it after checking).
 * The header gives Language, X-Language-Name (the language button), X-Text-Direction
 * (rtl or ltr) and X-Status (draft: not offered to patients). Text only, no code: a
 * translator can change words but never a rule. Uses only the C library.
 *
 * Ownership: a wr_po owns every string in it; wr_po_free() releases them.
 */
#ifndef WR_PO_H
#define WR_PO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct wr_po_entry {
    char *ctxt;    /* the id */
    char *id;      /* the source text it was translated from */
    char *str;     /* the translation; "" when not yet translated */
    char *prev;    /* "#| msgid": the source before it changed, or NULL */
    char *where;   /* "#:" reference (file:line in the logic), or NULL */
    bool fuzzy;    /* "#, fuzzy": the source changed; check the translation */
    bool obsolete; /* "#~": an id the logic no longer has, kept for its translation */
    bool used;     /* the loader found the id in the logic */
    int line;      /* where the entry starts in the file */
} wr_po_entry;

typedef struct wr_po {
    char *file;          /* the path, for messages */
    char *language;      /* header Language, or NULL */
    char *language_name; /* header X-Language-Name, or NULL */
    bool rtl;            /* header X-Text-Direction: rtl */
    bool draft;          /* header X-Status: draft */
    bool broken;         /* the loader could not read it all: not applied, not offered */
    wr_po_entry *e;
    int n, cap;
} wr_po;

/* Reads the PO file 'path' into 'po', opened as a script is (no link, a plain file of at
 * most 4 MiB) and UTF-8 text without NUL bytes or control characters. Returns 0, or -1
 * with "file:line: message" in 'err' and the checker's code in *code (E009, E007, E004,
 * E302, E607); what was read so far stays in 'po' (free it either way). */
int wr_po_load(const char *path, wr_po *po, char *err, size_t errlen, const char **code);

/* The same for 'len' bytes of PO text named 'name'. */
int wr_po_parse(const char *name, const char *text, size_t len, wr_po *po, char *err,
                size_t errlen);

/* The live (not obsolete) entry with id 'ctxt', or NULL. */
wr_po_entry *wr_po_find(const wr_po *po, const char *ctxt);

/* Adds an entry (strings copied; NULLs allowed but for ctxt and id). NULL on OOM. */
wr_po_entry *wr_po_add(wr_po *po, const char *ctxt, const char *id, const char *str);

/* Writes 'po' as a PO file: the header, then every entry in order, the obsolete ones last
 * as "#~" lines. Returns 0, or -1 when writing failed. */
int wr_po_write(const wr_po *po, FILE *out);

/* Frees everything 'po' holds; it is then empty. */
void wr_po_free(wr_po *po);

#endif
