/* Translation catalogs: look-ups with English fallback, and their checks. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog_check.h"
#include "tipcheck/catalog.h"
#include "tipcheck/plural.h"
#include "tipcheck/xalloc.h"

static int cmp_entry_key(const void *key, const void *elem)
{
	return strcmp(key, ((const struct catalog_entry *)elem)->key);
}

const char *catalog_get(const struct catalog *cat, const char *key)
{
	const struct catalog_entry *e;

	if (!cat || !key)
		return NULL;
	e = bsearch(key, cat->entries, cat->n_entries, sizeof *e, cmp_entry_key);
	return e ? e->text : NULL;
}

/* "es_ES.UTF-8@euro" -> "es-ES"; C and POSIX -> "". */
static void normalise_lang(const char *in, char *out, size_t size)
{
	size_t n = 0;

	for (; in[n] && in[n] != '.' && in[n] != '@' && n + 1 < size; n++)
		out[n] = in[n] == '_' ? '-' : in[n];
	out[n] = '\0';
	if (!strcmp(out, "C") || !strcmp(out, "POSIX"))
		out[0] = '\0';
}

static const struct catalog *find_lang(const struct content *c, const char *lang)
{
	for (size_t i = 0; i < c->n_catalogs; i++)
		if (!strcasecmp(c->catalogs[i].lang, lang))
			return &c->catalogs[i];
	return NULL;
}

bool tr_init(struct tr *t, const struct content *c, const char *lang)
{
	char want[64];
	const struct catalog *cat = NULL;

	t->content = c;
	t->en = content_catalog(c, "en");
	t->cat = t->en;
	if (!lang)
		return false;
	normalise_lang(lang, want, sizeof want);
	if (!want[0])
		return false;
	cat = find_lang(c, want);
	if (!cat) {
		char *dash = strchr(want, '-');

		if (dash) {
			*dash = '\0';
			cat = find_lang(c, want);
		}
	}
	if (!cat)
		return false;
	t->cat = cat;
	return true;
}

bool tr_lang_could_choose(const char *asked, const char *lang)
{
	char want[64];
	char *dash;

	if (!asked)
		return false;
	normalise_lang(asked, want, sizeof want);
	if (!strcasecmp(want, lang))
		return true;
	dash = strchr(want, '-');
	if (dash)
		*dash = '\0';
	return dash && !strcasecmp(want, lang);
}

bool tr_is_draft(const struct tr *t)
{
	return t->cat && t->cat != t->en && t->cat->status == TRANSLATION_DRAFT;
}

char *tr_draft_notice(const struct tr *in, const struct tr *lang)
{
	const struct catalog *cat = lang->cat;
	const char *names[] = { "language", "note" };
	const char *values[] = { cat ? cat->name : "", cat && cat->note ? cat->note : "" };

	if (!tr_is_draft(lang))
		return NULL;
	return tr_format(tr_ui(in, cat->note ? "ui.draft-note" : "ui.draft"), names, values, 2);
}

const char *tr_lang(const struct tr *t)
{
	return t->cat ? t->cat->lang : "en";
}

const char *tr_ui(const struct tr *t, const char *key)
{
	const char *s = catalog_get(t->cat, key);

	if (!s && t->cat != t->en)
		s = catalog_get(t->en, key);
	return s ? s : key;
}

/* cat's form of key for n, or NULL when cat has neither that category
 * nor "other". */
static const char *plural_form(const struct catalog *cat, const char *key, unsigned long n)
{
	char full[256];
	const char *s;

	if (!cat)
		return NULL;
	snprintf(full, sizeof full, "%s.%s", key,
		 plural_category_to_str(plural_category(cat->lang, n)));
	s = catalog_get(cat, full);
	if (s)
		return s;
	snprintf(full, sizeof full, "%s.other", key);
	return catalog_get(cat, full);
}

const char *tr_ui_n(const struct tr *t, const char *key, unsigned long n, const char **lang)
{
	const struct catalog *cat = t->cat;
	const char *s = plural_form(cat, key, n);

	if (!s && cat != t->en) {
		cat = t->en;
		s = plural_form(cat, key, n);
	}
	if (lang)
		*lang = s && cat ? cat->lang : tr_lang(t);
	return s ? s : key;
}

