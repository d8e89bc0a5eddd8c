/*
 * screen.c -- turning the flow's state into a wr_screen: the words, the conversation so
 * far, the reply controls and the top bar. Uses only core.
 */
#include "flow_internal.h"

#include <stdio.h>
#include <string.h>


#define UI(key) wr_pack_ui(wr_flow_cur_pack(f), key)

/* Appends a control to the reply panel; NULL when the panel is full. */
wr_control *wr_screen_add(wr_screen *s, wr_role role, const char *label, wr_action a, int arg)
{
    if (s->n_controls >= WR_SCREEN_MAX_CONTROLS)
        return NULL;
    wr_control *c = &s->controls[s->n_controls++];
    memset(c, 0, sizeof *c);
    c->role = role;
    c->label = label;
    c->action = a;
    c->arg = arg;
    return c;
}

static void para(wr_screen *s, const char *text)
{
    if (text && s->n_paras < WR_SCREEN_MAX_PARAS)
        s->paras[s->n_paras++] = text;
}

/* A paragraph the pack marks private: read aloud only through headphones. */
static void private_para(wr_screen *s, const char *text, bool private)
{
    int n = s->n_paras;
    para(s, text);
    if (s->n_paras > n)
        s->para_private[n] = private;
}

static wr_control *nav(wr_screen *s, const char *label, wr_action a, int arg)
{
    if (s->n_nav >= WR_SCREEN_MAX_NAV)
        return NULL;
    wr_control *c = &s->nav[s->n_nav++];
    memset(c, 0, sizeof *c);
    c->role = WR_ROLE_NAV;
    c->label = label;
    c->action = a;
    c->arg = arg;
    return c;
}

/* The top bar every patient screen shows. */
static void top_bar(wr_flow *f, wr_screen *s)
{
    wr_control *c = nav(s, UI("back"), WR_ACT_BACK, 0);
    if (c)
        c->disabled = f->n_stack == 0 && !f->typing_own;
    nav(s, UI("start_over"), WR_ACT_RESTART, 0);
    c = nav(s, UI("larger_text"), WR_ACT_LARGER, 0);
    if (c)
        c->selected = f->large_text;
    c = nav(s, UI("high_contrast"), WR_ACT_CONTRAST, 0);
    if (c)
        c->selected = f->high_contrast;
    if (f->n_packs > 1) {
        int next = (f->lang + 1) % f->n_packs;
        const char *name = f->packs[next]->language_name ? f->packs[next]->language_name
                                                         : f->packs[next]->language;
        nav(s, name ? name : UI("language"), WR_ACT_LANGUAGE, next);
    }
}

/* The same bar on the screens a patient cannot go back from (end, urgent, idle warning,
 * printing, error): Back and Start over shown but not tappable (an urgent screen is
 * cleared by staff only), the display toggles and the language working as anywhere. */
static void fixed_bar(wr_flow *f, wr_screen *s)
{
    top_bar(f, s);
    for (int i = 0; i < s->n_nav; i++)
        if (s->nav[i].action == WR_ACT_BACK || s->nav[i].action == WR_ACT_RESTART)
            s->nav[i].disabled = true;
}

/* ======================================================================================
 * The conversation so far
 * ==================================================================================== */

/* The kiosk's words on 'pg' as one bubble. */
static const char *page_words(wr_flow *f, const page *pg)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    char buf[4096] = "";
    for (int i = 0; i < pg->n_paras; i++) {
        if (buf[0])
            strncat(buf, "\n", sizeof buf - strlen(buf) - 1);
        strncat(buf, wr_fill(f, pg->paras[i]), sizeof buf - strlen(buf) - 1);
    }
    if (pg->kind == PAGE_ASK || pg->kind == PAGE_GROUP) {
        if (buf[0])
            strncat(buf, "\n", sizeof buf - strlen(buf) - 1);
        strncat(buf, pg->kind == PAGE_ASK ? p->questions[pg->question].text
                                          : p->scenes[pg->scene].steps[pg->group].text,
                sizeof buf - strlen(buf) - 1);
    }
    return buf[0] ? wr_arena_strdup(&f->strings, buf) : NULL;
}

