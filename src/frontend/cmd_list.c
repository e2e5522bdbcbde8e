/* STUB: replaced by the issue that owns 'tipcheck list'. */
#include <stdio.h>
#include "tipcheck/cli.h"
#include "tipcheck/commands.h"
int cmd_list(int argc, char **argv) { (void)argc; (void)argv; fputs("tipcheck list: not written yet\n", stderr); return EXIT_USAGE; }
