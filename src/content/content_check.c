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

static size_t put_cp(char *out, uint32_t c)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xc0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xe0 | (c >> 12));
		out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		out[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (c >> 18));
	out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
	out[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

/* s in lower case (fold), as a new string owned by the caller. Folding
 * never makes a code point longer in UTF-8. */
static char *folded(const char *s)
{
	char *out = xmalloc(strlen(s) + 1);
	size_t n = 0;

	while (*s)
		n += put_cp(out + n, fold(next_cp(&s)));
	out[n] = '\0';
	return out;
}

/* Whether the folded word w occurs in the folded text t where a word of t
 * starts. */
static bool has_folded(const char *t, const char *w)
{
	if (!*w)
		return false;
	for (const char *p = strstr(t, w); p; p = strstr(p + 1, w)) {
		const char *q = p;

		if (p == t)
			return true;
		/* Back to the start of the code point before p. */
		do
			q--;
		while (q > t && ((unsigned char)*q & 0xc0) == 0x80);
		if (!is_letter(next_cp(&q)))
			return true;
	}
	return false;
}

bool content_check_has_word(const char *text, const char *word)
{
	char *t, *w;
	bool found;

	if (!text || !word)
		return false;
	t = folded(text);
	w = folded(word);
	found = has_folded(t, w);
	free(t);
	free(w);
	return found;
}

static bool carries(const struct item *it, const struct signal *sg)
{
	for (size_t k = 0; k < it->n_signal_ids; k++)
		if (it->signals && it->signals[k] == sg)
			return true;
	return false;
}

/* The texts the words are looked for in, folded once: per item, per
 * language with words, the sign, ask and guidance (NULL when absent). */
#define N_FIELDS 3
static const char *const field_names[N_FIELDS] = { "sign", "ask", "guidance" };

struct texts {
	const char **langs;
	size_t n_langs;
	char **v;			/* [item][lang][field] */
};

static size_t lang_index(const struct texts *x, const char *lang)
{
	for (size_t i = 0; i < x->n_langs; i++)
		if (!strcmp(x->langs[i], lang))
			return i;
	return x->n_langs;
}

static void texts_init(struct texts *x, const struct content *c)
{
	char key[512];

	*x = (struct texts){ 0 };
	for (size_t g = 0; g < c->n_signals; g++)
		for (size_t l = 0; l < c->signals[g].n_words; l++)
			if (lang_index(x, c->signals[g].words[l].lang) == x->n_langs) {
				x->langs = xreallocarray(x->langs, x->n_langs + 1, sizeof *x->langs);
				x->langs[x->n_langs++] = c->signals[g].words[l].lang;
			}
	x->v = xcalloc(c->n_items * x->n_langs * N_FIELDS + 1, sizeof *x->v);
	for (size_t i = 0; i < c->n_items; i++) {
		const struct item *it = c->items[i];
		const char *english[N_FIELDS] = { it->sign, it->ask, it->guidance };

		for (size_t l = 0; l < x->n_langs; l++) {
			const struct catalog *cat = strcmp(x->langs[l], "en")
				? content_catalog(c, x->langs[l]) : NULL;

			for (size_t f = 0; f < N_FIELDS; f++) {
				const char *text = english[f];

				if (strcmp(x->langs[l], "en")) {
					snprintf(key, sizeof key, "%s.%s", it->key, field_names[f]);
					text = english[f] && cat ? catalog_get(cat, key) : NULL;
				}
				if (text)
					x->v[(i * x->n_langs + l) * N_FIELDS + f] = folded(text);
			}
		}
	}
}

static void texts_free(struct texts *x, const struct content *c)
{
	for (size_t i = 0; i < c->n_items * x->n_langs * N_FIELDS; i++)
		free(x->v[i]);
	free(x->v);
	free(x->langs);
}

/* The first word of w in item i's texts of w's language, and its field. */
static const char *found_word(const struct texts *x, size_t i, const struct signal_words *w,
			      char *const *fwords, const char **field)
{
	size_t l = lang_index(x, w->lang);

	for (size_t f = 0; f < N_FIELDS; f++) {
		const char *t = x->v[(i * x->n_langs + l) * N_FIELDS + f];

		for (size_t k = 0; t && k < w->n_words; k++)
			if (has_folded(t, fwords[k])) {
				*field = field_names[f];
				return w->words[k];
			}
	}
	return NULL;
}

static bool check_signal_words(const struct content *c, struct diag_list *d)
{
	struct texts x;
	bool ok = true;

	texts_init(&x, c);
	for (size_t g = 0; g < c->n_signals; g++) {
		const struct signal *sg = &c->signals[g];
		char ***fwords = xcalloc(sg->n_words + 1, sizeof *fwords);

		if (!sg->n_items) {
			diag_warning(d, sg->pos, DIAG_SIGNAL, "signal '%s' is carried by no item: "
				     "no rule can hear it", sg->id);
			ok = false;
		}
		for (size_t l = 0; l < sg->n_words; l++) {
			fwords[l] = xcalloc(sg->words[l].n_words + 1, sizeof *fwords[l]);
			for (size_t k = 0; k < sg->words[l].n_words; k++)
				fwords[l][k] = folded(sg->words[l].words[k]);
		}
		for (size_t i = 0; i < c->n_items; i++) {
			const struct item *it = c->items[i];

			if (carries(it, sg))
				continue;
			for (size_t l = 0; l < sg->n_words; l++) {
				const char *field, *word = found_word(&x, i, &sg->words[l], fwords[l],
								      &field);

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
		for (size_t l = 0; l < sg->n_words; l++) {
			for (size_t k = 0; k < sg->words[l].n_words; k++)
				free(fwords[l][k]);
			free(fwords[l]);
		}
		free(fwords);
	}
	texts_free(&x, c);
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