/* The patient's reply on a group screen: the short lines ticked, "None of these", or
 * "Answered" when a question of the group is private (or the answers were in private). */
static const char *group_reply(wr_flow *f, const page *pg)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    const wr_step *st = &p->scenes[pg->scene].steps[pg->group];
    char buf[1024] = "";
    bool private = false;
    for (int i = 0; i < st->n_items; i++) {
        int qi = wr_pack_find_question(p, st->items[i]);
        if (qi >= 0 && !wr_group_shows(f, st, i))
            continue;
        if (qi < 0 || !wr_session_answered(f->session, st->items[i]))
            return NULL; /* not answered yet */
        private = private || p->questions[qi].private ||
                  wr_session_option(f->session, st->items[i]) ==
                      wr_pack_find_option(&p->questions[qi], "private");
        if (wr_group_ticked(f, st, i)) {
            const char *w = p->questions[qi].brief ? p->questions[qi].brief : "?";
            if (buf[0])
                strncat(buf, ", ", sizeof buf - strlen(buf) - 1);
            strncat(buf, w, sizeof buf - strlen(buf) - 1);
        }
    }
    if (private)
        return UI("answered"); /* a private answer never shows in the history */
    return buf[0] ? wr_arena_strdup(&f->strings, buf) : UI("none_ticked");
}

/* The patient's reply on 'pg': the answer, the choice tapped, or NULL. */
static const char *page_reply(wr_flow *f, const page *pg, int choice)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    if (pg->kind == PAGE_GROUP)
        return group_reply(f, pg);
    if (pg->kind == PAGE_ASK) {
        char words[1024];
        const wr_question *q = &p->questions[pg->question];
        if (q->private && wr_session_answered(f->session, q->id))
            return UI("answered"); /* a private answer never shows in the history */
        if (wr_session_answer_words(f->session, q, words, sizeof words)) {
            const char *r = wr_arena_strdup(&f->strings, words);
            memset(words, 0, sizeof words);
            return r;
        }
        return wr_session_answered(f->session, q->id) ? UI("none_ticked") : UI("skipped");
    }
    if (choice >= 0 && choice < pg->n_choices)
        return p->scenes[pg->scene].steps[pg->choices[choice]].text;
    return NULL;
}

/* The patient's reply on 'pg' into the history from n (at most 'room'): one bubble, or one
 * for each ticked option of a multiple-choice answer (shown as separate chips, since an
 * option's words may hold a comma). Returns the new count. */
static int add_reply(wr_flow *f, const page *pg, int choice, int n, int room)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    const wr_question *q = pg->kind == PAGE_ASK ? &p->questions[pg->question] : NULL;
    int k = 0;
    for (int o = 0; q && q->kind == WR_Q_MULTIPLE && !q->private && o < q->n_options && o < 64 &&
                    n < room;
         o++)
        if (wr_session_has_option(f->session, q->id, o))
            f->history[n++] = (wr_bubble){true, q->options[o]}, k++;
    const char *reply = k ? NULL : page_reply(f, pg, choice);
    if (reply && n < room)
        f->history[n++] = (wr_bubble){true, reply};
    return n;
}

static void history(wr_flow *f, wr_screen *s)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    int n = 0;
    int first = f->n_stack > 24 ? f->n_stack - 24 : 0;
    int room = (int)(sizeof f->history / sizeof f->history[0]);
    for (int i = first; i < f->n_stack && n + 2 <= room; i++) {
        int si = wr_pack_find_scene(p, f->stack[i].scene);
        page pg;
        const char *go = NULL;
        if (si < 0 || wr_page_at(f, si, f->stack[i].ordinal, &pg, &go) != SCAN_PAGE)
            continue;
        const char *said = page_words(f, &pg);
        if (said)
            f->history[n++] = (wr_bubble){false, said};
        n = add_reply(f, &pg, f->stack[i].choice, n, room);
        if (i < f->hide_below) /* older than the scene shown after an idle warning */
            s->n_hidden = n;
    }
    s->history_label = s->n_hidden > 0 ? UI("earlier_answers") : NULL;
    f->error[0] = 0; /* a failing condition in the past is not news */
    s->history = f->history;
    s->n_history = n;
}

