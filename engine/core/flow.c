/*
 * flow.c -- the patient's way through the pack: modes, navigation, red flags, timers.
 * The screen built from this state is in screen.c. Uses only the C library and core.
 */
#include "cond.h"
#include "flow_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#define MAX_HOPS 64

/* ======================================================================================
 * Life cycle
 * ==================================================================================== */

/* Fills 'cfg' with the defaults: 90 s idle, 30 s countdown, 20 s end, 60 s error, an
 * urgent screen re-alerting every 3 minutes. */
void wr_flow_config_defaults(wr_flow_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->idle_ms = WR_FLOW_IDLE_SECONDS * 1000u;
    cfg->countdown_ms = WR_FLOW_COUNTDOWN_SECONDS * 1000u;
    cfg->end_ms = WR_FLOW_END_SECONDS * 1000u;
    cfg->error_ms = WR_FLOW_ERROR_SECONDS * 1000u;
    cfg->alert_repeat_ms = WR_FLOW_ALERT_REPEAT_SECONDS * 1000u;
}


const wr_pack *wr_flow_cur_pack(const wr_flow *f)
{
    return f->packs[f->lang];
}

static void clear_pos(wr_pos *p)
{
    free(p->scene);
    memset(p, 0, sizeof *p);
}

static void clear_stack(wr_flow *f)
{
    for (int i = 0; i < f->n_stack; i++)
        clear_pos(&f->stack[i]);
    f->n_stack = 0;
    f->hide_below = 0;
    clear_pos(&f->cur);
}

/* Forgets the visit: answers, position, edits, preferences; back to the attract screen. */
static void wipe(wr_flow *f)
{
    wr_session_wipe(f->session);
    clear_stack(f);
    memset(f->edit, 0, sizeof f->edit);
    memset(f->pin, 0, sizeof f->pin);
    f->shift = f->typing_own = f->pin_wrong = false;
    f->large_text = f->high_contrast = false;
    f->read_aloud = false;
    memset(&f->request, 0, sizeof f->request);
    f->today_slipped = 0;
    f->urgent_flag = -1;
    f->urgent_asked = false;
    f->alert_due = 0;
    f->mode = M_ATTRACT;
    f->lang = 0;
}

/* A flow at the attract screen over 'packs'; NULL when out of memory. */
wr_flow *wr_flow_create(wr_pack **packs, int n, const wr_flow_config *cfg)
{
    wr_flow *f = calloc(1, sizeof *f);
    if (!f)
        return NULL;
    f->session = wr_session_create();
    if (!f->session) {
        free(f);
        return NULL;
    }
    f->packs = packs;
    f->n_packs = n;
    f->cfg = *cfg;
    if (f->cfg.countdown_ms < WR_FLOW_MIN_COUNTDOWN_SECONDS * 1000u)
        f->cfg.countdown_ms = WR_FLOW_MIN_COUNTDOWN_SECONDS * 1000u;
    wipe(f);
    wr_screen_build(f);
    return f;
}

/* Wipes the session and frees the flow. NULL does nothing. */
void wr_flow_destroy(wr_flow *f)
{
    if (!f)
        return;
    wipe(f);
    wr_arena_free(&f->strings);
    wr_session_destroy(f->session);
    free(f);
}

/* Swaps in reloaded packs: the session is wiped and the attract screen returns. */
void wr_flow_set_packs(wr_flow *f, wr_pack **packs, int n)
{
    wipe(f);
    f->packs = packs;
    f->n_packs = n;
    f->broken = false;
    f->error[0] = 0;
    f->last_error[0] = 0;
    wr_screen_build(f);
}

/* ======================================================================================
 * Red flags
 * ==================================================================================== */

/* The highest level raised: 0 urgent, 1 today, 2 mention, -1 none. */
int wr_flow_flag_level(const wr_flow *cf)
{
    wr_flow *f = (wr_flow *)cf;
    const wr_pack *p = wr_flow_cur_pack(f);
    int best = -1;
    for (int i = 0; i < p->n_flags; i++)
        if ((best < 0 || (int)p->flags[i].level < best) && wr_flow_eval(f, p->flags[i].when))
            best = (int)p->flags[i].level;
    return best;
}

/* After every answer: an urgent flag interrupts whatever the script does next (urgent.c). */
static int check_urgent(wr_flow *f)
{
    return wr_urgent_check(f);
}

/* ======================================================================================
 * Navigation
 * ==================================================================================== */

static void fail(wr_flow *f, const char *msg)
{
    snprintf(f->last_error, sizeof f->last_error, "%s", msg ? msg : "script failed");
    f->error[0] = 0;
    f->mode = M_ERROR;
}

