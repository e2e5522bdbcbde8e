/* Checks of translation catalogs against English and the content. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog_check.h"
#include "catalog_keys.h"
#include "tipcheck/catalog.h"
#include "tipcheck/plural.h"
#include "tipcheck/xalloc.h"

/* The placeholder names of s, sorted and unique, as "{a}{b}" into out:
 * two texts match when these strings are equal. */
static void placeholders(const char *s, char *out, size_t size)
{
	const char *names[64];
	size_t lens[64], n = 0, len = 0;

	for (const char *p = s; *p && n < 64; p++) {
		size_t k;

		if (p[0] == '{' && p[1] == '{') {
			p++;
			continue;
		}
		if (p[0] != '{' || !(k = placeholder_len(p + 1)))
			continue;
		names[n] = p + 1;
		lens[n++] = k;
		p += k + 1;
	}
	/* Insertion sort: a handful of names. */
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0; j--) {
			size_t m = lens[j] < lens[j - 1] ? lens[j] : lens[j - 1];
			int r = strncmp(names[j], names[j - 1], m);

			if (r > 0 || (r == 0 && lens[j] >= lens[j - 1]))
				break;
			const char *tn = names[j];
			size_t tl = lens[j];

			names[j] = names[j - 1];
			lens[j] = lens[j - 1];
			names[j - 1] = tn;
			lens[j - 1] = tl;
		}
	out[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		if (i && lens[i] == lens[i - 1] && !strncmp(names[i], names[i - 1], lens[i]))
			continue;
		/* "{name}" and its NUL must fit, as snprintf() would need. */
		if (lens[i] + 2 >= size - len)
			break;
		out[len++] = '{';
		memcpy(out + len, names[i], lens[i]);
		len += lens[i];
		out[len++] = '}';
		out[len] = '\0';
	}
}

static void check_placeholders(const struct catalog_entry *e, const char *english,
			       struct diag_list *d)
{
	char want[512], got[512];

	/* Most strings have no braces at all: nothing to compare. */
	if (!strchr(english, '{') && !strchr(e->text, '{'))
		return;
	placeholders(english, want, sizeof want);
	placeholders(e->text, got, sizeof got);
	if (strcmp(want, got))
		diag_error(d, e->pos, DIAG_TRANSLATION, "'%s': placeholders %s differ from "
			   "English %s", e->key, got[0] ? got : "(none)", want[0] ? want : "(none)");
}

/* Whether the space-separated word lists a and b share a word. */
static bool lists_share_word(const char *a, const char *b, char *word, size_t size)
{
	for (const char *p = a; *p;) {
		size_t len;

		p += strspn(p, " ");
		len = strcspn(p, " ");
		for (const char *q = b; len && *q;) {
			size_t qlen;

			q += strspn(q, " ");
			qlen = strcspn(q, " ");
			if (qlen == len && !strncasecmp(p, q, len)) {
				snprintf(word, size, "%.*s", (int)len, p);
				return true;
			}
			q += qlen;
		}
		p += len;
	}
	return false;
}

/*
 * Key lists ("ui.plain.keys.yes": "y yes 1"): within one group
 * (ui.plain.keys), no word may mean two things in a language, counting
 * the English strings it falls back to.
 */
static void check_key_words(const struct catalog *cat, const struct catalog *en,
			    struct diag_list *d)
{
	for (size_t i = 0; i < en->n_entries; i++) {
		const char *ki = en->entries[i].key;
		const char *dot = strrchr(ki, '.');

		if (!strstr(ki, ".keys.") || dot - ki < 5 || strncmp(dot - 5, ".keys", 5))
			continue;
		const char *a = catalog_get(cat, ki);

		/* en's entries are sorted: the keys of ki's group follow it. */
		for (size_t j = i + 1; j < en->n_entries; j++) {
			const char *kj = en->entries[j].key, *b;
			const struct catalog_entry *at;
			char word[64];

			if (strncmp(ki, kj, (size_t)(dot - ki) + 1))
				break;
			if (strchr(kj + (dot - ki) + 1, '.'))
				continue;
			b = catalog_get(cat, kj);
			if (!lists_share_word(a ? a : en->entries[i].text,
					      b ? b : en->entries[j].text, word, sizeof word))
				continue;
			at = catalog_entry_of(cat, b ? kj : ki);
			diag_error(d, at ? at->pos : cat->pos, DIAG_TRANSLATION,
				   "'%s' and '%s' both accept '%s'%s", ki, kj, word,
				   (a && b) ? "" : " (one of them falls back to English)");
		}
	}
}