/* ======================================================================================
 * Pages
 * ==================================================================================== */

static void question_controls(wr_flow *f, wr_screen *s, const wr_question *q)
{
    s->kind = WR_SCREEN_QUESTION;
    s->name = "question";
    s->question_id = q->id;
    s->focus_para = s->n_paras;
    private_para(s, q->text, q->private);
    private_para(s, q->hint, q->private);
    int chosen;
    switch (q->kind) {
    case WR_Q_SINGLE:
    case WR_Q_MULTIPLE:
        for (int i = 0; i < q->n_options; i++) {
            wr_control *c = wr_screen_add(s, WR_ROLE_REPLY, q->options[i], WR_ACT_OPTION, i);
            if (c)
                c->selected = wr_session_has_option(f->session, q->id, i);
        }
        if (q->kind == WR_Q_MULTIPLE)
            wr_screen_add(s, WR_ROLE_PRIMARY, UI("next"), WR_ACT_NEXT, 0);
        break;
    case WR_Q_SCALE:
        s->scale_low = q->low;
        s->scale_high = q->high;
        for (int n = q->scale_min; n <= q->scale_max; n++) {
            wr_control *c = wr_screen_add(s, WR_ROLE_SCALE, wr_arena_printf(&f->strings, "%d", n),
                                          WR_ACT_SCALE, n);
            if (c)
                c->selected = wr_session_number(f->session, q->id, &chosen) && chosen == n;
        }
        break;
    case WR_Q_TYPED:
        s->field = f->edit;
        s->field_hint =
            wr_fill(f, wr_arena_printf(&f->strings, "%d / %d", wr_keyboard_count(f), q->max_len));
        wr_keyboard_controls(f, s);
        wr_screen_add(s, WR_ROLE_PRIMARY, UI("next"), WR_ACT_NEXT, 0);
        break;
    }
    if (!q->required)
        wr_screen_add(s, WR_ROLE_SECONDARY, UI("skip"), WR_ACT_SKIP, 0);
}

/* The group screen (ask_group): its words, a tick per question (the question's short
 * line), "None of these" (Next once something is ticked), "Not sure about one", and "in
 * private" when every question offers it (the first question's words for it). */
static void group_controls(wr_flow *f, wr_screen *s, const wr_step *st)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    bool private = false, ticked = false, offer = true;
    const char *in_private = NULL;
    s->kind = WR_SCREEN_QUESTION;
    s->name = "group";
    s->group = (const char *const *)st->items;
    s->n_group = st->n_items;
    s->focus_para = s->n_paras;
    for (int i = 0; i < st->n_items; i++) {
        int qi = wr_pack_find_question(p, st->items[i]);
        const wr_question *q = qi >= 0 ? &p->questions[qi] : NULL;
        int o = q ? wr_pack_find_option(q, "private") : -1;
        if (!wr_group_shows(f, st, i))
            continue;
        private = private || (q && q->private);
        offer = offer && o >= 0;
        in_private = in_private ? in_private : o >= 0 ? q->options[o] : NULL;
        wr_control *c = wr_screen_add(s, WR_ROLE_REPLY, q ? (q->brief ? q->brief : q->text) : "?",
                                      WR_ACT_OPTION, i);
        if (c)
            c->selected = wr_group_ticked(f, st, i);
        ticked = ticked || (c && c->selected);
    }
    private_para(s, st->text, private);
    /* Answers after the ticks, as on a question of its own (no fixed bar): on a small
     * screen a patient scrolls past every tick before "None of these" can answer No. */
    wr_screen_add(s, WR_ROLE_REPLY, UI(ticked ? "next" : "none_ticked"), WR_ACT_NEXT, 0);
    wr_screen_add(s, WR_ROLE_REPLY, UI("one_by_one"), WR_ACT_ONE_BY_ONE, 0);
    if (offer && in_private)
        wr_screen_add(s, WR_ROLE_REPLY, in_private, WR_ACT_GROUP_PRIVATE, 0);
}

