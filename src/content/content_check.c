/* Content warnings for `check`: elements a checklist cannot reach, signals items should carry. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
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

bool content_check_has_word(const char *text, const char *word)
{
	char *w;
	size_t len;
	bool found = false;

	if (!text || !word || !*word)
		return false;
	w = fold_copy(word);
	len = strlen(w);
	for (const char *p = text; *p && !found; p = fold_next_start(p))
		found = fold_starts(p, w, len);
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

/*
 * The signal words are found in one pass over each text, as it is (no
 * folded copy): every word of every signal, folded, is kept in a hash
 * table under its language and head (its first four bytes, or all of a
 * shorter word), and each place where a word of the text starts looks up
 * the words with the text's head there. A bitmap of the words' first two
 * bytes spares most places the four.
 */
#define N_FIELDS 3
#define N_BUCKETS 1024
#define HEAD_MAX 4
static const char *const field_names[N_FIELDS] = { "sign", "ask", "guidance" };

struct word_ref {
	size_t g, l, k;			/* c->signals[g].words[l].words[k] */
	size_t lang;			/* in words.langs */
	char *w;			/* folded */
	size_t len, next;		/* next: in the bucket's chain, or SIZE_MAX */
	uint32_t head;			/* as fold_head(w), cut to hlen bytes */
	unsigned hlen;			/* min(len, HEAD_MAX) */
};

/* A word found where it should not be: item i's field f in signal g's
 * words l, word k. */
struct word_hit {
	size_t g, i, l, f, k;
};

struct words {
	const char **langs;
	const struct catalog **cats;	/* by language: its catalog, NULL for en */
	size_t n_langs;
	struct word_ref *refs;
	size_t n_refs, cap_refs;
	size_t head[N_BUCKETS];
	uint64_t *pairs;		/* by language, bit b0 | b1 << 8 of 65,536:
					 * a word starts so */
	unsigned hlens;			/* bit n: a word's hlen is n */
	struct word_hit *hits;
	size_t n_hits, cap_hits;
};

static size_t lang_index(const struct words *x, const char *lang)
{
	for (size_t i = 0; i < x->n_langs; i++)
		if (!strcmp(x->langs[i], lang))
			return i;
	return x->n_langs;
}

/* The first n bytes of a head. */
static uint32_t head_cut(uint32_t head, unsigned n)
{
	return n >= HEAD_MAX ? head : head & ((UINT32_C(1) << 8 * n) - 1);
}

/* The bucket of the words in language lang with head (of hlen bytes). */
static size_t bucket(size_t lang, uint32_t head, unsigned hlen)
{
	uint32_t h = (head ^ (uint32_t)(lang * 8 + hlen) * 0x9e3779b9u) * 2654435761u;

	return h >> 22;
}

#define PAIR_WORDS (65536 / 64)

static void add_pair(struct words *x, size_t lang, uint32_t pair)
{
	x->pairs[lang * PAIR_WORDS + (pair >> 6)] |= UINT64_C(1) << (pair & 63);
}

static void add_word(struct words *x, size_t g, size_t l, size_t k, size_t lang, char *w)
{
	size_t len = strlen(w);
	unsigned hlen = len < HEAD_MAX ? (unsigned)len : HEAD_MAX;
	uint32_t head = head_cut(fold_head(w), hlen);
	size_t b = bucket(lang, head, hlen);

	if (x->n_refs == x->cap_refs) {
		x->cap_refs = x->cap_refs ? 2 * x->cap_refs : 64;
		x->refs = xreallocarray(x->refs, x->cap_refs, sizeof *x->refs);
	}
	x->refs[x->n_refs] = (struct word_ref){ g, l, k, lang, w, len, x->head[b], head, hlen };
	x->head[b] = x->n_refs++;
	x->hlens |= 1u << hlen;
	/* A word of one byte starts with every pair of its byte. */
	if (len > 1)
		add_pair(x, lang, head & 0xffff);
	else
		for (uint32_t b1 = 0; b1 < 256; b1++)
			add_pair(x, lang, head | b1 << 8);
}

static void words_init(struct words *x, const struct content *c)
{
	*x = (struct words){ 0 };
	for (size_t b = 0; b < N_BUCKETS; b++)
		x->head[b] = SIZE_MAX;
	for (size_t g = 0; g < c->n_signals; g++)
		for (size_t l = 0; l < c->signals[g].n_words; l++) {
			const struct signal_words *sw = &c->signals[g].words[l];
			size_t lang = lang_index(x, sw->lang);

			if (lang == x->n_langs) {
				x->langs = xreallocarray(x->langs, x->n_langs + 1, sizeof *x->langs);
				x->cats = xreallocarray(x->cats, x->n_langs + 1, sizeof *x->cats);
				/* Once, not per item: it compares each catalog's name. */
				x->cats[x->n_langs] = strcmp(sw->lang, "en") ?
						      content_catalog(c, sw->lang) : NULL;
				x->pairs = xreallocarray(x->pairs, x->n_langs + 1,
							 PAIR_WORDS * sizeof *x->pairs);
				memset(x->pairs + x->n_langs * PAIR_WORDS, 0,
				       PAIR_WORDS * sizeof *x->pairs);
				x->langs[x->n_langs++] = sw->lang;
			}
			for (size_t k = 0; k < sw->n_words; k++) {
				char *w = fold_copy(sw->words[k]);

				if (*w)
					add_word(x, g, l, k, lang, w);
				else
					free(w);
			}
		}
}