/*
 * The English text a ui key of cat is checked against. A plural form
 * English does not have (a Russian ui.x.few) is checked against the
 * English ui.x.other; it must be a category of cat's language.
 */
static const char *plural_english(const struct catalog *en, const struct catalog *cat,
				  const struct catalog_entry *e, struct diag_list *d)
{
	const char *english = catalog_get(en, e->key);
	enum plural_category pc;
	size_t base;
	char other[256];

	if (english || !plural_key_split(e->key, &base, &pc))
		return english;
	snprintf(other, sizeof other, "%.*s.other", (int)base, e->key);
	english = catalog_get(en, other);
	if (english && !plural_has_category(cat->lang, pc))
		diag_error(d, e->pos, DIAG_TRANSLATION, "'%s': %s has no plural form '%s'",
			   e->key, cat->lang, plural_category_to_str(pc));
	return english;
}

/* Every counted string of English has its ".other" form. */
static void check_plural_other(const struct catalog *en, struct diag_list *d)
{
	for (size_t i = 0; i < en->n_entries; i++) {
		const char *key = en->entries[i].key;
		enum plural_category pc;
		size_t base;
		char other[256];

		if (!plural_key_split(key, &base, &pc) || pc == PLURAL_OTHER)
			continue;
		snprintf(other, sizeof other, "%.*s.other", (int)base, key);
		if (!catalog_get(en, other))
			diag_error(d, en->entries[i].pos, DIAG_TRANSLATION,
				   "'%s': a plural form without '%s'", key, other);
	}
}

/* The English of every content key, hashed for look-ups like a catalog's
 * own strings (catalog_index()): sorting some 30,000 keys of 10,000 items
 * cost more than all the look-ups. */
struct english_index {
	struct key_list l;
	struct catalog by_key;	/* entries: a key and its English, not owned */
	const struct catalog *en;	/* may be NULL */
	/* catalog_hash_text() of each English, by entry of by_key and of en,
	 * "" until asked: the same for every language that stamps it. */
	char (*key_hashes)[9], (*en_hashes)[9];
};

static void english_index_init(struct english_index *x, const struct content *c,
			       const struct catalog *en)
{
	*x = (struct english_index){ .en = en };
	content_keys(c, &x->l);
	x->by_key.entries = xcalloc(x->l.n ? x->l.n : 1, sizeof *x->by_key.entries);
	for (size_t i = 0; i < x->l.n; i++)
		x->by_key.entries[i] = (struct catalog_entry){ .key = x->l.keys[i],
							       .text = (char *)x->l.english[i] };
	x->by_key.n_entries = x->l.n;
	catalog_index(&x->by_key);
	x->key_hashes = xcalloc(x->l.n ? x->l.n : 1, sizeof *x->key_hashes);
	x->en_hashes = xcalloc(en && en->n_entries ? en->n_entries : 1, sizeof *x->en_hashes);
}

static void english_index_free(struct english_index *x)
{
	free(x->by_key.entries);
	free(x->by_key.slots);
	free(x->key_hashes);
	free(x->en_hashes);
	key_list_free(&x->l);
}

/* The entry of x with the English of key (a ui key through en, plural
 * forms included), NULL when none; *hash (may be NULL) is set to its
 * slot for the English's hash. */
