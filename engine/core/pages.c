/*
 * pages.c -- cutting a scene into screens.
 *
 * A scene's steps are read in the order written:
 *   - say lines (and a picture) gather into the kiosk's next turn;
 *   - an ask shows that question on its own screen, with the say lines gathered just
 *     before it as its introduction;
 *   - an ask_group shows its questions on one screen of ticks; once the patient chose "Not
 *     sure about one" there, it makes one screen per question instead, as asks would;
 *   - pick_prompts and show_list each make a screen, again with the say lines before them;
 *   - a jump whose condition holds leaves the scene at once (after showing any say lines
 *     gathered before it);
 *   - say lines left after the last screen, and every choice of the scene, make the
 *     scene's last screen; with no choices it has one Next button that follows go.
 * Any step may carry a when condition: it is skipped unless the condition holds.
 */
#include "cond.h"
#include "flow_internal.h"

#include <stdio.h>
#include <string.h>

/* 1 when 'c' holds; a failing script function records its message in f->error. */
int wr_flow_eval(wr_flow *f, const wr_cond *c)
{
    char err[512] = "";
    int r = wr_cond_eval(wr_flow_cur_pack(f), c, f->session, err, sizeof err);
    if (r < 0) {
        if (!f->error[0])
            snprintf(f->error, sizeof f->error, "%s", err[0] ? err : "script failed");
        return 0;
    }
    return r;
}

static void gather_choices(wr_flow *f, const wr_scene *sc, page *pg)
{
    for (int i = 0; i < sc->n_steps && pg->n_choices < MAX_CHOICES; i++)
        if (sc->steps[i].kind == WR_STEP_CHOICE && wr_flow_eval(f, sc->steps[i].when))
            pg->choices[pg->n_choices++] = i;
}

/* Starts a page of 'kind' ending after step 'i'. */
static scan_result stop_at(page *pg, page_kind kind, int i)
{
    pg->kind = kind;
    pg->end = i + 1;
    return SCAN_PAGE;
}

/* The session's mark of a group asked one by one (a name no scene can have). */
static const char *group_mark(const wr_step *st, char *buf, size_t len)
{
    snprintf(buf, len, "@group:%s", st->n_items ? st->items[0] : "");
    return buf;
}

/* Has the patient asked for the group 'st' one question at a time? */
bool wr_group_one_by_one(wr_flow *f, const wr_step *st)
{
    char mark[160];
    return wr_session_visited(f->session, group_mark(st, mark, sizeof mark));
}

/* From now on, group 'st' is asked one question at a time (until the visit ends). */
void wr_group_expand(wr_flow *f, const wr_step *st)
{
    char mark[160];
    wr_session_visit(f->session, group_mark(st, mark, sizeof mark));
}

/* Is question 'i' of group 'st' asked (its own condition holds)? */
bool wr_group_shows(wr_flow *f, const wr_step *st, int i)
{
    return !st->item_when || wr_flow_eval(f, st->item_when[i]);
}

/* The first question of group 'st' from 'from' on that is asked, or -1. */
static int group_next(wr_flow *f, const wr_step *st, int from)
{
    for (int i = from; i < st->n_items; i++)
        if (wr_group_shows(f, st, i))
            return i;
    return -1;
}

/* The page of ask_group step 'i' (item 'sub' on, when asked one by one); SCAN_JUMP with no
 * target when none of its questions is asked. */
static scan_result group_page(wr_flow *f, const wr_step *st, int i, int sub, page *pg)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    int first = group_next(f, st, sub);
    if (first < 0)
        return SCAN_JUMP;
    pg->group = i;
    if (!wr_group_one_by_one(f, st))
        return stop_at(pg, PAGE_GROUP, i);
    pg->question = wr_pack_find_question(p, st->items[first]);
    if (pg->question < 0)
        return SCAN_ERROR;
    int next = group_next(f, st, first + 1);
    pg->kind = PAGE_ASK;
    pg->sub = first;
    pg->next_sub = next > 0 ? next : 0;
    pg->end = next > 0 ? i : i + 1;
    return SCAN_PAGE;
}

/* Reads steps from 'start' (item 'sub' of a group asked one by one there) into one page;
 * SCAN_JUMP puts the target in *go. */
static scan_result scan(wr_flow *f, int scene, int start, int sub, page *pg, const char **go)
{
    const wr_pack *p = wr_flow_cur_pack(f);
    const wr_scene *sc = &p->scenes[scene];
    memset(pg, 0, sizeof *pg);
    pg->scene = scene;
    pg->start = start;
    pg->group = -1;
    for (int i = start; i < sc->n_steps; i++) {
        const wr_step *st = &sc->steps[i];
        if (st->kind == WR_STEP_CHOICE || !wr_flow_eval(f, st->when))
            continue;
        switch (st->kind) {
        case WR_STEP_SAY:
            if (pg->n_paras < MAX_PAGE_PARAS) {
                pg->looks[pg->n_paras] = st->look;
                pg->paras[pg->n_paras++] = st->text;
            }
            break;
        case WR_STEP_PICTURE:
            pg->picture = st->text;
            break;
        case WR_STEP_ASK:
            pg->question = wr_pack_find_question(p, st->question);
            if (pg->question < 0)
                return SCAN_ERROR;
            return stop_at(pg, PAGE_ASK, i);
        case WR_STEP_ASK_GROUP: {
            scan_result r = group_page(f, st, i, i == start ? sub : 0, pg);
            if (r != SCAN_JUMP)
                return r;
            break; /* none of its questions is asked: no screen */
        }
        case WR_STEP_PICK_PROMPTS:
            pg->pick_max = st->max > 0 ? st->max : 5;
            pg->pick_typed = st->max_typed > 0 ? st->max_typed : 3;
            return stop_at(pg, PAGE_PICK, i);
        case WR_STEP_SHOW_LIST:
            return stop_at(pg, PAGE_LIST, i);
        case WR_STEP_JUMP:
            if (pg->n_paras || pg->picture) {
                pg->kind = PAGE_SAY;
                pg->end = i;
                return SCAN_PAGE;
            }
            *go = st->go;
            return SCAN_JUMP;
        default:
            break;
        }
    }
    pg->end = sc->n_steps;
    pg->final = true;
    gather_choices(f, sc, pg);
    if (!pg->n_paras && !pg->n_choices && !pg->picture)
        return SCAN_END;
    pg->kind = PAGE_SAY;
    return SCAN_PAGE;
}

/* The page number 'ordinal' of scene 'scene' into *out, or where the scene leads. */
scan_result wr_page_at(wr_flow *f, int scene, int ordinal, page *out, const char **go)
{
    int start = 0, sub = 0;
    for (int k = 0;; k++) {
        scan_result r = scan(f, scene, start, sub, out, go);
        if (r != SCAN_PAGE)
            return r;
        if (k == ordinal)
            break;
        if (out->end >= wr_flow_cur_pack(f)->scenes[scene].n_steps &&
            out->final)
            return SCAN_END;
        start = out->end;
        sub = out->next_sub;
    }
    /* A page that ends the scene's steps is its last, even when it came from an ask. */
    if (out->end >= wr_flow_cur_pack(f)->scenes[scene].n_steps && !out->final) {
        page tail;
        const char *tail_go = NULL;
        if (scan(f, scene, out->end, 0, &tail, &tail_go) == SCAN_END)
            out->final = true;
    }
    return SCAN_PAGE;
}
