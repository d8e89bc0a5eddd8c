/*
 * walk.c -- the walker's player (taps, what they reach, errors), the random visits and
 * the report. Every branch is in wr_walk_all.c. Uses only engine/core and the C library.
 */
#include "walk_internal.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cond.h"

/* ======================================================================================
 * What was reached
 * ==================================================================================== */

/* Sets up the record of what language 'p' reached; -1 when out of memory. */
static int cover_init(walk_cover *c, const wr_pack *p)
{
    int n_opt = 0, n_steps = 0;
    c->p = p;
    c->opt_base = malloc((size_t)(p->n_questions + 1) * sizeof(int));
    c->step_base = malloc((size_t)(p->n_scenes + 1) * sizeof(int));
    if (!c->opt_base || !c->step_base)
        return -1;
    for (int i = 0; i < p->n_questions; i++) {
        c->opt_base[i] = n_opt;
        n_opt += p->questions[i].n_options;
    }
    for (int i = 0; i < p->n_scenes; i++) {
        c->step_base[i] = n_steps;
        n_steps += p->scenes[i].n_steps;
    }
    c->scenes = calloc((size_t)p->n_scenes + 1, 1);
    c->questions = calloc((size_t)p->n_questions + 1, 1);
    c->options = calloc((size_t)n_opt + 1, 1);
    c->urgent = calloc((size_t)n_opt + 1, 1);
    c->choices = calloc((size_t)n_steps + 1, 1);
    c->flags = calloc((size_t)p->n_flags + 1, 1);
    c->notes = calloc((size_t)p->n_notes + 1, 1);
    if (!c->scenes || !c->questions || !c->options || !c->urgent || !c->choices || !c->flags ||
        !c->notes)
        return -1;
    return wr_walk_conds_init(c);
}

/* Frees the record. */
static void cover_free(walk_cover *c)
{
    free(c->scenes);
    free(c->questions);
    free(c->options);
    free(c->urgent);
    free(c->choices);
    free(c->flags);
    free(c->notes);
    free(c->opt_base);
    free(c->step_base);
    wr_walk_conds_free(c);
}

/* The record of the language the player's flow shows now. */
static walk_cover *cover_now(walk_player *pl)
{
    return &pl->w->cov[wr_flow_language(pl->flow)];
}

/* Notes the option or choice about to be tapped on screen 's'. */
static void mark_tap(walk_player *pl, const wr_screen *s, wr_action action, int arg)
{
    walk_cover *c = cover_now(pl);
    const wr_pack *p = c->p;
    int qi = s->question_id ? wr_pack_find_question(p, s->question_id) : -1;
    int si = s->scene_id ? wr_pack_find_scene(p, s->scene_id) : -1;
    if (action == WR_ACT_OPTION && qi >= 0 && arg >= 0 && arg < p->questions[qi].n_options)
        c->options[c->opt_base[qi] + arg] = 1;
    if (action != WR_ACT_CHOICE || si < 0 || arg < 0 || arg >= s->n_controls)
        return;
    const char *label = NULL;
    for (int i = 0; i < s->n_controls; i++)
        if (s->controls[i].action == WR_ACT_CHOICE && s->controls[i].arg == arg)
            label = s->controls[i].label;
    for (int k = 0; label && k < p->scenes[si].n_steps; k++)
        if (p->scenes[si].steps[k].kind == WR_STEP_CHOICE && p->scenes[si].steps[k].text == label)
            c->choices[c->step_base[si] + k] = 1;
}

/* Notes what the flow shows and holds now: the question, the scenes passed through, the
 * red flags raised and the notes that hold. */