/* 'text' with {max} and {n} replaced by numbers. */
static const char *counted(wr_flow *f, const char *text, int max, int n)
{
    char out[512] = "";
    for (const char *t = text; *t && strlen(out) + 16 < sizeof out;) {
        if (strncmp(t, "{max}", 5) == 0) {
            snprintf(out + strlen(out), sizeof out - strlen(out), "%d", max);
            t += 5;
        } else if (strncmp(t, "{n}", 3) == 0) {
            snprintf(out + strlen(out), sizeof out - strlen(out), "%d", n);
            t += 3;
        } else {
            size_t l = strlen(out);
            out[l] = *t++;
            out[l + 1] = 0;
        }
    }
    return wr_arena_strdup(&f->strings, out);
}

/* True when 'i' is one of the 'n' numbers of 'set'. */
static bool is_in(int i, const int *set, int n)
{
    for (int k = 0; k < n; k++)
        if (set[k] == i)
            return true;
    return false;
}

/* The button of prompt 'i' on the pick screen: ticked when picked, greyed when the list is
 * full. */
static void prompt_control(wr_flow *f, wr_screen *s, int i)
{
    const wr_prompt *pr = &wr_flow_cur_pack(f)->prompts[i];
    wr_control *c = wr_screen_add(s, WR_ROLE_REPLY, pr->text, WR_ACT_PROMPT, i);
    if (c) {
        c->selected = wr_session_prompt_picked(f->session, pr->id);
        c->disabled = wr_session_n_prompts(f->session) >= f->page.pick_max && !c->selected;
    }
}

/* The pick screen: the suggested prompts first under their heading, then the rest under
 * their topics, the patient's own typed questions, "Type my own question" and Next. */
static void pick_controls(wr_flow *f, wr_screen *s)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    s->kind = WR_SCREEN_PICK;
    s->name = "pick";
    if (f->typing_own) { /* the keyboard needs the room: only what to do now */
        s->n_paras = 0;
        s->focus_para = 0;
        para(s, UI("type_own"));
        s->field = f->edit;
        s->field_hint = wr_arena_printf(&f->strings, "%d / %d", wr_keyboard_count(f), 200);
        wr_keyboard_controls(f, s);
        wr_screen_add(s, WR_ROLE_PRIMARY, UI("add_own"), WR_ACT_NEXT, 0);
        return;
    }
    para(s, counted(f, UI("pick_hint"), f->page.pick_max, wr_session_n_prompts(f->session)));
    int sug[WR_MAX_SUGGESTED], n_sug = wr_flow_suggested(f, sug);
    if (n_sug > 0)
        wr_screen_add(s, WR_ROLE_HEADING, UI("suggested"), WR_ACT_NONE, 0);
    for (int k = 0; k < n_sug; k++)
        prompt_control(f, s, sug[k]);
    const char *topic = NULL;
    for (int i = 0; i < p->n_prompts; i++) {
        const wr_prompt *pr = &p->prompts[i];
        if (is_in(i, sug, n_sug))
            continue;
        if (pr->topic && (!topic || strcmp(topic, pr->topic) != 0))
            wr_screen_add(s, WR_ROLE_HEADING, pr->topic, WR_ACT_NONE, 0);
        topic = pr->topic;
        prompt_control(f, s, i);
    }
    for (int i = 0; i < wr_session_n_own(f->session); i++) {
        wr_control *c = wr_screen_add(s, WR_ROLE_REPLY, wr_session_own_at(f->session, i),
                            WR_ACT_REMOVE_OWN, i);
        if (c)
            c->selected = true;
    }
    wr_control *c = wr_screen_add(s, WR_ROLE_SECONDARY, UI("type_own"), WR_ACT_TYPE_OWN, 0);
    if (c)
        c->disabled = wr_session_n_own(f->session) >= f->page.pick_typed;
    wr_screen_add(s, WR_ROLE_PRIMARY, UI("next"), WR_ACT_NEXT, 0);
}

