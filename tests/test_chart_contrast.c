/*
 * test_chart_contrast.c -- chart text is readable (issue 12): every number drawn on the
 * pack's pictures (the SVG files in assets/pictures draws its few numbers as strokes, each a path
 * placed with transform="translate(...)" and fill="none") has a contrast of at least 4.5:1
 * (WCAG 2.1 AA) against the picture's own card, the first shape of the picture. A picture
 * keeps its own card in both themes, so that one figure holds for normal and High
 * contrast. The care cards' signs and the theme's text colours are checked in test_ui.
 * Then a colour known to be too light is shown to fail.
 */
#include <dirent.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/* One sRGB channel (0..255) as linear light. */
static double channel(int v)
{
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

/* The relative luminance of 0xRRGGBB. */
static double luminance(unsigned rgb)
{
    return 0.2126 * channel((int)(rgb >> 16 & 255)) + 0.7152 * channel((int)(rgb >> 8 & 255)) +
           0.0722 * channel((int)(rgb & 255));
}

/* The WCAG contrast ratio of two colours. */
static double contrast(unsigned a, unsigned b)
{
    double la = luminance(a), lb = luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

/* The colour after 'attr="#' in tag [s, end), or -1. */
static long color_in(const char *s, const char *end, const char *attr)
{
    char key[32];
    snprintf(key, sizeof key, "%s=\"#", attr);
    const char *p = strstr(s, key);
    if (!p || p >= end)
        return -1;
    return strtol(p + strlen(key), NULL, 16);
}

/* The whole file (malloc'd), or NULL. */
static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) == (size_t)n)
        buf[n] = '\0';
    else if (buf)
        buf[0] = '\0';
    fclose(f);
    return buf;
}

/* Checks the numbers of one picture; returns how many it has, or -1 for a low contrast. */
static int check_svg(const char *path, const char *text)
{
    const char *card = strstr(text, "<rect");
    const char *card_end = card ? strchr(card, '>') : NULL;
    long ground = card_end ? color_in(card, card_end, "fill") : -1;
    int n = 0, low = 0;
    CHECK(ground >= 0);
    for (const char *p = text; ground >= 0 && (p = strstr(p, "<path transform=\"translate(")); p++) {
        const char *end = strchr(p, '>');
        if (!end || !strstr(p, "fill=\"none\"") || strstr(p, "fill=\"none\"") > end)
            continue;
        long ink = color_in(p, end, "stroke");
        double c = ink >= 0 ? contrast((unsigned)ink, (unsigned)ground) : 0;
        n++;
        if (c < 4.5) {
            low++;
            fprintf(stderr, "%s: a number in #%06lX on #%06lX: %.2f:1 (4.5:1 needed)\n", path,
                    ink, ground, c);
        }
    }
    return low ? -1 : n;
}

int main(int argc, char **argv)
{
    char dir[1024], path[1024 + 2 + 256];
    snprintf(dir, sizeof dir, "%s/assets/pictures", argc > 1 ? argv[1] : ".");
    DIR *d = opendir(dir);
    struct dirent *e;
    int pictures = 0, numbers = 0;
    CHECK(d != NULL);
    while (d && (e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len < 5 || strcmp(e->d_name + len - 4, ".svg") != 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        char *text = slurp(path);
        CHECK(text != NULL);
        int n = text ? check_svg(path, text) : -1;
        CHECK(n >= 0);
        numbers += n > 0 ? n : 0;
        pictures++;
        free(text);
    }
    if (d)
        closedir(d);
    printf("%d pictures, %d numbers drawn, each at least 4.5:1\n", pictures, numbers);
    CHECK(pictures >= 7 && numbers >= 8);
    /* the old chart label colour (#3D7AB8 on #F5F2EC, 4.0:1) fails */
    CHECK(check_svg("(too light)", "<rect fill=\"#F5F2EC\"/><path transform=\"translate(1 1)\" "
                                   "fill=\"none\" stroke=\"#3D7AB8\"/>") == -1);
    CHECK(contrast(0x000000, 0xFFFFFF) > 20.9);
    return check_done();
}