const char *tr_text(const struct tr *t, const char *owner_key, const char *field,
		    const char *english)
{
	char key[512];
	const char *s;
	int n;

	if (!t->cat || t->cat == t->en || !owner_key)
		return english;
	n = snprintf(key, sizeof key, "%s.%s", owner_key, field);
	if (n < 0 || (size_t)n >= sizeof key)
		return english;
	s = catalog_get(t->cat, key);
	return s ? s : english;
}

bool tr_has(const struct tr *t, const char *key)
{
	return catalog_get(t->cat, key) != NULL;
}

static const char *find_name(const char *name, size_t len, const char *const *names,
			     const char *const *values, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(names[i]) == len && !strncmp(names[i], name, len))
			return values[i];
	return NULL;
}

/* Length of a placeholder name at s ("count}" -> 5), 0 when s does not
 * start one. */
static size_t placeholder_len(const char *s)
{
	size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

	return n && s[n] == '}' ? n : 0;
}

char *tr_format(const char *tmpl, const char *const *names, const char *const *values,
		size_t n)
{
	size_t cap = strlen(tmpl) + 1, len = 0;
	char *out = xmalloc(cap);

	for (const char *p = tmpl; *p;) {
		const char *add = p;
		size_t addlen = 1, skip = 1;

		if (p[0] == '{' && p[1] == '{') {
			skip = 2;
		} else if (p[0] == '{') {
			size_t k = placeholder_len(p + 1);
			const char *v = k ? find_name(p + 1, k, names, values, n) : NULL;

			if (v) {
				add = v;
				addlen = strlen(v);
				skip = k + 2;
			}
		}
		if (len + addlen + 1 > cap) {
			cap = (len + addlen + 1) * 2;
			out = xreallocarray(out, cap, 1);
		}
		memcpy(out + len, add, addlen);
		len += addlen;
		p += skip;
	}
	out[len] = '\0';
	return out;
}

const char *tr_env_lang(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		char norm[64];

		if (!v || !*v)
			continue;
		normalise_lang(v, norm, sizeof norm);
		if (norm[0])
			return v;
	}
	return NULL;
}

/* Every translatable content key with its English text, in content
 * order. Keys are only those whose English text exists. */
struct key_list {
	char **keys;
	const char **english;
	size_t n, cap;
};

static void add_key(struct key_list *l, const char *english, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void add_key(struct key_list *l, const char *english, const char *fmt, ...)
{
	va_list ap;
	char buf[512];

	if (!english)
		return;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 256;
		l->keys = xreallocarray(l->keys, l->cap, sizeof *l->keys);
		l->english = xreallocarray(l->english, l->cap, sizeof *l->english);
	}
	l->keys[l->n] = xstrdup(buf);
	l->english[l->n] = english;
	l->n++;
}