/* True when c (or a part of it) is a script function. */
static bool has_custom(const wr_cond *c)
{
    if (!c)
        return false;
    if (c->kind == WR_COND_CUSTOM)
        return true;
    for (int i = 0; i < c->n_kids; i++)
        if (has_custom(c->kids[i]))
            return true;
    return false;
}

/* "Question 6 of 22" on a question of the current scene, counting the questions the
 * scene asks with the answers given so far (a follow-up counts once it applies), or NULL
 * for a scene of fewer than 3 questions. A scene with a script function in a condition
 * gets none: a script is never run ahead of its turn. */
static const char *progress(wr_flow *f)
{
    const wr_scene *sc = &wr_flow_cur_pack(f)->scenes[f->page.scene];
    for (int i = 0; i < sc->n_steps; i++) {
        if (has_custom(sc->steps[i].when))
            return NULL;
        for (int k = 0; sc->steps[i].item_when && k < sc->steps[i].n_items; k++)
            if (has_custom(sc->steps[i].item_when[k]))
                return NULL;
    }
    int n = 0, m = 0;
    for (int k = 0; k < 256; k++) {
        page pg;
        const char *go = NULL;
        if (wr_page_at(f, f->page.scene, k, &pg, &go) != SCAN_PAGE)
            break;
        if (pg.kind != PAGE_ASK && pg.kind != PAGE_GROUP)
            continue;
        m++;
        n = k <= f->cur.ordinal ? m : n;
        if (pg.final)
            break;
    }
    f->error[0] = 0; /* a failing condition ahead is not news */
    return m >= 3 && n > 0 ? counted(f, UI("progress"), m, n) : NULL;
}

static void page_screen(wr_flow *f, wr_screen *s)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    const page *pg = &f->page;
    s->scene_id = p->scenes[pg->scene].id;
    s->picture = pg->picture;
    top_bar(f, s);
    history(f, s);
    for (int i = 0; i < pg->n_paras; i++) {
        if (s->n_paras < WR_SCREEN_MAX_PARAS)
            s->para_look[s->n_paras] = (wr_look)pg->looks[i];
        para(s, wr_fill(f, pg->paras[i]));
    }
    switch (pg->kind) {
    case PAGE_ASK:
        question_controls(f, s, &p->questions[pg->question]);
        s->progress = progress(f);
        return;
    case PAGE_GROUP:
        group_controls(f, s, &p->scenes[pg->scene].steps[pg->group]);
        s->progress = progress(f);
        return;
    case PAGE_PICK:
        pick_controls(f, s);
        return;
    case PAGE_LIST:
        s->kind = WR_SCREEN_LIST;
        s->name = "list";
        wr_section_kind kinds[WR_SCREEN_MAX_SECTIONS];
        s->n_sections = wr_list_build(f, s->sections, kinds, WR_SCREEN_MAX_SECTIONS, false);
        for (int i = 0; i < s->n_sections; i++) /* the safety sections as care cards */
            s->section_look[i] = kinds[i] == WR_SECTION_TODAY    ? WR_LOOK_TODAY
                                 : kinds[i] == WR_SECTION_SAFETY ? WR_LOOK_URGENT
                                                                 : WR_LOOK_PLAIN;
        wr_screen_add(s, WR_ROLE_PRIMARY, UI("print"), WR_ACT_PRINT, 0);
        wr_screen_add(s, WR_ROLE_PRIMARY, UI("next"), WR_ACT_NEXT, 0);
        return;
    case PAGE_SAY:
        s->kind = WR_SCREEN_SCENE;
        s->name = "scene";
        for (int i = 0; i < pg->n_choices; i++)
            wr_screen_add(s, WR_ROLE_REPLY, p->scenes[pg->scene].steps[pg->choices[i]].text,
                WR_ACT_CHOICE, i);
        if (pg->n_choices == 0)
            wr_screen_add(s, WR_ROLE_PRIMARY, UI("next"), WR_ACT_NEXT, 0);
        return;
    }
}

