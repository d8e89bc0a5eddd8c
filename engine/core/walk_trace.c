/*
 * walk_trace.c -- the walker's trace: after every tap, what the screen shows (its kind,
 * scene, question, words and controls) and the flags raised; the list whenever it is
 * printed. Two walks of packs that behave the same write the same trace, which is how a
 * change to the loader proves it changed nothing a patient sees (tests/golden/).
 * Uses only engine/core and the C library.
 */
#include "walk_internal.h"
#include "wipe.h"

#include <stdlib.h>
#include <string.h>

/* Writes 's' on one line: newlines as "\n", NULL as "-". */
static void put(FILE *out, const char *s)
{
    if (!s) {
        fputc('-', out);
        return;
    }
    for (; *s; s++)
        if (*s == '\n')
            fputs("\\n", out);
        else
            fputc(*s, out);
}

/* One control: its action, argument, state and label. */
static void put_control(FILE *out, const wr_control *c)
{
    fprintf(out, " [%d:%d%s%s ", (int)c->action, c->arg, c->selected ? "*" : "",
            c->disabled ? "x" : "");
    put(out, c->label);
    fputc(']', out);
}

/* The clinician words of the flags raised at each level. */
static void put_flags(FILE *out, const wr_flow *f)
{
    const char *words[64];
    for (int level = WR_LEVEL_URGENT; level <= WR_LEVEL_MENTION; level++) {
        int n = wr_flow_flag_words(f, (wr_level)level, words, 64);
        for (int i = 0; i < n && i < 64; i++) {
            fprintf(out, "  flag %d: ", level);
            put(out, words[i]);
            fputc('\n', out);
        }
    }
}

/* Writes what the player's flow shows now; see walk_internal.h. */
void wr_walk_trace_screen(walk_player *pl)
{
    FILE *out = pl->w->opt.trace;
    if (!out)
        return;
    const wr_screen *s = wr_flow_screen(pl->flow);
    fprintf(out, "%s %s scene=%s q=%s pic=%s\n", s->language ? s->language : "-", s->name,
            s->scene_id ? s->scene_id : "-", s->question_id ? s->question_id : "-",
            s->picture ? s->picture : "-");
    fputs("  title: ", out);
    put(out, s->title);
    fputc('\n', out);
    for (int i = 0; i < s->n_history; i++) {
        fprintf(out, "  %s: ", s->history[i].patient ? "you" : "kiosk");
        put(out, s->history[i].text);
        fputc('\n', out);
    }
    for (int i = 0; i < s->n_paras; i++) {
        fputs("  para: ", out);
        put(out, s->paras[i]);
        fputc('\n', out);
    }
    if (s->scale_low || s->scale_high) {
        fputs("  scale: ", out);
        put(out, s->scale_low);
        fputs(" .. ", out);
        put(out, s->scale_high);
        fputc('\n', out);
    }
    fputs("  controls:", out);
    for (int i = 0; i < s->n_controls; i++)
        put_control(out, &s->controls[i]);
    fputs("\n  nav:", out);
    for (int i = 0; i < s->n_nav; i++)
        put_control(out, &s->nav[i]);
    fputc('\n', out);
    put_flags(out, pl->flow);
}

/* Writes the list as it is printed now. */
void wr_walk_trace_list(walk_player *pl)
{
    FILE *out = pl->w->opt.trace;
    char *text = out ? wr_flow_list_text(pl->flow) : NULL;
    if (!text)
        return;
    fputs("  printed list:\n", out);
    fputs(text, out);
    fputs("  end of list\n", out);
    wr_wipe_str(text);
}