static void mark_now(walk_player *pl)
{
    walk_cover *c = cover_now(pl);
    const wr_pack *p = c->p;
    const wr_session *ses = wr_flow_session(pl->flow);
    const wr_screen *s = wr_flow_screen(pl->flow);
    char err[256];
    int qi = s->question_id ? wr_pack_find_question(p, s->question_id) : -1;
    if (qi >= 0)
        c->questions[qi] = 1;
    for (int i = 0; s->group && i < s->n_controls; i++) { /* each question a group asks */
        const wr_control *t = &s->controls[i];
        int g = t->action == WR_ACT_OPTION && t->arg >= 0 && t->arg < s->n_group
                    ? wr_pack_find_question(p, s->group[t->arg])
                    : -1;
        if (g >= 0)
            c->questions[g] = 1;
    }
    for (int i = 0; i < p->n_questions; i++) { /* an answer given on a group screen */
        int o = p->questions[i].kind == WR_Q_SINGLE ? wr_session_option(ses, p->questions[i].id)
                                                   : -1;
        if (o >= 0 && o < p->questions[i].n_options)
            c->options[c->opt_base[i] + o] = 1;
    }
    for (int i = 0; i < p->n_scenes; i++)
        if (!c->scenes[i] && wr_session_visited(ses, p->scenes[i].id))
            c->scenes[i] = 1;
    for (int i = 0; i < p->n_flags; i++)
        if (!c->flags[i] && wr_cond_eval(p, p->flags[i].when, ses, err, sizeof err) == 1)
            c->flags[i] = 1;
    for (int i = 0; i < p->n_notes; i++)
        if (!c->notes[i] && wr_cond_eval(p, p->notes[i].when, ses, err, sizeof err) == 1)
            c->notes[i] = 1;
}

/* ======================================================================================
 * The trail of taps
 * ==================================================================================== */

/* Appends 'len' bytes of 's'. */
static void trail_put(walk_trail *t, const char *s, size_t len)
{
    if (t->len + len + 1 > t->cap) {
        size_t cap = (t->len + len + 1) * 2;
        char *b = realloc(t->buf, cap);
        if (!b)
            return;
        t->buf = b;
        t->cap = cap;
    }
    memcpy(t->buf + t->len, s, len);
    t->len += len;
    t->buf[t->len] = '\0';
}

/* Closes a run of typed letters. */
static void trail_close(walk_trail *t)
{
    if (t->typing)
        trail_put(t, "\"", 1);
    t->typing = false;
}

/* Adds one step of the trail: a tapped label (quoted) or a plain word such as "wait". */
static void trail_add(walk_trail *t, const char *text, bool quote)
{
    trail_close(t);
    if (t->len)
        trail_put(t, " > ", 3);
    if (quote)
        trail_put(t, "\"", 1);
    trail_put(t, text, strlen(text));
    if (quote)
        trail_put(t, "\"", 1);
}

/* Adds a typed letter (UTF-8 of code point 'cp') to the run of typed letters. */
static void trail_key(walk_trail *t, unsigned long cp)
{
    char u[4];
    size_t n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
    if (!t->typing) {
        trail_close(t);
        trail_put(t, t->len ? " > type \"" : "type \"", t->len ? 9 : 6);
        t->typing = true;
    }
    if (n == 1) {
        u[0] = (char)cp;
    } else if (n == 2) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
    } else {
        u[0] = (char)(0xE0 | ((cp >> 12) & 0x0F));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
    }
    trail_put(t, u, n);
}

/* The taps so far as text; owned by the trail. */
const char *wr_walk_trail_text(walk_trail *t)
{
    trail_close(t);
    return t->buf ? t->buf : "";
}

/* Forgets the taps. */
void wr_walk_trail_reset(walk_trail *t)
{
    t->len = 0;
    t->taps = 0;
    t->typing = false;
    if (t->buf)
        t->buf[0] = '\0';
}

/* ======================================================================================
 * The player
 * ==================================================================================== */

/* A new flow at the attract screen; the old one is freed. */
int wr_walk_restart(walk_player *pl)
{
    wr_flow_config cfg;
    wr_flow_config_defaults(&cfg);
    wr_flow_destroy(pl->flow);
    pl->flow = wr_flow_create(pl->w->packs, pl->w->n, &cfg);
    pl->now = 0;
    wr_walk_trail_reset(&pl->trail);
    return pl->flow ? 0 : -1;
}

/* Did the last tap end on the error screen (a script failed)? Then the flow refused it for
 * a reason the walk reports on its own. */
