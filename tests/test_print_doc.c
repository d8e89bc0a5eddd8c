/*
 * test_print_doc.c -- the printout as a patient and a clinician get it: every line of the
 * list is in the PDF (read back with pdftotext), in English, Spanish and Hebrew, on A4,
 * Letter and an 80 mm receipt; the fonts are embedded (pdffonts); a full list fits on two
 * pages; Hebrew is laid out from the right; the PDF title is generic; a long list gets
 * "continued" headings and never splits an item; pictures reach the PDF.
 * Needs poppler-utils. Writes its PDFs to $WR_PRINT_TEST_OUT (default: the current folder).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_print_check.h"

/* ==== Sample documents ==================================================================== */

static const char *en_flags[] = {
    "You told us about new numbness in your leg. Please tell your clinician today.",
    "If your pain suddenly gets much worse, or you have trouble passing urine, ask for help "
    "straight away.",
};
static const char *en_questions[] = {
    "What do you think is causing my pain?",
    "Will my scan results change what we do next?",
    "Which movements are safe for me to keep doing at home?",
    "How long might it take to feel some improvement?",
    "Can I carry on working while we try this?",
};
static const char *en_notes[] = {
    "My sleep has been poor for about three weeks.",
    "I am worried that the disc bulge on my scan means damage.",
    "My goal: walk the dog for 30 minutes again.",
};
static const wr_section en_box = {"Please mention today", en_flags, 2};
static const wr_section en_sections[] = {
    {"Questions I want to ask", en_questions, 5},
    {"Things I'd like my clinician to know", en_notes, 3},
};
static const wr_doc en_doc = {
    .kind = WR_KIND_LIST,
    .title = "Questions for my appointment",
    .date = "Thursday 26 November 2026",
    .language = "en",
    .highlight = &en_box,
    .sections = en_sections,
    .n_sections = 2,
    .mark = WR_MARK_CHECKBOX,
    .footer = "Script pack 2026.03 - waitroom 0.1",
};

static const char *es_questions[] = {
    "¿Cuánto tiempo tardaré en mejorar?",
    "Me duele más por la mañana; ¿es normal?",
    "¿Puedo seguir caminando con el pingüino de mi nieta? Año nuevo, vida nueva.",
};
static const char *es_notes[] = {"Duermo mal desde hace un mes y estoy preocupada."};
static const wr_section es_sections[] = {
    {"Preguntas que quiero hacer", es_questions, 3},
    {"Lo que quiero que sepa mi fisioterapeuta", es_notes, 1},
};
static const wr_doc es_doc = {
    .kind = WR_KIND_LIST,
    .title = "Preguntas para mi cita",
    .date = "jueves, 26 de noviembre",
    .language = "es",
    .sections = es_sections,
    .n_sections = 2,
    .mark = WR_MARK_BULLET,
    .footer = "Paquete 2026.03",
};

static const char *he_questions[] = {
    "מה גורם לכאב שלי?",
    "האם בדיקת MRI תשנה את הטיפול?",
    "אילו תנועות בטוחות לי בבית?",
};
static const char *he_flags[] = {"אם הכאב מחמיר מאוד, פנו לעזרה מיד."};
static const wr_section he_box = {"חשוב להיום", he_flags, 1};
static const wr_section he_sections[] = {{"שאלות שאני רוצה לשאול", he_questions, 3}};
static const wr_doc he_doc = {
    .kind = WR_KIND_LIST,
    .title = "שאלות לפגישה שלי",
    .date = "26.11.2026",
    .language = "he",
    .highlight = &he_box,
    .sections = he_sections,
    .n_sections = 1,
    .mark = WR_MARK_CHECKBOX,
    .footer = "2026.03",
};

/* ==== Reading a PDF back ================================================================== */

static const char *out_dir(void)
{
    const char *dir = getenv("WR_PRINT_TEST_OUT");

    return dir && dir[0] ? dir : ".";
}

/* Collapses every run of white space into one space, in place. */
static void squeeze(char *s)
{
    char *w = s;
    int space = 1;

    for (char *r = s; *r; r++) {
        if (isspace((unsigned char)*r)) {
            if (!space)
                *w++ = ' ';
            space = 1;
        } else {
            *w++ = *r;
            space = 0;
        }
    }
    *w = '\0';
}

