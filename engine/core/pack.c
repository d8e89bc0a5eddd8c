/*
 * pack.c -- the script pack's data: creation, release, lookups, reference resolution.
 * Uses only the C library.
 */
#include "pack.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ======================================================================================
 * Memory
 * ==================================================================================== */

/* A heap copy of 's' (NULL for NULL or when out of memory); the caller frees it. */
char *wr_strdup(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

/* A zeroed condition of 'kind' owned by the caller (free with wr_cond_free), or NULL. */
wr_cond *wr_cond_new(wr_cond_kind kind)
{
    wr_cond *c = calloc(1, sizeof *c);
    if (c)
        c->kind = kind;
    return c;
}

/* Frees a condition and its children. NULL does nothing. */
void wr_cond_free(wr_cond *c)
{
    if (!c)
        return;
    for (int i = 0; i < c->n_kids; i++)
        wr_cond_free(c->kids[i]);
    for (int i = 0; i < c->n_options; i++)
        free(c->options[i]);
    free(c->kids);
    free(c->options);
    free(c->option_index);
    free(c->name);
    free(c);
}

/* A new empty pack owned by the caller, or NULL when out of memory. */
wr_pack *wr_pack_create(void)
{
    return calloc(1, sizeof(wr_pack));
}

static void free_strings(char **v, int n)
{
    for (int i = 0; v && i < n; i++)
        free(v[i]);
    free(v);
}

static void free_scene(wr_scene *sc)
{
    for (int i = 0; i < sc->n_steps; i++) {
        wr_step *st = &sc->steps[i];
        free(st->text);
        free(st->question);
        free(st->go);
        for (int k = 0; k < st->n_items; k++) {
            free(st->items[k]);
            wr_cond_free(st->item_when ? st->item_when[k] : NULL);
        }
        free(st->items);
        free(st->item_when);
        wr_cond_free(st->when);
    }
    free(sc->steps);
    free(sc->id);
    free(sc->go);
}

static void free_question(wr_question *q)
{
    free(q->id);
    free(q->text);
    free(q->hint);
    free(q->brief);
    free_strings(q->options, q->n_options);
    free_strings(q->option_ids, q->n_options);
    free(q->low);
    free(q->high);
}

static void free_rules(wr_pack *p)
{
    for (int i = 0; i < p->n_flags; i++) {
        free(p->flags[i].id);
        wr_cond_free(p->flags[i].when);
        free(p->flags[i].patient);
        free(p->flags[i].clinician);
        for (int k = 0; k < p->flags[i].n_combines; k++)
            free(p->flags[i].combines[k]);
        free(p->flags[i].combines);
    }
    for (int i = 0; i < p->n_prompts; i++) {
        free(p->prompts[i].id);
        free(p->prompts[i].text);
        free(p->prompts[i].topic);
        wr_cond_free(p->prompts[i].suggest);
    }
    for (int i = 0; i < p->n_notes; i++) {
        free(p->notes[i].id);
        wr_cond_free(p->notes[i].when);
        free(p->notes[i].text);
    }
    for (int i = 0; i < p->n_nets; i++) {
        wr_safety_net *n = &p->nets[i];
        free(n->id);
        wr_cond_free(n->when);
        free(n->title);
        free_strings(n->signs, n->n_signs);
        free(n->action);
    }
    free(p->nets);
    for (int i = 0; i < p->n_handouts; i++) {
        wr_handout *h = &p->handouts[i];
        free(h->id);
        free(h->title);
        free(h->file);
        free(h->path);
        free_strings(h->paras, h->n_paras);
        free_strings(h->pictures, h->n_pictures);
        free(h->picture_at);
    }
    free(p->handouts);
    for (int i = 0; i < p->n_uitext; i++) {
        free(p->uitext[i].key);
        free(p->uitext[i].text);
    }
    free(p->flags);
    free(p->prompts);
    free(p->notes);
    free(p->uitext);
    for (int i = 0; i < p->n_sayas; i++) {
        free(p->sayas[i].key);
        free(p->sayas[i].text);
    }
    free(p->sayas);
}

/* Frees the pack and everything it owns. NULL does nothing. */
void wr_pack_destroy(wr_pack *p)
{
    if (!p)
        return;
    for (int i = 0; i < p->n_scenes; i++)
        free_scene(&p->scenes[i]);
    for (int i = 0; i < p->n_questions; i++)
        free_question(&p->questions[i]);
    free(p->scenes);
    free(p->questions);
    free_rules(p);
    free_strings(p->files, p->n_files);
    free(p->title);
    free(p->language);
    free(p->version);
    free(p->language_name);
    free(p->reviewed_by);
    free(p->reviewed_on);
    free_strings(p->sign_off, p->n_sign_off);
    free(p->start);
    free(p);
}

/* Interns 'file' in the pack's file table; the result lives as long as the pack. */
const char *wr_pack_intern_file(wr_pack *p, const char *file)
{
    for (int i = 0; i < p->n_files; i++)
        if (strcmp(p->files[i], file) == 0)
            return p->files[i];
    char **v = realloc(p->files, (size_t)(p->n_files + 1) * sizeof *v);
    if (!v)
        return NULL;
    p->files = v;
    v[p->n_files] = wr_strdup(file);
    if (!v[p->n_files])
        return NULL;
    return v[p->n_files++];
}

/* ======================================================================================
 * Lookups
 * ==================================================================================== */

/* Index of the scene with 'id', or -1. */
int wr_pack_find_scene(const wr_pack *p, const char *id)
{
    for (int i = 0; id && i < p->n_scenes; i++)
        if (strcmp(p->scenes[i].id, id) == 0)
            return i;
    return -1;
}

/* Index of the question with 'id', or -1. */
int wr_pack_find_question(const wr_pack *p, const char *id)
{
    for (int i = 0; id && i < p->n_questions; i++)
        if (strcmp(p->questions[i].id, id) == 0)
            return i;
    return -1;
}

/* Index of the prompt with 'id', or -1. */
int wr_pack_find_prompt(const wr_pack *p, const char *id)
{
    for (int i = 0; id && i < p->n_prompts; i++)
        if (strcmp(p->prompts[i].id, id) == 0)
            return i;
    return -1;
}

/* Index of the flag 'id' in 'p', or -1. */
int wr_pack_find_flag(const wr_pack *p, const char *id)
{
    for (int i = 0; id && i < p->n_flags; i++)
        if (strcmp(p->flags[i].id, id) == 0)
            return i;
    return -1;
}

/* Index of the option of 'q' whose id is 'name', or -1. An option written without an id
 * has its default-language words as its id. Ids are the same in every language, so the
 * answers and the conditions are too. A pack built without ids (tests) matches the words. */
int wr_pack_find_option(const wr_question *q, const char *name)
{
    char *const *ids = q->option_ids ? q->option_ids : q->options;
    for (int i = 0; name && ids && i < q->n_options; i++)
        if (strcmp(ids[i], name) == 0)
            return i;
    return -1;
}

/* The engine's built-in English words, overridable by a pack's ui { } table. */
static const wr_uitext builtin_ui[] = {
    {"title", "Getting ready for your appointment"},
    {"start", "Touch the screen to start"},
    {"attract_body", "While you wait, I can help you get ready for your appointment."},
    {"back", "Back"},
    {"start_over", "Start over"},
    {"larger_text", "Larger text"},
    {"high_contrast", "High contrast"},
    {"language", "Language"},
    {"next", "Next"},
    {"skip", "Skip"},
    {"done", "Done"},
    {"still_here", "I'm still here"},
    {"idle_title", "Are you still there?"},
    {"idle_body", "To keep your answers private, this will clear itself in {seconds} seconds."},
    {"urgent_title", "Please go to the front desk now"},
    {"urgent_body", "Show this screen to a member of staff. They will help you straight away."},
    {"told_staff", "I have asked for help"},
    {"help_coming", "Thank you. Someone from the desk will come to you. Please stay here."},
    {"urgent_private", "Please go to the desk now and ask to talk privately"},
    {"urgent_staff", "Staff: clear this screen"},
    {"desk_code", "Enter the desk code or the staff PIN to clear the urgent screen"},
    {"list_staff", "For staff"},
    {"and", ", and "},
    {"crisis_line", "a crisis line"},
    {"error_title", "Sorry, something went wrong"},
    {"error_body", "Please ask at the front desk. Nothing you entered has been kept."},
    {"thank_you", "Thank you. We look forward to seeing you."},
    {"print", "Print my list"},
    {"print_title", "Questions for my appointment"},
    /* the printout: the date in words, a summary for the clinician, a heading repeated */
    {"print_date", "{day} {month} {year}"},
    {"month_1", "January"},
    {"month_2", "February"},
    {"month_3", "March"},
    {"month_4", "April"},
    {"month_5", "May"},
    {"month_6", "June"},
    {"month_7", "July"},
    {"month_8", "August"},
    {"month_9", "September"},
    {"month_10", "October"},
    {"month_11", "November"},
    {"month_12", "December"},
    {"summary_today_1", "1 thing to check today"},
    {"summary_today", "{n} things to check today"},
    {"summary_mention_1", "1 thing to mention"},
    {"summary_mention", "{n} things to mention"},
    {"summary_questions_1", "1 question"},
    {"summary_questions", "{n} questions"},
    {"summary_notes_1", "1 note"},
    {"summary_notes", "{n} notes"},
    {"summary_comma", ", "},
    {"print_continued", "{title} (continued)"},
    {"slip_urgent", "Please show this to staff now"},
    {"slip_today", "Please show this to staff before the appointment"},
    {"printing", "Printing..."},
    {"printed", "Take your list from the printer."},
    {"printed_handout", "Take your pages from the printer."},
    {"print_failed", "Please ask at the desk for help with printing."},
    {"list_questions", "Questions I want to ask"},
    {"list_notes", "Things I'd like my clinician to know"},
    {"list_flags", "Please tell the staff today"},
    {"list_mention", "Things I need to tell my clinician"},
    {"list_safety", "Get help straight away"},
    {"list_empty", "Your list is empty so far."},
    {"type_own", "Type my own question"},
    {"add_own", "Add to my list"},
    {"remove", "Remove"},
    {"pick_hint", "Pick up to {max} questions to ask. You have picked {n}."},
    {"suggested", "Suggested for you"},
    {"skipped", "(skipped)"},
    {"none_ticked", "None of these"},
    {"answered", "Answered"},
    {"earlier_answers", "Earlier answers \u2014 tap to show"},
    {"progress", "Question {n} of {max}"},
    {"one_by_one", "Not sure about one"},
    {"emergency_number", "your local emergency number"},
    {"typed_count", "{n} of {max} letters"},
    {"shift", "Shift"},
    {"space", "space"},
    {"delete", "Delete"},
    {"staff_title", "Staff"},
    {"staff_pin", "Enter the staff PIN"},
    {"staff_resume", "Back to the patient"},
    {"staff_reload", "Reload scripts"},
    {"staff_quit", "Quit the kiosk"},
    {"staff_clear", "Clear"},
    {"staff_handouts", "Print handouts"},
    {"staff_signoff", "Decisions to sign off"},
    {"copies", "Copies: {n}"},
    {"more", "One more"},
    {"fewer", "One fewer"},
    {"print_copies", "Print {n}"},
    {"staff_menu", "Back to the staff menu"},
    {"handout_offer", "Would you like a leaflet to take home? Tap one to print it."},
    {"staff_wrong", "That PIN is not right."},
    {"read_aloud", "Read aloud"},
    {"stop_reading", "Stop reading"},
    {"read_private", "This question is on the screen."},
    {"read_to", "to"},
    {"read_selected", "chosen"},
    {"safety_net", /* one line per bullet on the printed list */
     "Get help straight away if any of these start:\n"
     "New numbness between your legs or around your bottom.\n"
     "New trouble peeing, or leaking pee or poo.\n"
     "New weakness in your legs that is getting worse.\n"
     "Pain, numbness or pins and needles in both legs.\n"
     "Then go to the emergency department or call {emergency}. Do not wait for your next "
     "appointment."},
};

/* The built-in English words, for tools that list every key. */
const wr_uitext *wr_pack_builtin_ui(int *n)
{
    *n = (int)(sizeof builtin_ui / sizeof builtin_ui[0]);
    return builtin_ui;
}

/* The engine's word for 'key' in this pack's language (override or built-in English). */
const char *wr_pack_ui(const wr_pack *p, const char *key)
{
    for (int i = 0; p && i < p->n_uitext; i++)
        if (strcmp(p->uitext[i].key, key) == 0)
            return p->uitext[i].text;
    for (size_t i = 0; i < sizeof builtin_ui / sizeof builtin_ui[0]; i++)
        if (strcmp(builtin_ui[i].key, key) == 0)
            return builtin_ui[i].text;
    return key;
}

static bool cond_has_function(const wr_cond *c)
{
    if (!c)
        return false;
    if (c->kind == WR_COND_CUSTOM)
        return true;
    for (int i = 0; i < c->n_kids; i++)
        if (cond_has_function(c->kids[i]))
            return true;
    return false;
}

/* True when a question of ask_group 'st' has a script function for its condition. */
static bool items_have_function(const wr_step *st)
{
    for (int k = 0; st->item_when && k < st->n_items; k++)
        if (cond_has_function(st->item_when[k]))
            return true;
    return false;
}

/* True when any condition of the pack is a script function. */
bool wr_pack_has_functions(const wr_pack *p)
{
    for (int i = 0; i < p->n_scenes; i++)
        for (int k = 0; k < p->scenes[i].n_steps; k++)
            if (cond_has_function(p->scenes[i].steps[k].when) ||
                items_have_function(&p->scenes[i].steps[k]))
                return true;
    for (int i = 0; i < p->n_flags; i++)
        if (cond_has_function(p->flags[i].when))
            return true;
    for (int i = 0; i < p->n_notes; i++)
        if (cond_has_function(p->notes[i].when))
            return true;
    for (int i = 0; i < p->n_prompts; i++)
        if (cond_has_function(p->prompts[i].suggest))
            return true;
    return false;
}

/* ======================================================================================
 * Reference resolution
 * ==================================================================================== */

typedef struct resolver {
    wr_pack *pack;
    wr_report_fn report;
    void *ud;
    int problems;
} resolver;

/* Reports one problem, formatted like printf. */
__attribute__((format(printf, 3, 4)))
static void problem(resolver *r, const wr_srcpos *pos, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    r->problems++;
    if (r->report)
        r->report(r->ud, pos, msg);
}

static int resolve_options(resolver *r, wr_cond *c, const wr_question *q)
{
    if (c->n_options == 0)
        return 0;
    free(c->option_index);
    c->option_index = malloc((size_t)c->n_options * sizeof *c->option_index);
    if (!c->option_index)
        return -1;
    for (int i = 0; i < c->n_options; i++) {
        c->option_index[i] = wr_pack_find_option(q, c->options[i]);
        if (c->option_index[i] < 0)
            problem(r, &c->pos, "question '%s' has no option \"%s\"", q->id, c->options[i]);
    }
    return 0;
}

static int resolve_cond(resolver *r, wr_cond *c)
{
    if (!c)
        return 0;
    switch (c->kind) {
    case WR_COND_ANSWERED:
    case WR_COND_AT_LEAST:
    case WR_COND_AT_MOST: {
        int qi = wr_pack_find_question(r->pack, c->name);
        if (qi < 0) {
            problem(r, &c->pos, "unknown question '%s'", c->name);
            return 0;
        }
        const wr_question *q = &r->pack->questions[qi];
        if (c->kind != WR_COND_ANSWERED && q->kind != WR_Q_SCALE)
            problem(r, &c->pos, "question '%s' is not a scale", q->id);
        return c->kind == WR_COND_ANSWERED ? resolve_options(r, c, q) : 0;
    }
    case WR_COND_VISITED:
        if (wr_pack_find_scene(r->pack, c->name) < 0)
            problem(r, &c->pos, "unknown scene '%s'", c->name);
        return 0;
    default:
        for (int i = 0; i < c->n_kids; i++)
            if (resolve_cond(r, c->kids[i]) < 0)
                return -1;
        return 0;
    }
}

static void check_target(resolver *r, const wr_srcpos *pos, const char *go)
{
    if (go && strcmp(go, "@end") != 0 && wr_pack_find_scene(r->pack, go) < 0)
        problem(r, pos, "unknown scene '%s'", go);
}

static int resolve_scene(resolver *r, wr_scene *sc)
{
    check_target(r, &sc->pos, sc->go);
    for (int i = 0; i < sc->n_steps; i++) {
        wr_step *st = &sc->steps[i];
        if (st->kind == WR_STEP_ASK && wr_pack_find_question(r->pack, st->question) < 0)
            problem(r, &st->pos, "unknown question '%s'", st->question);
        for (int k = 0; st->kind == WR_STEP_ASK_GROUP && k < st->n_items; k++)
            if (wr_pack_find_question(r->pack, st->items[k]) < 0)
                problem(r, &st->pos, "ask_group: unknown question '%s'", st->items[k]);
        if (st->kind == WR_STEP_CHOICE || st->kind == WR_STEP_JUMP)
            check_target(r, &st->pos, st->go);
        if (resolve_cond(r, st->when) < 0)
            return -1;
        for (int k = 0; st->item_when && k < st->n_items; k++)
            if (resolve_cond(r, st->item_when[k]) < 0)
                return -1;
    }
    return 0;
}

/* Resolves option labels to indices and reports every unknown reference; returns the
 * number of problems, or -1 when out of memory. */
int wr_pack_resolve(wr_pack *p, wr_report_fn report, void *ud)
{
    resolver r = {p, report, ud, 0};
    wr_srcpos nowhere = {p->n_files ? p->files[0] : "pack", 0};
    if (!p->start)
        problem(&r, &nowhere, "the pack has no start scene (add: start \"welcome\")");
    else
        check_target(&r, &nowhere, p->start);
    for (int i = 0; i < p->n_scenes; i++)
        if (resolve_scene(&r, &p->scenes[i]) < 0)
            return -1;
    for (int i = 0; i < p->n_flags; i++) {
        if (resolve_cond(&r, p->flags[i].when) < 0)
            return -1;
        for (int k = 0; k < p->flags[i].n_combines; k++)
            if (wr_pack_find_flag(p, p->flags[i].combines[k]) < 0)
                problem(&r, &p->flags[i].pos, "red_flag '%s' combines an unknown flag '%s'",
                        p->flags[i].id, p->flags[i].combines[k]);
    }
    for (int i = 0; i < p->n_prompts; i++)
        if (resolve_cond(&r, p->prompts[i].suggest) < 0)
            return -1;
    for (int i = 0; i < p->n_notes; i++)
        if (resolve_cond(&r, p->notes[i].when) < 0)
            return -1;
    for (int i = 0; i < p->n_nets; i++)
        if (resolve_cond(&r, p->nets[i].when) < 0)
            return -1;
    return r.problems;
}
