/*
 * packcheck_text.c -- the words a patient reads: how hard they are (reading grade), and whether
 * they fit the smallest supported screen, 800 x 480 either way up, at the larger text size.
 * Uses engine/core (pack data, readability) and the C library.
 *
 * The fit is an estimate from an average glyph width, not a layout: at 800 x 480 the ui
 * (engine/ui/theme.c, wr_ui_sizes) sets larger body text at 30 px; Atkinson Hyperlegible
 * averages 0.44 em a character over running English and Spanish (0.48 em bold, for
 * buttons), measured with SDL_ttf; a line is 38 px. Widths come from the same sizes: the
 * text column, the padding of the bubble and of a reply button with its tick box, two
 * columns of replies on a wide screen when there are four or more. The figures below use
 * 0.46 em (a little wider than measured, to be safe) and were checked against wr_ui_layout
 * with those metrics.
 */
#include "packcheck_internal.h"

#include <stdio.h>
#include <string.h>

#include "readability.h"

#define MAX_GRADE 8.0 /* patient text above this reading grade is reported (W301) */
#define LONG_BUTTON 4 /* lines of a reply button above which it is hard to take in (W405) */

/* How much fits on one orientation of the smallest screen, in characters and lines. */
typedef struct fit {
    const char *name;
    int turn_cpl;     /* characters a line of the kiosk's words on a chat screen */
    int turn_lines;   /* lines of them the screen shows below the top bar */
    int reply_cpl;    /* characters a line of a reply button, one column */
    int reply2_cpl;   /* the same with four or more replies in two columns; 0: one column */
    int panel_lines;  /* lines of one reply button the reply panel can show at most */
    int page_cpl;     /* characters a line of a centred page (the urgent screen) */
    int urgent_lines; /* lines of a flag's words the urgent screen shows; 0: not checked */
} fit;

/* Landscape leaves the urgent screen about one line for the flag's words at the larger
 * text size (its band, title, the engine's own words and button take the rest), so the
 * urgent check uses portrait, where a short message fits whole. */
static const fit fits[] = {
    {"800 x 480", 51, 9, 47, 20, 8, 55, 0},
    {"480 x 800", 28, 17, 25, 0, 16, 32, 4},
};

#define N_FITS ((int)(sizeof fits / sizeof fits[0]))

/* ======================================================================================
 * Counting
 * ==================================================================================== */