static const struct catalog_entry *english_entry(const struct english_index *x,
						  const char *key, char (**hash)[9])
{
	const struct catalog_entry *e;
	enum plural_category pc;
	size_t base;
	char other[256];

	if (strncmp(key, "ui.", 3)) {
		e = catalog_entry_of(&x->by_key, key);
		if (e && hash)
			*hash = &x->key_hashes[e - x->by_key.entries];
		return e;
	}
	e = catalog_entry_of(x->en, key);
	if (!e && plural_key_split(key, &base, &pc)) {
		snprintf(other, sizeof other, "%.*s.other", (int)base, key);
		e = catalog_entry_of(x->en, other);
	}
	if (e && hash)
		*hash = &x->en_hashes[e - x->en->entries];
	return e;
}

static const char *english_of(const struct english_index *x, const char *key)
{
	const struct catalog_entry *e = english_entry(x, key, NULL);

	return e ? e->text : NULL;
}

static size_t stamps(struct english_index *x, const struct catalog *cat,
		     void (*fn)(const struct catalog_stamp *s, void *ud), void *ud)
{
	size_t stale = 0, j = 0;

	for (size_t k = 0; k < cat->n_entries; k++) {
		struct catalog_stamp s = { &cat->entries[k], "", NULL };
		char (*hash)[9];
		const struct catalog_entry *english = english_entry(x, s.entry->key, &hash);
		int order = 1;

		if (!english)
			continue;
		if (!(*hash)[0])
			catalog_hash_text(english->text, *hash);
		memcpy(s.now, *hash, sizeof s.now);
		/* The entries and the recorded hashes are both in key order
		 * (strcmp, as the loader sorts them; keys unique): one walk. */
		while (j < cat->n_hashes && (order = strcmp(cat->hashes[j].key, s.entry->key)) < 0)
			j++;
		s.recorded = !order ? &cat->hashes[j] : NULL;
		if (s.recorded && strcmp(s.recorded->hash, s.now))
			stale++;
		if (fn)
			fn(&s, ud);
	}
	return stale;
}

size_t catalog_stamps(const struct content *c, const struct catalog *cat,
		      void (*fn)(const struct catalog_stamp *s, void *ud), void *ud)
{
	struct english_index x;
	size_t stale;

	english_index_init(&x, c, content_catalog(c, "en"));
	stale = stamps(&x, cat, fn, ud);
	english_index_free(&x);
	return stale;
}

static void warn_stale(const struct catalog_stamp *s, void *ud)
{
	struct diag_list *d = ud;

	if (s->recorded && strcmp(s->recorded->hash, s->now))
		diag_warning(d, s->entry->pos, DIAG_TRANSLATION, "'%s': the English changed "
			     "since it was translated; update the text, then set its "
			     "source_hashes: entry to %s", s->entry->key, s->now);
}

/* Every recorded hash belongs to a string of the catalog. */
static void check_hash_keys(const struct catalog *cat, struct diag_list *d)
{
	for (size_t i = 0; i < cat->n_hashes; i++)
		if (!catalog_get(cat, cat->hashes[i].key))
			diag_error(d, cat->hashes[i].pos, DIAG_TRANSLATION, "source_hashes: '%s' "
				   "is not a string of this file", cat->hashes[i].key);
}

/* Whether cat has a form of key's base before category pc (the first form
 * present judges a counted string, once). */
static bool has_earlier_form(const struct catalog *cat, const char *key, size_t base,
			     enum plural_category pc)
{
	char form[256];

	for (int k = 0; k < (int)pc; k++) {
		snprintf(form, sizeof form, "%.*s.%s", (int)base, key,
			 plural_category_to_str((enum plural_category)k));
		if (catalog_get(cat, form))
			return true;
	}
	return false;
}

/*
 * A counted string a language has in forms besides ".other" has every
 * form its language's plural rule can give: a missing ".few" would show the
 * ".other" form, the wrong grammar, for 2 to 4.
 */