/* Removes all white space and the bidi control marks pdftotext adds around right-to-left runs
 * (U+200E, U+200F, U+202A..U+202E), in place: pdftotext also splits Hebrew words where glyphs
 * are kerned, so right-to-left text is compared letter by letter, in logical order. */
static void strip(char *s)
{
    unsigned char *w = (unsigned char *)s;

    for (unsigned char *r = (unsigned char *)s; *r; r++) {
        if (isspace(*r))
            continue;
        if (r[0] == 0xE2 && r[1] == 0x80 &&
            (r[2] == 0x8E || r[2] == 0x8F || (r[2] >= 0xAA && r[2] <= 0xAE))) {
            r += 2;
            continue;
        }
        *w++ = *r;
    }
    *w = '\0';
}

/* Renders 'doc' on 'size', writes it to out_dir()/name.pdf; returns 0 or -1. */
static int render_to(wr_print_fonts *fonts, const wr_doc *doc, wr_page_size size, const char *name,
                     char *path, size_t pathlen)
{
    unsigned char *pdf;
    size_t len;
    char err[256];

    if (wr_doc_render_pdf(doc, fonts, size, &pdf, &len, err, sizeof err) != 0) {
        CHECK(0, "%s: %s", name, err);
        return -1;
    }
    CHECK(len > 200 && memcmp(pdf, "%PDF-", 5) == 0, "%s: not a PDF", name);
    snprintf(path, pathlen, "%s/%s.pdf", out_dir(), name);
    CHECK(write_file(path, pdf, len) == 0, "cannot write %s", path);
    wr_print_pdf_free(pdf, len);
    return 0;
}

/* Checks that every line of every section of 'doc' can be read back from the PDF at 'path'. */
static void check_text(const wr_doc *doc, const char *path, int skip_glyphs)
{
    void (*normalize)(char *) = wr_doc_direction(doc) == WR_DIR_RTL ? strip : squeeze;
    char cmd[1200], want[512];
    char *text;

    snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 '%s' - 2>/dev/null", path);
    text = run(cmd);
    if (!text) {
        CHECK(0, "pdftotext failed on %s", path);
        return;
    }
    normalize(text);
    for (int i = -1; i < doc->n_sections && !skip_glyphs; i++) {
        const wr_section *s = i < 0 ? doc->highlight : &doc->sections[i];

        for (int j = -1; s && j < s->n_lines; j++) {
            snprintf(want, sizeof want, "%s", j < 0 ? s->title : s->lines[j]);
            normalize(want);
            CHECK(strstr(text, want) != NULL, "%s: missing: \"%s\"", path, want);
        }
    }
    for (int i = 0; i < 2 && !skip_glyphs; i++) {
        if (i && !doc->footer)
            continue;
        snprintf(want, sizeof want, "%s", i ? doc->footer : doc->title);
        normalize(want);
        CHECK(strstr(text, want) != NULL, "%s: missing: \"%s\"", path, want);
    }
    free(text);
}

