/*
 * sdl_rotate.c -- a kiosk panel mounted turned (rotate = 90, 180 or 270 in the
 * configuration): the ui is laid out for the panel as people see it, drawn into a texture
 * of that size, and turned onto the output by SDL_RenderCopyEx (the software renderer has a
 * fast path for right angles). Touches and clicks arrive in output pixels and are turned
 * back into the ui's. Rotation is clockwise: at 90, the top of the ui runs down the
 * output's right-hand edge.
 */
#include "sdl_internal.h"

/* Records the output size and the rotation; the ui's size is the output's, turned. */
void wr_rot_setup(wr_platform *p, int rotate)
{
    p->rotate = rotate == 90 || rotate == 180 || rotate == 270 ? rotate : 0;
    wr_rot_resize(p, p->w, p->h);
}

/* A new output size: the ui's follows; the frame texture is made again on the next draw. */
void wr_rot_resize(wr_platform *p, int pw, int ph)
{
    bool turned = p->rotate == 90 || p->rotate == 270;
    p->pw = pw;
    p->ph = ph;
    p->w = turned ? ph : pw;
    p->h = turned ? pw : ph;
    if (p->rot_tex) {
        SDL_DestroyTexture(p->rot_tex);
        p->rot_tex = NULL;
    }
}

/* An output point (x, y) into the ui's. */
void wr_rot_point(const wr_platform *p, int *x, int *y)
{
    int ox = *x, oy = *y;
    switch (p->rotate) {
    case 90:
        *x = oy;
        *y = p->pw - 1 - ox;
        break;
    case 180:
        *x = p->pw - 1 - ox;
        *y = p->ph - 1 - oy;
        break;
    case 270:
        *x = p->ph - 1 - oy;
        *y = ox;
        break;
    default:
        break;
    }
}

/* Draws the next frame into the ui-sized texture (made when needed). */
void wr_rot_begin(wr_platform *p)
{
    if (!p->rotate)
        return;
    if (!p->rot_tex) {
        p->rot_tex = SDL_CreateTexture(p->ren, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET,
                                       p->w, p->h);
        if (!p->rot_tex) {
            wr_plat_sdl_error("SDL_CreateTexture (the turned frame)");
            return;
        }
    }
    if (SDL_SetRenderTarget(p->ren, p->rot_tex) != 0)
        wr_plat_sdl_error("SDL_SetRenderTarget (the turned frame)");
}

/* Turns the frame onto the output. */
void wr_rot_end(wr_platform *p)
{
    if (!p->rotate || !p->rot_tex)
        return;
    SDL_SetRenderTarget(p->ren, NULL);
    SDL_SetRenderDrawColor(p->ren, 0, 0, 0, 255);
    SDL_RenderClear(p->ren);
    SDL_Rect dst = {(p->pw - p->w) / 2, (p->ph - p->h) / 2, p->w, p->h};
    if (SDL_RenderCopyEx(p->ren, p->rot_tex, NULL, &dst, p->rotate, NULL, SDL_FLIP_NONE) != 0)
        wr_plat_sdl_error("SDL_RenderCopyEx (turning the frame)");
}

/* Frees the frame texture. */
void wr_rot_close(wr_platform *p)
{
    if (p->rot_tex)
        SDL_DestroyTexture(p->rot_tex);
    p->rot_tex = NULL;
}
