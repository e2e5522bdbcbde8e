/* STUB: replaced by the full-screen interview work (issue 5). */
#include <stdio.h>
#include "tipcheck/cli.h"
#include "tipcheck/interview.h"
int tui_run(const struct interview_setup *s) { (void)s; fputs("tipcheck: full-screen interview not written yet\n", stderr); return EXIT_USAGE; }