/* Shows page 'ordinal' of 'scene', following jumps and gos to the first real page. */
static int enter(wr_flow *f, const char *scene, int ordinal)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    for (int hop = 0; hop < MAX_HOPS; hop++) {
        if (!scene || strcmp(scene, "@end") == 0) {
            f->mode = M_END;
            return 0;
        }
        int si = wr_pack_find_scene(p, scene);
        if (si < 0) {
            char msg[256];
            snprintf(msg, sizeof msg, "unknown scene '%s'", scene);
            fail(f, msg);
            return -1;
        }
        const char *go = NULL;
        scan_result r = wr_page_at(f, si, ordinal, &f->page, &go);
        if (f->error[0]) {
            fail(f, f->error);
            return -1;
        }
        wr_urgent_slip_steps(f, si, f->page.start, r == SCAN_PAGE ? f->page.end
                                                                   : p->scenes[si].n_steps);
        if (r == SCAN_PAGE) {
            free(f->cur.scene);
            f->cur.scene = wr_strdup(p->scenes[si].id);
            f->cur.ordinal = ordinal;
            f->cur.choice = -1;
            f->mode = M_PAGE;
            wr_session_visit(f->session, p->scenes[si].id);
            return 0;
        }
        if (r == SCAN_ERROR) {
            fail(f, "a scene asks a question that does not exist");
            return -1;
        }
        wr_session_visit(f->session, p->scenes[si].id);
        scene = r == SCAN_JUMP ? go : p->scenes[si].go;
        ordinal = 0;
    }
    fail(f, "scenes lead round in a loop without showing anything");
    return -1;
}

/* Pushes the current page on the Back stack, noting the choice tapped there. */
static void push(wr_flow *f, int choice)
{
    if (f->n_stack == MAX_STACK) {
        clear_pos(&f->stack[0]);
        memmove(&f->stack[0], &f->stack[1], (MAX_STACK - 1) * sizeof f->stack[0]);
        f->n_stack--;
    }
    f->cur.choice = choice;
    f->stack[f->n_stack++] = f->cur;
    memset(&f->cur, 0, sizeof f->cur);
}

static void tick_suggested(wr_flow *f);

/* Moves on from the current page: to 'go' if given, else the next page or the scene's go. */
static int advance(wr_flow *f, const char *go, int choice)
{
    if (check_urgent(f))
        return 0;
    if (f->error[0]) {
        fail(f, f->error);
        return -1;
    }
    const wr_pack *p = wr_flow_cur_pack(f);
    char *scene = wr_strdup(f->cur.scene);
    int ordinal = f->cur.ordinal + 1;
    bool final = f->page.final;
    int si = f->page.scene;
    push(f, choice);
    int r;
    if (go)
        r = enter(f, go, 0);
    else if (final)
        r = enter(f, p->scenes[si].go, 0);
    else
        r = enter(f, scene, ordinal);
    free(scene);
    if (r == 0 && !check_urgent(f) && f->mode == M_PAGE) {
        memset(f->edit, 0, sizeof f->edit);
        f->typing_own = false;
        f->shift = false;
        const wr_question *q =
            f->page.kind == PAGE_ASK ? &wr_flow_cur_pack(f)->questions[f->page.question] : NULL;
        if (q && q->kind == WR_Q_TYPED && wr_session_text(f->session, q->id))
            snprintf(f->edit, sizeof f->edit, "%s", wr_session_text(f->session, q->id));
        tick_suggested(f);
    }
    return r;
}

/* Goes back one page (answers are kept, so Back changes an answer). */
static int back(wr_flow *f)
{
    if (f->typing_own) {
        f->typing_own = false;
        return 0;
    }
    if (f->n_stack == 0)
        return -1;
    wr_pos pos = f->stack[--f->n_stack];
    clear_pos(&f->cur);
    int r = enter(f, pos.scene, pos.ordinal);
    free(pos.scene);
    memset(f->edit, 0, sizeof f->edit);
    if (r == 0 && f->page.kind == PAGE_ASK) {
        const wr_question *q = &wr_flow_cur_pack(f)->questions[f->page.question];
        if (q->kind == WR_Q_TYPED && wr_session_text(f->session, q->id))
            snprintf(f->edit, sizeof f->edit, "%s", wr_session_text(f->session, q->id));
    }
    return r;
}

static void start(wr_flow *f, int lang)
{
    bool reading = f->read_aloud; /* chosen on the attract screen: it carries into the visit */
    wipe(f);
    f->read_aloud = reading;
    if (lang >= 0 && lang < f->n_packs)
        f->lang = lang;
    enter(f, wr_flow_cur_pack(f)->start, 0);
    check_urgent(f);
}