bool wr_walk_failed(walk_player *pl)
{
    return wr_flow_screen(pl->flow)->kind == WR_SCREEN_ERROR;
}

/* Notes error 'msg' with the taps so far; the shortest way to each error is kept. */
void wr_walk_fail(walk_player *pl, const char *msg)
{
    wr_walk *w = pl->w;
    const char *path = wr_walk_trail_text(&pl->trail);
    for (int i = 0; i < w->n_found; i++) {
        if (strcmp(w->found[i].message, msg) != 0)
            continue;
        if (pl->trail.taps < w->found[i].taps) {
            char *copy = strdup(path);
            if (copy) {
                free(w->found[i].path);
                w->found[i].path = copy;
                w->found[i].taps = pl->trail.taps;
            }
        }
        return;
    }
    if (w->n_found == WALK_MAX_ERRORS)
        return;
    walk_found *f = &w->found[w->n_found];
    f->message = strdup(msg);
    f->path = strdup(path);
    f->taps = pl->trail.taps;
    if (f->message && f->path)
        w->n_found++;
    else
        free(f->message), free(f->path);
}

/* The kiosk's side of printing: every print asked for is done (or fails, now and then). */
static void serve_print(walk_player *pl)
{
    wr_print_request req;
    while (wr_flow_take_print(pl->flow, &req))
        if (req.what == WR_PRINT_THE_LIST || req.what == WR_PRINT_HANDOUT) {
            if (req.what == WR_PRINT_THE_LIST)
                wr_walk_trace_list(pl);
            wr_flow_print_done(pl->flow, (pl->rng >> 7) % 5 != 0, pl->now);
        }
}

/* Taps one control; see walk_internal.h. */
int wr_walk_tap(walk_player *pl, wr_action action, int arg, const char *label)
{
    char made[32];
    const wr_screen *s = wr_flow_screen(pl->flow);
    for (int i = 0; label && i < s->n_controls; i++) /* the words shown now ("Next" after a
                                                        * tick, not "None of these") */
        if (s->controls[i].action == action && s->controls[i].arg == arg &&
            s->controls[i].role != WR_ROLE_KEY && s->controls[i].label)
            label = s->controls[i].label;
    if (action == WR_ACT_KEY) {
        trail_key(&pl->trail, (unsigned long)arg);
    } else {
        if (!label)
            snprintf(made, sizeof made, "%d", arg);
        trail_add(&pl->trail, label ? label : made, true);
    }
    pl->trail.taps++;
    pl->w->taps++;
    mark_tap(pl, s, action, arg);
    pl->now += WALK_STEP_MS;
    int r = wr_flow_act(pl->flow, action, arg, pl->now);
    serve_print(pl);
    mark_now(pl);
    wr_walk_trace_screen(pl);
    return r;
}

/* ======================================================================================
 * Random visits
 * ==================================================================================== */

