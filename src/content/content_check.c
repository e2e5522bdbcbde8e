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

/* s in lower case (fold) into out, which has room for strlen(s) + 1
 * bytes: folding never makes a code point longer in UTF-8. */
static void fold_into(char *out, const char *s)
{
	size_t n = 0;

	while (*s) {
		/* ASCII, most of every text, without decoding. */
		if (!((unsigned char)*s & 0x80)) {
			out[n++] = (char)(*s >= 'A' && *s <= 'Z' ? *s + 0x20 : *s);
			s++;
			continue;
		}
		n += put_cp(out + n, fold(next_cp(&s)));
	}
	out[n] = '\0';
}

/* s in lower case (fold), as a new string owned by the caller. */
static char *folded(const char *s)
{
	char *out = xmalloc(strlen(s) + 1);

	fold_into(out, s);
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

/* The signal words are found in one pass over each text: every word of
 * every signal, folded, is kept in a hash table under its language and
 * first two bytes, and each place where a word of the text starts looks
 * up the words that could start there. */
#define N_FIELDS 3
#define N_BUCKETS 1024
static const char *const field_names[N_FIELDS] = { "sign", "ask", "guidance" };

struct word_ref {
	size_t g, l, k;			/* c->signals[g].words[l].words[k] */
	size_t lang;			/* in words.langs */
	char *w;			/* folded */
	size_t len, next;		/* next: in the bucket's chain, or SIZE_MAX */
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
	char *text;			/* the folded text being scanned */
	size_t cap_text;
	struct word_ref *refs;
	size_t n_refs, cap_refs;
	size_t head[N_BUCKETS];
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

/* The bucket of the words in language lang starting with bytes b0, b1
 * (b1 0 for a word of one byte). */
static size_t bucket(size_t lang, unsigned char b0, unsigned char b1)
{
	uint32_t h = (uint32_t)(lang * 65536u + b0 * 256u + b1) * 2654435761u;

	return h >> 22;
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
				x->langs[x->n_langs++] = sw->lang;
			}
			for (size_t k = 0; k < sw->n_words; k++) {
				char *w = folded(sw->words[k]);
				struct word_ref *r;
				size_t b;

				if (!*w) {
					free(w);
					continue;
				}
				if (x->n_refs == x->cap_refs) {
					x->cap_refs = x->cap_refs ? 2 * x->cap_refs : 64;
					x->refs = xreallocarray(x->refs, x->cap_refs, sizeof *x->refs);
				}
				b = bucket(lang, (unsigned char)w[0], (unsigned char)w[1]);
				r = &x->refs[x->n_refs];
				*r = (struct word_ref){ g, l, k, lang, w, strlen(w), x->head[b] };
				x->head[b] = x->n_refs++;
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
	free(x->text);
}

static void hit(struct words *x, struct word_hit h)
{
	if (x->n_hits == x->cap_hits) {
		x->cap_hits = x->cap_hits ? 2 * x->cap_hits : 16;
		x->hits = xreallocarray(x->hits, x->cap_hits, sizeof *x->hits);
	}
	x->hits[x->n_hits++] = h;
}

/* The words of bucket b that start at p of a text in language lang. */
static void hits_at(struct words *x, size_t b, size_t lang, const char *p, size_t i, size_t f)
{
	for (size_t r = x->head[b]; r != SIZE_MAX; r = x->refs[r].next) {
		const struct word_ref *w = &x->refs[r];

		if (w->lang == lang && !strncmp(p, w->w, w->len))
			hit(x, (struct word_hit){ w->g, i, w->l, f, w->k });
	}
}

/* Every word in language lang that occurs where a word of the folded text
 * t starts: the same places has_folded() accepts. */
static void scan(struct words *x, const char *t, size_t lang, size_t i, size_t f)
{
	bool after_letter = false;

	for (const char *p = t; *p;) {
		if (!after_letter) {
			unsigned char b0 = (unsigned char)p[0], b1 = (unsigned char)p[1];

			size_t b = bucket(lang, b0, 0);

			/* Most buckets are empty: no call for them. */
			if (x->head[b] != SIZE_MAX)
				hits_at(x, b, lang, p, i, f);
			b = bucket(lang, b0, b1);
			if (b1 && x->head[b] != SIZE_MAX)
				hits_at(x, b, lang, p, i, f);
		}
		if (!((unsigned char)*p & 0x80)) {
			/* is_letter() for ASCII, without its call. */
			char lower = (char)(*p | 0x20);

			after_letter = (lower >= 'a' && lower <= 'z') || (*p >= '0' && *p <= '9');
			p++;
			continue;
		}
		after_letter = is_letter(next_cp(&p));
	}
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
			size_t len;

			if (!en) {
				field_key(key, sizeof key, it->key, field_names[f]);
				text = english[f] && cat ? catalog_get(cat, key) : NULL;
			}
			if (!text)
				continue;
			/* One buffer for every text: no allocation per text. */
			len = strlen(text);
			if (len + 1 > x->cap_text) {
				x->cap_text = 2 * (len + 1);
				free(x->text);
				x->text = xmalloc(x->cap_text);
			}
			fold_into(x->text, text);
			scan(x, x->text, l, i, f);
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