/* ======================================================================================
 * Answers
 * ==================================================================================== */

static const wr_question *cur_question(wr_flow *f)
{
    if (f->mode != M_PAGE || f->page.kind != PAGE_ASK)
        return NULL;
    return &wr_flow_cur_pack(f)->questions[f->page.question];
}

static int act_question(wr_flow *f, const wr_question *q, wr_action a, int arg)
{
    switch (a) {
    case WR_ACT_OPTION:
        if (arg < 0 || arg >= q->n_options || q->kind == WR_Q_SCALE || q->kind == WR_Q_TYPED)
            return -1;
        if (q->kind == WR_Q_MULTIPLE) {
            /* Flags are weighed when the answer is given (Next), not per tick. */
            return wr_session_toggle_option(f->session, q->id, arg);
        }
        wr_session_set_option(f->session, q->id, arg);
        return advance(f, NULL, -1);
    case WR_ACT_SCALE:
        if (q->kind != WR_Q_SCALE || arg < q->scale_min || arg > q->scale_max)
            return -1;
        wr_session_set_number(f->session, q->id, arg);
        return advance(f, NULL, -1);
    case WR_ACT_NEXT:
        if (q->kind == WR_Q_TYPED)
            wr_session_set_text(f->session, q->id, f->edit);
        else if (q->kind == WR_Q_MULTIPLE)
            wr_session_mark_answered(f->session, q->id);
        else
            return -1;
        return advance(f, NULL, -1);
    case WR_ACT_SKIP:
        if (q->required)
            return -1;
        wr_session_clear(f->session, q->id);
        return advance(f, NULL, -1);
    default:
        if (q->kind == WR_Q_TYPED && wr_keyboard_act(f, a, arg, q->max_len))
            return 0;
        return -1;
    }
}

/* The ask_group step of the group screen shown. */
static const wr_step *group_step(wr_flow *f)
{
    return &wr_flow_cur_pack(f)->scenes[f->page.scene].steps[f->page.group];
}

/* Records option 'id' ("yes", "no", "private") as the answer to item 'i' of group 'st';
 * -1 when the question has no such option (packcheck reports it). */
static int group_answer(wr_flow *f, const wr_step *st, int i, const char *id)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    int qi = wr_pack_find_question(p, st->items[i]);
    int o = qi < 0 ? -1 : wr_pack_find_option(&p->questions[qi], id);
    if (o < 0)
        return -1;
    return wr_session_set_option(f->session, st->items[i], o);
}

/* Is item 'i' of group 'st' ticked (answered "yes")? */
bool wr_group_ticked(wr_flow *f, const wr_step *st, int i)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    int qi = wr_pack_find_question(p, st->items[i]);
    int o = qi < 0 ? -1 : wr_pack_find_option(&p->questions[qi], "yes");
    return o >= 0 && wr_session_has_option(f->session, st->items[i], o);
}

/* A group screen: a tick answers "yes" at once (so an urgent tick shows the urgent screen
 * at once); Next ("None of these") answers "no" to the others; "Not sure about one" asks
 * the questions one by one on this same place; "in private" answers each in private. */
static int act_group(wr_flow *f, wr_action a, int arg)
{
    const wr_step *st = group_step(f);
    switch (a) {
    case WR_ACT_OPTION:
        if (arg < 0 || arg >= st->n_items || !wr_group_shows(f, st, arg))
            return -1;
        if (wr_group_ticked(f, st, arg)) {
            wr_session_clear(f->session, st->items[arg]);
            return 0;
        }
        if (group_answer(f, st, arg, "yes") < 0)
            return -1;
        check_urgent(f);
        return 0;
    case WR_ACT_NEXT:
        for (int i = 0; i < st->n_items; i++)
            if (wr_group_shows(f, st, i) && !wr_group_ticked(f, st, i) &&
                group_answer(f, st, i, "no") < 0)
                return -1;
        return advance(f, NULL, -1);
    case WR_ACT_GROUP_PRIVATE:
        for (int i = 0; i < st->n_items; i++)
            if (wr_group_shows(f, st, i) && group_answer(f, st, i, "private") < 0)
                return -1;
        return advance(f, NULL, -1);
    case WR_ACT_ONE_BY_ONE: {
        wr_group_expand(f, st);
        char *scene = wr_strdup(f->cur.scene);
        int r = scene ? enter(f, scene, f->cur.ordinal) : -1;
        free(scene);
        return r;
    }
    default:
        return -1;
    }
}

static int picked_count(wr_flow *f)
{
    return wr_session_n_prompts(f->session);
}

/* The prompts the answers suggest (their suggest holds): the first WR_MAX_SUGGESTED (no
 * more than the pick screen allows), by index into the pack's prompts. Returns how many.
 * A suggest whose script function fails counts as not holding. */