static void words_free(struct words *x)
{
	for (size_t i = 0; i < x->n_refs; i++)
		free(x->refs[i].w);
	free(x->refs);
	free(x->hits);
	free(x->langs);
	free(x->cats);
	free(x->pairs);
}

static void hit(struct words *x, struct word_hit h)
{
	if (x->n_hits == x->cap_hits) {
		x->cap_hits = x->cap_hits ? 2 * x->cap_hits : 16;
		x->hits = xreallocarray(x->hits, x->cap_hits, sizeof *x->hits);
	}
	x->hits[x->n_hits++] = h;
}

/* The words in language lang that start at p, a place of a text where a
 * word starts. */
static void hits_at(struct words *x, size_t lang, const char *p, size_t i, size_t f)
{
	uint32_t pair = fold_head2(p), head;

	if (!(x->pairs[lang * PAIR_WORDS + (pair >> 6)] >> (pair & 63) & 1))
		return;
	head = fold_head(p);
	for (unsigned n = 1; n <= HEAD_MAX; n++) {
		uint32_t want = head_cut(head, n);

		if (!(x->hlens >> n & 1))
			continue;
		for (size_t r = x->head[bucket(lang, want, n)]; r != SIZE_MAX;
		     r = x->refs[r].next) {
			const struct word_ref *w = &x->refs[r];

			/* A word no longer than its head is all compared. */
			if (w->head == want && w->hlen == n && w->lang == lang &&
			    (w->len <= HEAD_MAX || fold_starts(p, w->w, w->len)))
				hit(x, (struct word_hit){ w->g, i, w->l, f, w->k });
		}
	}
}

/* Every word in language lang that occurs where a word of the text t
 * starts: the same places content_check_has_word() accepts. */
static void scan(struct words *x, const char *t, size_t lang, size_t i, size_t f)
{
	for (const char *p = t; *p; p = fold_next_start(p))
		hits_at(x, lang, p, i, f);
}

/* "KEY.FIELD" into key as snprintf() would write it, without parsing a
 * format: that cost ~900 instructions a key, once per item, field and
 * language. */
static void field_key(char *key, size_t size, const char *item_key, const char *field)
{
	size_t a = strlen(item_key), b = strlen(field);

	if (a + 1 + b >= size) {
		snprintf(key, size, "%s.%s", item_key, field);
		return;
	}
	memcpy(key, item_key, a);
	key[a] = '.';
	memcpy(key + a + 1, field, b + 1);
}

/* Item i's texts in each language with words: sign, ask and guidance
 * (English, or the language's catalog where the English exists). */
static void scan_item(struct words *x, const struct content *c, size_t i)
{
	const struct item *it = c->items[i];
	const char *english[N_FIELDS] = { it->sign, it->ask, it->guidance };
	char key[512];

	for (size_t l = 0; l < x->n_langs; l++) {
		bool en = !strcmp(x->langs[l], "en");
		const struct catalog *cat = x->cats[l];

		for (size_t f = 0; f < N_FIELDS; f++) {
			const char *text = english[f];

			if (!en) {
				field_key(key, sizeof key, it->key, field_names[f]);
				text = english[f] && cat ? catalog_get(cat, key) : NULL;
			}
			if (text)
				scan(x, text, l, i, f);
		}
	}
}

/* Signal, item, then the first language, field and word: the order of
 * the warnings, and of the one each item gets per signal. */
static int cmp_hit(const void *a, const void *b)
{
	const struct word_hit *p = a, *q = b;
	const size_t u[] = { p->g, p->i, p->l, p->f, p->k }, v[] = { q->g, q->i, q->l, q->f, q->k };

	for (size_t n = 0; n < sizeof u / sizeof u[0]; n++)
		if (u[n] != v[n])
			return u[n] < v[n] ? -1 : 1;
	return 0;
}

static bool check_signal_words(const struct content *c, struct diag_list *d)
{
	struct words x;
	bool ok = true;
	size_t h = 0;

	words_init(&x, c);
	for (size_t i = 0; x.n_refs && i < c->n_items; i++)
		scan_item(&x, c, i);
	if (x.n_hits)
		qsort(x.hits, x.n_hits, sizeof *x.hits, cmp_hit);
	for (size_t g = 0; g < c->n_signals; g++) {
		const struct signal *sg = &c->signals[g];

		if (!sg->n_items) {
			diag_warning(d, sg->pos, DIAG_SIGNAL, "signal '%s' is carried by no item: "
				     "no rule can hear it", sg->id);
			ok = false;
		}
		while (h < x.n_hits && x.hits[h].g == g) {
			const struct word_hit *w = &x.hits[h];
			const struct item *it = c->items[w->i];

			if (!carries(it, sg)) {
				diag_warning(d, it->pos, DIAG_SIGNAL, "item '%s' does not carry "
					     "signal '%s', but its %s (%s) has the word '%s': add it "
					     "to the item's signals if the item is about it", it->key,
					     sg->id, field_names[w->f], sg->words[w->l].lang,
					     sg->words[w->l].words[w->k]);
				ok = false;
			}
			while (h < x.n_hits && x.hits[h].g == g && x.hits[h].i == w->i)
				h++;
		}
	}
	words_free(&x);
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