static void content_keys(const struct content *c, struct key_list *l)
{
	for (size_t i = 0; i < c->n_signals; i++) {
		add_key(l, c->signals[i].title, "%s.title", c->signals[i].key);
		add_key(l, c->signals[i].description, "%s.description", c->signals[i].key);
	}
	for (size_t i = 0; i < c->n_checklists; i++) {
		const struct checklist *cl = &c->checklists[i];

		add_key(l, cl->title, "%s.title", cl->id);
		add_key(l, cl->description, "%s.description", cl->id);
		add_key(l, cl->judgement, "%s.judgement", cl->id);
		for (size_t s = 0; s < cl->n_sections; s++) {
			const struct section *sec = &cl->sections[s];

			add_key(l, sec->title, "%s.title", sec->key);
			add_key(l, sec->intro, "%s.intro", sec->key);
			add_key(l, sec->judgement, "%s.judgement", sec->key);
			for (size_t j = 0; j < sec->n_items; j++) {
				const struct item *it = &sec->items[j];

				add_key(l, it->sign, "%s.sign", it->key);
				add_key(l, it->ask, "%s.ask", it->key);
				add_key(l, it->person_ask, "%s.person_ask", it->key);
				add_key(l, it->guidance, "%s.guidance", it->key);
				add_key(l, it->judgement, "%s.judgement", it->key);
			}
		}
	}
	for (size_t i = 0; i < c->n_rulesets; i++) {
		const struct ruleset *r = &c->rulesets[i];

		add_key(l, r->title, "%s.title", r->id);
		add_key(l, r->judgement, "%s.judgement", r->id);
		for (size_t k = 0; k < r->n_elements; k++) {
			add_key(l, r->elements[k].title, "%s.title", r->elements[k].key);
			add_key(l, r->elements[k].description, "%s.description",
				r->elements[k].key);
		}
		for (size_t k = 0; k < r->n_outcomes; k++) {
			add_key(l, r->outcomes[k].title, "%s.title", r->outcomes[k].key);
			add_key(l, r->outcomes[k].explain, "%s.explain", r->outcomes[k].key);
			add_key(l, r->outcomes[k].action, "%s.action", r->outcomes[k].key);
			add_key(l, r->outcomes[k].judgement, "%s.judgement", r->outcomes[k].key);
		}
		for (size_t k = 0; k < r->n_notices; k++) {
			add_key(l, r->notices[k].title, "%s.title", r->notices[k].key);
			add_key(l, r->notices[k].text, "%s.text", r->notices[k].key);
		}
		for (size_t k = 0; k < r->n_alerts; k++) {
			add_key(l, r->alerts[k].title, "%s.title", r->alerts[k].key);
			add_key(l, r->alerts[k].text, "%s.text", r->alerts[k].key);
			add_key(l, r->alerts[k].judgement, "%s.judgement", r->alerts[k].key);
		}
	}
	for (size_t i = 0; i < c->n_directories; i++) {
		const struct directory *dir = &c->directories[i];

		add_key(l, dir->region, "%s.region", dir->id);
		add_key(l, dir->notice, "%s.notice", dir->id);
		for (size_t k = 0; k < dir->n_services; k++) {
			const struct service *s = &dir->services[k];

			add_key(l, s->name, "%s.name", s->key);
			add_key(l, s->hours, "%s.hours", s->key);
			add_key(l, s->notes, "%s.notes", s->key);
			add_key(l, s->find, "%s.find", s->key);
			add_key(l, s->card, "%s.card", s->key);
		}
	}
	for (size_t i = 0; i < c->n_scenarios; i++) {
		const struct scenario *s = &c->scenarios[i];

		add_key(l, s->title, "%s.title", s->id);
		add_key(l, s->persona, "%s.persona", s->id);
		add_key(l, s->story, "%s.story", s->id);
		add_key(l, s->knows, "%s.knows", s->id);
		add_key(l, s->reveals_if_asked_well, "%s.reveals_if_asked_well", s->id);
		add_key(l, s->will_not_say, "%s.will_not_say", s->id);
		add_key(l, s->behaviour, "%s.behaviour", s->id);
		for (size_t k = 0; k < s->n_debrief; k++)
			add_key(l, s->debrief[k], "%s.debrief.%zu", s->id, k + 1);
	}
}

static void key_list_free(struct key_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->keys[i]);
	free(l->keys);
	free(l->english);
}

size_t catalog_missing(const struct content *c, const struct catalog *cat,
		       void (*fn)(const char *key, void *ud), void *ud, size_t *total)
{
	const struct catalog *en = content_catalog(c, "en");
	struct key_list l = { 0 };
	size_t missing = 0, n_total = 0;

	if (en && en != cat) {
		for (size_t i = 0; i < en->n_entries; i++) {
			n_total++;
			if (!catalog_get(cat, en->entries[i].key)) {
				missing++;
				if (fn)
					fn(en->entries[i].key, ud);
			}
		}
		content_keys(c, &l);
		for (size_t i = 0; i < l.n; i++) {
			n_total++;
			if (!catalog_get(cat, l.keys[i])) {
				missing++;
				if (fn)
					fn(l.keys[i], ud);
			}
		}
		key_list_free(&l);
	}
	if (total)
		*total = n_total;
	return missing;
}

unsigned catalog_percent(const struct content *c, const struct catalog *cat)
{
	size_t total, missing;

	if (!cat || !strcmp(cat->lang, "en"))
		return 100;
	missing = catalog_missing(c, cat, NULL, NULL, &total);
	return total ? (unsigned)((total - missing) * 100 / total) : 100;
}

/* The placeholder names of s, sorted and unique, joined by spaces, into
 * out: two texts match when these strings are equal. */
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
		int w = snprintf(out + len, size - len, "{%.*s}", (int)lens[i], names[i]);

		if (w < 0 || (size_t)w >= size - len)
			break;
		len += (size_t)w;
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