int wr_flow_suggested(wr_flow *f, int *out)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    int most = f->page.pick_max < WR_MAX_SUGGESTED ? f->page.pick_max : WR_MAX_SUGGESTED;
    int n = 0;
    bool had_error = f->error[0] != 0;
    for (int i = 0; i < p->n_prompts && n < most; i++)
        if (p->prompts[i].suggest && wr_flow_eval(f, p->prompts[i].suggest))
            out[n++] = i;
    if (!had_error) /* a broken suggest only suggests nothing: never an error screen */
        f->error[0] = 0;
    return n;
}

/* On the first pick screen of a visit, reached going forward: the suggested prompts are
 * ticked for the patient (who can untick them; later visits to the screen keep their
 * choice). */
static void tick_suggested(wr_flow *f)
{
    int idx[WR_MAX_SUGGESTED];
    if (f->page.kind != PAGE_PICK || !wr_session_first_suggestion(f->session))
        return;
    int n = wr_flow_suggested(f, idx);
    for (int i = 0; i < n; i++) {
        const char *id = wr_flow_cur_pack(f)->prompts[idx[i]].id;
        if (!wr_session_prompt_picked(f->session, id) &&
            wr_session_n_prompts(f->session) < f->page.pick_max)
            wr_session_toggle_prompt(f->session, id);
    }
}

static int act_pick(wr_flow *f, wr_action a, int arg)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    if (f->typing_own) {
        if (a == WR_ACT_NEXT) {
            if (f->edit[0])
                wr_session_add_own(f->session, f->edit);
            memset(f->edit, 0, sizeof f->edit);
            f->typing_own = false;
            return 0;
        }
        return wr_keyboard_act(f, a, arg, 200) ? 0 : -1;
    }
    switch (a) {
    case WR_ACT_PROMPT:
        if (arg < 0 || arg >= p->n_prompts)
            return -1;
        if (!wr_session_prompt_picked(f->session, p->prompts[arg].id) &&
            picked_count(f) >= f->page.pick_max)
            return -1;
        return wr_session_toggle_prompt(f->session, p->prompts[arg].id);
    case WR_ACT_TYPE_OWN:
        if (wr_session_n_own(f->session) >= f->page.pick_typed)
            return -1;
        f->typing_own = true;
        memset(f->edit, 0, sizeof f->edit);
        return 0;
    case WR_ACT_REMOVE_OWN:
        wr_session_remove_own(f->session, arg);
        return 0;
    case WR_ACT_NEXT:
        return advance(f, NULL, -1);
    default:
        return -1;
    }
}

/* Shows "Printing..." and hands the kiosk a request; Next later returns to 'back'. */
static int ask_print(wr_flow *f, wr_print_request r, mode back)
{
    f->request = r;
    f->print_what = r.what;
    f->print_return = back;
    f->print_state = 0;
    f->mode = M_PRINTING;
    return 0;
}

static int act_page(wr_flow *f, wr_action a, int arg)
{
    const wr_question *q = cur_question(f);
    if (q)
        return act_question(f, q, a, arg);
    if (f->page.kind == PAGE_PICK)
        return act_pick(f, a, arg);
    if (f->page.kind == PAGE_GROUP)
        return act_group(f, a, arg);
    if (a == WR_ACT_PRINT && f->page.kind == PAGE_LIST)
        return ask_print(f, (wr_print_request){WR_PRINT_THE_LIST, 0, 1, 0}, M_PAGE);
    if (a == WR_ACT_CHOICE) {
        if (arg < 0 || arg >= f->page.n_choices)
            return -1;
        const wr_step *st = &wr_flow_cur_pack(f)->scenes[f->page.scene].steps[f->page.choices[arg]];
        return advance(f, st->go, arg);
    }
    if (a == WR_ACT_NEXT && f->page.n_choices == 0)
        return advance(f, NULL, -1);
    return -1;
}

/* ======================================================================================
 * Staff
 * ==================================================================================== */

/* A wrong PIN: after WR_PIN_TRIES in a row the PIN locks, 30 s the first time, twice as
 * long after each further wrong PIN, at most 15 minutes. */
static void pin_failed(wr_flow *f)
{
    f->pin_wrong = true;
    if (++f->pin_fails < WR_PIN_TRIES)
        return;
    int extra = f->pin_fails - WR_PIN_TRIES;
    uint32_t secs = extra >= 5 ? 900 : 30u << extra;
    f->pin_locked = true;
    f->pin_until = f->now + secs * 1000u;
}

