/*
 * floor.c -- the floor for waitroom's start-up figure: a bare SDL2 + SDL_ttf program that
 * opens the same kind of window (borderless, software renderer, no framebuffer
 * acceleration), draws one paragraph and three buttons, presents, and reports the time, as
 * the kiosk does with WAITROOM_BENCH_FIRST_FRAME. waitroom-bench runs both in turn on the same
 * machine, so the kiosk's start-up can be given as a ratio to what SDL itself needs here.
 * (A benchmark reference, not part of the kiosk: that is why it may include SDL directly.)
 */
#include <SDL2/SDL.h>
#include <SDL2/SDL_ttf.h>
#include <stdio.h>
#include <time.h>

int main(int argc, char **argv)
{
    const char *font_path = argc > 1 ? argv[1] : "assets/fonts/AtkinsonHyperlegible-Regular.ttf";
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0)
        return 1;
    SDL_Window *win = SDL_CreateWindow("floor", 0, 0, 1920, 1080, SDL_WINDOW_BORDERLESS);
    SDL_Renderer *ren = win ? SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE) : NULL;
    TTF_Font *font = TTF_OpenFont(font_path, 40);
    if (!ren || !font)
        return 1;
    SDL_SetRenderDrawColor(ren, 16, 42, 67, 255);
    SDL_RenderClear(ren);
    SDL_Color white = {255, 255, 255, 255};
    SDL_Surface *s = TTF_RenderUTF8_Blended_Wrapped(font,
        "Pain is real. It is your body's alarm system, and the alarm can get extra sensitive "
        "after an injury or when pain lasts a long time. Many things turn the volume up or "
        "down: sleep, stress, worry, and what you believe is going on.", white, 1600);
    SDL_Texture *t = SDL_CreateTextureFromSurface(ren, s);
    SDL_Rect dst = {160, 120, s->w, s->h};
    SDL_RenderCopy(ren, t, NULL, &dst);
    for (int i = 0; i < 3; i++) {
        SDL_Rect b = {160 + i * 560, 700, 520, 200};
        SDL_SetRenderDrawColor(ren, 40 + i * 60, 120, 160, 255);
        SDL_RenderFillRect(ren, &b);
    }
    SDL_RenderPresent(ren);
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    printf("first-frame-ns %lld\n", (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
    fflush(stdout);
    SDL_FreeSurface(s);
    SDL_DestroyTexture(t);
    TTF_CloseFont(font);
    SDL_Quit();
    return 0;
}
