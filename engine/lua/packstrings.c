/*
 * packstrings.c -- string tables applied to a pack, checked, and merged for translators.
 * Uses engine/core (textids.h), po.h and packcheck.h.
 */
#include "packstrings.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textids.h"

/* One table being applied: where its problems go, and counts for a draft's summary. */
typedef struct applying {
    const wr_pack *pack;
    wr_po *po;
    wr_emit_fn emit;
    void *ud;
    int strings, untranslated;
    int ui_missing;  /* the engine's words missing from the table: one warning for all */
    char ui_names[160];
} applying;

/* Reports a problem printf-style. */
static void report(applying *a, const char *code, const wr_srcpos *pos, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void report(applying *a, const char *code, const wr_srcpos *pos, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    a->emit(a->ud, code, pos, msg);
}

/* The position of entry 'e' in the table. */
static wr_srcpos entry_pos(const applying *a, const wr_po_entry *e)
{
    return (wr_srcpos){a->po->file, e ? e->line : 0};
}

/* Does the pack mark a question or a red flag private (read only through headphones)? */
static bool has_private(const wr_pack *p)
{
    for (int i = 0; i < p->n_questions; i++)
        if (p->questions[i].private)
            return true;
    for (int i = 0; i < p->n_flags; i++)
        if (p->flags[i].private)
            return true;
    return false;
}

/* W617: read aloud on a speaker replaces a private question with the words of
 * 'ui.read_private'; a language that lacks them would say them in the default language. */
static bool private_word_missing(applying *a, const char *id, const char *text)
{
    if (a->po->draft || strcmp(id, "ui.read_private") != 0 || !has_private(a->pack))
        return false;
    wr_srcpos where = {a->po->file, 0};
    report(a, "W617", &where, "the pack has private questions, but strings/%s.po does not "
           "translate 'ui.read_private' (\"%s\"): read aloud would say it in the default "
           "language", a->po->language, text);
    return true;
}

/* wr_textids_fn: the translation of 'id', checked. */
static const char *translate(void *ud, const char *id, const char *text, const wr_srcpos *pos)
{
    applying *a = ud;
    const char *lang = a->po->language;
    wr_po_entry *e = wr_po_find(a->po, id);
    char ph[128];
    wr_srcpos ep = entry_pos(a, e), logic = pos ? *pos : entry_pos(a, NULL);
    a->strings++;
    if (!e || !*e->str) {
        a->untranslated++;
        if (private_word_missing(a, id, text))
            ;
        else if (!a->po->draft && !e && strncmp(id, "ui.", 3) == 0) {
            if (a->ui_missing++ < 3)
                snprintf(a->ui_names + strlen(a->ui_names),
                         sizeof a->ui_names - strlen(a->ui_names), "%s%s",
                         a->ui_missing > 1 ? ", " : "", id);
        } else if (!a->po->draft && !e)
            report(a, "W611", &logic, "'%s' is not in strings/%s.po: shown in the default "
                   "language (waitroom --strings adds it)", id, lang);
        else if (!a->po->draft)
            report(a, "W612", &ep, "'%s' is not translated yet: shown in the default language",
                   id);
        if (e)
            e->used = true;
        return NULL;
    }
    e->used = true;
    if (!wr_textids_same_placeholders(text, e->str, ph, sizeof ph)) {
        report(a, "E615", &ep, "'%s': the placeholder %s is not the same in the translation "
               "as in \"%s\"", id, ph, text);
        return NULL;
    }
    if (strcmp(e->id, text) != 0)
        report(a, "W613", &ep, "'%s' was translated from \"%s\" but now says \"%s\": check "
               "the translation", id, e->id, text);
    else if (e->fuzzy)
        report(a, "W613", &ep, "'%s' is marked fuzzy: check the translation, then remove the "
               "mark", id);
    return e->str;
}

/* Reports the live entries the logic has no string for. */
static void extras(applying *a)
{
    for (int i = 0; i < a->po->n; i++) {
        wr_po_entry *e = &a->po->e[i];
        wr_srcpos ep = entry_pos(a, e);
        if (!e->obsolete && !e->used)
            report(a, "W614", &ep, "'%s' is not a string of the logic (removed or renamed?)",
                   e->ctxt);
    }
}

/* Applies a table; see packstrings.h. */
int wr_packstrings_apply(wr_pack *pack, wr_po *po, wr_emit_fn emit, void *ud)
{
    applying a = {pack, po, emit, ud, 0, 0, 0, ""};
    if (wr_textids_each(pack, translate, &a) < 0)
        return -1;
    extras(&a);
    if (a.ui_missing) {
        wr_srcpos where = {po->file, 0};
        report(&a, "W611", &where, "%d of the engine's words are not in strings/%s.po (%s%s): "
               "shown in the default language (waitroom --strings adds them)", a.ui_missing,
               po->language, a.ui_names, a.ui_missing > 3 ? ", ..." : "");
    }
    if (po->draft) {
        wr_srcpos where = {po->file, 0};
        report(&a, "W616", &where, "a draft: %d of %d strings translated; not offered to "
               "patients until X-Status: draft is removed", a.strings - a.untranslated,
               a.strings);
    }
    char *lang = wr_strdup(po->language), *name = wr_strdup(po->language_name ? po->language_name
                                                                             : po->language);
    if (!lang || !name) {
        free(lang), free(name);
        return -1;
    }
    free(pack->language), free(pack->language_name);
    pack->language = lang;
    pack->language_name = name;
    pack->rtl = po->rtl;
    return 0;
}

/* ======================================================================================
 * Merging (waitroom --strings)
 * ==================================================================================== */

/* A merge in progress: the table and the new order of its entries. */
typedef struct merging {
    wr_po *po;
    wr_po fresh;
    int oom;
} merging;

/* Is 'a' the same id as 'b' but for the part after the last dot? */
static int same_parent(const char *a, const char *b)
{
    const char *da = strrchr(a, '.'), *db = strrchr(b, '.');
    return da && db && da - a == db - b && strncmp(a, b, (size_t)(da - a)) == 0;
}

/* The translation of an old entry the logic no longer has with source 'text' (one of the
 * same parent first), or NULL. */
static wr_po_entry *orphan(const wr_po *po, const char *id, const char *text)
{
    wr_po_entry *any = NULL;
    for (int i = 0; i < po->n; i++) {
        wr_po_entry *e = &po->e[i];
        if (e->used || !*e->str || strcmp(e->id, text) != 0)
            continue;
        if (same_parent(e->ctxt, id))
            return e;
        if (!any)
            any = e;
    }
    return any;
}

/* Copies 'from's translation state into the fresh entry 'to'. */
static int take(wr_po_entry *to, const wr_po_entry *from, const char *text, bool fuzzy)
{
    free(to->str);
    to->str = wr_strdup(from->str);
    to->fuzzy = fuzzy || from->fuzzy;
    if (strcmp(from->id, text) != 0 && !(to->prev = wr_strdup(from->prev ? from->prev : from->id)))
        return -1;
    return to->str ? 0 : -1;
}

/* wr_textids_fn for the merge's first pass: marks the entries whose id the logic has. */
static const char *mark_live(void *ud, const char *id, const char *text, const wr_srcpos *pos)
{
    wr_po_entry *e = wr_po_find(ud, id);
    (void)text, (void)pos;
    if (e)
        e->used = true;
    return NULL;
}

/* wr_textids_fn for the merge: one entry of the fresh table per string of the logic. */
static const char *merge_one(void *ud, const char *id, const char *text, const wr_srcpos *pos)
{
    merging *m = ud;
    char where[600];
    if (wr_po_find(&m->fresh, id)) /* a topic shared by several prompts */
        return NULL;
    wr_po_entry *old = wr_po_find(m->po, id), *e = wr_po_add(&m->fresh, id, text, "");
    if (!e)
        return m->oom = 1, NULL;
    if (pos && pos->file) {
        const char *base = strrchr(pos->file, '/');
        snprintf(where, sizeof where, "%s:%d", base ? base + 1 : pos->file, pos->line);
        if (!(e->where = wr_strdup(where)))
            m->oom = 1;
    }
    if (old && *old->str) {
        if (take(e, old, text, strcmp(old->id, text) != 0) < 0)
            m->oom = 1;
        return NULL;
    }
    wr_po_entry *o = old ? NULL : orphan(m->po, id, text);
    if (o && take(e, o, text, !same_parent(o->ctxt, id)) < 0)
        m->oom = 1;
    if (o && same_parent(o->ctxt, id))
        o->used = true; /* renamed: its translation moved here */
    return NULL;
}

/* Merges; see packstrings.h. */
int wr_packstrings_merge(wr_pack *pack, wr_po *po)
{
    merging m = {po, {0}, 0};
    for (int i = 0; i < po->n; i++)
        po->e[i].used = false;
    if (wr_textids_each(pack, mark_live, po) < 0 || wr_textids_each(pack, merge_one, &m) < 0)
        m.oom = 1;
    for (int i = 0; i < po->n && !m.oom; i++) {
        const wr_po_entry *o = &po->e[i];
        if (o->used || !*o->str)
            continue;
        wr_po_entry *e = wr_po_add(&m.fresh, o->ctxt, o->id, o->str);
        if (!e)
            m.oom = 1;
        else
            e->obsolete = true;
    }
    if (m.oom) {
        wr_po_free(&m.fresh);
        return -1;
    }
    for (int i = 0; i < po->n; i++) /* the header stays; the entries are the fresh ones */
        free(po->e[i].ctxt), free(po->e[i].id), free(po->e[i].str), free(po->e[i].prev),
            free(po->e[i].where);
    free(po->e);
    po->e = m.fresh.e;
    po->n = m.fresh.n;
    po->cap = m.fresh.cap;
    return 0;
}
