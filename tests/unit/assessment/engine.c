/* The engine fixture (tests/fixtures/engine) loaded for a group of unit tests. */
#include <stdio.h>
#include <stdlib.h>

#include "engine.h"
#include "tipcheck/loader.h"

int engine_load(void **state)
{
	const char *src = getenv("TIPCHECK_SRC");
	struct diag_list d = { 0 };
	char dir[4096];

	snprintf(dir, sizeof dir, "%s/tests/fixtures/engine", src ? src : ".");
	diag_list_init(&d, DIAG_DEFAULT_MAX);
	*state = loader_load(dir, &d);
	if (!*state)
		diag_print(&d, stderr);
	diag_list_free(&d);
	return *state ? 0 : -1;
}

int engine_unload(void **state)
{
	content_free(*state);
	return 0;
}
