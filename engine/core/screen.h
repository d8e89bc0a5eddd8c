/*
 * screen.h -- what the patient sees, as plain data. engine/core fills a wr_screen after
 * every action; engine/ui lays it out and draws it; the drive mode reads it.
 * Pure C11. Every string is borrowed from the pack or the session and stays valid until
 * the next call that changes the flow (wr_flow_act, wr_flow_tick, wr_flow_set_*).
 */
#ifndef WR_SCREEN_H
#define WR_SCREEN_H

#include <stdbool.h>

typedef enum wr_screen_kind {
    WR_SCREEN_ATTRACT,   /* "Touch to start", language choice */
    WR_SCREEN_SCENE,     /* the kiosk's words and choices (or Next) */
    WR_SCREEN_QUESTION,  /* one question with its reply controls */
    WR_SCREEN_PICK,      /* pick_prompts: the question-list builder */
    WR_SCREEN_LIST,      /* show_list: the preview of the printout */
    WR_SCREEN_END,       /* thank you, then the attract screen */
    WR_SCREEN_URGENT,    /* "Please go to the front desk now" */
    WR_SCREEN_IDLE,      /* "Are you still there?" with a countdown */
    WR_SCREEN_ERROR,     /* "Sorry - please ask at the desk" */
    WR_SCREEN_STAFF,     /* PIN entry, then the staff menu */
    WR_SCREEN_PRINTING   /* "Printing..." and its outcome */
} wr_screen_kind;

/* What a control does when tapped: passed back to wr_flow_act(action, arg). */
typedef enum wr_action {
    WR_ACT_NONE,
    WR_ACT_START,        /* attract: touch to start */
    WR_ACT_CHOICE,       /* arg: index into the screen's choice list */
    WR_ACT_OPTION,       /* arg: option index (single answers at once; multiple toggles) */
    WR_ACT_SCALE,        /* arg: the number */
    WR_ACT_NEXT,
    WR_ACT_SKIP,
    WR_ACT_BACK,
    WR_ACT_RESTART,      /* Start over */
    WR_ACT_LARGER,       /* larger text toggle */
    WR_ACT_CONTRAST,     /* high contrast toggle */
    WR_ACT_LANGUAGE,     /* arg: language index; -1 cycles to the next language */
    WR_ACT_KEY,          /* arg: a Unicode code point typed on the on-screen keyboard */
    WR_ACT_BACKSPACE,
    WR_ACT_SHIFT,
    WR_ACT_PROMPT,       /* arg: prompt index, toggles it on the list */
    WR_ACT_TYPE_OWN,     /* pick: open the keyboard for a question of one's own */
    WR_ACT_REMOVE_OWN,   /* arg: index of a typed question to remove */
    WR_ACT_STILL_HERE,   /* idle warning: carry on */
    WR_ACT_TOLD_STAFF,   /* urgent: the patient has told the desk */
    WR_ACT_STAFF,        /* open the staff PIN entry (hidden corner hold) */
    WR_ACT_PIN_DIGIT,    /* arg: 0..9 */
    WR_ACT_PIN_CLEAR,
    WR_ACT_STAFF_RESUME, /* staff menu: back to the patient */
    WR_ACT_STAFF_RELOAD, /* staff menu: reload scripts */
    WR_ACT_STAFF_QUIT,   /* staff menu: quit the kiosk */
    WR_ACT_PRINT,        /* list: print my list */
    WR_ACT_DONE,         /* end / error / printing: back to the attract screen */
    WR_ACT_SPEAK,        /* read aloud */
    WR_ACT_STAFF_HANDOUTS, /* staff menu: the handouts */
    WR_ACT_HANDOUT,      /* arg: handout index (staff: choose it; patient: print it) */
    WR_ACT_MORE,         /* one more copy */
    WR_ACT_FEWER,        /* one copy fewer */
    WR_ACT_STAFF_EXTRA,  /* staff menu: arg: one of the kiosk's own items (flow.h) */
    WR_ACT_STAFF_SIGNOFF, /* staff menu: the decisions a clinical lead signs off */
    WR_ACT_ONE_BY_ONE,   /* group: "Not sure about one": ask its questions one by one */
    WR_ACT_GROUP_PRIVATE, /* group: "I'd rather tell someone in private" to each question */
    WR_ACT_SHOW_HISTORY  /* the collapsed earlier answers: show them again */
} wr_action;

/* How a control should look; the UI decides the sizes. */
typedef enum wr_role {
    WR_ROLE_PRIMARY,     /* the main way forward: Next, Start, I'm still here */
    WR_ROLE_REPLY,       /* a choice or an answer option: big, full width */
    WR_ROLE_SECONDARY,   /* Skip, Remove... */
    WR_ROLE_SCALE,       /* a number of a 0..10 scale: one square each, in one row */
    WR_ROLE_KEY,         /* an on-screen keyboard key; 'row' says which row */
    WR_ROLE_NAV,         /* the top bar: Back, Start over, Larger text, Contrast, Language */
    WR_ROLE_HEADING      /* a small heading between reply buttons (a topic); not tappable */
} wr_role;