/* Characters (UTF-8 code points) in s[0..len). */
static int chars(const char *s, size_t len)
{
    int n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* Lines 'text' needs at 'cpl' characters a line: words wrap at spaces, a word longer than
 * a line is cut, "\n" starts a new line. Sets *longest to the longest word's length. */
static int count_lines(const char *text, int cpl, int *longest)
{
    int lines = 0, col = -1; /* col -1: nothing on the current line yet */
    *longest = 0;
    for (const char *s = text; s && *s;) {
        if (*s == '\n' || *s == ' ') {
            if (*s == '\n') {
                lines++;
                col = -1;
            }
            s++;
            continue;
        }
        size_t len = strcspn(s, " \n");
        int w = chars(s, len);
        *longest = w > *longest ? w : *longest;
        if (col >= 0 && col + 1 + w <= cpl) {
            col += 1 + w;
        } else {
            lines += col >= 0;
            lines += (w - 1) / cpl; /* a word wider than a line takes several */
            col = w - (w - 1) / cpl * cpl;
        }
        s += len;
    }
    return lines + (col >= 0);
}

/* The start of 'text' for a message: at most 40 characters, "..." when cut. */
static const char *snippet(const char *text, char *buf, size_t len)
{
    size_t i = 0;
    int n = 0;
    while (text[i] && n < 40) {
        i++;
        while (((unsigned char)text[i] & 0xC0) == 0x80)
            i++;
        n++;
    }
    snprintf(buf, len, "%.*s%s", (int)i, text, text[i] ? "..." : "");
    return buf;
}

/* ======================================================================================
 * Reading grade
 * ==================================================================================== */

/* W301 when 'text' reads above grade 8 in the pack's language. */
static void grade(checker *ck, const wr_srcpos *pos, const char *text)
{
    char cut[200];
    if (!text || !*text)
        return;
    if (strncmp(text, "## ", 3) == 0)
        text += 3;
    double g = wr_readability_grade(text, ck->p->language);
    if (g > MAX_GRADE)
        wr_ck_report(ck, "W301", pos,
                     "\"%s\" reads at about grade %.0f (aim for %.0f or lower): shorter sentences "
                     "and shorter words help",
                     snippet(text, cut, sizeof cut), g, MAX_GRADE);
}

/* Every text a patient reads, graded. */
static void check_grades(checker *ck)
{
    const wr_pack *p = ck->p;
    for (int i = 0; i < p->n_scenes; i++)
        for (int k = 0; k < p->scenes[i].n_steps; k++) {
            const wr_step *st = &p->scenes[i].steps[k];
            if (st->kind == WR_STEP_SAY || st->kind == WR_STEP_CHOICE ||
                st->kind == WR_STEP_ASK_GROUP)
                grade(ck, &st->pos, st->text);
        }
    for (int i = 0; i < p->n_questions; i++) {
        const wr_question *q = &p->questions[i];
        grade(ck, &q->pos, q->text);
        grade(ck, &q->pos, q->hint);
        grade(ck, &q->pos, q->brief);
        grade(ck, &q->pos, q->low);
        grade(ck, &q->pos, q->high);
        for (int k = 0; k < q->n_options; k++)
            grade(ck, &q->pos, q->options[k]);
    }
    for (int i = 0; i < p->n_flags; i++)
        grade(ck, &p->flags[i].pos, p->flags[i].patient);
    for (int i = 0; i < p->n_prompts; i++)
        grade(ck, &p->prompts[i].pos, p->prompts[i].text);
    for (int i = 0; i < p->n_notes; i++)
        grade(ck, &p->notes[i].pos, p->notes[i].text);
    for (int i = 0; i < p->n_nets; i++) {
        grade(ck, &p->nets[i].pos, p->nets[i].title);
        for (int k = 0; k < p->nets[i].n_signs; k++)
            grade(ck, &p->nets[i].pos, p->nets[i].signs[k]);
        grade(ck, &p->nets[i].pos, p->nets[i].action);
    }
    for (int i = 0; i < p->n_handouts; i++)
        for (int k = 0; k < p->handouts[i].n_paras; k++)
            grade(ck, &p->handouts[i].pos, p->handouts[i].paras[k]);
}

/* ======================================================================================
 * Fit on the smallest screen
 * ==================================================================================== */

/* E403 when a word of 'text' is longer than a line of 'cpl' characters on 'f'. Returns 1
 * when it reported. */
static int word_fits(checker *ck, const wr_srcpos *pos, const char *text, int cpl, const fit *f)
{
    int longest = 0;
    char cut[200];
    count_lines(text, cpl, &longest);
    if (longest <= cpl)
        return 0;
    wr_ck_report(ck, "E403", pos,
                 "\"%s\" has a word of %d letters, longer than a line (%d) on a %s screen at the "
                 "larger text size: it would be cut in two",
                 snippet(text, cut, sizeof cut), longest, cpl, f->name);
    return 1;
}

/* E401 / W405 / E403 for a reply button among 'n' replies. */
static void button_fits(checker *ck, const wr_srcpos *pos, const char *label, int n)
{
    char cut[200];
    int worst = 0;
    const fit *at = NULL;
    for (int i = 0; label && i < N_FITS; i++) {
        const fit *f = &fits[i];
        int cpl = f->reply2_cpl && n >= 4 ? f->reply2_cpl : f->reply_cpl, longest = 0;
        if (word_fits(ck, pos, label, cpl, f))
            return;
        int lines = count_lines(label, cpl, &longest);
        if (lines > f->panel_lines) {
            wr_ck_report(ck, "E401", pos,
                         "the button \"%s\" needs %d lines on a %s screen at the larger text size, "
                         "more than the reply panel can show (%d): shorten it",
                         snippet(label, cut, sizeof cut), lines, f->name, f->panel_lines);
            return;
        }
        if (lines > worst) {
            worst = lines;
            at = f;
        }
    }
    if (worst > LONG_BUTTON)
        wr_ck_report(ck, "W405", pos,
                     "the button \"%s\" needs %d lines on a %s screen at the larger text size: "
                     "a button of more than %d lines is hard to take in at a glance",
                     snippet(label, cut, sizeof cut), worst, at->name, LONG_BUTTON);
}

/* Every reply button: options, choices, suggested questions. */
static void check_buttons(checker *ck)
{
    const wr_pack *p = ck->p;
    for (int i = 0; i < p->n_questions; i++) {
        for (int k = 0; k < p->questions[i].n_options; k++)
            button_fits(ck, &p->questions[i].pos, p->questions[i].options[k],
                        p->questions[i].n_options);
        if (p->questions[i].brief) /* a tick on a group screen */
            button_fits(ck, &p->questions[i].pos, p->questions[i].brief, WR_GROUP_MAX);
    }
    for (int i = 0; i < p->n_scenes; i++) {
        const wr_scene *sc = &p->scenes[i];
        int n = 0;
        for (int k = 0; k < sc->n_steps; k++)
            n += sc->steps[k].kind == WR_STEP_CHOICE;
        for (int k = 0; k < sc->n_steps; k++)
            if (sc->steps[k].kind == WR_STEP_CHOICE)
                button_fits(ck, &sc->steps[k].pos, sc->steps[k].text, n);
    }
    for (int i = 0; i < p->n_prompts; i++)
        button_fits(ck, &p->prompts[i].pos, p->prompts[i].text, p->n_prompts);
}

/* One screen's words as the scene shows them. */
typedef struct page_words {
    const char *paras[64];
    int n;
    const wr_srcpos *pos; /* the first step of the screen */
} page_words;

/* Adds a paragraph to the screen's words. */
static void page_add(page_words *pw, const char *text, const wr_srcpos *pos)
{
    if (!pw->pos)
        pw->pos = pos;
    if (text && pw->n < (int)(sizeof pw->paras / sizeof pw->paras[0]))
        pw->paras[pw->n++] = text;
}

/* W402 (and E403) for one screen's words, then starts the next screen. */
static void page_end(checker *ck, const wr_scene *sc, page_words *pw)
{
    for (int i = 0; pw->n > 0 && i < N_FITS; i++) {
        const fit *f = &fits[i];
        int lines2 = 0, longest = 0, bad = 0; /* in half lines: a paragraph gap is half */
        for (int k = 0; k < pw->n; k++) {
            lines2 += 2 * count_lines(pw->paras[k], f->turn_cpl, &longest) + (k > 0);
            bad |= word_fits(ck, pw->pos, pw->paras[k], f->turn_cpl, f);
        }
        if (bad)
            break;
        if (lines2 > 2 * f->turn_lines) {
            wr_ck_report(ck, "W402", pw->pos,
                         "one screen of scene '%s' (from here) needs about %d lines on a %s screen "
                         "at the larger text size, which shows %d: the patient has to scroll; "
                         "move some of it to a scene of its own",
                         sc->id, (lines2 + 1) / 2, f->name, f->turn_lines);
            break;
        }
    }
    memset(pw, 0, sizeof *pw);
}

/* Every screen of a scene: say lines gather until an ask, pick_prompts, show_list or jump,
 * or the end (conditions are not weighed: every say counts). */
static void check_scene_words(checker *ck, const wr_scene *sc)
{
    page_words pw;
    memset(&pw, 0, sizeof pw);
    for (int k = 0; k < sc->n_steps; k++) {
        const wr_step *st = &sc->steps[k];
        const wr_question *q = NULL;
        switch (st->kind) {
        case WR_STEP_SAY:
            page_add(&pw, st->text, &st->pos);
            break;
        case WR_STEP_ASK:
            q = wr_pack_find_question(ck->p, st->question) >= 0
                    ? &ck->p->questions[wr_pack_find_question(ck->p, st->question)]
                    : NULL;
            page_add(&pw, q ? q->text : NULL, &st->pos);
            page_add(&pw, q ? q->hint : NULL, &st->pos);
            page_end(ck, sc, &pw);
            break;
        case WR_STEP_ASK_GROUP:
            page_add(&pw, st->text, &st->pos);
            page_end(ck, sc, &pw);
            break;
        case WR_STEP_PICK_PROMPTS:
            page_add(&pw, wr_pack_ui(ck->p, "pick_hint"), &st->pos);
            page_end(ck, sc, &pw);
            break;
        case WR_STEP_SHOW_LIST:
        case WR_STEP_JUMP:
            page_end(ck, sc, &pw);
            break;
        default:
            break;
        }
    }
    page_end(ck, sc, &pw);
}

/* W404 (and E403) for an urgent flag's words on the urgent screen. */
static void check_urgent(checker *ck, const wr_flag *fl)
{
    for (int i = 0; fl->patient && i < N_FITS; i++) {
        const fit *f = &fits[i];
        int longest = 0, lines = count_lines(fl->patient, f->page_cpl, &longest);
        if (word_fits(ck, &fl->pos, fl->patient, f->page_cpl, f))
            return;
        if (f->urgent_lines && lines > f->urgent_lines) {
            wr_ck_report(ck, "W404", &fl->pos,
                         "red flag '%s': the words for the patient need %d lines on the urgent "
                         "screen of a %s screen at the larger text size, which shows %d without "
                         "scrolling: keep them short (about %d characters)",
                         fl->id, lines, f->name, f->urgent_lines, f->urgent_lines * f->page_cpl);
            return;
        }
    }
}

/* The words of one language; see check.h. */
void wr_check_text(const wr_check_lang *lang, wr_emit_fn emit, void *ud)
{
    checker ck = wr_ck_make(lang, emit, ud);
    wr_check_chars(lang, emit, ud);
    check_grades(&ck);
    check_buttons(&ck);
    for (int i = 0; i < ck.p->n_scenes; i++)
        check_scene_words(&ck, &ck.p->scenes[i]);
    for (int i = 0; i < ck.p->n_flags; i++)
        if (ck.p->flags[i].level == WR_LEVEL_URGENT)
            check_urgent(&ck, &ck.p->flags[i]);
}
