/*
 * flow.h -- the patient's way through a pack: which screen shows, what each tap does,
 * red flags, the idle wipe, the urgent interrupt. Pure C11: no SDL, no Lua, no clock of its
 * own: every call carries 'now' in milliseconds, so tests drive time.
 *
 * One wr_flow owns one wr_session. The packs (one per language) are borrowed and must
 * outlive the flow, or be swapped with wr_flow_set_packs().
 */
#ifndef WR_FLOW_H
#define WR_FLOW_H

#include <stdbool.h>
#include <stdint.h>

#include "pack.h"
#include "screen.h"
#include "session.h"

#define WR_PIN_TRIES 5 /* wrong staff PINs in a row before the PIN locks */

typedef struct wr_flow wr_flow;

/* The one source of the time defaults, in seconds: the flow's own (wr_flow_config_defaults)
 * and the kiosk configuration's (idle_seconds, countdown_seconds, end_seconds). */
#define WR_FLOW_IDLE_SECONDS 90
#define WR_FLOW_COUNTDOWN_SECONDS 30
#define WR_FLOW_MIN_COUNTDOWN_SECONDS 20 /* the countdown is never shorter */
#define WR_FLOW_END_SECONDS 20
#define WR_FLOW_ERROR_SECONDS 60
#define WR_FLOW_ALERT_REPEAT_SECONDS 180 /* an urgent screen still up re-alerts this often */

typedef struct wr_flow_config {
    uint32_t idle_ms;        /* no input for this long: "Are you still there?" (90 s) */
    uint32_t countdown_ms;   /* then this long before the wipe (at least 20 s) */
    uint32_t end_ms;         /* the thank-you screen returns to attract after this (20 s) */
    uint32_t error_ms;       /* the error screen returns to attract after this (60 s) */
    char staff_pin[16];      /* digits; empty means staff PIN entry is disabled; after
                                WR_PIN_TRIES wrong PINs in a row it locks, 30 s doubling */
    char desk_code[16];      /* digits: a shorter code that clears an urgent screen only */
    uint32_t alert_repeat_ms; /* an urgent screen still up re-alerts this often; 0 never */
    const char *safety_net;  /* optional: overrides the pack's safety-net words */
    const char *emergency_number; /* optional: {emergency} in pack text (borrowed) */
    const char *crisis_line; /* optional: {crisis_line} in pack text (borrowed) */
} wr_flow_config;

/* Fills 'cfg' with the defaults above (alert repeat: 3 minutes). */
void wr_flow_config_defaults(wr_flow_config *cfg);

/* A flow at the attract screen over 'packs' (n >= 1; index 0 is the default language), or
 * NULL when out of memory. Free with wr_flow_destroy(), which wipes the session. */
wr_flow *wr_flow_create(wr_pack **packs, int n, const wr_flow_config *cfg);
void wr_flow_destroy(wr_flow *flow);

/* Replaces the packs (after a reload): wipes the session and returns to attract. */
void wr_flow_set_packs(wr_flow *flow, wr_pack **packs, int n);

/* A tap on a control: the action and argument of the control. Returns 0, or -1 when the
 * action is not valid on this screen (nothing changes). */
int wr_flow_act(wr_flow *flow, wr_action action, int arg, uint32_t now);

/* Any input at all (even a scroll): restarts the idle timer. */
void wr_flow_touch(wr_flow *flow, uint32_t now);

/* Lets time pass: idle warning, countdown, wipe, end and error timeouts. Returns 1 when
 * the screen changed. */
int wr_flow_tick(wr_flow *flow, uint32_t now);

/* Milliseconds from 'now' until wr_flow_tick() has something to do; -1 for never. The
 * event loop sleeps this long at most. */
int32_t wr_flow_next_deadline(const wr_flow *flow, uint32_t now);

/* The screen to show. Valid until the next call that changes the flow. */
const wr_screen *wr_flow_screen(const wr_flow *flow);

/* A script failure at run time (a custom condition failed): shows the error screen. The
 * message is for staff and is returned by wr_flow_last_error(). */
void wr_flow_fail(wr_flow *flow, const char *msg);
const char *wr_flow_last_error(const wr_flow *flow);

/* A reload was refused (the new pack has problems): the pack in use stays, and staff see
 * 'msg' on the staff menu. */
void wr_flow_refuse(wr_flow *flow, const char *msg);

/* Shows the error screen from the start, for a pack that did not load. */
void wr_flow_broken(wr_flow *flow, const char *msg);

/* What the flow wants printed. */
typedef enum wr_print_what {
    WR_PRINT_NOTHING,
    WR_PRINT_THE_LIST,   /* the patient's list (wr_flow_list_sections) */
    WR_PRINT_HANDOUT,    /* pack handout 'handout', 'copies' times */
    WR_PRINT_SLIP        /* a slip for the desk: the clinician words of flags at 'level' */
} wr_print_what;