typedef struct wr_control {
    wr_role role;
    const char *label;
    wr_action action;
    int arg;
    bool selected;       /* ticked (multiple), chosen (single/scale), toggle on */
    bool disabled;       /* shown greyed out, not tappable */
    int row;             /* WR_ROLE_KEY: keyboard row 0..n; else 0 */
    int span;            /* WR_ROLE_KEY: width in key units (space bar is wide); 0 = 1 */
} wr_control;

/* A part of the screen read aloud, to mark it while it is being read. */
typedef enum wr_part_kind {
    WR_PART_NONE,
    WR_PART_TITLE,
    WR_PART_PARA,    /* index: into paras */
    WR_PART_CONTROL  /* index: into controls */
} wr_part_kind;

typedef struct wr_part {
    wr_part_kind kind;
    int index;
} wr_part;

/* One turn of the conversation history, shown as a speech bubble. */
typedef struct wr_bubble {
    bool patient;        /* the patient's answer (right side) or the kiosk's words (left) */
    const char *text;
} wr_bubble;

/* How a paragraph or a section is set apart (the pack's say { card = ..., heading = ... },
 * or the engine's own safety messages). */
typedef enum wr_look {
    WR_LOOK_PLAIN,
    WR_LOOK_HEADING, /* the key message of a screen, as a heading */
    WR_LOOK_TODAY,   /* a care card: tell the staff today */
    WR_LOOK_URGENT   /* a care card: get help straight away */
} wr_look;

/* What a section of the list holds (wr_flow_list_kinds); the printout styles each kind. */
typedef enum wr_section_kind {
    WR_SECTION_OTHER,     /* a handout's or a slip's text */
    WR_SECTION_TODAY,     /* flags for today: "Please tell the staff today" */
    WR_SECTION_MENTION,   /* "Things I need to tell my clinician" */
    WR_SECTION_QUESTIONS, /* picked and typed questions */
    WR_SECTION_NOTES,     /* notes for the clinician */
    WR_SECTION_SAFETY,    /* the safety net everyone gets, and each safety_net that holds */
    WR_SECTION_STAFF      /* "For staff": flag codes and clinician words (printout only) */
} wr_section_kind;

/* A titled group of lines, for the list preview and the printout. */
typedef struct wr_section {
    const char *title;
    const char **lines;
    int n_lines;
} wr_section;

#define WR_SCREEN_MAX_CONTROLS 96
#define WR_SCREEN_MAX_NAV 6
#define WR_SCREEN_MAX_PARAS 16
#define WR_SCREEN_MAX_SECTIONS 12

typedef struct wr_screen {
    wr_screen_kind kind;
    const char *name;          /* "attract", "scene", "question", "list", "urgent", ... */
    const char *scene_id;      /* the script scene shown, or NULL */
    const char *question_id;   /* the question shown, or NULL */
    const char *const *group;  /* a group screen ("group"): its questions' ids, else NULL */
    int n_group;

    const wr_bubble *history;  /* earlier turns, oldest first */
    int n_history;
    int n_hidden;              /* history[0..n_hidden) is collapsed (after an idle warning)
                                * behind a button 'history_label' (WR_ACT_SHOW_HISTORY) */
    const char *history_label; /* "Earlier answers - tap to show" */

    const char *title;         /* a large heading (attract, urgent, idle, error), or NULL */
    const char *paras[WR_SCREEN_MAX_PARAS]; /* the kiosk's current turn */
    int n_paras;
    bool para_private[WR_SCREEN_MAX_PARAS]; /* marked private = true in the pack: read aloud
                                             * only through headphones */
    wr_look para_look[WR_SCREEN_MAX_PARAS]; /* a heading, or a line of a care card: a run
                                             * of paragraphs of one card look make one card,
                                             * the first its heading; lines after a heading
                                             * ending in ':' (or after a line break in the
                                             * first paragraph) are its bullets */
    int focus_para;            /* the first paragraph of what the patient must see whole
                                * when the screen opens (the question after its lead-in);
                                * on a page of words, the title and that one paragraph */
    const char *picture;       /* an illustration name for this turn, or NULL */
    const char *scale_low, *scale_high; /* words under the two ends of a scale */
    const char *progress;      /* QUESTION in a run of questions: "Question 6 of 22", or NULL */

    const char *field;         /* TYPED: the text typed so far (may be ""), else NULL */
    const char *field_hint;    /* e.g. "12 of 200 letters" */

    wr_section sections[WR_SCREEN_MAX_SECTIONS]; /* LIST: the preview */
    wr_look section_look[WR_SCREEN_MAX_SECTIONS]; /* TODAY, URGENT: shown as a care card */
    int n_sections;

    wr_control controls[WR_SCREEN_MAX_CONTROLS]; /* the reply panel, in order */
    int n_controls;
    wr_control nav[WR_SCREEN_MAX_NAV];           /* the top bar; empty on some screens */
    int n_nav;

    int countdown;             /* IDLE: seconds left; else -1 */
    wr_part reading;           /* read aloud: the part being read now (set by the kiosk) */
    const char *banner;        /* preview only: problems in the edited pack, drawn over the
                                * screen (the last good one); NULL when there are none */
    bool large_text;
    bool high_contrast;
    const char *language;      /* the pack language code, e.g. "en" */
    bool rtl;                  /* the language is written right to left: mirror the layout */
} wr_screen;

#endif
