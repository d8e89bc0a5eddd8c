/*
 * preview.c -- live preview for people who write script packs: the pack folder is watched
 * (inotify); on save the pack is reloaded and the taps given so far are replayed, so the
 * same screen comes back with the new words. A broken edit leaves the last good screen up,
 * with the problems (file:line: message) drawn over it. Linux only, like the kiosk.
 */
#include "app.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#define MAX_STEPS 1024

typedef struct step {
    wr_action act;
    int arg;
} step;

typedef struct wr_preview {
    int fd;                 /* inotify */
    step steps[MAX_STEPS];  /* the taps since the visit began */
    int n_steps;
    char banner[4096];      /* the problems of the last broken edit; "" when none */
    bool replaying;
} wr_preview;

/* Watches 'dir' and its folders one level down (the language folders). */
static void watch_tree(int fd, const char *dir)
{
    uint32_t mask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM;
    inotify_add_watch(fd, dir, mask);
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d))) {
        char path[1024];
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        DIR *sub = opendir(path);
        if (sub) {
            closedir(sub);
            inotify_add_watch(fd, path, mask);
        }
    }
    closedir(d);
}

/* Starts watching the pack folder. */
int wr_preview_start(wr_app *app)
{
    wr_preview *pv = calloc(1, sizeof *pv);
    if (!pv)
        return -1;
    pv->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (pv->fd < 0) {
        free(pv);
        return -1;
    }
    watch_tree(pv->fd, app->opt.scripts);
    app->preview = pv;
    return 0;
}

void wr_preview_stop(wr_app *app)
{
    if (!app->preview)
        return;
    close(app->preview->fd);
    free(app->preview);
    app->preview = NULL;
}

/* Notes a tap; the attract screen (a new visit) starts the record again. */
void wr_preview_record(wr_app *app, wr_action act, int arg)
{
    wr_preview *pv = app->preview;
    if (!pv || pv->replaying)
        return;
    if (act == WR_ACT_START || act == WR_ACT_RESTART ||
        wr_flow_screen(app->flow)->kind == WR_SCREEN_ATTRACT)
        pv->n_steps = 0;
    if (act == WR_ACT_RESTART || act == WR_ACT_STAFF || pv->n_steps == MAX_STEPS)
        return;
    pv->steps[pv->n_steps++] = (step){act, arg};
}

/* True when inotify reported a change (the events are drained). */
static bool changed(wr_preview *pv)
{
    char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
    bool any = false;
    while (read(pv->fd, buf, sizeof buf) > 0)
        any = true;
    return any;
}

/* Collects problems for the banner. */
static void collect(void *ud, const wr_srcpos *pos, const char *msg)
{
    wr_preview *pv = ud;
    char line[1024];
    wr_luapack_format(pos, msg, line, sizeof line);
    size_t used = strlen(pv->banner);
    snprintf(pv->banner + used, sizeof pv->banner - used, "%s\n", line);
}

/* Replays the recorded taps on the new pack, stopping at the first that no longer fits. */
static void replay(wr_app *app)
{
    wr_preview *pv = app->preview;
    pv->replaying = true;
    int kept = 0;
    for (int i = 0; i < pv->n_steps; i++) {
        if (wr_flow_act(app->flow, pv->steps[i].act, pv->steps[i].arg, app->now) < 0)
            break;
        kept++;
    }
    pv->n_steps = kept;
    pv->replaying = false;
}

/* Reloads after a change: see app.h. */
int wr_preview_poll(wr_app *app, bool force)
{
    wr_preview *pv = app->preview;
    if (!pv || (!changed(pv) && !force))
        return 0;
    usleep(50 * 1000); /* let an editor finish writing (rename, then chmod...) */
    changed(pv);
    watch_tree(pv->fd, app->opt.scripts); /* a new language folder is watched too */
    pv->banner[0] = 0;
    snprintf(pv->banner, sizeof pv->banner,
             "The edited pack has problems; this is the last good version:\n");
    size_t header = strlen(pv->banner);
    wr_luapack *lp = wr_luapack_load(app->opt.scripts, NULL, collect, pv);
    if (!lp) {
        if (strlen(pv->banner) == header)
            snprintf(pv->banner + header, sizeof pv->banner - header, "the pack cannot be read\n");
        fprintf(stderr, "waitroom: preview: %s", pv->banner + header);
        wr_app_refresh(app);
        return 1;
    }
    pv->banner[0] = 0;
    wr_app_swap_pack(app, lp);
    replay(app);
    wr_app_refresh(app);
    return 1;
}

const char *wr_preview_banner(const wr_app *app)
{
    return app->preview && app->preview->banner[0] ? app->preview->banner : NULL;
}
