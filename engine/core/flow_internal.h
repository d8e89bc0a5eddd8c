/*
 * flow_internal.h -- the parts of the flow shared by flow.c, pages.c, list.c and
 * keyboard.c. Not for use outside engine/core.
 */
#ifndef WR_FLOW_INTERNAL_H
#define WR_FLOW_INTERNAL_H

#include "flow.h"
#include "wipe.h"

#define MAX_STACK 256
#define MAX_PAGE_PARAS 12
#define MAX_CHOICES 24
#define EDIT_MAX 1024

/* ---- pages: what one screen of a scene holds --------------------------------------- */

typedef enum page_kind { PAGE_SAY, PAGE_ASK, PAGE_PICK, PAGE_LIST, PAGE_GROUP } page_kind;

typedef struct page {
    page_kind kind;
    int scene;                  /* index in the current pack */
    int start, end;             /* steps [start, end) make this page */
    const char *paras[MAX_PAGE_PARAS];
    int looks[MAX_PAGE_PARAS];  /* the say steps' wr_look */
    int n_paras;
    const char *picture;
    int question;               /* PAGE_ASK: index in pack->questions */
    int group;                  /* PAGE_GROUP, and PAGE_ASK of a group asked one by one: the
                                 * ask_group step's index; else -1 */
    int sub;                    /* one by one: the item asked (0..); the next page starts at
                                 * 'end' with item 'next_sub' */
    int next_sub;
    int pick_max, pick_typed;   /* PAGE_PICK */
    int choices[MAX_CHOICES];   /* step indices of the choices shown */
    int n_choices;
    bool final;                 /* the scene's last page: Next follows the scene's go */
} page;

typedef enum scan_result { SCAN_PAGE, SCAN_JUMP, SCAN_END, SCAN_ERROR } scan_result;

/* Where the patient has been: a scene (by id, so it survives a change of language), the
 * page's ordinal in it, and the choice tapped there (-1 for none). */
typedef struct wr_pos {
    char *scene;
    int ordinal;
    int choice;
} wr_pos;

typedef enum mode {
    M_ATTRACT, M_PAGE, M_URGENT, M_IDLE, M_ERROR, M_END, M_STAFF_PIN, M_STAFF_MENU,
    M_PRINTING, M_STAFF_HANDOUTS, M_STAFF_SIGNOFF
} mode;

struct wr_flow {
    wr_pack **packs;
    int n_packs, lang;
    wr_flow_config cfg;
    wr_session *session;

    mode mode, idle_return;     /* idle_return: the mode the idle warning covers */
    wr_pos cur;
    page page;                  /* the page at 'cur', valid in M_PAGE */
    wr_pos stack[MAX_STACK];
    int n_stack;
    int hide_below;             /* after an idle warning: the history of stack entries below
                                 * this is collapsed until the patient taps to show it */

    uint32_t now, last_input, idle_deadline, mode_deadline;
    int urgent_flag;            /* index of the urgent flag shown */
    bool urgent_asked;          /* the patient tapped "I have asked for help" */
    uint32_t alert_deadline;    /* when the urgent screen re-alerts */
    int alert_due;              /* 0 none, 1 a new urgent screen, 2 a repeat */
    char error[512];            /* a script failure during the current action */
    char last_error[512];       /* the last failure, for staff */
    bool broken;                /* the pack did not load: the error screen stays */
    bool large_text, high_contrast;
    bool read_aloud;            /* the patient chose Read aloud in this visit */
    char staff_note[200];       /* a line for the staff menu (the sound) */

    char edit[EDIT_MAX];        /* the typed text being edited */
    bool shift, typing_own;
    mode staff_return;
    char pin[16];
    bool pin_wrong;
    int pin_fails;              /* wrong PINs in a row (kept across visits) */
    bool pin_locked;            /* after WR_PIN_TRIES wrong PINs: locked until pin_until */
    uint32_t pin_until;
    int staff_request;
    int print_state;            /* 0 waiting, 1 printed, 2 failed */
    mode print_return;          /* where Next goes after printing */
    wr_print_what print_what;   /* what is printing */
    wr_print_request request;   /* waiting for the kiosk to take it */
    wr_print_request slip;      /* a slip waiting, apart from the request */
    bool slip_urgent, slip_today;
    int today_slipped;          /* how many today flags the last today slip carried */
    int handout, copies;        /* the staff handouts screen */
    char staff_lines[WR_STAFF_MAX_LINES][200]; /* the kiosk's own staff menu (flow.h) */
    char staff_items[WR_STAFF_MAX_ITEMS][80];
    int n_staff_lines, n_staff_items;

    wr_screen screen;
    wr_bubble history[64];
    wr_arena strings; /* the strings of the screen shown */
};

/* pages.c */
scan_result wr_page_at(wr_flow *f, int scene, int ordinal, page *out, const char **go);
bool wr_group_one_by_one(wr_flow *f, const wr_step *st);
bool wr_group_shows(wr_flow *f, const wr_step *st, int i);
void wr_group_expand(wr_flow *f, const wr_step *st);

/* flow.c */
bool wr_group_ticked(wr_flow *f, const wr_step *st, int i);
int wr_flow_eval(wr_flow *f, const wr_cond *c);

/* flow.c */
int wr_flow_suggested(wr_flow *f, int *out);

/* list.c */
int wr_list_build(wr_flow *f, wr_section *out, wr_section_kind *kinds, int max, bool staff);
int wr_list_net_paras(wr_flow *f, const char **out, int max);
const char *wr_fill(wr_flow *f, const char *text);

/* keyboard.c */
void wr_keyboard_controls(wr_flow *f, wr_screen *s);
int wr_keyboard_act(wr_flow *f, wr_action action, int arg, int max_len);
int wr_keyboard_count(const wr_flow *f);

/* urgent.c */
int wr_urgent_check(wr_flow *f);
int wr_urgent_act(wr_flow *f, wr_action action, int arg);
int wr_urgent_code_typed(const wr_flow *f);
bool wr_urgent_can_open_pad(const wr_flow *f);
int wr_urgent_tick(wr_flow *f, uint32_t now);
int32_t wr_urgent_deadline(const wr_flow *f, uint32_t now);
void wr_urgent_today_slip(wr_flow *f);
void wr_urgent_slip_steps(wr_flow *f, int scene, int from, int to);
bool wr_urgent_combined_away(wr_flow *f, int flag);
const char *wr_urgent_combined_words(wr_flow *f, const wr_flag *flag);

/* screen.c */
void wr_screen_build(wr_flow *f);
wr_control *wr_screen_add(wr_screen *s, wr_role role, const char *label, wr_action a, int arg);

const wr_pack *wr_flow_cur_pack(const wr_flow *f);

#endif