typedef struct wr_print_request {
    wr_print_what what;
    int handout, copies;
    wr_level level;
} wr_print_request;

/* Printing, driven by the kiosk: returns 1 and fills 'out' once per request. For the list
 * and handouts the screen shows "Printing..." until wr_flow_print_done(ok); slips print
 * quietly (no report needed). */
int wr_flow_take_print(wr_flow *flow, wr_print_request *out);
void wr_flow_print_done(wr_flow *flow, int ok, uint32_t now);

/* Slips for the desk (both on unless the configuration turns them off). */
void wr_flow_set_slips(wr_flow *flow, bool urgent, bool today);

/* A staff alert the kiosk must raise (chime, journal line): an urgent screen appeared
 * ('repeat' false; its slip is a separate print request) or is still showing after the
 * alert repeat time ('repeat' true). 'flag_id' is the pack's code for the flag (borrowed,
 * valid until the packs change); never any answer. */
typedef struct wr_alert {
    const char *flag_id;
    bool repeat;
} wr_alert;

/* Returns 1 and fills 'out' once per alert due, else 0. */
int wr_flow_take_alert(wr_flow *flow, wr_alert *out);

/* True while an urgent screen is up (also under the staff code pad): not yet cleared. */
bool wr_flow_urgent_showing(const wr_flow *flow);

/* The clinician words of every flag raised at 'level', into out[0..max); returns how many.
 * The strings belong to the pack. */
int wr_flow_flag_words(const wr_flow *flow, wr_level level, const char **out, int max);

/* Staff menu outcomes the kiosk must carry out: 1 reload, 2 quit, WR_STAFF_EXTRA + i for
 * the kiosk's own item i, 0 nothing. Reading clears it. */
int wr_flow_staff_request(wr_flow *flow);

#define WR_STAFF_EXTRA 100
#define WR_STAFF_MAX_LINES 12
#define WR_STAFF_MAX_ITEMS 8

/* The kiosk's own part of the staff menu: status lines (the version, the printer, a
 * configuration problem...) shown under the pack's, and items (print a test page, restart
 * the kiosk...) shown as buttons before "Quit". Both are copied; at most
 * WR_STAFF_MAX_LINES and WR_STAFF_MAX_ITEMS. Never pass patient data. */
void wr_flow_set_staff_extras(wr_flow *flow, const char *const *lines, int n_lines,
                              const char *const *items, int n_items);

/* The same flags as "code: clinician words" lines, for slips and the list's "For staff"
 * box; with 'combined', a combination flag also names (in brackets) the answers it
 * combined. The strings live until the next screen change. */
int wr_flow_staff_lines(const wr_flow *flow, wr_level level, bool combined, const char **out,
                        int max);

/* The current list as printed (flags, questions, notes, "For staff", safety net) as
 * sections, and as plain text (malloc'd; the caller frees it with wr_wipe_str() of wipe.h). */
int wr_flow_list_sections(const wr_flow *flow, wr_section *out, int max);

/* The same sections, with 'kinds' (one per section) saying what each holds, for the
 * printout's styles. 'max' must leave room for the safety nets (WR_SCREEN_MAX_SECTIONS). */
int wr_flow_list_kinds(const wr_flow *flow, wr_section *out, wr_section_kind *kinds, int max);

/* The printout's summary for the clinician ("2 things to check today, 4 questions, 3 notes"),
 * in the pack's language, counted from sections and kinds of wr_flow_list_kinds(); "" when
 * the list holds none of them. Valid until the flow next changes. */
const char *wr_flow_list_summary(const wr_flow *flow, const wr_section *sec,
                                 const wr_section_kind *kinds, int n);

/* The date in words in the pack's language ("3 December 2026", "3 de diciembre de 2026"),
 * from its words print_date and month_1..12; month is 1 to 12. Valid until the flow next
 * changes. */
const char *wr_flow_date_words(const wr_flow *flow, int year, int month, int day);
char *wr_flow_list_text(const wr_flow *flow);

/* The highest flag level raised so far: 0 urgent, 1 today, 2 mention, -1 none. */
int wr_flow_flag_level(const wr_flow *flow);

/* True once the patient chose Read aloud in this visit (WR_ACT_SPEAK): every new screen may
 * then be read, and the idle countdown runs twice as long. Cleared when the visit ends. */
bool wr_flow_read_aloud(const wr_flow *flow);

/* A line shown on the staff menu (e.g. "Sound: off (--no-audio)"); copied. */
void wr_flow_set_staff_note(wr_flow *flow, const char *note);

const wr_session *wr_flow_session(const wr_flow *flow);
const wr_pack *wr_flow_pack(const wr_flow *flow);
int wr_flow_language(const wr_flow *flow);

#endif
