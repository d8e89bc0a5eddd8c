/*
 * urgent.c -- the safety loop: an urgent answer always reaches a person. The urgent screen
 * comes up at once, raises a staff alert (the kiosk chimes, logs the flag code and prints a
 * slip), re-alerts while nobody has cleared it, survives the idle timeout and a change of
 * language, and is cleared by a staff code only (the staff PIN or the shorter desk code).
 * The "today" slip prints as soon as the safety part is over (a slip step). Uses only core.
 */
#include "flow_internal.h"

#include <stdio.h>
#include <string.h>

/* ======================================================================================
 * Raising and clearing
 * ==================================================================================== */

/* The first urgent flag that holds, or -1. */
static int first_urgent(wr_flow *f)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    for (int i = 0; i < p->n_flags; i++)
        if (p->flags[i].level == WR_LEVEL_URGENT && wr_flow_eval(f, p->flags[i].when))
            return i;
    return -1;
}

/* After every answer: an urgent flag interrupts whatever the script does next, and the
 * desk is alerted (once per urgent screen; the slip when slips are on). Returns 1 then. */
int wr_urgent_check(wr_flow *f)
{
    int k = first_urgent(f);
    if (k < 0)
        return 0;
    bool fresh = f->mode != M_URGENT;
    f->urgent_flag = k;
    f->mode = M_URGENT;
    f->error[0] = 0;
    if (!fresh)
        return 1;
    f->urgent_asked = false;
    f->alert_due = 1;
    f->alert_deadline = f->now + f->cfg.alert_repeat_ms;
    if (f->slip_urgent)
        f->slip = (wr_print_request){WR_PRINT_SLIP, 0, 1, WR_LEVEL_URGENT};
    return 1;
}

/* A tap on the urgent screen. "I have asked for help" keeps the screen up (it only says
 * that someone is coming); larger text, contrast and language change how it reads. */
int wr_urgent_act(wr_flow *f, wr_action a, int arg)
{
    switch (a) {
    case WR_ACT_TOLD_STAFF:
        f->urgent_asked = true;
        return 0;
    case WR_ACT_LARGER:
        f->large_text = !f->large_text;
        return 0;
    case WR_ACT_CONTRAST:
        f->high_contrast = !f->high_contrast;
        return 0;
    case WR_ACT_LANGUAGE: {
        if (f->n_packs < 2)
            return -1;
        const char *id = f->urgent_flag >= 0 ? wr_flow_cur_pack(f)->flags[f->urgent_flag].id : NULL;
        f->lang = arg >= 0 && arg < f->n_packs ? arg : (f->lang + 1) % f->n_packs;
        int k = wr_pack_find_flag(wr_flow_cur_pack(f), id);
        f->urgent_flag = k >= 0 ? k : first_urgent(f); /* packs share ids; be safe anyway */
        return 0;
    }
    default:
        return -1;
    }
}

/* Which code the digits typed so far make: 1 the staff PIN, 2 the desk code (only over an
 * urgent screen), 0 not complete yet, -1 wrong. */
int wr_urgent_code_typed(const wr_flow *f)
{
    bool desk = f->staff_return == M_URGENT && f->cfg.desk_code[0];
    size_t n = strlen(f->pin), lp = strlen(f->cfg.staff_pin);
    size_t ld = desk ? strlen(f->cfg.desk_code) : 0;
    if (lp && n == lp && strcmp(f->pin, f->cfg.staff_pin) == 0)
        return 1;
    if (ld && n == ld && strcmp(f->pin, f->cfg.desk_code) == 0)
        return 2;
    return n >= (lp > ld ? lp : ld) ? -1 : 0;
}

/* True when the code pad may open: a staff PIN, or a desk code over an urgent screen. */
bool wr_urgent_can_open_pad(const wr_flow *f)
{
    return f->cfg.staff_pin[0] || (f->mode == M_URGENT && f->cfg.desk_code[0]);
}

/* ======================================================================================
 * Time: the urgent screen never times out; it re-alerts
 * ==================================================================================== */

/* True while an urgent screen is up, or covered by the staff code pad. */
static bool urgent_up(const wr_flow *f)
{
    return f->mode == M_URGENT || (f->mode == M_STAFF_PIN && f->staff_return == M_URGENT);
}

/* Lets time pass over an urgent screen: a code pad left alone goes back to the urgent
 * screen (never to the idle wipe), and the alert repeats. Returns 1 when the screen
 * changed, 0 when nothing did, -1 when the urgent screen is not up. */
int wr_urgent_tick(wr_flow *f, uint32_t now)
{
    if (!urgent_up(f))
        return -1;
    int changed = 0;
    if (f->mode == M_STAFF_PIN && now - f->last_input >= f->cfg.idle_ms) {
        memset(f->pin, 0, sizeof f->pin);
        f->mode = M_URGENT;
        changed = 1;
    }
    if (f->cfg.alert_repeat_ms && (int32_t)(now - f->alert_deadline) >= 0) {
        f->alert_due = 2;
        f->alert_deadline = now + f->cfg.alert_repeat_ms;
    }
    return changed;
}

/* True until staff have cleared the urgent screen. */
bool wr_flow_urgent_showing(const wr_flow *f)
{
    return urgent_up(f);
}

