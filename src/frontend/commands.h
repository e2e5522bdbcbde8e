/*
 * The subcommands of tipcheck: their run functions, called by cli_main()
 * with the parsed command line (cli.h), each returning an exit status
 * (enum exit_status). Their rows are in commands.c.
 */
#ifndef TIPCHECK_COMMANDS_H
#define TIPCHECK_COMMANDS_H

#include "cli.h"

int cmd_check(struct cli *cli);
int cmd_compile(struct cli *cli);
int cmd_list(struct cli *cli);
int cmd_assess(struct cli *cli);
int cmd_screen(struct cli *cli);
int cmd_print(struct cli *cli);
int cmd_train(struct cli *cli);

struct interview_setup;
/* --speak and the voice, rate, volume and device of speech (screen and
 * train) into s; plain: --plain was given (--speak is for the full
 * screen). Returns an exit status (usage errors printed). */
int cli_speech(struct cli *cli, bool plain, struct interview_setup *s);

#endif