/* ======================================================================================
 * Full-screen states
 * ==================================================================================== */

static void attract_screen(wr_flow *f, wr_screen *s)
{
    s->kind = WR_SCREEN_ATTRACT;
    s->name = "attract";
    s->title = UI("title");
    para(s, UI("attract_body"));
    wr_screen_add(s, WR_ROLE_PRIMARY, UI("start"), WR_ACT_START, 0);
    for (int i = 0; f->n_packs > 1 && i < f->n_packs; i++) {
        const char *name = f->packs[i]->language_name ? f->packs[i]->language_name
                                                      : f->packs[i]->language;
        wr_screen_add(s, WR_ROLE_REPLY, name ? name : "?", WR_ACT_LANGUAGE, i);
    }
}

static void staff_screen(wr_flow *f, wr_screen *s)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    s->kind = WR_SCREEN_STAFF;
    s->name = "staff";
    s->title = UI("staff_title");
    if (f->mode == M_STAFF_PIN) {
        para(s, UI(f->staff_return == M_URGENT ? "desk_code" : "staff_pin"));
        bool locked = f->pin_locked && (int32_t)(f->pin_until - f->now) > 0;
        if (locked)
            para(s, wr_arena_printf(&f->strings, "Too many wrong PINs: try again in %u seconds.",
                                    (unsigned)((f->pin_until - f->now + 999) / 1000)));
        else if (f->pin_wrong)
            para(s, UI("staff_wrong"));
        s->field = wr_arena_printf(&f->strings, "%.*s", (int)strlen(f->pin), "****************");
        for (int d = 1; d <= 10; d++) {
            wr_control *c =
                wr_screen_add(s, WR_ROLE_KEY, wr_arena_printf(&f->strings, "%d", d % 10),
                              WR_ACT_PIN_DIGIT, d % 10);
            if (c) {
                c->row = (d - 1) / 3;
                c->disabled = locked;
            }
        }
        wr_screen_add(s, WR_ROLE_SECONDARY, UI("staff_clear"), WR_ACT_PIN_CLEAR, 0);
        wr_screen_add(s, WR_ROLE_SECONDARY, UI("staff_resume"), WR_ACT_STAFF_RESUME, 0);
        return;
    }
    para(s, wr_arena_printf(&f->strings, "%s (%s), version %s", p->title ? p->title : "?",
                            p->language ? p->language : "?", p->version ? p->version : "?"));
    para(s, wr_arena_printf(&f->strings, "Clinical review: %s, %s",
                            p->reviewed_by ? p->reviewed_by : "not yet reviewed",
                            p->reviewed_on ? p->reviewed_on : "not yet reviewed"));
    if (f->last_error[0])
        para(s, wr_arena_printf(&f->strings, "Last problem: %s", f->last_error));
    for (int i = 0; i < f->n_staff_lines; i++)
        para(s, f->staff_lines[i]);
    if (f->staff_note[0])
        para(s, f->staff_note);
    wr_screen_add(s, WR_ROLE_REPLY, UI("staff_resume"), WR_ACT_STAFF_RESUME, 0);
    if (p->n_handouts)
        wr_screen_add(s, WR_ROLE_REPLY, UI("staff_handouts"), WR_ACT_STAFF_HANDOUTS, 0);
    wr_screen_add(s, WR_ROLE_REPLY, UI("staff_reload"), WR_ACT_STAFF_RELOAD, 0);
    if (p->n_sign_off)
        wr_screen_add(s, WR_ROLE_REPLY, UI("staff_signoff"), WR_ACT_STAFF_SIGNOFF, 0);
    for (int i = 0; i < f->n_staff_items; i++)
        wr_screen_add(s, WR_ROLE_REPLY, f->staff_items[i], WR_ACT_STAFF_EXTRA, i);
    wr_screen_add(s, WR_ROLE_REPLY, UI("staff_quit"), WR_ACT_STAFF_QUIT, 0);
}

