/*
 * test_ui_screens.c -- sample screens, close to what engine/core produces: the nav bar,
 * a conversation with history, single and multiple answers, a 0..10 scale, the on-screen
 * keyboard, the question-list builder, the list preview, and the full-page screens.
 */
#include "test_ui_screens.h"

#include <math.h>
#include <stdio.h>

#include "../engine/ui/ui_internal.h"

#include <string.h>

static const wr_bubble history[] = {
    {false, "Hello. While you wait, I can help you get ready for your appointment. "
            "Nothing you tell me is saved."},
    {true, "Let's begin"},
    {false, "First, a few questions about your safety. Please answer as best you can."},
    {true, "Next"},
    {false, "Do you have any numbness between your legs or around your bottom?"},
    {true, "No"},
};

static const char *const keys[6][10] = {
    {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"},
    {"q", "w", "e", "r", "t", "y", "u", "i", "o", "p"},
    {"a", "s", "d", "f", "g", "h", "j", "k", "l", "ñ"},
    {"z", "x", "c", "v", "b", "n", "m", ",", ".", "?"},
    {"á", "é", "í", "ó", "ú", "ü", "¿", "¡", "'", "-"},
};

static const char *const numbers[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};

/* The code point of the UTF-8 letter s (one or two bytes). */
static int letter(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    return u[0] < 0x80 ? u[0] : ((u[0] & 0x1F) << 6) | (u[1] & 0x3F);
}

/* Adds a control to s. */
static wr_control *add(wr_screen *s, wr_role role, const char *label, wr_action a, int arg)
{
    wr_control *c = &s->controls[s->n_controls++];
    memset(c, 0, sizeof *c);
    c->role = role;
    c->label = label;
    c->action = a;
    c->arg = arg;
    return c;
}

/* The usual nav bar. */
static void nav(wr_screen *s)
{
    static const char *const labels[] = {"Back", "Start over", "Larger text", "High contrast",
                                         "Español"};
    static const wr_action acts[] = {WR_ACT_BACK, WR_ACT_RESTART, WR_ACT_LARGER, WR_ACT_CONTRAST,
                                     WR_ACT_LANGUAGE};
    for (int i = 0; i < 5; i++) {
        wr_control *c = &s->nav[s->n_nav++];
        memset(c, 0, sizeof *c);
        c->role = WR_ROLE_NAV;
        c->label = labels[i];
        c->action = acts[i];
        c->arg = i == 4 ? -1 : 0;
        c->selected = (i == 2 && s->large_text) || (i == 3 && s->high_contrast);
    }
}

/* A blank screen of kind k. */
static void blank(wr_screen *s, wr_screen_kind k, const char *name)
{
    memset(s, 0, sizeof *s);
    s->kind = k;
    s->name = name;
    s->countdown = -1;
    s->language = "en";
}

/* The attract screen. */
static void attract(wr_screen *s)
{
    blank(s, WR_SCREEN_ATTRACT, "attract");
    s->title = "Getting ready for your appointment";
    s->paras[s->n_paras++] = "A few minutes with me can help you make the most of your visit.";
    add(s, WR_ROLE_PRIMARY, "Touch to start", WR_ACT_START, 0);
    add(s, WR_ROLE_REPLY, "English", WR_ACT_LANGUAGE, 0)->selected = true;
    add(s, WR_ROLE_REPLY, "Español", WR_ACT_LANGUAGE, 1);
}

/* A scene with history and two choices. */
static void scene(wr_screen *s)
{
    blank(s, WR_SCREEN_SCENE, "scene");
    s->scene_id = "learn";
    nav(s);
    s->history = history;
    s->n_history = 6;
    s->title = "Pain is your body's alarm system";
    s->paras[s->n_paras++] =
        "Pain is real. It is your nervous system's way of protecting you, and it can be "
        "turned up by stress, poor sleep, worry and past experience.";
    s->paras[s->n_paras++] = "Hurt does not always mean harm. Gentle movement usually helps.";
    s->picture = "alarm";
    add(s, WR_ROLE_REPLY, "Tell me more", WR_ACT_CHOICE, 0);
    add(s, WR_ROLE_REPLY, "Go on to my questions", WR_ACT_CHOICE, 1);
}

/* A single-answer question. */
static void single(wr_screen *s)
{
    blank(s, WR_SCREEN_QUESTION, "question");
    s->question_id = "bladder";
    nav(s);
    s->history = history;
    s->n_history = 4;
    s->paras[s->n_paras++] =
        "Since your pain started, have you had any new trouble controlling your bladder "
        "or bowels?";
    add(s, WR_ROLE_REPLY, "Yes", WR_ACT_OPTION, 0);
    add(s, WR_ROLE_REPLY, "No", WR_ACT_OPTION, 1)->selected = true;
    add(s, WR_ROLE_REPLY, "Not sure", WR_ACT_OPTION, 2);
    add(s, WR_ROLE_SECONDARY, "Skip", WR_ACT_SKIP, 0);
}

/* A multiple-answer question. */
static void multiple(wr_screen *s)
{
    blank(s, WR_SCREEN_QUESTION, "question");
    s->question_id = "areas";
    nav(s);
    s->history = history;
    s->n_history = 2;
    s->paras[s->n_paras++] = "Where do you feel pain today? Choose all that apply.";
    add(s, WR_ROLE_REPLY, "Lower back", WR_ACT_OPTION, 0)->selected = true;
    add(s, WR_ROLE_REPLY, "Neck and shoulders", WR_ACT_OPTION, 1);
    add(s, WR_ROLE_REPLY, "Knee", WR_ACT_OPTION, 2)->selected = true;
    add(s, WR_ROLE_REPLY, "Hip", WR_ACT_OPTION, 3);
    add(s, WR_ROLE_REPLY, "Somewhere else, or all over", WR_ACT_OPTION, 4);
    add(s, WR_ROLE_PRIMARY, "Next", WR_ACT_NEXT, 0);
    add(s, WR_ROLE_SECONDARY, "Skip", WR_ACT_SKIP, 0);
}

/* A 0..10 scale. */
static void scale(wr_screen *s)
{
    blank(s, WR_SCREEN_QUESTION, "question");
    s->question_id = "pain_now";
    nav(s);
    s->paras[s->n_paras++] = "How strong is your pain right now?";
    for (int i = 0; i <= 10; i++)
        add(s, WR_ROLE_SCALE, numbers[i], WR_ACT_SCALE, i)->selected = i == 6;
    s->scale_low = "No pain";
    s->scale_high = "Worst pain imaginable";
    add(s, WR_ROLE_SECONDARY, "Skip", WR_ACT_SKIP, 0);
}

/* The on-screen keyboard, as core lays it out. */
static void typed(wr_screen *s)
{
    blank(s, WR_SCREEN_QUESTION, "question");
    s->question_id = "own";
    nav(s);
    s->paras[s->n_paras++] = "Is there anything else you would like to ask? Type it here.";
    s->field = "Can I still go dancing on Saturdays with my knee";
    s->field_hint = "48 / 200";
    for (int r = 0; r < 5; r++)
        for (int k = 0; k < 10; k++)
            add(s, WR_ROLE_KEY, keys[r][k], WR_ACT_KEY, letter(keys[r][k]))->row = r;
    wr_control *c = add(s, WR_ROLE_KEY, "Shift", WR_ACT_SHIFT, 0);
    c->row = 5;
    c->span = 2;
    c = add(s, WR_ROLE_KEY, "Space", WR_ACT_KEY, ' ');
    c->row = 5;
    c->span = 6;
    c = add(s, WR_ROLE_KEY, "Delete", WR_ACT_BACKSPACE, 0);
    c->row = 5;
    c->span = 2;
    add(s, WR_ROLE_PRIMARY, "Next", WR_ACT_NEXT, 0);
    add(s, WR_ROLE_SECONDARY, "Skip", WR_ACT_SKIP, 0);
}

/* The question-list builder. */
static void pick(wr_screen *s)
{
    blank(s, WR_SCREEN_PICK, "pick");
    s->scene_id = "my_questions";
    nav(s);
    s->paras[s->n_paras++] = "Choose up to 5 questions to ask today. You can also write your own.";
    add(s, WR_ROLE_HEADING, "Scans", WR_ACT_NONE, 0);
    add(s, WR_ROLE_REPLY, "Do I need a scan? Why or why not?", WR_ACT_PROMPT, 0)->selected = true;
    add(s, WR_ROLE_REPLY, "What did my scan actually show?", WR_ACT_PROMPT, 1);
    add(s, WR_ROLE_HEADING, "Moving", WR_ACT_NONE, 0);
    add(s, WR_ROLE_REPLY, "Which movements are safe for me to do?", WR_ACT_PROMPT, 2);
    add(s, WR_ROLE_REPLY, "How much activity is too much?", WR_ACT_PROMPT, 3)->selected = true;
    add(s, WR_ROLE_REPLY, "Can I keep working?", WR_ACT_PROMPT, 4);
    add(s, WR_ROLE_SECONDARY, "Write my own question", WR_ACT_TYPE_OWN, 0);
    add(s, WR_ROLE_PRIMARY, "Next", WR_ACT_NEXT, 0);
}

/* The list preview. */
static void list(wr_screen *s)
{
    static const char *q[] = {"Do I need a scan? Why or why not?", "How much activity is too much?",
                              "Can I still go dancing on Saturdays with my knee?"};
    static const char *n[] = {"My sleep is poor most nights.", "My pain is 6 out of 10 today."};
    static const char *f[] = {"Tell the clinician about your night pain today."};
    blank(s, WR_SCREEN_LIST, "list");
    s->scene_id = "my_list";
    nav(s);
    s->paras[s->n_paras++] = "Here is your list. You can print it and take it in with you.";
    s->sections[0] = (wr_section){"Questions for today", q, 3};
    s->sections[1] = (wr_section){"About me", n, 2};
    s->sections[2] = (wr_section){"Please mention", f, 1};
    s->n_sections = 3;
    add(s, WR_ROLE_REPLY, "Print my list", WR_ACT_PRINT, 0);
    add(s, WR_ROLE_PRIMARY, "Next", WR_ACT_NEXT, 0);
}

/* The urgent screen. */
static void urgent(wr_screen *s)
{
    blank(s, WR_SCREEN_URGENT, "urgent");
    s->title = "Please go to the front desk now";
    s->paras[s->n_paras++] =
        "Some of what you told me needs a clinician's attention today. This is not an "
        "emergency alarm: the staff will help you straight away.";
    add(s, WR_ROLE_PRIMARY, "I have told the staff", WR_ACT_TOLD_STAFF, 0);
}

/* The idle warning. */
static void idle(wr_screen *s)
{
    blank(s, WR_SCREEN_IDLE, "idle_warning");
    s->title = "Are you still there?";
    s->countdown = 18;
    s->paras[s->n_paras++] = "To keep your answers private, I will clear them soon.";
    add(s, WR_ROLE_PRIMARY, "I'm still here", WR_ACT_STILL_HERE, 0);
}

/* The error screen. */
static void error(wr_screen *s)
{
    blank(s, WR_SCREEN_ERROR, "error");
    s->title = "Sorry - something went wrong";
    s->paras[s->n_paras++] = "Please ask at the front desk. Nothing you told me has been kept.";
    add(s, WR_ROLE_PRIMARY, "Start again", WR_ACT_DONE, 0);
}

/* The goodbye screen. */
static void end(wr_screen *s)
{
    blank(s, WR_SCREEN_END, "end");
    s->title = "Thank you";
    s->paras[s->n_paras++] = "Your list is printing. Please take it with you when you are called.";
    add(s, WR_ROLE_PRIMARY, "Done", WR_ACT_DONE, 0);
}

/* The staff PIN entry, as core lays it out. */
static void staff(wr_screen *s)
{
    blank(s, WR_SCREEN_STAFF, "staff");
    s->title = "Staff";
    s->paras[s->n_paras++] = "Enter the PIN.";
    s->field = "**";
    for (int d = 1; d <= 10; d++)
        add(s, WR_ROLE_KEY, numbers[d % 10], WR_ACT_PIN_DIGIT, d % 10)->row = (d - 1) / 3;
    add(s, WR_ROLE_SECONDARY, "Clear", WR_ACT_PIN_CLEAR, 0);
    add(s, WR_ROLE_SECONDARY, "Back to the patient", WR_ACT_STAFF_RESUME, 0);
}

/* Fills the sample screens. */
int test_ui_screens(wr_screen *out, const char **names, int max)
{
    static void (*const make[])(wr_screen *) = {attract, scene, single, multiple, scale,
                                                typed,   pick,  list,   urgent,   idle,
                                                error,   end,   staff};
    static const char *const name[] = {"attract", "scene", "single", "multiple", "scale",
                                       "typed",   "pick",  "list",   "urgent",   "idle",
                                       "error",   "end",   "staff"};
    int n = (int)(sizeof make / sizeof make[0]);
    int i;
    for (i = 0; i < n && i < max; i++) {
        make[i](&out[i]);
        names[i] = name[i];
    }
    if (i + 3 <= max) { /* the same question in high contrast, and with larger text */
        single(&out[i]);
        out[i].high_contrast = true;
        out[i].n_nav = 0;
        nav(&out[i]);
        names[i++] = "single_hc";
        multiple(&out[i]);
        out[i].large_text = true;
        out[i].n_nav = 0;
        nav(&out[i]);
        names[i++] = "multiple_large";
        urgent(&out[i]);
        out[i].high_contrast = true;
        names[i++] = "urgent_hc";
    }
    return i;
}

/* True when a and b overlap. */
static bool overlap(wr_rect a, wr_rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/* The smallest touch target allowed at w x h: 52 px at 1080 on the short side, scaled,
 * never below 44. */
static int min_target(int w, int h)
{
    int s = w < h ? w : h;
    int t = (int)lround(52.0 * s / 1080.0);
    return t < 44 ? 44 : t;
}

/* Checks one laid-out screen: every control inside the screen (or its scrolling region),
 * big enough to touch, overlapping no other. Returns the number of problems (printed). */
int test_ui_check_layout(const wr_ui *ui, const char *name, int w, int h)
{
    int bad = 0, t = min_target(w, h);
    for (int i = 0; i < ui->n_ctls; i++) {
        const control *k = &ui->ctls[i];
        const area *g = &ui->reg[k->region];
        wr_rect b = k->box;
        if (k->region == REG_MENU && g->view.h == 0)
            continue; /* an item of the closed "Aa" menu */
        bool in = b.x >= 0 && b.x + b.w <= (k->region == REG_MENU ? g->view.w : w) && b.y >= 0 &&
                  b.y + b.h <= (k->region == REG_FIXED ? h : g->content_h);
        if (!in || b.w < t || b.h < t) {
            fprintf(stderr, "%s %dx%d: control \"%s\" at %d,%d %dx%d (min %d, region %d)\n", name,
                    w, h, k->label, b.x, b.y, b.w, b.h, t, k->region);
            bad++;
        }
        for (int j = i + 1; j < ui->n_ctls; j++)
            if (ui->ctls[j].region == k->region && overlap(b, ui->ctls[j].box)) {
                fprintf(stderr, "%s %dx%d: \"%s\" overlaps \"%s\"\n", name, w, h, k->label,
                        ui->ctls[j].label);
                bad++;
            }
    }
    for (int r = 0; r < REG_COUNT; r++) {
        wr_rect v = ui->reg[r].view;
        if (v.y < 0 || v.y + v.h > h || v.h < 0) {
            fprintf(stderr, "%s %dx%d: region %d outside the screen\n", name, w, h, r);
            bad++;
        }
    }
    return bad;
}
