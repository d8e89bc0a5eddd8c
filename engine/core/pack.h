/*
 * pack.h -- a script pack as plain data: scenes, questions, red flags, prompts, notes.
 * Pure C11: knows nothing of SDL, fonts or Lua. engine/lua fills it from clinic scripts;
 * engine/core reads it. One pack is one language; a wr_packset holds every language of a
 * clinic's pack, sharing ids, so a patient can switch language without losing answers.
 *
 * Ownership: everything reachable from a wr_pack is owned by it (strings are heap copies)
 * and released by wr_pack_destroy(). Arrays grow with wr_pack_* helpers in pack.c.
 */
#ifndef WR_PACK_H
#define WR_PACK_H

#include <stdbool.h>
#include <stddef.h>

/* Where a thing was written, for messages to staff ("scripts/en/safety.lua:12"). */
typedef struct wr_srcpos {
    const char *file; /* interned in the pack's file table; never freed separately */
    int line;
} wr_srcpos;

/* ---- conditions ------------------------------------------------------------------ */

typedef enum wr_cond_kind {
    WR_COND_TRUE,     /* always holds */
    WR_COND_ANSWERED, /* question answered, with one of 'options' if any are given */
    WR_COND_AT_LEAST, /* scale answer >= number */
    WR_COND_AT_MOST,  /* scale answer <= number */
    WR_COND_ANY,      /* any child holds */
    WR_COND_ALL,      /* every child holds */
    WR_COND_NONE,     /* no child holds */
    WR_COND_VISITED,  /* the scene 'name' has been shown */
    WR_COND_CUSTOM    /* a script function, evaluated through wr_pack.custom_eval */
} wr_cond_kind;

typedef struct wr_cond wr_cond;
struct wr_cond {
    wr_cond_kind kind;
    char *name;          /* question id (ANSWERED, AT_*) or scene id (VISITED) */
    char **options;      /* ANSWERED: option ids (or default-language words) as written */
    int *option_index;   /* ANSWERED: resolved by wr_pack_resolve(); -1 when unknown */
    int n_options;
    int number;          /* AT_LEAST, AT_MOST */
    wr_cond **kids;      /* ANY, ALL, NONE */
    int n_kids;
    int ref;             /* CUSTOM: an id that custom_eval understands */
    wr_srcpos pos;
};

/* ---- questions --------------------------------------------------------------------- */

typedef enum wr_qkind { WR_Q_SINGLE, WR_Q_MULTIPLE, WR_Q_SCALE, WR_Q_TYPED } wr_qkind;

typedef struct wr_question {
    char *id;
    char *text;
    char *hint;          /* optional smaller line under the question, or NULL */
    char *brief;         /* short = "...": its line on a group screen (ask_group), or NULL */
    wr_qkind kind;
    char **options;      /* SINGLE, MULTIPLE: the words shown, in this pack's language */
    char **option_ids;   /* SINGLE, MULTIPLE: the same options' ids, in every language */
    int n_options;
    int scale_min, scale_max; /* SCALE */
    char *low, *high;    /* SCALE: words for the two ends, or NULL */
    int max_len;         /* TYPED: most characters (code points) accepted */
    bool required;       /* no Skip button */
    bool private;        /* read aloud only through headphones (CONTENT.md 1.5) */
    wr_srcpos pos;
} wr_question;

/* ---- scenes ------------------------------------------------------------------------ */

#define WR_GROUP_MAX 8 /* questions on one ask_group screen, at most */

typedef enum wr_step_kind {
    WR_STEP_SAY,          /* text: one paragraph of the kiosk's turn */
    WR_STEP_ASK,          /* question: its own screen */
    WR_STEP_CHOICE,       /* label + go: a button on the scene's last screen */
    WR_STEP_PICK_PROMPTS, /* max: the question-list builder screen */
    WR_STEP_SHOW_LIST,    /* the list preview screen */
    WR_STEP_JUMP,         /* go, if 'when' holds when reached: no screen of its own */
    WR_STEP_PICTURE,      /* name: an illustration shown with the next screen */
    WR_STEP_SLIP,         /* the safety part is over: a "today" slip prints now if due */
    WR_STEP_ASK_GROUP     /* text + items: Yes/No questions on one screen, a tick each */
} wr_step_kind;

