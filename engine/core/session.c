/*
 * session.c -- one patient's answers, held in memory only and overwritten on release.
 * Uses only the C library.
 */
#include "session.h"
#include "wipe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { ANS_NONE, ANS_OPTIONS, ANS_NUMBER, ANS_TEXT, ANS_SEEN } ans_kind;

typedef struct answer {
    char *qid;
    ans_kind kind;
    unsigned long long options; /* bit i: option i chosen (64 options at most) */
    int number;
    char *text;
} answer;

struct wr_session {
    answer *answers;
    int n_answers, cap_answers;
    char **visited;
    int n_visited;
    char **prompts;
    int n_prompts;
    char *own[WR_SESSION_MAX_OWN];
    int n_own;
    bool suggested; /* the suggested prompts were ticked for the patient once */
};


/* A new empty session owned by the caller, or NULL when out of memory. */
wr_session *wr_session_create(void)
{
    return calloc(1, sizeof(wr_session));
}

/* Overwrites every answer and forgets it. */
void wr_session_wipe(wr_session *s)
{
    for (int i = 0; i < s->n_answers; i++) {
        wr_wipe_str(s->answers[i].qid);
        wr_wipe_str(s->answers[i].text);
    }
    if (s->answers) {
        memset(s->answers, 0, (size_t)s->cap_answers * sizeof *s->answers);
        free(s->answers);
    }
    for (int i = 0; i < s->n_visited; i++)
        wr_wipe_str(s->visited[i]);
    free(s->visited);
    for (int i = 0; i < s->n_prompts; i++)
        wr_wipe_str(s->prompts[i]);
    free(s->prompts);
    for (int i = 0; i < s->n_own; i++)
        wr_wipe_str(s->own[i]);
    memset(s, 0, sizeof *s);
}

/* True the first time it is asked in a visit (the suggested prompts are ticked then), false
 * after: a patient who unticks a suggestion and comes back keeps it unticked. */
bool wr_session_first_suggestion(wr_session *s)
{
    bool first = !s->suggested;
    s->suggested = true;
    return first;
}

/* Overwrites and frees the session. NULL does nothing. */
void wr_session_destroy(wr_session *s)
{
    if (!s)
        return;
    wr_session_wipe(s);
    free(s);
}

static answer *find(const wr_session *s, const char *qid)
{
    for (int i = 0; i < s->n_answers; i++)
        if (strcmp(s->answers[i].qid, qid) == 0)
            return &s->answers[i];
    return NULL;
}

/* The answer slot for 'qid', created empty when missing; NULL when out of memory. */
static answer *slot(wr_session *s, const char *qid)
{
    answer *a = find(s, qid);
    if (a)
        return a;
    if (s->n_answers == s->cap_answers) {
        int cap = s->cap_answers ? s->cap_answers * 2 : 16;
        answer *v = calloc((size_t)cap, sizeof *v);
        if (!v)
            return NULL;
        if (s->answers) {
            memcpy(v, s->answers, (size_t)s->n_answers * sizeof *v);
            memset(s->answers, 0, (size_t)s->cap_answers * sizeof *v);
            free(s->answers);
        }
        s->answers = v;
        s->cap_answers = cap;
    }
    a = &s->answers[s->n_answers];
    memset(a, 0, sizeof *a);
    a->qid = wr_strdup(qid);
    if (!a->qid)
        return NULL;
    s->n_answers++;
    return a;
}

static void reset(answer *a)
{
    wr_wipe_str(a->text);
    a->text = NULL;
    a->options = 0;
    a->number = 0;
    a->kind = ANS_NONE;
}

/* Records a single-choice answer. */
int wr_session_set_option(wr_session *s, const char *qid, int option)
{
    answer *a = slot(s, qid);
    if (!a || option < 0 || option > 63)
        return -1;
    reset(a);
    a->kind = ANS_OPTIONS;
    a->options = 1ULL << option;
    return 0;
}

/* Ticks or unticks one option of a multiple-choice answer. */
int wr_session_toggle_option(wr_session *s, const char *qid, int option)
{
    answer *a = slot(s, qid);
    if (!a || option < 0 || option > 63)
        return -1;
    if (a->kind != ANS_OPTIONS && a->kind != ANS_SEEN) {
        reset(a);
    }
    a->kind = ANS_OPTIONS;
    a->options ^= 1ULL << option;
    return 0;
}

/* Marks a multiple-choice question as answered even with nothing ticked. */
int wr_session_mark_answered(wr_session *s, const char *qid)
{
    answer *a = slot(s, qid);
    if (!a)
        return -1;
    if (a->kind == ANS_NONE)
        a->kind = ANS_SEEN;
    return 0;
}

/* Records a scale answer. */
int wr_session_set_number(wr_session *s, const char *qid, int number)
{
    answer *a = slot(s, qid);
    if (!a)
        return -1;
    reset(a);
    a->kind = ANS_NUMBER;
    a->number = number;
    return 0;
}

/* Records a typed answer (copied); an empty text clears the answer. */
int wr_session_set_text(wr_session *s, const char *qid, const char *utf8)
{
    answer *a = slot(s, qid);
    if (!a)
        return -1;
    reset(a);
    if (!utf8 || !*utf8)
        return 0;
    a->text = wr_strdup(utf8);
    if (!a->text)
        return -1;
    a->kind = ANS_TEXT;
    return 0;
}

/* Forgets the answer to 'qid' (the patient skipped it). */
void wr_session_clear(wr_session *s, const char *qid)
{
    answer *a = find(s, qid);
    if (a)
        reset(a);
}

/* True when 'qid' has an answer (a multiple with nothing ticked counts once Next is hit). */
bool wr_session_answered(const wr_session *s, const char *qid)
{
    const answer *a = find(s, qid);
    return a && a->kind != ANS_NONE;
}

