/*
 * 'tipcheck list --ids KIND': ids only, one per line, for scripts and the
 * shell completion (completion/tipcheck.bash). Front-end code only.
 */
#ifndef TIPCHECK_IDS_H
#define TIPCHECK_IDS_H

#include <stdio.h>

#include "cli.h"

/*
 * Prints the ids of kind (one of the --ids row's choices in commands.c) to
 * out, one per line:
 *   checklists, scenarios, regions, languages: the content's (loaded as
 *     cli_content() does, after checking --lang, --ask-lang and --region);
 *   commands: each command's name, then " KIND" when it takes operands;
 *   options: "--NAME" for each option of the command named by the operand
 *     (none: of the program run without a command) and the global ones,
 *     then " KIND" when it takes an argument (its row's complete, else
 *     "-" for anything);
 *   any other: the choices of the option whose row names kind.
 * KIND is what completes the operands or argument (cli_option.complete).
 * Returns an exit status: EXIT_INVALID when the content does not load,
 * EXIT_USAGE for an unknown command or language.
 */
int ids_print(struct cli *cli, const char *kind, FILE *out);

#endif
