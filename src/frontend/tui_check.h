/* tipcheck check on the full screen's answer letters: each full catalog's
 * ui.tui.keys.* is one key that no other key of the same screen takes.
 * Front-end code: the key tables are the screens'. */
#ifndef TIPCHECK_TUI_CHECK_H
#define TIPCHECK_TUI_CHECK_H

#include "tipcheck/diag.h"
#include "tipcheck/model.h"

/* Adds an error (at the string's file:line:column) for each answer letter
 * of each full catalog of c that is not one key, or that a screen where
 * it answers already uses for something else: a fixed key, a global key,
 * or the person's "hear it again" key in the same language. Two letters
 * alike are the catalog check's (a ".keys." group). */
void tui_check_letters(const struct content *c, struct diag_list *d);

#endif
