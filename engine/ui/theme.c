/*
 * theme.c -- colours and sizes. Normal: dark slate on warm off-white with a deep teal
 * accent; high contrast: white and yellow on black. Every text colour keeps a contrast of
 * at least 7:1 against what it stands on (tests/test_ui.c checks it).
 */
#include "ui_internal.h"

#include <math.h>

/* An opaque colour from 0xRRGGBB. */
static wr_color rgb(unsigned v)
{
    return (wr_color){(uint8_t)(v >> 16), (uint8_t)(v >> 8), (uint8_t)v, 255};
}

/* A colour from 0xRRGGBB with alpha a. */
static wr_color rgba(unsigned v, uint8_t a)
{
    wr_color c = rgb(v);
    c.a = a;
    return c;
}

/* The calm clinic theme. */
static void normal(wr_theme *t)
{
    t->bg = rgb(0xF6F2EB);
    t->bar = rgb(0xEAE4DA);
    t->bar_line = rgb(0xD3CABB);
    t->panel = rgb(0xEFEAE1);
    t->panel_line = rgb(0xD3CABB);
    t->text = rgb(0x1B2830);
    t->muted = rgb(0x3B4750);
    t->accent = rgb(0x0A5561);
    t->on_accent = rgb(0xFFFFFF);
    t->accent_text = rgb(0x08434D);
    t->bubble = rgb(0xFFFFFF);
    t->bubble_line = rgb(0xDDD5C8);
    t->now_line = rgb(0x6E9EA6);
    t->patient = rgb(0xD4EAE9);
    t->patient_text = rgb(0x0E2F35);
    t->button = rgb(0xFFFFFF);
    t->button_line = rgb(0x0A5561);
    t->second = rgb(0xFBF9F5);
    t->second_line = rgb(0x7D7467);
    t->disabled = rgb(0xE6E1D9);
    t->disabled_text = rgb(0x5F6368);
    t->focus = rgb(0xB4470C);
    t->urgent = rgb(0x9E1C1C);
    t->on_urgent = rgb(0xFFFFFF);
    t->field = rgb(0xFFFFFF);
    t->field_line = rgb(0x3B4750);
    t->card = rgb(0xFFFFFF);
    t->card_line = rgb(0xC9BFAF);
    t->shade = rgba(0x0A5561, 64);
    t->thumb = rgba(0x3B4750, 150);
    t->today_edge = rgb(0x7A4A00);
    t->today_fill = rgb(0xFFF3DC);
    t->urgent_edge = rgb(0x9E1C1C);
    t->urgent_fill = rgb(0xFBEAEA);
    t->on_sign = rgb(0xFFFFFF);
}

/* White and yellow on black. */
static void high_contrast(wr_theme *t)
{
    t->bg = rgb(0x000000);
    t->bar = rgb(0x000000);
    t->bar_line = rgb(0xFFFFFF);
    t->panel = rgb(0x000000);
    t->panel_line = rgb(0xFFFFFF);
    t->text = rgb(0xFFFFFF);
    t->muted = rgb(0xFFFFFF);
    t->accent = rgb(0xFFE600);
    t->on_accent = rgb(0x000000);
    t->accent_text = rgb(0xFFE600);
    t->bubble = rgb(0x000000);
    t->bubble_line = rgb(0xFFFFFF);
    t->now_line = rgb(0xFFE600);
    t->patient = rgb(0x00303A);
    t->patient_text = rgb(0xFFFFFF);
    t->button = rgb(0x000000);
    t->button_line = rgb(0xFFE600);
    t->second = rgb(0x000000);
    t->second_line = rgb(0xFFFFFF);
    t->disabled = rgb(0x000000);
    t->disabled_text = rgb(0xA0A0A0);
    t->focus = rgb(0x00E5FF);
    t->urgent = rgb(0xFFE600);
    t->on_urgent = rgb(0x000000);
    t->field = rgb(0x000000);
    t->field_line = rgb(0xFFFFFF);
    t->card = rgb(0x000000);
    t->card_line = rgb(0xFFFFFF);
    t->shade = rgba(0xFFFFFF, 80);
    t->thumb = rgba(0xFFFFFF, 200);
    t->today_edge = rgb(0xFFFFFF);
    t->today_fill = rgb(0x000000);
    t->urgent_edge = rgb(0xFFE600);
    t->urgent_fill = rgb(0x000000);
    t->on_sign = rgb(0x000000);
}

/* Fills t for the normal or the high-contrast theme. */
void wr_ui_theme(wr_theme *t, bool hc)
{
    if (hc)
        high_contrast(t);
    else
        normal(t);
}

/* Rounds v to the nearest integer, never below lo. */
static int at_least(double v, int lo)
{
    int r = (int)lround(v);
    return r < lo ? lo : r;
}

/* Sizes for a w x h screen. Everything follows the body text, which follows the shorter
 * side of the screen: 40 px at 1080, never below 22 px; larger text is 1.35 times. */
void wr_ui_sizes(wr_sizes *s, int w, int h, bool large)
{
    double k = (w < h ? w : h) / 1080.0;
    s->body = at_least(40 * k, 22);
    s->picture = s->body * 14;
    if (large)
        s->body = at_least(s->body * 1.35, 30);
    s->small = at_least(s->body * 0.8, 20);
    s->title = at_least(s->body * 1.2, 26);
    s->big = at_least(s->body * 1.6, 32);
    s->key = s->body;
    s->pad = at_least(s->body * 0.6, 10);
    s->gap = at_least(s->body * 0.3, 6);
    s->margin = at_least(s->body * 0.6, 12);
    s->radius = at_least(s->body * 0.4, 8);
    s->target = at_least(52 * k, 44);
    s->button_h = at_least(s->body * 2.2, s->target);
    s->nav_h = at_least(s->body * 1.7, s->target);
    s->line = at_least(3 * k, 2);
    s->ring = at_least(5 * k, 3);
    s->corner = at_least(72 * k, 48);
    int col = (int)lround(s->body * 34.0);
    s->column = w - 2 * s->margin < col ? w - 2 * s->margin : col;
}