typedef struct wr_step {
    wr_step_kind kind;
    char *text;          /* SAY text, CHOICE label, PICTURE name */
    char *question;      /* ASK: question id */
    char **items;        /* ASK_GROUP: the question ids, in order (each Yes/No, with short) */
    wr_cond **item_when; /* ASK_GROUP: each question's own condition (NULL: always) */
    int n_items;
    char *go;            /* CHOICE, JUMP: scene id or "@end" */
    wr_cond *when;       /* optional for every step: the step is skipped unless it holds */
    int max;             /* PICK_PROMPTS: most prompts a patient may pick (default 5) */
    int max_typed;       /* PICK_PROMPTS: most typed questions of their own (default 3) */
    int look;            /* SAY: a wr_look (card = "today" / "urgent", heading = true) */
    wr_srcpos pos;
} wr_step;

typedef struct wr_scene {
    char *id;
    wr_step *steps;
    int n_steps;
    char *go;            /* where Next leads after the last screen; NULL = "@end" */
    wr_srcpos pos;
} wr_scene;

/* ---- red flags, prompts, notes ----------------------------------------------------- */

typedef enum wr_level { WR_LEVEL_URGENT, WR_LEVEL_TODAY, WR_LEVEL_MENTION } wr_level;

#define WR_COMBINES_MAX 12 /* flags one combination may list */

typedef struct wr_flag {
    char *id;
    wr_cond *when;
    wr_level level;
    char *patient;       /* plain words for the patient (urgent screen, list) */
    char *clinician;     /* words for staff (slips, printout) */
    bool private;        /* read aloud only through headphones */
    bool topic_free;     /* no_topic = true: the urgent screen names no topic ("Please go
                          * to the desk now and ask to talk privately") */
    char **combines;     /* ids of the flags this one may combine, or NULL: the list and
                          * the staff box name the raised ones, and the list does not
                          * repeat them lower down */
    int n_combines;
    wr_srcpos pos;
} wr_flag;

typedef struct wr_prompt {
    char *id;
    char *text;
    char *topic;         /* a heading to group by, or NULL */
    wr_cond *suggest;    /* suggested (ticked, shown first) when this holds, or NULL */
    wr_srcpos pos;
} wr_prompt;

#define WR_MAX_SUGGESTED 3 /* suggested prompts ticked at most */

typedef struct wr_note {
    char *id;
    wr_cond *when;
    char *text;          /* may contain {answer:question_id}, replaced by the answer */
    wr_srcpos pos;
} wr_note;

/* Warning signs that depend on the answers (safety_net "id" { ... }): a care card on the
 * list, the printout and the last screen, after the safety net everyone gets
 * (ui.safety_net), when 'when' holds (always when NULL). */
#define WR_NET_MAX 4       /* safety_net blocks in a pack */
#define WR_NET_MAX_SIGNS 8 /* lines of one */

typedef struct wr_safety_net {
    char *id;
    wr_cond *when;
    char *title;         /* the lead-in: "Get help straight away if any of these start:" */
    char **signs;        /* one warning sign a line (bullets) */
    int n_signs;
    char *action;        /* what to do then ("...call {emergency}"), or NULL */
    wr_srcpos pos;
} wr_safety_net;

/* A handout staff can print (and a patient can ask for at the end): either text laid out
 * by the document engine (paras; a para starting "## " is a heading), or a PDF file shipped
 * in the pack folder (file, relative to the language folder), printed as it is. */
