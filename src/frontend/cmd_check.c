/* STUB: replaced by the issue that owns 'tipcheck check'. */
#include <stdio.h>
#include "tipcheck/cli.h"
#include "tipcheck/commands.h"
int cmd_check(int argc, char **argv) { (void)argc; (void)argv; fputs("tipcheck check: not written yet\n", stderr); return EXIT_USAGE; }
