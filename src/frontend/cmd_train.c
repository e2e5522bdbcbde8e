/* STUB: replaced by the issue that owns 'tipcheck train'. */
#include <stdio.h>
#include "tipcheck/cli.h"
#include "tipcheck/commands.h"
int cmd_train(int argc, char **argv) { (void)argc; (void)argv; fputs("tipcheck train: not written yet\n", stderr); return EXIT_USAGE; }