/* Checks with pdffonts that the PDF has fonts, all embedded, among them 'want' (a name part). */
static void check_fonts(const char *path, const char *want)
{
    char cmd[1200];
    char *out, *line, *save = NULL;
    int fonts = 0, found = 0;

    snprintf(cmd, sizeof cmd, "pdffonts '%s' 2>&1", path);
    out = run(cmd);
    if (!out) {
        CHECK(0, "pdffonts failed on %s", path);
        return;
    }
    for (line = strtok_r(out, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        char *tok[16];
        int n = 0;

        if (!strncmp(line, "name", 4) || !strncmp(line, "----", 4))
            continue;
        for (char *t = strtok(line, " "); t && n < 16; t = strtok(NULL, " "))
            tok[n++] = t;
        if (n < 6)
            continue;
        fonts++;
        found += strstr(tok[0], want) != NULL;
        /* the columns end in: emb sub uni object ID */
        CHECK(!strcmp(tok[n - 5], "yes"), "%s: font %s is not embedded", path, tok[0]);
    }
    CHECK(fonts > 0, "%s: no fonts", path);
    CHECK(found > 0, "%s: no %s font", path, want);
    free(out);
}

/* The value of one "Key: value" line of pdfinfo for 'path' (the caller frees), or NULL. */
static char *pdfinfo(const char *path, const char *key)
{
    char cmd[1200];
    char *out, *at, *end, *value = NULL;

    snprintf(cmd, sizeof cmd, "pdfinfo '%s' 2>/dev/null", path);
    out = run(cmd);
    if (out && (at = strstr(out, key)) != NULL) {
        at += strlen(key);
        while (*at == ' ' || *at == ':')
            at++;
        end = strchr(at, '\n');
        value = strndup(at, end ? (size_t)(end - at) : strlen(at));
    }
    free(out);
    return value;
}

/* Number of pages, and the page size in points. */
static int page_info(const char *path, double *w, double *h)
{
    char *pages = pdfinfo(path, "Pages"), *size = pdfinfo(path, "Page size");
    int n = pages ? atoi(pages) : 0;

    *w = *h = 0;
    if (size)
        sscanf(size, "%lf x %lf", w, h);
    free(pages);
    free(size);
    return n;
}

/* ==== Tests =============================================================================== */

static const wr_page_size sizes[] = {WR_PAGE_A4, WR_PAGE_LETTER, WR_PAGE_RECEIPT};
static const char *size_names[] = {"a4", "letter", "receipt"};

/* Every language on every page size: text, fonts, page size, generic title. */
static void test_languages(wr_print_fonts *fonts, int have_hebrew)
{
    const wr_doc *docs[] = {&en_doc, &es_doc, &he_doc};
    const char *names[] = {"en", "es", "he"};

    for (int d = 0; d < 3; d++) {
        for (int s = 0; s < 3; s++) {
            char name[64], path[1100];
            double w, h;
            char *title;
            int pages;

            snprintf(name, sizeof name, "doc-%s-%s", names[d], size_names[s]);
            if (render_to(fonts, docs[d], sizes[s], name, path, sizeof path) != 0)
                continue;
            check_text(docs[d], path, d == 2 && !have_hebrew);
            check_fonts(path, d == 2 && have_hebrew ? "NotoSansHebrew" : "AtkinsonHyperlegible");
            pages = page_info(path, &w, &h);
            CHECK(pages == 1, "%s: %d pages", name, pages);
            if (sizes[s] == WR_PAGE_A4)
                CHECK(w > 595 && w < 596 && h > 841 && h < 842, "%s: %gx%g", name, w, h);
            if (sizes[s] == WR_PAGE_LETTER)
                CHECK(w == 612 && h == 792, "%s: %gx%g", name, w, h);
            if (sizes[s] == WR_PAGE_RECEIPT)
                CHECK(w > 226 && w < 227 && h > 150 && h < 1600, "%s: %gx%g", name, w, h);
            title = pdfinfo(path, "Title");
            CHECK(title && !strcmp(title, "Questions for my appointment"), "%s: title %s", name,
                  title ? title : "(none)");
            free(title);
        }
    }
}

/* A full list of twenty lines stays on two pages at most; a receipt just grows. */
static void test_long_list(wr_print_fonts *fonts)
{
    static char storage[20][160];
    const char *lines[20];
    wr_section sections[2];
    wr_doc doc = en_doc;
    double w, h, short_h;
    char path[1100];

    for (int i = 0; i < 20; i++) {
        snprintf(storage[i], sizeof storage[i],
                 "Question number %d: is it normal that my back feels stiff after sitting "
                 "for a long time at work?",
                 i + 1);
        lines[i] = storage[i];
    }
    sections[0] = (wr_section){"Questions I want to ask", lines, 14};
    sections[1] = (wr_section){"Things I'd like my clinician to know", lines + 14, 6};
    doc.sections = sections;
    for (int s = 0; s < 2; s++) {
        char name[64];
        int pages;

        snprintf(name, sizeof name, "doc-long-%s", size_names[s]);
        if (render_to(fonts, &doc, sizes[s], name, path, sizeof path) != 0)
            continue;
        pages = page_info(path, &w, &h);
        CHECK(pages >= 1 && pages <= 2, "%s: %d pages for 20 lines", name, pages);
        check_text(&doc, path, 0);
    }
    if (render_to(fonts, &en_doc, WR_PAGE_RECEIPT, "doc-short-receipt", path, sizeof path) == 0 &&
        page_info(path, &w, &short_h) == 1 &&
        render_to(fonts, &doc, WR_PAGE_RECEIPT, "doc-long-receipt", path, sizeof path) == 0) {
        CHECK(page_info(path, &w, &h) == 1, "a receipt is one page");
        CHECK(h > short_h * 1.5, "the receipt did not grow: %g vs %g", h, short_h);
    }
}

/* The smallest xMin and largest xMax of the words on the first text line of page 1. */
static int first_line_extent(const char *path, double *x0, double *x1)
{
    char cmd[1200];
    char *out, *line, *end;
    int words = 0;

    snprintf(cmd, sizeof cmd, "pdftotext -bbox-layout -f 1 -l 1 '%s' - 2>/dev/null", path);
    out = run(cmd);
    if (!out || !(line = strstr(out, "<line")) || !(end = strstr(line, "</line>"))) {
        free(out);
        return -1;
    }
    *x0 = 1e9;
    *x1 = -1e9;
    for (char *p = line; (p = strstr(p, "<word xMin=\"")) != NULL && p < end; p++, words++) {
        double a = atof(p + 12), b = atof(strstr(p, "xMax=\"") + 6);

        *x0 = a < *x0 ? a : *x0;
        *x1 = b > *x1 ? b : *x1;
    }
    free(out);
    return words > 0 ? 0 : -1;
}

/* Hebrew is detected as right to left and set against the right margin (when a Hebrew font
 * is at hand to read it back); English on the left. */
static void test_direction(wr_print_fonts *fonts, int have_hebrew)
{
    char path[1100];
    double x0, x1;

    CHECK(wr_doc_direction(&he_doc) == WR_DIR_RTL, "Hebrew is not right to left");
    CHECK(wr_doc_direction(&en_doc) == WR_DIR_LTR, "English is not left to right");
    CHECK(wr_doc_direction(&es_doc) == WR_DIR_LTR, "Spanish is not left to right");
    if (have_hebrew &&
        render_to(fonts, &he_doc, WR_PAGE_A4, "doc-dir-he", path, sizeof path) == 0 &&
        first_line_extent(path, &x0, &x1) == 0)
        CHECK(x1 > 595.28 - 22 * 72 / 25.4 - 4 && x0 > 595.28 / 3,
              "the Hebrew title is not on the right: %g..%g", x0, x1);
    if (render_to(fonts, &en_doc, WR_PAGE_A4, "doc-dir-en", path, sizeof path) == 0 &&
        first_line_extent(path, &x0, &x1) == 0)
        CHECK(x0 < 22 * 72 / 25.4 + 4, "the English title is not on the left: %g..%g", x0, x1);
}

/* A handout (paragraphs, no marks), a desk slip, an empty document and a typed "word" far
 * wider than the page all print, with generic PDF titles. */
static void test_other_documents(wr_print_fonts *fonts)
{
    static char wide[400];
    const char *paras[] = {
        "Pain is real, and it is your nervous system's way of protecting you.",
        "Scans often show changes, like disc bulges, in people who have no pain at all.",
        wide,
    };
    const char *flag[] = {"New weakness in both legs"};
    wr_section body = {"How pain works", paras, 3},
               slip_box = {"Please show this to staff", flag, 1};
    wr_doc handout = {.kind = WR_KIND_HANDOUT,
                      .title = "Understanding pain",
                      .language = "en",
                      .sections = &body,
                      .n_sections = 1,
                      .mark = WR_MARK_NONE,
                      .footer = "Handout 1"};
    wr_doc slip = {.kind = WR_KIND_SLIP, .title = "Urgent", .highlight = &slip_box};
    wr_doc empty = {.kind = WR_KIND_LIST};
    const wr_doc *docs[] = {&handout, &slip, &empty};
    const char *names[] = {"doc-handout", "doc-slip", "doc-empty"};
    const char *titles[] = {"Handout", "Please show this to staff", "Questions for my appointment"};
    char path[1100];

    memset(wide, 'W', sizeof wide - 1);
    for (int i = 0; i < 3; i++) {
        double w, h;
        char *title;

        if (render_to(fonts, docs[i], i == 1 ? WR_PAGE_RECEIPT : WR_PAGE_A4, names[i], path,
                      sizeof path) != 0)
            continue;
        CHECK(page_info(path, &w, &h) >= 1, "%s: no pages", names[i]);
        title = pdfinfo(path, "Title");
        CHECK(title && !strcmp(title, titles[i]), "%s: title %s", names[i], title ? title : "");
        free(title);
    }
    handout.sections = &(wr_section){"How pain works", paras, 2};
    if (render_to(fonts, &handout, WR_PAGE_LETTER, "doc-handout-text", path, sizeof path) == 0)
        check_text(&handout, path, 0);
}

/* The plain text holds the same lines, in order, with visible marks. */
static void test_plain_text(void)
{
    char *text = wr_doc_plain_text(&en_doc);
    const char *title, *flag, *question, *note;

    CHECK(text != NULL, "no text");
    if (!text)
        return;
    title = strstr(text, "Questions for my appointment\n");
    flag = strstr(text, "- You told us about new numbness");
    question = strstr(text, "[ ] What do you think is causing my pain?\n");
    note = strstr(text, "[ ] My goal: walk the dog for 30 minutes again.\n");
    CHECK(title && flag && question && note, "text:\n%s", text);
    CHECK(title < flag && flag < question && question < note, "out of order:\n%s", text);
    CHECK(strstr(text, "Script pack 2026.03") != NULL, "no footer");
    wr_print_text_free(text);
}

/* Fonts that cannot be found are reported, not crashed on. */
static void test_bad_fonts(void)
{
    const char *paths[] = {"/nonexistent/fonts", NULL};
    char err[256] = "";

    CHECK(wr_print_fonts_create(paths, err, sizeof err) == NULL, "fonts from nowhere");
    CHECK(strstr(err, "/nonexistent/fonts") != NULL, "message: %s", err);
    wr_print_fonts_destroy(NULL);
    wr_print_pdf_free(NULL, 0);
    wr_print_text_free(NULL);
}

/* How long an A4 list takes to lay out and build into a PDF, once cold and then warm, for
 * the record; the kiosk does this on its UI thread. */
static void measure(wr_print_fonts *fonts, const char *what, int n)
{
    double t0 = now_s(), per;

    for (int i = 0; i < n; i++) {
        unsigned char *pdf;
        size_t len;
        char err[256];

        if (wr_doc_render_pdf(&en_doc, fonts, WR_PAGE_A4, &pdf, &len, err, sizeof err) == 0)
            wr_print_pdf_free(pdf, len);
    }
    per = (now_s() - t0) / n * 1000;
    printf("render (%s): %.1f ms per A4 list (mean of %d)\n", what, per, n);
    CHECK(per < 500, "rendering is too slow for the kiosk: %.0f ms", per);
}

/* The text of page 'page' of the PDF at 'path', white space squeezed (the caller frees). */
static char *page_text(const char *path, int page)
{
    char cmd[1200];
    char *text;

    snprintf(cmd, sizeof cmd, "pdftotext -enc UTF-8 -f %d -l %d '%s' - 2>/dev/null", page, page,
             path);
    text = run(cmd);
    if (text)
        squeeze(text);
    return text;
}

/* A list too long for one page: the clinic's name and the summary at the top of page 1, no
 * footer, the section's heading again on page 2 with "(continued)", and no item split
 * between the pages; the cards (today, straight away, mention, staff) read back. */
static void test_continued(wr_print_fonts *fonts)
{
    static char storage[14][200];
    const char *lines[14], *now[] = {"New numbness between your legs."},
                           *mention[] = {"I have had a fall."}, *staff[] = {"rf01: RF-01."};
    wr_section sections[4] = {{"Questions I want to ask", lines, 14},
                              {"When to get help straight away", now, 1},
                              {"Things I need to tell my clinician", mention, 1},
                              {"For staff", staff, 1}};
    wr_mark marks[4] = {WR_MARK_CHECKBOX, WR_MARK_NOW, WR_MARK_MENTION, WR_MARK_STAFF};
    wr_doc doc = en_doc;
    char path[1100], want[256];

    for (int i = 0; i < 14; i++) {
        snprintf(storage[i], sizeof storage[i],
                 "Question %d: my back feels stiff after I sit for a long time at work, and I "
                 "would like to know whether that is normal for someone like me.",
                 i + 1);
        lines[i] = storage[i];
    }
    doc.sections = sections;
    doc.n_sections = 4;
    doc.marks = marks;
    doc.footer = NULL;
    doc.clinic = "Riverside Physiotherapy";
    doc.summary = "14 questions, 1 thing to mention";
    doc.continued = "{title} (continued)";
    for (int s = 0; s < 2; s++) {
        char name[64], *p1, *p2;
        double w, h;

        snprintf(name, sizeof name, "doc-continued-%s", size_names[s]);
        if (render_to(fonts, &doc, sizes[s], name, path, sizeof path) != 0)
            continue;
        CHECK(page_info(path, &w, &h) == 2, "%s: not two pages", name);
        check_text(&doc, path, 0);
        p1 = page_text(path, 1);
        p2 = page_text(path, 2);
        CHECK(p1 && strstr(p1, "Riverside Physiotherapy Questions for my appointment"),
              "%s: no clinic name over the title", name);
        CHECK(p1 && strstr(p1, "14 questions, 1 thing to mention"), "%s: no summary", name);
        CHECK(p2 && strstr(p2, "Questions I want to ask (continued)"), "%s: no continued: %s",
              name, p2 ? p2 : "");
        CHECK(p1 && p2 && !strstr(p1, "(continued)"), "%s: continued on page 1", name);
        CHECK(p1 && p2 && !strstr(p1, "Script pack") && !strstr(p2, "Script pack"),
              "%s: a footer", name);
        for (int i = 0; p1 && p2 && i < 14; i++) {
            snprintf(want, sizeof want, "%s", lines[i]);
            squeeze(want);
            CHECK(strstr(p1, want) || strstr(p2, want), "%s: item %d split across pages", name,
                  i + 1);
        }
        free(p1);
        free(p2);
    }
}

/* A picture in a handout is in the PDF (pdfimages), and the text around it too. */
static void test_picture(wr_print_fonts *fonts)
{
    static unsigned char rgba[40 * 25 * 4];
    const char *paras[] = {"Before the picture.", "After the picture."};
    wr_section body = {"How pain works", paras, 2};
    wr_doc_picture pic = {0, 1, 40, 25, rgba, 60};
    wr_doc handout = {.kind = WR_KIND_HANDOUT, .title = "Understanding pain", .language = "en",
                      .sections = &body, .n_sections = 1, .mark = WR_MARK_NONE,
                      .pictures = &pic, .n_pictures = 1};
    char path[1100], cmd[1300], *out;

    for (size_t i = 0; i < sizeof rgba; i += 4) {
        rgba[i] = 0x20;
        rgba[i + 1] = (unsigned char)(i % 256);
        rgba[i + 2] = 0xc0;
        rgba[i + 3] = 0xff;
    }
    if (render_to(fonts, &handout, WR_PAGE_A4, "doc-picture", path, sizeof path) != 0)
        return;
    check_text(&handout, path, 0);
    snprintf(cmd, sizeof cmd, "pdfimages -list '%s' 2>/dev/null", path);
    out = run(cmd);
    CHECK(out && strstr(out, " image ") && strstr(out, "   40    25 "), "no 40x25 picture:\n%s",
          out ? out : "(pdfimages failed)");
    free(out);
}

int main(void)
{
    int have_hebrew = 0;
    double t0 = now_s();
    wr_print_fonts *fonts = test_fonts(&have_hebrew);

    if (!fonts)
        return 1;
    printf("fonts loaded in %.1f ms\n", (now_s() - t0) * 1000);
    if (!have_hebrew)
        printf("note: no Hebrew font found; Hebrew glyphs are not checked\n");
    measure(fonts, "first", 1);
    test_languages(fonts, have_hebrew);
    test_long_list(fonts);
    test_direction(fonts, have_hebrew);
    test_other_documents(fonts);
    test_continued(fonts);
    test_picture(fonts);
    test_plain_text();
    test_bad_fonts();
    measure(fonts, "warm", 20);
    wr_print_fonts_destroy(fonts);
    printf("%s: %d failed check(s)\n", failures ? "FAIL" : "ok", failures);
    return failures ? 1 : 0;
}