/* True when option 'option' of 'qid' is chosen. */
bool wr_session_has_option(const wr_session *s, const char *qid, int option)
{
    const answer *a = find(s, qid);
    return a && a->kind == ANS_OPTIONS && option >= 0 && option < 64 &&
           (a->options >> option & 1);
}

/* The chosen option of a single-choice answer, or -1. */
int wr_session_option(const wr_session *s, const char *qid)
{
    const answer *a = find(s, qid);
    if (!a || a->kind != ANS_OPTIONS || !a->options)
        return -1;
    for (int i = 0; i < 64; i++)
        if (a->options >> i & 1)
            return i;
    return -1;
}

/* The number of a scale answer into *out; false when there is none. */
bool wr_session_number(const wr_session *s, const char *qid, int *out)
{
    const answer *a = find(s, qid);
    if (!a || a->kind != ANS_NUMBER)
        return false;
    *out = a->number;
    return true;
}

/* The typed text of 'qid' (borrowed), or NULL. */
const char *wr_session_text(const wr_session *s, const char *qid)
{
    const answer *a = find(s, qid);
    return a && a->kind == ANS_TEXT ? a->text : NULL;
}

static int push_string(char ***v, int *n, const char *str)
{
    char **nv = realloc(*v, (size_t)(*n + 1) * sizeof *nv);
    if (!nv)
        return -1;
    *v = nv;
    nv[*n] = wr_strdup(str);
    if (!nv[*n])
        return -1;
    (*n)++;
    return 0;
}

/* Notes that the scene has been shown. */
int wr_session_visit(wr_session *s, const char *scene_id)
{
    if (wr_session_visited(s, scene_id))
        return 0;
    return push_string(&s->visited, &s->n_visited, scene_id);
}

/* True when the scene has been shown in this visit. */
bool wr_session_visited(const wr_session *s, const char *scene_id)
{
    for (int i = 0; i < s->n_visited; i++)
        if (strcmp(s->visited[i], scene_id) == 0)
            return true;
    return false;
}

/* Adds or removes a prompt (by id) on the patient's list. */
int wr_session_toggle_prompt(wr_session *s, const char *prompt_id)
{
    for (int i = 0; i < s->n_prompts; i++) {
        if (strcmp(s->prompts[i], prompt_id) == 0) {
            wr_wipe_str(s->prompts[i]);
            memmove(&s->prompts[i], &s->prompts[i + 1],
                    (size_t)(s->n_prompts - i - 1) * sizeof *s->prompts);
            s->n_prompts--;
            return 0;
        }
    }
    return push_string(&s->prompts, &s->n_prompts, prompt_id);
}

/* True when the prompt is on the list. */
bool wr_session_prompt_picked(const wr_session *s, const char *prompt_id)
{
    for (int i = 0; i < s->n_prompts; i++)
        if (strcmp(s->prompts[i], prompt_id) == 0)
            return true;
    return false;
}

int wr_session_n_prompts(const wr_session *s)
{
    return s->n_prompts;
}

/* The id of the i-th picked prompt, in the order picked. */
const char *wr_session_prompt_at(const wr_session *s, int i)
{
    return i >= 0 && i < s->n_prompts ? s->prompts[i] : NULL;
}

/* Adds a typed question of the patient's own (copied). */
int wr_session_add_own(wr_session *s, const char *utf8)
{
    if (s->n_own >= WR_SESSION_MAX_OWN || !utf8 || !*utf8)
        return -1;
    s->own[s->n_own] = wr_strdup(utf8);
    if (!s->own[s->n_own])
        return -1;
    s->n_own++;
    return 0;
}

/* Removes the i-th typed question, overwriting it. */
void wr_session_remove_own(wr_session *s, int i)
{
    if (i < 0 || i >= s->n_own)
        return;
    wr_wipe_str(s->own[i]);
    memmove(&s->own[i], &s->own[i + 1], (size_t)(s->n_own - i - 1) * sizeof *s->own);
    s->own[--s->n_own] = NULL;
}

int wr_session_n_own(const wr_session *s)
{
    return s->n_own;
}

const char *wr_session_own_at(const wr_session *s, int i)
{
    return i >= 0 && i < s->n_own ? s->own[i] : NULL;
}

/* The answer to 'q' in words, written to 'buf'; NULL when unanswered. */
char *wr_session_answer_words(const wr_session *s, const wr_question *q, char *buf,
                              size_t len)
{
    const answer *a = find(s, q->id);
    if (!a || len == 0)
        return NULL;
    buf[0] = 0;
    if (a->kind == ANS_NUMBER) {
        snprintf(buf, len, "%d", a->number);
    } else if (a->kind == ANS_TEXT) {
        snprintf(buf, len, "%s", a->text);
    } else if (a->kind == ANS_OPTIONS) {
        size_t used = 0;
        for (int i = 0; i < q->n_options && i < 64; i++) {
            if (!(a->options >> i & 1))
                continue;
            int n = snprintf(buf + used, len - used, "%s%s", used ? ", " : "", q->options[i]);
            if (n < 0 || (size_t)n >= len - used)
                break;
            used += (size_t)n;
        }
    }
    return buf[0] ? buf : NULL;
}

/* Bytes of patient data held (answers, texts, picks), for tests of the wipe. */
size_t wr_session_bytes(const wr_session *s)
{
    size_t n = 0;
    for (int i = 0; i < s->n_answers; i++)
        n += sizeof(answer) + (s->answers[i].text ? strlen(s->answers[i].text) : 0);
    for (int i = 0; i < s->n_prompts; i++)
        n += strlen(s->prompts[i]);
    for (int i = 0; i < s->n_own; i++)
        n += strlen(s->own[i]);
    return n + (size_t)s->n_visited;
}
