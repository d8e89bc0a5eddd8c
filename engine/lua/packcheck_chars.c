/*
 * packcheck_chars.c -- every string of a pack that a patient (or the desk) may see is UTF-8
 * without NUL bytes or control characters (E302): text that is not would show as boxes or
 * garbage, or reorder itself on screen and on paper. Uses engine/core and the C library.
 */
#include "packcheck_internal.h"

#include <string.h>

#include "textcheck.h"

/* E302 when 'text' (may be NULL) is not fit to show; 'what' names it in the message. */
static void chars(checker *ck, const wr_srcpos *pos, const char *what, const char *text)
{
    char buf[64];
    size_t at = 0;
    const char *why = text ? wr_text_problem(text, strlen(text), 1, &at, buf, sizeof buf) : NULL;
    if (why)
        wr_ck_report(ck, "E302", pos,
                     "%s holds %s at byte %zu: patients would see boxes or "
                     "garbled text",
                     what, why, at + 1);
}

/* The texts of questions: the question, its hint, the ends of a scale, the options. */
static void question_chars(checker *ck, const wr_question *q)
{
    chars(ck, &q->pos, "the question's text", q->text);
    chars(ck, &q->pos, "the question's hint", q->hint);
    chars(ck, &q->pos, "the scale's low end", q->low);
    chars(ck, &q->pos, "the scale's high end", q->high);
    for (int k = 0; k < q->n_options; k++)
        chars(ck, &q->pos, "an option", q->options[k]);
}

/* Every string of the pack a person may see. */
void wr_check_chars(const wr_check_lang *lang, wr_emit_fn emit, void *ud)
{
    checker ck = wr_ck_make(lang, emit, ud);
    const wr_pack *p = ck.p;
    wr_srcpos whole = wr_ck_where(&ck);
    chars(&ck, &whole, "the pack's title", p->title);
    chars(&ck, &whole, "the language's name", p->language_name);
    for (int i = 0; i < p->n_uitext; i++)
        chars(&ck, &whole, "an engine word", p->uitext[i].text);
    for (int i = 0; i < p->n_scenes; i++)
        for (int k = 0; k < p->scenes[i].n_steps; k++)
            chars(&ck, &p->scenes[i].steps[k].pos, "the text", p->scenes[i].steps[k].text);
    for (int i = 0; i < p->n_questions; i++)
        question_chars(&ck, &p->questions[i]);
    for (int i = 0; i < p->n_flags; i++) {
        chars(&ck, &p->flags[i].pos, "the red flag's words for the patient", p->flags[i].patient);
        chars(&ck, &p->flags[i].pos, "the red flag's words for staff", p->flags[i].clinician);
    }
    for (int i = 0; i < p->n_prompts; i++) {
        chars(&ck, &p->prompts[i].pos, "the prompt", p->prompts[i].text);
        chars(&ck, &p->prompts[i].pos, "the prompt's topic", p->prompts[i].topic);
    }
    for (int i = 0; i < p->n_notes; i++)
        chars(&ck, &p->notes[i].pos, "the note", p->notes[i].text);
    for (int i = 0; i < p->n_nets; i++) {
        chars(&ck, &p->nets[i].pos, "the safety net's title", p->nets[i].title);
        chars(&ck, &p->nets[i].pos, "the safety net's action", p->nets[i].action);
        for (int k = 0; k < p->nets[i].n_signs; k++)
            chars(&ck, &p->nets[i].pos, "a warning sign", p->nets[i].signs[k]);
    }
    for (int i = 0; i < p->n_handouts; i++) {
        chars(&ck, &p->handouts[i].pos, "the handout's title", p->handouts[i].title);
        for (int k = 0; k < p->handouts[i].n_paras; k++)
            chars(&ck, &p->handouts[i].pos, "a paragraph", p->handouts[i].paras[k]);
    }
}
