/*
 * The subcommands of tipcheck. Each takes argc/argv starting at its own
 * name (argv[0] is "check", "list"...) and returns an exit status
 * (enum exit_status).
 */
#ifndef TIPCHECK_COMMANDS_H
#define TIPCHECK_COMMANDS_H

int cmd_check(int argc, char **argv);
int cmd_list(int argc, char **argv);
int cmd_assess(int argc, char **argv);
int cmd_screen(int argc, char **argv);
int cmd_print(int argc, char **argv);
int cmd_train(int argc, char **argv);

#endif
