/*
 * config.h -- the kiosk's configuration file: "key = value" lines, '#' comments.
 * Read once at start and on reload; holds no patient data.
 */
#ifndef WR_CONFIG_H
#define WR_CONFIG_H

#include <stdio.h>

typedef struct wr_config {
    char staff_pin[16];        /* staff_pin = 2468 (digits; empty disables the staff menu) */
    int idle_seconds;          /* idle_seconds = 90 */
    int countdown_seconds;     /* countdown_seconds = 30 (at least 20) */
    int end_seconds;           /* end_seconds = 20 */
    char printer[128];         /* printer = queue name; empty: the default destination */
    char page_size[16];        /* page_size = A4 | Letter | receipt */
    int print_timeout;         /* print_timeout = 60 (seconds) */
    int urgent_slip;           /* urgent_slip = yes (default): a slip for the desk when urgent */
    int today_slip;            /* today_slip = yes (default): a slip once the safety part is
                                * over (a slip step), when a today flag is up */
    char desk_printer[128];    /* desk_printer = queue for the slips; empty: 'printer' */
    char desk_code[16];        /* desk_code = 4 to 15 digits that clear an urgent screen */
    int alert_repeat_minutes;  /* alert_repeat_minutes = 3: chime again while it is up; 0 off */
    int chime;                 /* chime = yes (default): a chime when an urgent screen comes */
    char emergency_number[64]; /* emergency_number = 999: {emergency} on pack screens */
    char crisis_line[64];      /* crisis_line = 116 123: {crisis_line} on pack screens */
    char clinic_name[128];     /* clinic_name = Riverside Physio: a line at the top of the
                                * printed list and handouts; empty: no such line */
    char language[16];         /* language = en: the default language, if the pack has it */
    int rotate;                /* rotate = 0 | 90 | 180 | 270: a panel mounted turned */
    char update_key[72];       /* update_key = <64 hex>: public key of signed pack bundles */
    char update_from[256];     /* update_from = /media/usb: where a stick's bundles are */
    char pack_store[256];      /* pack_store = DIR: installed packs (default: the unit's
                                  StateDirectory, $STATE_DIRECTORY/packs) */
    int draft_languages;       /* draft_languages = yes: offer languages still marked draft */
    int speech_rate;           /* speech_rate = 160: words per minute (80 to 400) */
    int speech_volume;         /* speech_volume = 100: percent of the voice's normal loudness */
    int read_aloud_auto;       /* read_aloud_auto = yes: once chosen, each new screen is read */
    int headphones_only;       /* headphones_only = yes: private items are read aloud too */
    char keys_next[128];       /* keys_* = SDL key names, commas between: a keypad's mapping */
    char keys_previous[128];
    char keys_activate[128];
    char keys_back[128];
    char keys_read[128];
} wr_config;

/* Fills 'cfg' with the defaults. */
void wr_config_defaults(wr_config *cfg);

/* Reads 'path' into 'cfg' (over the defaults). Returns 0, or -1 after printing
 * "path:line: message" to 'log' for each problem (a bad line leaves its setting as it was;
 * the good lines still apply). */
int wr_config_load(wr_config *cfg, const char *path, FILE *log);

#endif