/* The decisions a clinical lead signs off (meta sign_off), one paragraph each, with the
 * review the pack records. */
static void signoff_screen(wr_flow *f, wr_screen *s)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    s->kind = WR_SCREEN_STAFF;
    s->name = "staff";
    s->title = UI("staff_signoff");
    para(s, wr_arena_printf(&f->strings, "Clinical review: %s, %s",
                         p->reviewed_by ? p->reviewed_by : "not yet reviewed",
                         p->reviewed_on ? p->reviewed_on : "no date"));
    for (int i = 0; i < p->n_sign_off; i++)
        para(s, p->sign_off[i]);
    wr_screen_add(s, WR_ROLE_SECONDARY, UI("staff_menu"), WR_ACT_STAFF_RESUME, 0);
}

/* Staff handouts: pick one, set the copies, print. */
static void handouts_screen(wr_flow *f, wr_screen *s)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    s->kind = WR_SCREEN_STAFF;
    s->name = "staff";
    s->title = UI("staff_handouts");
    para(s, counted(f, UI("copies"), 0, f->copies));
    for (int i = 0; i < p->n_handouts; i++) {
        wr_control *c = wr_screen_add(s, WR_ROLE_REPLY, p->handouts[i].title, WR_ACT_HANDOUT, i);
        if (c)
            c->selected = i == f->handout;
    }
    wr_control *c = wr_screen_add(s, WR_ROLE_SECONDARY, UI("fewer"), WR_ACT_FEWER, 0);
    if (c)
        c->disabled = f->copies <= 1;
    wr_screen_add(s, WR_ROLE_SECONDARY, UI("more"), WR_ACT_MORE, 0);
    const char *print = counted(f, UI("print_copies"), 0, f->copies);
    wr_screen_add(s, WR_ROLE_PRIMARY, print, WR_ACT_PRINT, 0);
    wr_screen_add(s, WR_ROLE_SECONDARY, UI("staff_menu"), WR_ACT_STAFF_RESUME, 0);
}

/* The urgent screen: the flag's words (none for a private flag), "I have asked for help"
 * until it is tapped, then "Someone from the desk will come to you". Back and Start over
 * greyed out (fixed_bar): only staff clear it (the small staff button opens the code pad). */
static void urgent_screen(wr_flow *f, wr_screen *s)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    const wr_flag *fl = f->urgent_flag >= 0 && f->urgent_flag < p->n_flags
                            ? &p->flags[f->urgent_flag] : NULL;
    s->kind = WR_SCREEN_URGENT;
    s->name = "urgent";
    if (fl && fl->topic_free) {
        s->title = UI("urgent_private");
    } else {
        s->title = UI("urgent_title");
        if (fl)
            private_para(s, wr_fill(f, fl->patient), fl->private);
    }
    if (f->urgent_asked) { /* "someone is coming" takes the place of "show this screen" */
        para(s, UI("help_coming"));
    } else {
        para(s, wr_fill(f, UI("urgent_body")));
        wr_screen_add(s, WR_ROLE_PRIMARY, UI("told_staff"), WR_ACT_TOLD_STAFF, 0);
    }
    if (wr_urgent_can_open_pad(f))
        wr_screen_add(s, WR_ROLE_SECONDARY, UI("urgent_staff"), WR_ACT_STAFF, 0);
}

/* The last screen's warning signs that depend on the answers (safety_net blocks). */
static void end_nets(wr_flow *f, wr_screen *s)
{
    const char *nets[WR_NET_MAX];
    int n = wr_list_net_paras(f, nets, WR_NET_MAX);
    for (int i = 0; i < n && s->n_paras < WR_SCREEN_MAX_PARAS; i++) {
        s->para_look[s->n_paras] = WR_LOOK_URGENT; /* each a care card of its own */
        para(s, nets[i]);
    }
}