/* True while the PIN is locked (ends the lock once its time has come). */
static bool pin_locked(wr_flow *f, uint32_t now)
{
    if (f->pin_locked && (int32_t)(now - f->pin_until) >= 0)
        f->pin_locked = false;
    return f->pin_locked;
}

static int act_staff(wr_flow *f, wr_action a, int arg)
{
    if (f->mode == M_STAFF_PIN) {
        size_t n = strlen(f->pin);
        if (a == WR_ACT_PIN_DIGIT && pin_locked(f, f->now))
            return 0;
        if (a == WR_ACT_PIN_DIGIT && arg >= 0 && arg <= 9 && n + 1 < sizeof f->pin) {
            f->pin[n] = (char)('0' + arg);
            f->pin_wrong = false;
            int code = wr_urgent_code_typed(f);
            if (code != 0) {
                memset(f->pin, 0, sizeof f->pin);
                f->pin_wrong = false;
                if (code < 0)
                    pin_failed(f);
                if (code > 0) {
                    f->pin_fails = 0;
                    if (f->staff_return == M_URGENT) {
                        wipe(f);      /* staff cleared the urgent screen */
                        f->staff_return = M_ATTRACT;
                    }
                    f->mode = code == 1 ? M_STAFF_MENU : M_ATTRACT;
                }
            }
            return 0;
        }
        if (a == WR_ACT_PIN_CLEAR) {
            memset(f->pin, 0, sizeof f->pin);
            return 0;
        }
        if (a == WR_ACT_STAFF_RESUME || a == WR_ACT_BACK) {
            f->mode = f->staff_return;
            return 0;
        }
        return -1;
    }
    switch (a) {
    case WR_ACT_STAFF_RESUME:
        f->mode = f->staff_return;
        return 0;
    case WR_ACT_STAFF_RELOAD:
        f->staff_request = 1;
        return 0;
    case WR_ACT_STAFF_HANDOUTS:
        if (wr_flow_cur_pack(f)->n_handouts == 0)
            return -1;
        f->mode = M_STAFF_HANDOUTS;
        f->copies = f->copies > 0 ? f->copies : 1;
        return 0;
    case WR_ACT_STAFF_QUIT:
        f->staff_request = 2;
        return 0;
    case WR_ACT_STAFF_SIGNOFF:
        if (wr_flow_cur_pack(f)->n_sign_off == 0)
            return -1;
        f->mode = M_STAFF_SIGNOFF;
        return 0;
    case WR_ACT_STAFF_EXTRA:
        if (arg < 0 || arg >= f->n_staff_items)
            return -1;
        f->staff_request = WR_STAFF_EXTRA + arg;
        return 0;
    default:
        return -1;
    }
}

/* The staff handouts screen: choose a handout, set the copies, print. */
static int act_handouts(wr_flow *f, wr_action a, int arg)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    switch (a) {
    case WR_ACT_HANDOUT:
        if (arg < 0 || arg >= p->n_handouts)
            return -1;
        f->handout = arg;
        return 0;
    case WR_ACT_MORE:
        f->copies = f->copies < 50 ? f->copies + 1 : 50;
        return 0;
    case WR_ACT_FEWER:
        f->copies = f->copies > 1 ? f->copies - 1 : 1;
        return 0;
    case WR_ACT_PRINT:
        return ask_print(f, (wr_print_request){WR_PRINT_HANDOUT, f->handout, f->copies, 0},
                         M_STAFF_HANDOUTS);
    case WR_ACT_STAFF_RESUME:
    case WR_ACT_BACK:
        f->mode = M_STAFF_MENU;
        return 0;
    default:
        return -1;
    }
}

static int open_staff(wr_flow *f)
{
    if (!wr_urgent_can_open_pad(f) || f->mode == M_STAFF_PIN || f->mode == M_STAFF_MENU)
        return -1;
    f->staff_return = f->mode == M_IDLE ? f->idle_return : f->mode;
    f->mode = M_STAFF_PIN;
    memset(f->pin, 0, sizeof f->pin);
    f->pin_wrong = false;
    return 0;
}

/* ======================================================================================
 * Actions and time
 * ==================================================================================== */

static int act_common(wr_flow *f, wr_action a, int arg)
{
    switch (a) {
    case WR_ACT_LARGER:
        f->large_text = !f->large_text;
        return 0;
    case WR_ACT_CONTRAST:
        f->high_contrast = !f->high_contrast;
        return 0;
    case WR_ACT_LANGUAGE:
        if (f->n_packs < 2)
            return -1;
        f->lang = arg >= 0 && arg < f->n_packs ? arg : (f->lang + 1) % f->n_packs;
        if (f->mode == M_PAGE && f->cur.scene) {
            char *scene = wr_strdup(f->cur.scene);
            int ordinal = f->cur.ordinal;
            enter(f, scene, ordinal);
            free(scene);
        }
        return 0;
    case WR_ACT_RESTART:
        wipe(f);
        return 0;
    case WR_ACT_BACK:
        return back(f);
    default:
        return 1; /* not a common action */
    }
}

