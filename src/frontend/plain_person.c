/*
 * The person's language in the line-by-line interview: the question and
 * the text to read out, under the worker's. Part of the module plain.
 */
#include <string.h>

#include "plain_person.h"
#include "tipcheck/catalog.h"

void plain_person_text(struct plain *p, const char *other, const char *shown)
{
	const struct tr *ask_lang = &p->s->ask_lang;

	if (!other || !shown || !strcmp(other, shown) || !ask_lang->cat)
		return;
	plain_put_owned(p, "", plain_say(p->t, "ui.tui.question.in-language", "language",
					 tr_language_name(p->t, ask_lang), NULL));
	/* As the catalog has it, in reading order: a screen reader reorders
	 * and a terminal that does bidi shows it right (doc/tipcheck.1). */
	plain_put_wrapped(p, "  ", other);
}
