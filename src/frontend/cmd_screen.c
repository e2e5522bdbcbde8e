/* STUB: replaced by the issue that owns 'tipcheck screen'. */
#include <stdio.h>
#include "tipcheck/cli.h"
#include "tipcheck/commands.h"
int cmd_screen(int argc, char **argv) { (void)argc; (void)argv; fputs("tipcheck screen: not written yet\n", stderr); return EXIT_USAGE; }
