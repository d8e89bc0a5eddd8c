/*
 * fonts.c -- a private fontconfig configuration holding only the fonts we ship, and the pango
 * font map that uses it. The system's fonts and its fontconfig files are never read, so a
 * printout comes out the same on every kiosk, and no font cache is written anywhere.
 */
#include <dirent.h>
#include <errno.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "print_impl.h"

struct wr_print_fonts {
    FcConfig *config;
    PangoFontMap *map;
};

/* Whether 'name' looks like a font file. */
static bool is_font_file(const char *name)
{
    const char *dot = strrchr(name, '.');

    return dot &&
           (!strcasecmp(dot, ".ttf") || !strcasecmp(dot, ".otf") || !strcasecmp(dot, ".ttc"));
}

/* Adds every font file in the folder 'dir', one by one: fontconfig's own folder scan wants
 * to write a cache, and this configuration has (and needs) none. Returns 0 or -1. */
static int add_dir(FcConfig *config, const char *dir, char *err, size_t errlen)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[4096];

    if (!d) {
        snprintf(err, errlen, "cannot read the font folder %s: %s", dir, strerror(errno));
        return -1;
    }
    while ((e = readdir(d)) != NULL) {
        if (!is_font_file(e->d_name))
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FcConfigAppFontAddFile(config, (const FcChar8 *)path);
    }
    closedir(d);
    return 0;
}

/* Adds one folder or font file to 'config'; returns 0, or -1 with a message. */
static int add_path(FcConfig *config, const char *path, char *err, size_t errlen)
{
    struct stat st;

    if (stat(path, &st) != 0) {
        snprintf(err, errlen, "font path %s does not exist", path);
        return -1;
    }
    if (S_ISDIR(st.st_mode))
        return add_dir(config, path, err, errlen);
    if (!FcConfigAppFontAddFile(config, (const FcChar8 *)path)) {
        snprintf(err, errlen, "cannot load the font %s", path);
        return -1;
    }
    return 0;
}

/* Counts the fonts loaded into 'config'. */
static int count_fonts(FcConfig *config)
{
    FcFontSet *set = FcConfigGetFonts(config, FcSetApplication);

    return set ? set->nfont : 0;
}

/* A private font configuration over the given folders and files, and its font map; the
 * caller frees it with wr_print_fonts_destroy(). */
wr_print_fonts *wr_print_fonts_create(const char *const *paths, char *err, size_t errlen)
{
    wr_print_fonts *fonts = calloc(1, sizeof *fonts);

    if (!fonts) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    /* An empty configuration: no system folders, no cache folders, no rules. */
    fonts->config = FcConfigCreate();
    if (!fonts->config) {
        snprintf(err, errlen, "out of memory");
        goto out_free_fonts;
    }
    for (int i = 0; paths && paths[i]; i++)
        if (add_path(fonts->config, paths[i], err, errlen) != 0)
            goto out_free_config;
    if (count_fonts(fonts->config) == 0) {
        snprintf(err, errlen, "no fonts found for printing (looked in %s)",
                 paths && paths[0] ? paths[0] : "nothing");
        goto out_free_config;
    }
    fonts->map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    if (!fonts->map) {
        snprintf(err, errlen, "pango has no FreeType font map");
        goto out_free_config;
    }
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(fonts->map), fonts->config);
    return fonts;

out_free_config:
    FcConfigDestroy(fonts->config);
out_free_fonts:
    free(fonts);
    return NULL;
}

/* Frees the font map and the configuration; NULL does nothing. */
void wr_print_fonts_destroy(wr_print_fonts *fonts)
{
    if (!fonts)
        return;
    /* pango 1.50 keeps its reference to the configuration when the map is finalized; taking
     * the configuration away first gives that reference back. */
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(fonts->map), NULL);
    g_object_unref(fonts->map);
    FcConfigDestroy(fonts->config);
    free(fonts);
}

/* The font map; it belongs to 'fonts'. */
PangoFontMap *wr_print_fonts_map(wr_print_fonts *fonts)
{
    return fonts->map;
}
