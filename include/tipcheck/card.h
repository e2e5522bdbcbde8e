/*
 * The discreet card: a card the size of a bank card with the numbers the
 * person can call, in the person's language, worded so that nothing on
 * it would endanger the person if someone who controls them found it (no
 * "trafficking", no "victim"). The words are content: the card's own
 * strings (ui.card.*), and each service's `card:` words in a referral
 * directory; the words that must never be on a card are the catalog's
 * ui.card.unsafe-words, per language where a translation gives them.
 * Renderers write only to the FILE * they are given.
 */
#ifndef TIPCHECK_CARD_H
#define TIPCHECK_CARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "tipcheck/catalog.h"
#include "tipcheck/diag.h"
#include "tipcheck/model.h"
#include "tipcheck/render.h"

/* One number on the card. Strings borrowed from the content. */
struct card_line {
	const struct service *service;
	const char *label;		/* its card words, in the card's language */
	const char *contact;
	const char *hours;		/* NULL: none */
};

/* A card in one language. Strings borrowed from the content. */
struct card {
	const struct directory *directory;
	const struct tr *tr;		/* the card's language (borrowed) */
	const char *title;
	const char *footer;
	struct card_line *lines;	/* owned: card_free() */
	size_t n_lines;
};

/*
 * The card of directory d (NULL: the default directory) in t's language:
 * every service of d with card words and a contact, in d's order (no
 * fallback to another directory: a number from elsewhere may not work
 * where the person is). Returns false, with *out empty, when d puts no
 * service on a card.
 */
bool card_build(const struct content *c, const struct directory *d, const struct tr *t,
		struct card *out);

void card_free(struct card *k);

/*
 * Writes k in format: text (a framed card of about 40 columns to cut
 * out), Markdown, or one HTML page (the card at its real size, 85.6 by
 * 54 mm, with cut marks, for A4 or Letter). Returns 0, or -1 when writing
 * failed.
 */
int card_render(FILE *out, enum render_format format, const struct card *k);

/* card_render of arg (a const struct card *): the render callback of
 * export.h's print and save. */
int card_render_to(FILE *out, enum render_format format, const void *arg);

/*
 * Checks every card of c in every language: no text on it (title, card
 * words, hours, footer) holds a word of English's ui.card.unsafe-words or
 * of the language's own list, as a word start without case (content_check
 * .h's matching). Each finding is an error at the string's position.
 */
void card_check(const struct content *c, struct diag_list *d);

#endif
