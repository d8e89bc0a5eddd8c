/*
 * print_one.c -- prints one question list, in English or Spanish, on a CUPS queue through the
 * kiosk's print code (the same wr_print_submit() the print worker runs), and waits for the
 * printer to finish. For tests/cups/system-print.sh, which reads what came out.
 *
 *   print_one QUEUE PAGE LANG     PAGE: a4, letter or receipt; LANG: en or es
 *
 * Exits 0 when the job printed, else 1 with the reason.
 */
#include "test_print_check.h"

static const char *en_questions[] = {"What do you think is causing my pain?",
                                     "Which movements are safe for me at home?",
                                     "Will the quokka 9938 come back?"};
static const char *en_notes[] = {"My sleep has been poor over the last 2 weeks."};
static const wr_section en_sections[] = {{"Questions I want to ask", en_questions, 3},
                                         {"Things I would like you to know", en_notes, 1}};
static const char *es_questions[] = {"¿Qué cree que causa mi dolor?",
                                     "¿Qué movimientos puedo hacer en casa sin peligro?",
                                     "¿Volverá el quokka 9938?"};
static const char *es_notes[] = {"Duermo mal desde hace 2 semanas."};
static const wr_section es_sections[] = {{"Preguntas que quiero hacer", es_questions, 3},
                                         {"Cosas que quiero que sepa", es_notes, 1}};

int main(int argc, char **argv)
{
    static const char *const pages[] = {"a4", "letter", "receipt"};
    bool es = argc == 4 && !strcmp(argv[3], "es");
    wr_doc doc = {.kind = WR_KIND_LIST,
                  .title = es ? "Preguntas para mi cita" : "Questions for my appointment",
                  .date = es ? "3 de diciembre de 2026" : "3 December 2026",
                  .language = es ? "es" : "en",
                  .sections = es ? es_sections : en_sections,
                  .n_sections = 2,
                  .mark = WR_MARK_CHECKBOX};
    wr_printer_config cfg = {.queue = argc == 4 ? argv[1] : NULL, .timeout_s = 60};
    int have_hebrew, page = -1;
    char err[256];
    wr_print_fonts *fonts = test_fonts(&have_hebrew);
    unsigned char *pdf;
    size_t len;
    wr_print_job *job;
    wr_print_status st;

    (void)failures;
    for (int i = 0; argc == 4 && i < 3; i++)
        page = !strcmp(argv[2], pages[i]) ? i : page;
    if (page < 0 || (strcmp(argv[3], "en") && strcmp(argv[3], "es"))) {
        fprintf(stderr, "usage: %s QUEUE a4|letter|receipt en|es\n", argv[0]);
        return 2;
    }
    cfg.page_size = (wr_page_size)page;
    if (!fonts || wr_doc_render_pdf(&doc, fonts, cfg.page_size, &pdf, &len, err, sizeof err)) {
        fprintf(stderr, "cannot render the list: %s\n", fonts ? err : "no fonts");
        return 1;
    }
    job = wr_print_submit(&cfg, pdf, len, WR_KIND_LIST);
    while (job && (st = wr_print_job_poll(job)) == WR_PRINT_PENDING)
        usleep(20000);
    if (!job || st != WR_PRINT_DONE)
        fprintf(stderr, "%s: %s\n", argv[1], job ? wr_print_job_reason(job) : "cannot submit");
    else
        printf("%s: printed the %s list on %s paper\n", argv[1], argv[3], argv[2]);
    wr_print_job_destroy(job);
    wr_print_pdf_free(pdf, len);
    wr_print_fonts_destroy(fonts);
    return job && st == WR_PRINT_DONE ? 0 : 1;
}