static void check_plural_complete(const struct catalog *cat, struct diag_list *d)
{
	for (size_t i = 0; i < cat->n_entries; i++) {
		const char *key = cat->entries[i].key;
		enum plural_category pc;
		size_t base;
		char form[256], names[64];

		if (!plural_key_split(key, &base, &pc))
			continue;
		/* Only ".other": a sentence the translator made number-free. */
		if (pc == PLURAL_OTHER || has_earlier_form(cat, key, base, pc))
			continue;
		plural_categories_str(cat->lang, names, sizeof names);
		for (int k = 0; k < PLURAL_COUNT; k++) {
			if (!plural_needs_category(cat->lang, (enum plural_category)k))
				continue;
			snprintf(form, sizeof form, "%.*s.%s", (int)base, key,
				 plural_category_to_str((enum plural_category)k));
			if (!catalog_get(cat, form))
				diag_error(d, cat->entries[i].pos, DIAG_TRANSLATION, "'%.*s': no "
					   "form '%s' (%s needs %s)", (int)base, key,
					   plural_category_to_str((enum plural_category)k), cat->lang,
					   names);
		}
	}
}

/* One language other than English against English and the content. */
static void check_lang(const struct content *c, const struct catalog *en,
		       const struct catalog *cat, struct english_index *x,
		       struct diag_list *d)
{
	size_t total, missing;

	for (size_t k = 0; k < cat->n_entries; k++) {
		const struct catalog_entry *e = &cat->entries[k];
		const char *english;

		if (!strncmp(e->key, "ui.", 3))
			plural_english(en, cat, e, d);
		english = english_of(x, e->key);
		/* A layer above took out what it translates: not its fault. */
		if (!english && strncmp(e->key, "ui.", 3) &&
		    content_layer_of(c, cat->path) < c->changed_layer)
			continue;
		if (!english)
			diag_error(d, e->pos, DIAG_TRANSLATION, "'%s' names nothing "
				   "(%s)", e->key, strncmp(e->key, "ui.", 3) ?
				   "no such content text" : "no such key in en.yaml");
		else
			check_placeholders(e, english, d);
	}
	check_key_words(cat, en, d);
	check_plural_complete(cat, d);
	check_hash_keys(cat, d);
	stamps(x, cat, warn_stale, d);
	missing = catalog_missing_of(c, cat, &x->l, &total);
	if (missing)
		diag_warning(d, ((struct pos){ cat->pos.file, 0, 0 }), DIAG_TRANSLATION,
			     "%zu of %zu strings missing (%u%% translated); run 'tipcheck "
			     "check --missing %s' to list them", missing, total,
			     (unsigned)((total - missing) * 100 / total), cat->lang);
}

void catalog_check(const struct content *c, struct diag_list *d)
{
	const struct catalog *en = content_catalog(c, "en");
	struct english_index x;
	bool built = false;

	if (!en)
		return;
	for (size_t i = 0; i < en->n_entries; i++)
		if (strncmp(en->entries[i].key, "ui.", 3))
			diag_error(d, en->entries[i].pos, DIAG_TRANSLATION,
				   "'%s': en.yaml holds only interface strings (ui.*); English "
				   "content text is the content itself", en->entries[i].key);
	check_key_words(en, en, d);
	check_plural_other(en, d);
	/* The index serves only languages read whole: built for the first. */
	for (size_t i = 0; i < c->n_catalogs; i++) {
		if (&c->catalogs[i] == en || c->catalogs[i].head_only)
			continue;
		if (!built)
			english_index_init(&x, c, en);
		built = true;
		check_lang(c, en, &c->catalogs[i], &x, d);
	}
	if (built)
		english_index_free(&x);
}

void catalog_check_lang(const struct content *c, const struct catalog *cat, struct diag_list *d)
{
	const struct catalog *en = content_catalog(c, "en");
	struct english_index x;

	if (!en || cat == en)
		return;
	english_index_init(&x, c, en);
	check_lang(c, en, cat, &x, d);
	english_index_free(&x);
}