typedef struct wr_handout {
    char *id;
    char *title;
    char *file;          /* a PDF in the pack, or NULL */
    char **paras;        /* text handout, or NULL */
    int n_paras;
    char *path;          /* file resolved to a full path by the loader, or NULL */
    char **pictures;     /* picture "name" among the paragraphs: the screens' pictures */
    int *picture_at;     /* ... each before paragraph picture_at[k] (n_paras: at the end) */
    int n_pictures;
    wr_srcpos pos;
} wr_handout;

/* Words the engine itself shows (buttons, attract screen...), overridable per language
 * with ui { key = "text" } in a script. Keys are listed in wr_ui_text_keys[]. */
typedef struct wr_uitext {
    char *key;
    char *text;
} wr_uitext;

/* ---- the pack ---------------------------------------------------------------------- */

typedef struct wr_pack wr_pack;

/* Evaluates a CUSTOM condition: 1 holds, 0 does not, -1 the script failed (message
 * written to 'err', at most 'errlen' bytes). 'session' is a wr_session *. */
typedef int (*wr_custom_eval_fn)(void *ud, int ref, const void *session, char *err,
                                 size_t errlen);

struct wr_pack {
    char *title, *language, *version;
    char *language_name;    /* e.g. "English", "Español": shown on the language button */
    bool rtl;               /* the language is written right to left (Arabic, Hebrew...) */
    char *reviewed_by, *reviewed_on;
    char **sign_off;        /* the decisions a clinical lead signs off (the staff menu lists them) */
    int n_sign_off;
    char *start;            /* first scene after the attract screen */
    wr_scene *scenes;       int n_scenes;
    wr_question *questions; int n_questions;
    wr_flag *flags;         int n_flags;
    wr_prompt *prompts;     int n_prompts;
    wr_note *notes;         int n_notes;
    wr_safety_net *nets;    int n_nets;
    wr_handout *handouts;   int n_handouts;
    wr_uitext *uitext;      int n_uitext;
    wr_uitext *sayas;       int n_sayas;   /* pronounce { }: key as written, text as said */
    char **files;           int n_files;  /* interned file names for wr_srcpos */
    wr_custom_eval_fn custom_eval;
    void *custom_ud;
};

/* A new empty pack, or NULL when out of memory. Free with wr_pack_destroy(). */
wr_pack *wr_pack_create(void);

/* Frees the pack and everything it owns. NULL does nothing. */
void wr_pack_destroy(wr_pack *pack);

/* Interns a file name; the returned pointer lives as long as the pack. NULL on OOM. */
const char *wr_pack_intern_file(wr_pack *pack, const char *file);

/* Lookups by id: an index, or -1 when there is no such thing. */
int wr_pack_find_scene(const wr_pack *pack, const char *id);
int wr_pack_find_question(const wr_pack *pack, const char *id);
int wr_pack_find_prompt(const wr_pack *pack, const char *id);
int wr_pack_find_flag(const wr_pack *pack, const char *id);
int wr_pack_find_option(const wr_question *q, const char *name);

/* The engine's word for 'key' in this pack's language: the pack's override if any, else
 * the built-in English. Never NULL for a known key. */
const char *wr_pack_ui(const wr_pack *pack, const char *key);

/* The built-in English words (every key the engine uses); *n receives the count. */
const wr_uitext *wr_pack_builtin_ui(int *n);

/* Resolves option labels in every condition to indices. Reports each unknown scene,
 * question or option through 'report' (file, line, message) and returns the number of
 * problems found (0 when the pack is sound). 'report' may be NULL. */
typedef void (*wr_report_fn)(void *ud, const wr_srcpos *pos, const char *msg);
int wr_pack_resolve(wr_pack *pack, wr_report_fn report, void *ud);

/* True when any condition of the pack is a script function (which can keep state of its
 * own between visits, so the kiosk starts such a pack afresh after each visit). */
bool wr_pack_has_functions(const wr_pack *pack);

/* Allocation helpers used by the loader; each returns 0 or -1 on OOM. */
wr_cond *wr_cond_new(wr_cond_kind kind);
void wr_cond_free(wr_cond *c);
char *wr_strdup(const char *s);

#endif