/* The next random number (splitmix64). */
static uint64_t next_random(walk_player *pl)
{
    uint64_t z = (pl->rng += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* A random whole number in [0, n). */
static int below(walk_player *pl, int n)
{
    return n > 0 ? (int)(next_random(pl) % (uint64_t)n) : 0;
}

/* How likely a patient taps control 'c' (0: never): mostly the way forward, now and then
 * Back, Skip, the toggles, the language, Start over. */
static int weight(const wr_control *c)
{
    if (c->disabled || c->role == WR_ROLE_HEADING || c->role == WR_ROLE_KEY)
        return 0;
    switch (c->action) {
    case WR_ACT_BACK:
        return 6;
    case WR_ACT_RESTART:
        return 1;
    case WR_ACT_SPEAK: /* read aloud changes nothing the walker can see */
        return 0;
    case WR_ACT_LARGER:
    case WR_ACT_CONTRAST:
    case WR_ACT_REMOVE_OWN:
        return 2;
    case WR_ACT_LANGUAGE:
    case WR_ACT_HANDOUT:
        return 3;
    case WR_ACT_SKIP:
    case WR_ACT_TYPE_OWN:
    case WR_ACT_PRINT:
        return 5;
    case WR_ACT_PROMPT:
        return 8;
    case WR_ACT_STAFF:
    case WR_ACT_STAFF_HANDOUTS:
    case WR_ACT_STAFF_SIGNOFF:
    case WR_ACT_MORE:
    case WR_ACT_FEWER:
        return 0;
    default:
        return 40;
    }
}

/* The option of the question on screen 's' that control 'c' answers, as an index into
 * the language's options[], or -1. */
static int option_of(walk_player *pl, const wr_screen *s, const wr_control *c)
{
    const walk_cover *cv = cover_now(pl);
    int qi = s->question_id ? wr_pack_find_question(cv->p, s->question_id) : -1;
    if (c->action != WR_ACT_OPTION || qi < 0 || c->arg < 0 ||
        c->arg >= cv->p->questions[qi].n_options)
        return -1;
    return cv->opt_base[qi] + c->arg;
}

/* The weight of 'c' on 's' for this player: an answer not yet tried weighs double, and
 * one that already led straight to the urgent screen weighs little, so that the walk gets
 * past the safety questions to the rest of the pack. */
static int weight_on(walk_player *pl, const wr_screen *s, const wr_control *c)
{
    int w = weight(c), k = option_of(pl, s, c);
    if (k < 0 || w == 0)
        return w;
    const walk_cover *cv = cover_now(pl);
    return cv->urgent[k] ? 1 : cv->options[k] ? w : 2 * w;
}

/* Picks a control of the screen at random by weight; NULL when there is none. */
static const wr_control *pick(walk_player *pl, const wr_screen *s)
{
    int total = 0, n = s->n_controls + s->n_nav;
    for (int i = 0; i < n; i++)
        total += weight_on(pl, s, i < s->n_controls ? &s->controls[i] : &s->nav[i - s->n_controls]);
    int r = below(pl, total);
    for (int i = 0; i < n && total > 0; i++) {
        const wr_control *c = i < s->n_controls ? &s->controls[i] : &s->nav[i - s->n_controls];
        if ((r -= weight_on(pl, s, c)) < 0)
            return c;
    }
    return NULL;
}

/* Types a few letters on the on-screen keyboard of 's', if it has one. */
static void type_some(walk_player *pl, const wr_screen *s)
{
    const wr_control *keys[WR_SCREEN_MAX_CONTROLS];
    int n = 0, count = 1 + below(pl, 6);
    for (int i = 0; i < s->n_controls; i++)
        if (s->controls[i].role == WR_ROLE_KEY && !s->controls[i].disabled)
            keys[n++] = &s->controls[i];
    for (int i = 0; i < count && n > 0; i++) {
        const wr_control *k = keys[below(pl, n)];
        wr_action a = k->action;
        int arg = k->arg;
        wr_walk_tap(pl, a, arg, k->label);
        s = wr_flow_screen(pl->flow); /* the keys may change (Shift) */
        n = 0;
        for (int j = 0; j < s->n_controls; j++)
            if (s->controls[j].role == WR_ROLE_KEY && !s->controls[j].disabled)
                keys[n++] = &s->controls[j];
    }
}

/* Lets the idle timeout pass: "Are you still there?" comes up. */
static void walk_away(walk_player *pl)
{
    pl->now += 91000;
    trail_add(&pl->trail, "wait 91 s", false);
    wr_flow_tick(pl->flow, pl->now);
}

/* One tap on a page (scene, question, pick, list...): maybe typing first, now and then
 * walking away. Returns 0, or -1 when the screen offers nothing to tap. */
static int page_tap(walk_player *pl, const wr_screen *s)
{
    if (below(pl, 150) == 0) {
        walk_away(pl);
        return 0;
    }
    if (s->field && below(pl, 3) != 0)
        type_some(pl, s);
    s = wr_flow_screen(pl->flow);
    const wr_control *c = pick(pl, s);
    int forward = 0;
    for (int i = 0; i < s->n_controls; i++)
        forward |= weight(&s->controls[i]) > 0;
    if (!c || !forward)
        return -1;
    char label[256];
    snprintf(label, sizeof label, "%s", c->label ? c->label : "?");
    wr_action a = c->action;
    int opt = option_of(pl, s, c);
    walk_cover *cv = cover_now(pl);
    int r = wr_walk_tap(pl, a, c->arg, c->label);
    if (opt >= 0 && wr_flow_screen(pl->flow)->kind == WR_SCREEN_URGENT)
        cv->urgent[opt] = 1;
    if (r < 0 && a != WR_ACT_BACK && !wr_walk_failed(pl)) {
        char msg[400];
        snprintf(msg, sizeof msg, "the screen offered \"%s\" but tapping it did nothing", label);
        wr_walk_fail(pl, msg);
    }
    return 0;
}

/* The first control of 's' whose action is 'a', or NULL. */
static const wr_control *find(const wr_screen *s, wr_action a)
{
    for (int i = 0; i < s->n_controls; i++)
        if (s->controls[i].action == a && !s->controls[i].disabled)
            return &s->controls[i];
    return NULL;
}

/* Taps the control of 's' whose action is 'a'; returns 0, or -1 when there is none. */
static int tap_action(walk_player *pl, const wr_screen *s, wr_action a)
{
    const wr_control *c = find(s, a);
    if (!c)
        return -1;
    wr_walk_tap(pl, c->action, c->arg, c->label);
    return 0;
}

/* One tap of a visit. Returns 1 when the visit is over, 0 to go on, -1 when stuck. */
static int visit_tap(walk_player *pl)
{
    wr_walk *w = pl->w;
    const wr_screen *s = wr_flow_screen(pl->flow);
    switch (s->kind) {
    case WR_SCREEN_ATTRACT:
        return 1;
    case WR_SCREEN_END:
        w->ends[END_THANKS]++;
        return tap_action(pl, s, WR_ACT_DONE) < 0 ? -1 : 1;
    case WR_SCREEN_URGENT:
        w->ends[END_URGENT]++;
        if (tap_action(pl, s, WR_ACT_TOLD_STAFF) < 0)
            return -1;
        /* Only staff clear an urgent screen: the next visit starts on a fresh kiosk. */
        return wr_walk_restart(pl) < 0 ? -1 : 1;
    case WR_SCREEN_ERROR:
        w->ends[END_ERROR]++;
        wr_walk_fail(pl, wr_flow_last_error(pl->flow));
        return tap_action(pl, s, WR_ACT_DONE) < 0 ? -1 : 1;
    case WR_SCREEN_IDLE:
        if (below(pl, 2) == 0)
            return tap_action(pl, s, WR_ACT_STILL_HERE) < 0 ? -1 : 0;
        pl->now += 31000;
        trail_add(&pl->trail, "wait 31 s", false);
        wr_flow_tick(pl->flow, pl->now);
        w->ends[END_AWAY]++;
        return 1;
    default:
        return page_tap(pl, s);
    }
}

/* Starts a visit from the attract screen: Start, or a language button. */
static void start_visit(walk_player *pl)
{
    const wr_screen *s = wr_flow_screen(pl->flow);
    int n = 0;
    const wr_control *langs[WR_SCREEN_MAX_CONTROLS];
    for (int i = 0; i < s->n_controls; i++)
        if (s->controls[i].action == WR_ACT_LANGUAGE)
            langs[n++] = &s->controls[i];
    const wr_control *c = n > 0 && below(pl, 2) ? langs[below(pl, n)] : find(s, WR_ACT_START);
    if (c)
        wr_walk_tap(pl, c->action, c->arg, c->label);
}

/* One random visit, from the attract screen back to it. Returns -1 when out of memory. */
static int random_visit(walk_player *pl)
{
    wr_walk *w = pl->w;
    wr_walk_trail_reset(&pl->trail);
    start_visit(pl);
    for (int t = 0; t < w->opt.max_taps; t++) {
        int r = visit_tap(pl);
        if (r > 0)
            return 0;
        if (r < 0) {
            wr_walk_fail(pl, "a screen with nothing to tap but the top bar (a dead end)");
            return wr_walk_restart(pl);
        }
        if (wr_flow_screen(pl->flow)->kind == WR_SCREEN_ATTRACT) {
            w->ends[END_OVER]++;
            return 0;
        }
    }
    w->unfinished++;
    return wr_walk_restart(pl);
}

/* Every random visit, each from its own seed (seed and visit number). */
static void walk_random(wr_walk *w)
{
    walk_player pl = {w, NULL, 0, 0, {0}};
    if (wr_walk_restart(&pl) < 0)
        goto out;
    for (int i = 0; i < w->opt.runs; i++) {
        pl.rng = w->opt.seed * 0x2545F4914F6CDD1DULL + (uint64_t)i;
        if (random_visit(&pl) < 0)
            goto out;
        w->visits++;
    }
out:
    wr_flow_destroy(pl.flow);
    free(pl.trail.buf);
}

/* ======================================================================================
 * The walk
 * ==================================================================================== */

/* The defaults: 1000 random visits from seed 1, 400 taps a visit, 20000 states. */
void wr_walk_defaults(wr_walk_options *o)
{
    o->runs = 1000;
    o->seed = 1;
    o->exhaustive = false;
    o->max_taps = 400;
    o->max_states = 20000;
    o->trace = NULL;
}

/* Seconds on a steady clock. */
static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Walks the packs; see walk.h. */
wr_walk *wr_walk_run(wr_pack **packs, int n, const wr_walk_options *o)
{
    wr_walk *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->opt = *o;
    w->packs = packs;
    w->n = n;
    w->cov = calloc((size_t)n, sizeof *w->cov);
    for (int i = 0; w->cov && i < n; i++)
        if (cover_init(&w->cov[i], packs[i]) < 0)
            goto out_free;
    if (!w->cov)
        goto out_free;
    double t0 = seconds();
    if (o->exhaustive)
        wr_walk_all(w);
    else
        walk_random(w);
    w->seconds = seconds() - t0;
    return w;

out_free:
    wr_walk_destroy(w);
    return NULL;
}

/* Frees the findings. */
void wr_walk_destroy(wr_walk *w)
{
    if (!w)
        return;
    for (int i = 0; w->cov && i < w->n; i++)
        cover_free(&w->cov[i]);
    free(w->cov);
    for (int i = 0; i < w->n_found; i++) {
        free(w->found[i].message);
        free(w->found[i].path);
    }
    free(w);
}

/* How many different errors. */
int wr_walk_errors(const wr_walk *w)
{
    return w->n_found;
}

/* Error 'i' and its taps. */
const char *wr_walk_error(const wr_walk *w, int i, const char **path)
{
    *path = w->found[i].path;
    return w->found[i].message;
}

/* How many of 'n' bytes of 'v' are set. */
static int count(const char *v, int n)
{
    int k = 0;
    for (int i = 0; i < n; i++)
        k += v[i] != 0;
    return k;
}

/* What the walk reached in language 'lang'. */
void wr_walk_coverage(const wr_walk *w, int lang, wr_walk_cover *out)
{
    const walk_cover *c = &w->cov[lang];
    const wr_pack *p = c->p;
    memset(out, 0, sizeof *out);
    out->scenes = count(c->scenes, out->n_scenes = p->n_scenes);
    out->questions = count(c->questions, out->n_questions = p->n_questions);
    for (int i = 0; i < p->n_questions; i++) {
        out->n_options += p->questions[i].n_options;
        out->options += count(c->options + c->opt_base[i], p->questions[i].n_options);
    }
    for (int i = 0; i < p->n_scenes; i++)
        for (int k = 0; k < p->scenes[i].n_steps; k++)
            if (p->scenes[i].steps[k].kind == WR_STEP_CHOICE) {
                out->n_choices++;
                out->choices += c->choices[c->step_base[i] + k] != 0;
            }
    out->flags = count(c->flags, out->n_flags = p->n_flags);
    out->notes = count(c->notes, out->n_notes = p->n_notes);
}