/* Milliseconds until wr_urgent_tick() has work, -1 for never, -2 when not urgent. */
int32_t wr_urgent_deadline(const wr_flow *f, uint32_t now)
{
    if (!urgent_up(f))
        return -2;
    int32_t d = -1;
    if (f->cfg.alert_repeat_ms) {
        d = (int32_t)(f->alert_deadline - now);
        d = d < 0 ? 0 : d;
    }
    if (f->mode == M_STAFF_PIN) {
        int32_t pad = (int32_t)(f->last_input + f->cfg.idle_ms - now);
        pad = pad < 0 ? 0 : pad;
        d = d < 0 || pad < d ? pad : d;
    }
    return d;
}

/* Returns 1 and fills 'out' once per alert due. */
int wr_flow_take_alert(wr_flow *f, wr_alert *out)
{
    if (!f->alert_due || f->urgent_flag < 0)
        return 0;
    out->flag_id = wr_flow_cur_pack(f)->flags[f->urgent_flag].id;
    out->repeat = f->alert_due == 2;
    f->alert_due = 0;
    return 1;
}

/* ======================================================================================
 * The today slip
 * ==================================================================================== */

/* A today slip for the desk, when there are more today flags than the last slip carried:
 * at a slip step (the safety part is over) and, for packs without one, at the end. */
void wr_urgent_today_slip(wr_flow *f)
{
    const char *words[64];
    int n = wr_flow_flag_words(f, WR_LEVEL_TODAY, words, 64);
    if (!f->slip_today || n <= f->today_slipped)
        return;
    f->today_slipped = n;
    f->slip = (wr_print_request){WR_PRINT_SLIP, 0, 1, WR_LEVEL_TODAY};
}

/* Called when a page of 'scene' steps [from, to) has been passed or entered: a slip step
 * whose condition holds asks for the today slip. */
void wr_urgent_slip_steps(wr_flow *f, int scene, int from, int to)
{
    const wr_scene *sc = &wr_flow_cur_pack(f)->scenes[scene];
    for (int i = from; i < to && i < sc->n_steps; i++)
        if (sc->steps[i].kind == WR_STEP_SLIP && wr_flow_eval(f, sc->steps[i].when))
            wr_urgent_today_slip(f);
}

/* ======================================================================================
 * Staff lines: "code: clinician words", and what a combination combined
 * ==================================================================================== */

/* True when flag 'i' is raised and named by a raised combination flag (so the list does
 * not repeat it lower down). */
bool wr_urgent_combined_away(wr_flow *f, int i)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    for (int c = 0; c < p->n_flags; c++) {
        const wr_flag *cf = &p->flags[c];
        for (int k = 0; k < cf->n_combines; k++)
            if (strcmp(cf->combines[k], p->flags[i].id) == 0 && wr_flow_eval(f, cf->when))
                return true;
    }
    return false;
}

/* The ids in 'fl'->combines of the flags that are raised, into 'idx' (pack indices); a
 * combination lists every flag it may combine, and names the ones that did. */
static int raised_members(wr_flow *f, const wr_flag *fl, int *idx)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    int n = 0;
    for (int k = 0; k < fl->n_combines; k++) {
        int j = wr_pack_find_flag(p, fl->combines[k]);
        if (j >= 0 && wr_flow_eval(f, p->flags[j].when))
            idx[n++] = j;
    }
    return n;
}

/* The patient words of the raised flags 'fl' combines, as "A, and B" (arena string). */
const char *wr_urgent_combined_words(wr_flow *f, const wr_flag *fl)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    char buf[1024] = "";
    int idx[WR_COMBINES_MAX];
    int n = raised_members(f, fl, idx);
    for (int k = 0; k < n; k++) {
        const char *w = wr_fill(f, p->flags[idx[k]].patient);
        size_t len = strlen(w);
        while (len > 0 && w[len - 1] == '.')
            len--;
        size_t at = strlen(buf);
        const char *sep = !at ? "" : k + 1 == n ? wr_pack_ui(p, "and") : ", ";
        snprintf(buf + at, sizeof buf - at, "%s%.*s", sep, (int)len, w);
        /* a sentence's capital inside the joined one: "and it is", "y a mi", but "and I" or
         * "MRI" */
        char *c = at + strlen(sep) + 1 < sizeof buf ? buf + at + strlen(sep) : NULL;
        bool word = c && ((c[1] >= 'a' && c[1] <= 'z') || (c[1] == ' ' && c[0] != 'I'));
        if (at && word && c[0] >= 'A' && c[0] <= 'Z')
            c[0] = (char)(c[0] - 'A' + 'a');
    }
    memset(idx, 0, sizeof idx);
    return wr_arena_strdup(&f->strings, buf);
}

/* The clinician lines of the flags raised at 'level'. */
int wr_flow_staff_lines(const wr_flow *cf, wr_level level, bool combined, const char **out, int max)
{
    wr_flow *f = (wr_flow *)cf;
    const wr_pack *p = wr_flow_cur_pack(f);
    int n = 0;
    for (int i = 0; i < p->n_flags && n < max; i++) {
        const wr_flag *fl = &p->flags[i];
        if (fl->level != level || !wr_flow_eval(f, fl->when))
            continue;
        const char *words = fl->clinician ? fl->clinician : fl->patient;
        if (combined && fl->n_combines && !fl->topic_free)
            out[n++] = wr_arena_printf(&f->strings, "%s: %s (%s)", fl->id, words,
                                    wr_urgent_combined_words(f, fl));
        else
            out[n++] = wr_arena_printf(&f->strings, "%s: %s", fl->id, words);
    }
    f->error[0] = 0;
    return n;
}
