/* tipcheck check on the full screen's answer letters (ui.tui.keys.*) against the keys of the screens where they answer. */
#include <stdio.h>
#include <string.h>

#include "tipcheck/catalog.h"
#include "tui.h"
#include "tui_check.h"
#include "tui_person.h"

static const struct catalog_entry *entry_of(const struct catalog *cat, const char *key)
{
	for (size_t i = 0; i < cat->n_entries; i++)
		if (!strcmp(cat->entries[i].key, key))
			return &cat->entries[i];
	return NULL;
}

/* The first clash of letter (row i of screen s) in tr, said in English
 * into buf; false when there is none. Two letters alike are left to the
 * catalog check. */
static bool clash(const struct tr *tr, const struct tr *en, enum tui_screen_id id, size_t i,
		  int letter, char *buf, size_t size)
{
	const struct tui_screen *s = tui_screen_of(id);
	const struct tui_binding *with = tui_key_clash(tr, s->keys, s->n_keys, i, letter);

	if (with && with->key != TUI_LETTER) {
		snprintf(buf, size, "'%s' (%s) on the %s screen", tr_ui(en, with->label),
			 with->label, s->name);
		return true;
	}
	/* The person's screen takes their letter for "hear it again". */
	if (id == TUI_PERSON && letter == tui_repeat_key(tr)) {
		snprintf(buf, size, "'%s' (ui.person.repeat-key) on the %s screen",
			 tr_ui(en, "ui.person.repeat"), s->name);
		return true;
	}
	return false;
}

/* Each letter of one catalog, once: not one key, or its first clash. */
static void check_catalog(const struct content *c, const struct catalog *cat,
			  struct diag_list *d)
{
	const struct tr tr = { c, cat, content_catalog(c, "en") };
	const struct tr en = { c, tr.en, tr.en };
	const char *said[ACT_COUNT] = { 0 };

	for (int id = 0; id < TUI_SCREEN_COUNT; id++) {
		const struct tui_screen *s = tui_screen_of((enum tui_screen_id)id);

		for (size_t i = 0; i < s->n_keys; i++) {
			const char *key = tui_letter_ui_key(s->keys[i].action);
			const struct catalog_entry *e;
			char with[160];
			int letter;

			if (s->keys[i].key != TUI_LETTER || !key || said[s->keys[i].action] ||
			    !(e = entry_of(cat, key)))
				continue;
			letter = tui_letter_parse(e->text);
			if (letter < 0) {
				said[s->keys[i].action] = key;
				diag_error(d, e->pos, DIAG_TRANSLATION, "'%s': '%s' is not one key: "
					   "one character, not a digit or a blank", key, e->text);
			} else if (clash(&tr, &en, (enum tui_screen_id)id, i, letter, with,
					 sizeof with)) {
				said[s->keys[i].action] = key;
				diag_error(d, e->pos, DIAG_TRANSLATION, "'%s': '%s' is already the key "
					   "of %s", key, e->text, with);
			}
		}
	}
}

void tui_check_letters(const struct content *c, struct diag_list *d)
{
	if (!content_catalog(c, "en"))
		return;
	for (size_t i = 0; i < c->n_catalogs; i++)
		if (c->catalogs[i].scope == CATALOG_FULL && !c->catalogs[i].head_only)
			check_catalog(c, &c->catalogs[i], d);
}