static void simple_screen(wr_flow *f, wr_screen *s)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    switch (f->mode) {
    case M_URGENT:
        urgent_screen(f, s);
        return;
    case M_IDLE: {
        int left = (int)((f->idle_deadline - f->now + 999) / 1000);
        s->kind = WR_SCREEN_IDLE;
        s->name = "idle_warning";
        s->title = UI("idle_title");
        s->countdown = left;
        const char *body = UI("idle_body");
        const char *mark = strstr(body, "{seconds}");
        para(s, mark ? wr_arena_printf(&f->strings, "%.*s%d%s", (int)(mark - body), body, left,
                                       mark + 9)
                     : body);
        wr_screen_add(s, WR_ROLE_PRIMARY, UI("still_here"), WR_ACT_STILL_HERE, 0);
        return;
    }
    case M_ERROR:
        s->kind = WR_SCREEN_ERROR;
        s->name = "error";
        s->title = UI("error_title");
        para(s, UI("error_body"));
        if (!f->broken)
            wr_screen_add(s, WR_ROLE_PRIMARY, UI("done"), WR_ACT_DONE, 0);
        return;
    case M_END:
        s->kind = WR_SCREEN_END;
        s->name = "end";
        s->title = UI("thank_you");
        s->para_look[0] = WR_LOOK_URGENT; /* the safety net: a care card */
        para(s, wr_fill(f, f->cfg.safety_net ? f->cfg.safety_net : UI("safety_net")));
        end_nets(f, s);
        if (p->n_handouts)
            para(s, UI("handout_offer"));
        for (int i = 0; i < p->n_handouts; i++)
            wr_screen_add(s, WR_ROLE_REPLY, p->handouts[i].title, WR_ACT_HANDOUT, i);
        wr_screen_add(s, WR_ROLE_PRIMARY, UI("done"), WR_ACT_DONE, 0);
        return;
    case M_PRINTING:
        s->kind = WR_SCREEN_PRINTING;
        s->name = "printing";
        s->title = UI(f->print_state == 0   ? "printing"
                      : f->print_state == 2 ? "print_failed"
                      : f->print_what == WR_PRINT_HANDOUT ? "printed_handout"
                                                          : "printed");
        if (f->print_state != 0)
            wr_screen_add(s, WR_ROLE_PRIMARY, UI("next"), WR_ACT_NEXT, 0);
        return;
    default:
        return;
    }
}

/* Rebuilds f->screen from the flow's state; the old screen's strings are released. */
void wr_screen_build(wr_flow *f)
{
    wr_screen *s = &f->screen;
    wr_arena_reset(&f->strings);
    memset(s, 0, sizeof *s);
    memset(f->history, 0, sizeof f->history);
    s->countdown = -1;
    s->large_text = f->large_text;
    s->high_contrast = f->high_contrast;
    s->language = wr_flow_cur_pack(f)->language;
    s->rtl = wr_flow_cur_pack(f)->rtl;
    char saved[sizeof f->error];
    memcpy(saved, f->error, sizeof saved);
    switch (f->mode) {
    case M_ATTRACT:
        attract_screen(f, s);
        break;
    case M_PAGE:
        page_screen(f, s);
        break;
    case M_STAFF_PIN:
    case M_STAFF_MENU:
        staff_screen(f, s);
        break;
    case M_STAFF_HANDOUTS:
        handouts_screen(f, s);
        break;
    case M_STAFF_SIGNOFF:
        signoff_screen(f, s);
        break;
    default:
        simple_screen(f, s);
        break;
    }
    if (f->mode == M_END || f->mode == M_URGENT || f->mode == M_IDLE || f->mode == M_PRINTING ||
        f->mode == M_ERROR)
        fixed_bar(f, s);
    if (s->kind != WR_SCREEN_STAFF) /* Read aloud: on every patient screen, last in the bar */
        nav(s, UI("read_aloud"), WR_ACT_SPEAK, 0);
    memcpy(f->error, saved, sizeof saved);
}