/* True for a display toggle (text size, contrast, language) on a screen outside the pages
 * that still shows the toolbar: the end, urgent, idle, printing and error screens. */
static bool bar_toggle(const wr_flow *f, wr_action a)
{
    bool toggle = a == WR_ACT_LARGER || a == WR_ACT_CONTRAST || a == WR_ACT_LANGUAGE;
    return toggle && (f->mode == M_END || f->mode == M_URGENT || f->mode == M_IDLE ||
                      f->mode == M_PRINTING || f->mode == M_ERROR);
}

static int dispatch(wr_flow *f, wr_action a, int arg)
{
    if (bar_toggle(f, a))
        return act_common(f, a, arg);
    if (a == WR_ACT_SHOW_HISTORY && f->mode == M_PAGE && f->hide_below > 0) {
        f->hide_below = 0; /* "Earlier answers - tap to show" */
        return 0;
    }
    if (a == WR_ACT_STAFF)
        return open_staff(f);
    if (a == WR_ACT_SPEAK && f->mode != M_STAFF_PIN && f->mode != M_STAFF_MENU &&
        f->mode != M_STAFF_HANDOUTS) {
        f->read_aloud = true; /* the patient chose it: until the visit ends */
        return 0;
    }
    switch (f->mode) {
    case M_ATTRACT:
        if (a == WR_ACT_START || (a == WR_ACT_LANGUAGE && arg >= 0)) {
            start(f, a == WR_ACT_LANGUAGE ? arg : 0);
            return 0;
        }
        return -1;
    case M_IDLE:
        if (a != WR_ACT_STILL_HERE)
            return -1;
        f->mode = f->idle_return;
        f->hide_below = f->n_stack; /* someone else may be at the screen: only the screen
                                     * in front of the patient stays, the rest collapses */
        return 0;
    case M_URGENT:
        return wr_urgent_act(f, a, arg); /* never wipes: staff clear it with a code */
    case M_END:
        if (a == WR_ACT_HANDOUT && arg >= 0 && arg < wr_flow_cur_pack(f)->n_handouts)
            return ask_print(f, (wr_print_request){WR_PRINT_HANDOUT, arg, 1, 0}, M_END);
        /* fall through */
    case M_ERROR:
        if (a != WR_ACT_DONE || f->broken)
            return -1;
        wipe(f);
        return 0;
    case M_STAFF_HANDOUTS:
        return act_handouts(f, a, arg);
    case M_STAFF_SIGNOFF:
        if (a != WR_ACT_STAFF_RESUME && a != WR_ACT_BACK)
            return -1;
        f->mode = M_STAFF_MENU;
        return 0;
    case M_STAFF_PIN:
    case M_STAFF_MENU:
        return act_staff(f, a, arg);
    case M_PRINTING:
        if (a != WR_ACT_NEXT || f->print_state == 0)
            return -1;
        f->mode = f->print_return;
        return f->mode == M_PAGE ? advance(f, NULL, -1) : 0;
    case M_PAGE: {
        int r = act_common(f, a, arg);
        return r <= 0 ? r : act_page(f, a, arg);
    }
    }
    return -1;
}

static void arm_timers(wr_flow *f, uint32_t now)
{
    if (f->mode == M_END)
        wr_urgent_today_slip(f); /* packs without a slip step: at the end */
    if (f->mode == M_END)
        f->mode_deadline = now + f->cfg.end_ms;
    else if (f->mode == M_ERROR)
        f->mode_deadline = now + f->cfg.error_ms;
}

/* A tap on a control: returns 0, or -1 when the action does not apply here. */
int wr_flow_act(wr_flow *f, wr_action a, int arg, uint32_t now)
{
    mode before = f->mode;
    f->last_input = now;
    f->now = now;
    f->error[0] = 0;
    int r = dispatch(f, a, arg);
    if (f->error[0] && f->mode != M_URGENT && f->mode != M_ERROR)
        fail(f, f->error);
    if (f->mode != before)
        arm_timers(f, now);
    wr_screen_build(f);
    return r;
}

/* True once the patient chose Read aloud in this visit. */
bool wr_flow_read_aloud(const wr_flow *f)
{
    return f->read_aloud;
}

/* A line for the staff menu, e.g. the state of the sound. */
void wr_flow_set_staff_note(wr_flow *f, const char *note)
{
    snprintf(f->staff_note, sizeof f->staff_note, "%s", note ? note : "");
    wr_screen_build(f);
}

