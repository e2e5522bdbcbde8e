/* Content warnings for `check`: elements a checklist cannot reach, signals items should carry. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tipcheck/catalog.h"
#include "tipcheck/content_check.h"
#include "tipcheck/xalloc.h"

/* --- reachability ------------------------------------------------------ */

static const char *const strength_words[STRENGTH_COUNT] = {
	[STRENGTH_WEAK] = "weak", [STRENGTH_MEDIUM] = "medium", [STRENGTH_STRONG] = "strong",
};

/* "2 strong, 1 medium" for the counts n; "none" when all are 0. */
static void counts_words(const unsigned n[STRENGTH_COUNT], char *out, size_t size)
{
	size_t len = 0;

	out[0] = '\0';
	for (int s = STRENGTH_STRONG; s >= STRENGTH_WEAK; s--) {
		int w;

		if (!n[s])
			continue;
		w = snprintf(out + len, size - len, "%s%u %s", len ? ", " : "", n[s],
			     strength_words[s]);
		if (w < 0 || (size_t)w >= size - len)
			return;
		len += (size_t)w;
	}
	if (!len)
		snprintf(out, size, "none");
}

static bool reachable(const struct element *el, const unsigned n[STRENGTH_COUNT])
{
	for (size_t t = 0; t < el->n_positive_when; t++) {
		bool ok = true;

		for (int s = STRENGTH_WEAK; s < STRENGTH_COUNT; s++)
			ok &= n[s] >= el->positive_when[t].min[s];
		if (ok)
			return true;
	}
	return false;
}

/* Each element a checklist scores, from the checklist's own graded items
 * (every item counted, whatever its show_if). */
static bool check_reach(const struct checklist *cl, struct diag_list *d)
{
	bool ok = true;

	for (size_t s = 0; s < cl->n_sections; s++) {
		const struct element *el = cl->sections[s].element;
		unsigned n[STRENGTH_COUNT] = { 0 }, total = 0;
		bool first = true;
		char have[64];

		for (size_t k = 0; k < s && el; k++)
			first &= cl->sections[k].element != el;
		if (!el || !first)
			continue;
		for (size_t k = s; k < cl->n_sections; k++) {
			if (cl->sections[k].element != el)
				continue;
			for (size_t i = 0; i < cl->sections[k].n_items; i++)
				n[cl->sections[k].items[i].strength]++;
		}
		n[STRENGTH_NONE] = 0;
		total = n[STRENGTH_STRONG] + n[STRENGTH_MEDIUM] + n[STRENGTH_WEAK];
		counts_words(n, have, sizeof have);
		if (!reachable(el, n)) {
			diag_warning(d, cl->sections[s].pos, DIAG_REACH,
				     "element '%s' can never be positive from checklist '%s' "
				     "alone: its items for it are %s, and no combination of "
				     "positive_when in rules '%s' is reachable with them", el->id,
				     cl->id, have, el->rules ? el->rules->id : "?");
			ok = false;
		}
		if (total < el->min_answered) {
			diag_warning(d, cl->sections[s].pos, DIAG_REACH,
				     "checklist '%s' has %u graded item%s for element '%s', fewer "
				     "than its min_answered (%u): with this checklist alone the "
				     "element is always undecided unless positive", cl->id, total,
				     total == 1 ? "" : "s", el->id, el->min_answered);
			ok = false;
		}
	}
	return ok;
}

/* --- signal words ------------------------------------------------------ */

/* The next code point of s (UTF-8, already validated by the loader). */
static uint32_t next_cp(const char **s)
{
	const unsigned char *p = (const unsigned char *)*s;
	uint32_t c = *p;
	int n = c < 0x80 ? 0 : c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;

	if (n)
		c &= 0x3f >> n;
	for (int i = 1; i <= n && p[i]; i++)
		c = (c << 6) | (p[i] & 0x3f);
	*s += 1 + n;
	return c;
}

/* Lower case for the letters of the languages with signal words: Basic
 * Latin, Latin-1 and Cyrillic. */
static uint32_t fold(uint32_t c)
{
	if ((c >= 'A' && c <= 'Z') || (c >= 0xc0 && c <= 0xde && c != 0xd7))
		return c + 0x20;
	if (c >= 0x410 && c <= 0x42f)
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40f)
		return c + 0x50;
	return c;
}

static bool is_letter(uint32_t c)
{
	c = fold(c);
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       (c >= 0xdf && c <= 0x24f && c != 0xf7) || (c >= 0x370 && c <= 0x52f);
}

/* Whether word (folded) starts at t. */
static bool starts_with(const char *t, const char *word)
{
	while (*word) {
		if (!*t || fold(next_cp(&t)) != fold(next_cp(&word)))
			return false;
	}
	return true;
}

bool content_check_has_word(const char *text, const char *word)
{
	uint32_t prev = ' ';

	if (!text || !word || !*word)
		return false;
	for (const char *t = text; *t;) {
		const char *here = t;
		uint32_t c = next_cp(&t);

		if (!is_letter(prev) && starts_with(here, word))
			return true;
		prev = c;
	}
	return false;
}

static bool carries(const struct item *it, const struct signal *sg)
{
	for (size_t k = 0; k < it->n_signal_ids; k++)
		if (it->signals && it->signals[k] == sg)
			return true;
	return false;
}

/* The first word of w found in the item's texts in w's language, and
 * which field it was found in. */
static const char *found_word(const struct content *c, const struct item *it,
			      const struct signal_words *w, const char **field)
{
	static const char *const fields[] = { "sign", "ask", "guidance" };
	const char *english[] = { it->sign, it->ask, it->guidance };
	const struct catalog *cat = strcmp(w->lang, "en") ? content_catalog(c, w->lang) : NULL;
	char key[512];

	if (strcmp(w->lang, "en") && !cat)
		return NULL;
	for (size_t f = 0; f < sizeof fields / sizeof fields[0]; f++) {
		const char *text = english[f];

		if (cat) {
			snprintf(key, sizeof key, "%s.%s", it->key, fields[f]);
			text = english[f] ? catalog_get(cat, key) : NULL;
		}
		for (size_t k = 0; text && k < w->n_words; k++)
			if (content_check_has_word(text, w->words[k])) {
				*field = fields[f];
				return w->words[k];
			}
	}
	return NULL;
}

static bool check_signal_words(const struct content *c, struct diag_list *d)
{
	bool ok = true;

	for (size_t g = 0; g < c->n_signals; g++) {
		const struct signal *sg = &c->signals[g];

		if (!sg->n_items) {
			diag_warning(d, sg->pos, DIAG_SIGNAL, "signal '%s' is carried by no item: "
				     "no rule can hear it", sg->id);
			ok = false;
		}
		for (size_t i = 0; i < c->n_items; i++) {
			const struct item *it = c->items[i];

			if (carries(it, sg))
				continue;
			for (size_t l = 0; l < sg->n_words; l++) {
				const char *field, *word = found_word(c, it, &sg->words[l], &field);

				if (!word)
					continue;
				diag_warning(d, it->pos, DIAG_SIGNAL, "item '%s' does not carry "
					     "signal '%s', but its %s (%s) has the word '%s': add it "
					     "to the item's signals if the item is about it", it->key,
					     sg->id, field, sg->words[l].lang, word);
				ok = false;
				break;
			}
		}
	}
	return ok;
}

bool content_check(const struct content *c, struct diag_list *d)
{
	bool ok = true;

	for (size_t i = 0; i < c->n_checklists; i++)
		ok &= check_reach(&c->checklists[i], d);
	ok &= check_signal_words(c, d);
	return ok;
}
