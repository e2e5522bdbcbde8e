/* tipcheck: entry point. The subcommands are the table in commands.c. */
#include "cli.h"
#include "tipcheck/privacy.h"

int main(int argc, char **argv)
{
	privacy_harden();
	cli_setup_locale();
	return cli_main(argc, argv);
}