/* Any input restarts the idle timer. */
void wr_flow_touch(wr_flow *f, uint32_t now)
{
    f->last_input = now;
}

static bool idles(const wr_flow *f)
{
    return f->mode == M_PAGE || f->mode == M_STAFF_PIN || f->mode == M_STAFF_MENU ||
           f->mode == M_PRINTING || f->mode == M_STAFF_HANDOUTS || f->mode == M_STAFF_SIGNOFF;
}

/* A locked PIN pad's countdown, once a second, and its end; returns 1 when it changed. */
static int pin_lock_tick(wr_flow *f, uint32_t now)
{
    if (f->mode != M_STAFF_PIN || !f->pin_locked)
        return 0;
    uint32_t shown = (f->pin_until - f->now + 999) / 1000;
    bool over = !pin_locked(f, now);
    if (over || (f->pin_until - now + 999) / 1000 != shown) {
        f->now = now;
        wr_screen_build(f);
        return 1;
    }
    return 0;
}

/* Milliseconds to the next second of a locked PIN pad's countdown, or -1. */
static int32_t pin_lock_deadline(const wr_flow *f, uint32_t now)
{
    int32_t to_end = (int32_t)(f->pin_until - now);
    if (f->mode != M_STAFF_PIN || !f->pin_locked || to_end <= 0)
        return -1;
    return to_end % 1000 ? to_end % 1000 : 1000;
}

/* The sooner of two deadlines, where -1 is never. */
static int32_t sooner(int32_t a, int32_t b)
{
    return a < 0 ? b : b < 0 || a < b ? a : b;
}

/* Lets time pass; returns 1 when the screen changed. */
int wr_flow_tick(wr_flow *f, uint32_t now)
{
    int urgent = wr_urgent_tick(f, now);
    if (urgent >= 0) {
        if (urgent)
            wr_screen_build(f);
        return urgent ? 1 : pin_lock_tick(f, now);
    }
    if (idles(f) && now - f->last_input >= f->cfg.idle_ms &&
        !(f->mode == M_PRINTING && f->print_state == 0)) {
        f->idle_return = f->mode;
        f->mode = M_IDLE;
        /* listening takes longer than reading: speech users get twice the time */
        f->idle_deadline = now + f->cfg.countdown_ms * (f->read_aloud ? 2u : 1u);
        f->now = now;
        wr_screen_build(f);
        return 1;
    }
    if (f->mode == M_IDLE) {
        if ((int32_t)(now - f->idle_deadline) >= 0) {
            wipe(f);
            wr_screen_build(f);
            return 1;
        }
        int left = (int)((f->idle_deadline - now + 999) / 1000);
        f->now = now;
        if (left != f->screen.countdown) {
            wr_screen_build(f);
            return 1;
        }
        return 0;
    }
    if (pin_lock_tick(f, now))
        return 1;
    if ((f->mode == M_END || (f->mode == M_ERROR && !f->broken)) &&
        (int32_t)(now - f->mode_deadline) >= 0) {
        wipe(f);
        wr_screen_build(f);
        return 1;
    }
    return 0;
}

/* Milliseconds until wr_flow_tick() has work; -1 for never. */
int32_t wr_flow_next_deadline(const wr_flow *f, uint32_t now)
{
    int32_t urgent = wr_urgent_deadline(f, now);
    if (urgent != -2)
        return sooner(urgent, pin_lock_deadline(f, now));
    if (idles(f)) {
        int32_t d = (int32_t)(f->last_input + f->cfg.idle_ms - now);
        return sooner(d < 0 ? 0 : d, pin_lock_deadline(f, now));
    }
    if (f->mode == M_IDLE) {
        int32_t to_end = (int32_t)(f->idle_deadline - now);
        int32_t to_tick = to_end % 1000;
        if (to_end <= 0)
            return 0;
        return to_tick ? to_tick : 1000;
    }
    if (f->mode == M_END || (f->mode == M_ERROR && !f->broken)) {
        int32_t d = (int32_t)(f->mode_deadline - now);
        return d < 0 ? 0 : d;
    }
    return -1;
}

/* ======================================================================================
 * Queries and the kiosk's side of things
 * ==================================================================================== */

const wr_screen *wr_flow_screen(const wr_flow *f)
{
    return &f->screen;
}

/* A script failed at run time: the error screen, unless an urgent flag holds. */
void wr_flow_fail(wr_flow *f, const char *msg)
{
    snprintf(f->last_error, sizeof f->last_error, "%s", msg);
    if (!check_urgent(f))
        f->mode = M_ERROR;
    f->error[0] = 0;
    wr_screen_build(f);
}

const char *wr_flow_last_error(const wr_flow *f)
{
    return f->last_error;
}

