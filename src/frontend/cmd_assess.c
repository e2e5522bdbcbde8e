/* STUB: replaced by the issue that owns 'tipcheck assess'. */
#include <stdio.h>
#include "tipcheck/cli.h"
#include "tipcheck/commands.h"
int cmd_assess(int argc, char **argv) { (void)argc; (void)argv; fputs("tipcheck assess: not written yet\n", stderr); return EXIT_USAGE; }
