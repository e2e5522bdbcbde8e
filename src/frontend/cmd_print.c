/* STUB: replaced by the issue that owns 'tipcheck print'. */
#include <stdio.h>
#include "tipcheck/cli.h"
#include "tipcheck/commands.h"
int cmd_print(int argc, char **argv) { (void)argc; (void)argv; fputs("tipcheck print: not written yet\n", stderr); return EXIT_USAGE; }