/* A refused reload: the staff menu shows why; patients never see a broken pack. */
void wr_flow_refuse(wr_flow *f, const char *msg)
{
    snprintf(f->last_error, sizeof f->last_error, "Reload refused: %s", msg);
    wr_screen_build(f);
}

/* The pack did not load: the error screen stays until staff fix the pack. */
void wr_flow_broken(wr_flow *f, const char *msg)
{
    snprintf(f->last_error, sizeof f->last_error, "%s", msg);
    f->broken = true;
    f->mode = M_ERROR;
    wr_screen_build(f);
}

/* The next thing to print: a slip first (it matters most), then the screen's request. */
int wr_flow_take_print(wr_flow *f, wr_print_request *out)
{
    if (f->slip.what != WR_PRINT_NOTHING) {
        *out = f->slip;
        f->slip.what = WR_PRINT_NOTHING;
        return 1;
    }
    if (f->request.what == WR_PRINT_NOTHING)
        return 0;
    *out = f->request;
    f->request.what = WR_PRINT_NOTHING;
    return 1;
}

/* The kiosk's own staff menu lines and items (copied). */
void wr_flow_set_staff_extras(wr_flow *f, const char *const *lines, int n_lines,
                              const char *const *items, int n_items)
{
    f->n_staff_lines = n_lines < WR_STAFF_MAX_LINES ? n_lines : WR_STAFF_MAX_LINES;
    f->n_staff_items = n_items < WR_STAFF_MAX_ITEMS ? n_items : WR_STAFF_MAX_ITEMS;
    for (int i = 0; i < f->n_staff_lines; i++)
        snprintf(f->staff_lines[i], sizeof f->staff_lines[i], "%s", lines[i]);
    for (int i = 0; i < f->n_staff_items; i++)
        snprintf(f->staff_items[i], sizeof f->staff_items[i], "%s", items[i]);
    wr_screen_build(f);
}

void wr_flow_set_slips(wr_flow *f, bool urgent, bool today)
{
    f->slip_urgent = urgent;
    f->slip_today = today;
}

/* The clinician words of the flags raised at 'level'. */
int wr_flow_flag_words(const wr_flow *cf, wr_level level, const char **out, int max)
{
    wr_flow *f = (wr_flow *)cf;
    const wr_pack *p = wr_flow_cur_pack(f);
    int n = 0;
    for (int i = 0; i < p->n_flags && n < max; i++)
        if (p->flags[i].level == level && wr_flow_eval(f, p->flags[i].when))
            out[n++] = p->flags[i].clinician ? p->flags[i].clinician : p->flags[i].patient;
    f->error[0] = 0;
    return n;
}

void wr_flow_print_done(wr_flow *f, int ok, uint32_t now)
{
    if (f->mode != M_PRINTING)
        return;
    f->print_state = ok ? 1 : 2;
    f->last_input = now;
    wr_screen_build(f);
}

int wr_flow_staff_request(wr_flow *f)
{
    int r = f->staff_request;
    f->staff_request = 0;
    return r;
}

int wr_flow_list_sections(const wr_flow *cf, wr_section *out, int max)
{
    return wr_list_build((wr_flow *)cf, out, NULL, max, true);
}

/* The printout's sections with what each holds; see flow.h. */
int wr_flow_list_kinds(const wr_flow *cf, wr_section *out, wr_section_kind *kinds, int max)
{
    return wr_list_build((wr_flow *)cf, out, kinds, max, true);
}

/* The list as plain text: each section's title, then "- line" per line (malloc'd). */
char *wr_flow_list_text(const wr_flow *cf)
{
    wr_section sec[WR_SCREEN_MAX_SECTIONS];
    int n = wr_flow_list_sections(cf, sec, WR_SCREEN_MAX_SECTIONS);
    size_t len = 1;
    for (int i = 0; i < n; i++) {
        len += strlen(sec[i].title) + 2;
        for (int k = 0; k < sec[i].n_lines; k++)
            len += strlen(sec[i].lines[k]) + 3;
    }
    char *out = calloc(1, len);
    if (!out)
        return NULL;
    for (int i = 0; i < n; i++) {
        strcat(strcat(out, sec[i].title), "\n");
        for (int k = 0; k < sec[i].n_lines; k++)
            strcat(strcat(strcat(out, "- "), sec[i].lines[k]), "\n");
    }
    return out;
}

const wr_session *wr_flow_session(const wr_flow *f)
{
    return f->session;
}

const wr_pack *wr_flow_pack(const wr_flow *f)
{
    return wr_flow_cur_pack(f);
}

int wr_flow_language(const wr_flow *f)
{
    return f->lang;
}