struct key_text {
	const char *key, *english;
};

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
		for (size_t j = i + 1; j < en->n_entries; j++) {
			const char *kj = en->entries[j].key;
			const char *a = catalog_get(cat, ki), *b = catalog_get(cat, kj);
			const struct catalog_entry *at;
			char word[64];

			if (strncmp(ki, kj, (size_t)(dot - ki) + 1) || strchr(kj + (dot - ki) + 1, '.'))
				continue;
			if (!lists_share_word(a ? a : en->entries[i].text,
					      b ? b : en->entries[j].text, word, sizeof word))
				continue;
			at = bsearch(b ? kj : ki, cat->entries, cat->n_entries,
				     sizeof *cat->entries, cmp_entry_key);
			diag_error(d, at ? at->pos : cat->pos, DIAG_TRANSLATION,
				   "'%s' and '%s' both accept '%s'%s", ki, kj, word,
				   (a && b) ? "" : " (one of them falls back to English)");
		}
	}
}

static int cmp_key_text(const void *a, const void *b)
{
	return strcmp(((const struct key_text *)a)->key, ((const struct key_text *)b)->key);
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

/* The keys and English texts of the content, sorted by key, in *n; a new
 * array (free()) whose strings l owns. */
static struct key_text *sorted_keys(const struct content *c, struct key_list *l, size_t *n)
{
	struct key_text *sorted;

	content_keys(c, l);
	sorted = xcalloc(l->n ? l->n : 1, sizeof *sorted);
	for (size_t i = 0; i < l->n; i++)
		sorted[i] = (struct key_text){ l->keys[i], l->english[i] };
	qsort(sorted, l->n, sizeof *sorted, cmp_key_text);
	*n = l->n;
	return sorted;
}

/* One language other than English against English and the content. */
static void check_lang(const struct content *c, const struct catalog *en,
		       const struct catalog *cat, const struct key_text *sorted, size_t n_sorted,
		       struct diag_list *d)
{
	size_t total, missing;

	for (size_t k = 0; k < cat->n_entries; k++) {
		const struct catalog_entry *e = &cat->entries[k];
		const char *english = NULL;

		if (!strncmp(e->key, "ui.", 3)) {
			english = plural_english(en, cat, e, d);
		} else {
			struct key_text want = { e->key, NULL };
			const struct key_text *kt = bsearch(&want, sorted, n_sorted, sizeof *kt,
							    cmp_key_text);

			english = kt ? kt->english : NULL;
		}
		/* A layer above took out what it translates: not its fault. */
		if (!english && strncmp(e->key, "ui.", 3) &&
		    content_layer_of(c, cat->path) < c->removed_layer)
			continue;
		if (!english)
			diag_error(d, e->pos, DIAG_TRANSLATION, "'%s' names nothing "
				   "(%s)", e->key, strncmp(e->key, "ui.", 3) ?
				   "no such content text" : "no such key in en.yaml");
		else
			check_placeholders(e, english, d);
	}
	check_key_words(cat, en, d);
	missing = catalog_missing(c, cat, NULL, NULL, &total);
	if (missing)
		diag_warning(d, ((struct pos){ cat->pos.file, 0, 0 }), DIAG_TRANSLATION,
			     "%zu of %zu strings missing (%u%% translated); run 'tipcheck "
			     "check --missing %s' to list them", missing, total,
			     (unsigned)((total - missing) * 100 / total), cat->lang);
}

void catalog_check(const struct content *c, struct diag_list *d)
{
	const struct catalog *en = content_catalog(c, "en");
	struct key_list l = { 0 };
	struct key_text *sorted;
	size_t n;

	if (!en)
		return;
	for (size_t i = 0; i < en->n_entries; i++)
		if (strncmp(en->entries[i].key, "ui.", 3))
			diag_error(d, en->entries[i].pos, DIAG_TRANSLATION,
				   "'%s': en.yaml holds only interface strings (ui.*); English "
				   "content text is the content itself", en->entries[i].key);
	check_key_words(en, en, d);
	check_plural_other(en, d);
	sorted = sorted_keys(c, &l, &n);
	for (size_t i = 0; i < c->n_catalogs; i++)
		if (&c->catalogs[i] != en && !c->catalogs[i].head_only)
			check_lang(c, en, &c->catalogs[i], sorted, n, d);
	free(sorted);
	key_list_free(&l);
}

void catalog_check_lang(const struct content *c, const struct catalog *cat, struct diag_list *d)
{
	const struct catalog *en = content_catalog(c, "en");
	struct key_list l = { 0 };
	struct key_text *sorted;
	size_t n;

	if (!en || cat == en)
		return;
	sorted = sorted_keys(c, &l, &n);
	check_lang(c, en, cat, sorted, n, d);
	free(sorted);
	key_list_free(&l);
}
