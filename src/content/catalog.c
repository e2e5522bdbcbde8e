/* Translation catalogs: look-ups with English fallback, and their checks. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "catalog_keys.h"
#include "tipcheck/catalog.h"
#include "tipcheck/plural.h"
#include "tipcheck/strhash.h"
#include "tipcheck/xalloc.h"

static int cmp_entry_key(const void *key, const void *elem)
{
	return strcmp(key, ((const struct catalog_entry *)elem)->key);
}

/* 32 bits: the index keeps it beside each entry's number. */
static uint32_t key_hash(const char *s, size_t len)
{
	return (uint32_t)strhash(s, len);
}

void catalog_index(struct catalog *cat)
{
	size_t mask;

	free(cat->slots);
	cat->slots = NULL;
	cat->n_slots = 0;
	if (!cat->n_entries || cat->n_entries > UINT32_MAX / 2)
		return;
	/* At most half full: a miss (most look-ups of a partial
	 * translation) ends after a probe or two. */
	for (cat->n_slots = 16; cat->n_slots < 2 * cat->n_entries;)
		cat->n_slots *= 2;
	cat->slots = xcalloc(cat->n_slots, sizeof *cat->slots);
	mask = cat->n_slots - 1;
	for (size_t i = 0; i < cat->n_entries; i++) {
		const char *key = cat->entries[i].key;
		uint32_t h = key_hash(key, strlen(key));
		size_t j = h & mask;

		while (cat->slots[j].entry)
			j = (j + 1) & mask;
		cat->slots[j] = (struct catalog_slot){ h, (uint32_t)i + 1 };
	}
}

/* catalog_entry_of() for key of hash h (key_hash()), a catalog with slots. */
static const struct catalog_entry *entry_hashed(const struct catalog *cat, const char *key,
						uint32_t h)
{
	size_t mask = cat->n_slots - 1;

	for (size_t j = h & mask; cat->slots[j].entry; j = (j + 1) & mask) {
		const struct catalog_entry *e = &cat->entries[cat->slots[j].entry - 1];

		if (cat->slots[j].hash == h && !strcmp(e->key, key))
			return e;
	}
	return NULL;
}

const struct catalog_entry *catalog_entry_of(const struct catalog *cat, const char *key)
{
	/* An empty catalog may have no array at all: bsearch must not see NULL. */
	if (!cat || !key || !cat->n_entries)
		return NULL;
	if (!cat->slots)
		return bsearch(key, cat->entries, cat->n_entries, sizeof *cat->entries,
			       cmp_entry_key);
	return entry_hashed(cat, key, key_hash(key, strlen(key)));
}

/* Whether cat has key, whose key_hash() is h: the hash of a content key
 * is the same for every catalog asked. */
static bool has_hashed(const struct catalog *cat, const char *key, uint32_t h)
{
	if (!cat || !cat->n_entries)
		return false;
	return cat->slots ? entry_hashed(cat, key, h) != NULL : catalog_get(cat, key) != NULL;
}

const char *catalog_get(const struct catalog *cat, const char *key)
{
	const struct catalog_entry *e = catalog_entry_of(cat, key);

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

static const struct catalog *find_lang(const struct content *c, const char *lang,
					bool any_scope)
{
	for (size_t i = 0; i < c->n_catalogs; i++)
		if (!strcasecmp(c->catalogs[i].lang, lang) &&
		    (any_scope || c->catalogs[i].scope == CATALOG_FULL))
			return &c->catalogs[i];
	return NULL;
}

static bool init_view(struct tr *t, const struct content *c, const char *lang, bool any_scope)
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
	cat = find_lang(c, want, any_scope);
	if (!cat) {
		char *dash = strchr(want, '-');

		if (dash) {
			*dash = '\0';
			cat = find_lang(c, want, any_scope);
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

bool tr_init(struct tr *t, const struct content *c, const char *lang)
{
	return init_view(t, c, lang, false);
}

bool tr_init_person(struct tr *t, const struct content *c, const char *lang)
{
	return init_view(t, c, lang, true);
}

bool tr_is_draft(const struct tr *t)
{
	return t->cat && t->cat != t->en && t->cat->status == TRANSLATION_DRAFT;
}

const char *tr_language_name(const struct tr *in, const struct tr *lang)
{
	const struct catalog *cat = lang->cat;

	if (!cat)
		return tr_lang(lang);
	if (cat->english_name && !strcmp(tr_lang(in), "en"))
		return cat->english_name;
	return cat->name;
}

char *tr_draft_notice(const struct tr *in, const struct tr *lang)
{
	const struct catalog *cat = lang->cat;
	const char *names[] = { "language", "note" };
	const char *values[] = { cat ? tr_language_name(in, lang) : "",
				 cat && cat->note ? cat->note : "" };

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

const char *tr_person_question(const struct tr *t, const char *owner_key, const char *ask,
			       const char *person_ask)
{
	const char *own = tr_text(t, owner_key, "ask", NULL);

	if (!ask || own)
		return own ? own : ask;
	own = person_ask ? tr_text(t, owner_key, "person_ask", NULL) : NULL;
	return own ? own : ask;
}

static const char *find_name(const char *name, size_t len, const char *const *names,
			     const char *const *values, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(names[i]) == len && !strncmp(names[i], name, len))
			return values[i];
	return NULL;
}

size_t placeholder_len(const char *s)
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

/* Adds "KEY.FIELD" with its English (none: nothing), joined without
 * parsing a format: every command that checks has ~30,000 keys at 10,000
 * items, and vsnprintf cost ~1000 instructions a key. */
static void add_key(struct key_list *l, const char *english, const char *key, const char *field)
{
	if (!english)
		return;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 256;
		l->keys = xreallocarray(l->keys, l->cap, sizeof *l->keys);
		l->english = xreallocarray(l->english, l->cap, sizeof *l->english);
	}
	l->keys[l->n] = xjoin(key, '.', field);
	l->english[l->n] = english;
	l->n++;
}

void content_keys(const struct content *c, struct key_list *l)
{
	for (size_t i = 0; i < c->n_signals; i++) {
		add_key(l, c->signals[i].title, c->signals[i].key, "title");
		add_key(l, c->signals[i].description, c->signals[i].key, "description");
	}
	for (size_t i = 0; i < c->n_checklists; i++) {
		const struct checklist *cl = &c->checklists[i];

		add_key(l, cl->title, cl->id, "title");
		add_key(l, cl->description, cl->id, "description");
		add_key(l, cl->judgement, cl->id, "judgement");
		for (size_t s = 0; s < cl->n_sections; s++) {
			const struct section *sec = &cl->sections[s];

			add_key(l, sec->title, sec->key, "title");
			add_key(l, sec->intro, sec->key, "intro");
			add_key(l, sec->guidance, sec->key, "guidance");
			add_key(l, sec->judgement, sec->key, "judgement");
			for (size_t j = 0; j < sec->n_items; j++) {
				const struct item *it = &sec->items[j];

				add_key(l, it->sign, it->key, "sign");
				add_key(l, it->short_sign, it->key, "short");
				add_key(l, it->ask, it->key, "ask");
				add_key(l, it->person_ask, it->key, "person_ask");
				add_key(l, it->guidance, it->key, "guidance");
				add_key(l, it->judgement, it->key, "judgement");
			}
		}
	}
	for (size_t i = 0; i < c->n_rulesets; i++) {
		const struct ruleset *r = &c->rulesets[i];

		add_key(l, r->title, r->id, "title");
		add_key(l, r->judgement, r->id, "judgement");
		for (size_t k = 0; k < r->n_elements; k++) {
			add_key(l, r->elements[k].title, r->elements[k].key, "title");
			add_key(l, r->elements[k].description, r->elements[k].key,
				"description");
		}
		for (size_t k = 0; k < r->n_outcomes; k++) {
			add_key(l, r->outcomes[k].title, r->outcomes[k].key, "title");
			add_key(l, r->outcomes[k].explain, r->outcomes[k].key, "explain");
			add_key(l, r->outcomes[k].action, r->outcomes[k].key, "action");
			add_key(l, r->outcomes[k].judgement, r->outcomes[k].key, "judgement");
		}
		for (size_t k = 0; k < r->n_notices; k++) {
			add_key(l, r->notices[k].title, r->notices[k].key, "title");
			add_key(l, r->notices[k].text, r->notices[k].key, "text");
		}
		for (size_t k = 0; k < r->n_alerts; k++) {
			add_key(l, r->alerts[k].title, r->alerts[k].key, "title");
			add_key(l, r->alerts[k].text, r->alerts[k].key, "text");
			add_key(l, r->alerts[k].judgement, r->alerts[k].key, "judgement");
		}
	}
	for (size_t i = 0; i < c->n_directories; i++) {
		const struct directory *dir = &c->directories[i];

		add_key(l, dir->region, dir->id, "region");
		add_key(l, dir->notice, dir->id, "notice");
		for (size_t k = 0; k < dir->n_services; k++) {
			const struct service *s = &dir->services[k];

			add_key(l, s->name, s->key, "name");
			add_key(l, s->hours, s->key, "hours");
			add_key(l, s->notes, s->key, "notes");
			add_key(l, s->find, s->key, "find");
			add_key(l, s->card, s->key, "card");
		}
	}
	for (size_t i = 0; i < c->n_scenarios; i++) {
		const struct scenario *s = &c->scenarios[i];

		add_key(l, s->title, s->id, "title");
		add_key(l, s->persona, s->id, "persona");
		add_key(l, s->story, s->id, "story");
		add_key(l, s->knows, s->id, "knows");
		add_key(l, s->reveals_if_asked_well, s->id, "reveals_if_asked_well");
		add_key(l, s->will_not_say, s->id, "will_not_say");
		add_key(l, s->behaviour, s->id, "behaviour");
		for (size_t k = 0; k < s->n_debrief; k++) {
			char field[32];

			snprintf(field, sizeof field, "debrief.%zu", k + 1);
			add_key(l, s->debrief[k], s->id, field);
		}
	}
	/* Whether each is a person's string, and its hash, asked once here
	 * rather than by every catalog that counts what it misses. */
	l->person = xcalloc(l->n ? l->n : 1, sizeof *l->person);
	l->hash = xcalloc(l->n ? l->n : 1, sizeof *l->hash);
	for (size_t i = 0; i < l->n; i++) {
		l->person[i] = catalog_person_key(c, l->keys[i]);
		l->hash[i] = key_hash(l->keys[i], strlen(l->keys[i]));
	}
}

void key_list_free(struct key_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->keys[i]);
	free(l->keys);
	free(l->english);
	free(l->person);
	free(l->hash);
}

static bool has_prefix(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static bool has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n > k && !strcmp(s + n - k, suffix);
}

/* Whether the field at dot of key ("CHECKLIST.ITEM.ask",
 * "DIRECTORY.SERVICE.hours") reaches the person, as the content has it:
 * an item's ask stands for the person's question when the item has no
 * person_ask (tr_person_question(): the form, the worker's screen), and a
 * service's hours are on the discreet card, and the "not now" screen,
 * when the service is (card_build()). */
static bool shown_to_person(const struct content *c, const char *key, const char *dot)
{
	char owner[512];
	size_t n = (size_t)(dot - key);

	if (n >= sizeof owner)
		return false;
	memcpy(owner, key, n);
	owner[n] = '\0';
	if (!strcmp(dot, ".ask")) {
		const struct item *it = strchr(owner, '.') ? content_item(c, owner, NULL) : NULL;

		return it && it->ask && !it->person_ask;
	}
	for (size_t i = 0; i < c->n_directories; i++)
		for (size_t k = 0; k < c->directories[i].n_services; k++) {
			const struct service *s = &c->directories[i].services[k];

			if (!strcmp(s->key, owner))
				return s->hours && s->card && s->contact && *s->contact;
		}
	return false;
}

bool catalog_person_key(const struct content *c, const char *key)
{
	/* After "ui.": the groups of the person's screens and card. */
	static const char *const ui[] = { "person.", "tui.person.", "speech.", "card." };
	static const char *const content[] = { ".person_ask", ".consent.intro", ".card" };
	const char *dot;

	if (has_prefix(key, "ui.")) {
		for (size_t i = 0; i < sizeof ui / sizeof ui[0]; i++)
			if (has_prefix(key + 3, ui[i]))
				return true;
		return false;
	}
	for (size_t i = 0; i < sizeof content / sizeof content[0]; i++)
		if (has_suffix(key, content[i]))
			return true;
	if (has_suffix(key, ".ask") || has_suffix(key, ".hours"))
		return shown_to_person(c, key, strrchr(key, '.'));
	/* The rights notices the result asks the worker to explain. */
	dot = strrchr(key, '.');
	if (!dot || (strcmp(dot, ".title") && strcmp(dot, ".text")))
		return false;
	for (size_t i = 0; i < c->n_rulesets; i++)
		for (size_t k = 0; k < c->rulesets[i].n_notices; k++) {
			const char *nk = c->rulesets[i].notices[k].key;

			if (strlen(nk) == (size_t)(dot - key) && !strncmp(nk, key, (size_t)(dot - key)))
				return true;
		}
	return false;
}

/* What catalog_missing() counts, over the content keys l. */
static size_t missing_of(const struct content *c, const struct catalog *cat,
			 const struct key_list *l, void (*fn)(const char *key, void *ud),
			 void *ud, size_t *total)
{
	const struct catalog *en = content_catalog(c, "en");
	size_t missing = 0, n_total = 0;

	if (en && en != cat) {
		bool person = cat && cat->scope == CATALOG_PERSON;

		for (size_t i = 0; i < en->n_entries; i++) {
			if (person && !catalog_person_key(c, en->entries[i].key))
				continue;
			n_total++;
			if (!catalog_get(cat, en->entries[i].key)) {
				missing++;
				if (fn)
					fn(en->entries[i].key, ud);
			}
		}
		for (size_t i = 0; i < l->n; i++) {
			if (person && !l->person[i])
				continue;
			n_total++;
			if (!has_hashed(cat, l->keys[i], l->hash[i])) {
				missing++;
				if (fn)
					fn(l->keys[i], ud);
			}
		}
	}
	if (total)
		*total = n_total;
	return missing;
}

size_t catalog_missing_of(const struct content *c, const struct catalog *cat,
			  const struct key_list *l, size_t *total)
{
	return missing_of(c, cat, l, NULL, NULL, total);
}

size_t catalog_missing(const struct content *c, const struct catalog *cat,
		       void (*fn)(const char *key, void *ud), void *ud, size_t *total)
{
	struct key_list l = { 0 };
	size_t missing;

	content_keys(c, &l);
	missing = missing_of(c, cat, &l, fn, ud, total);
	key_list_free(&l);
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

void catalog_hash_text(const char *text, char out[9])
{
	uint32_t h = 2166136261u;

	for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
		h ^= *p;
		h *= 16777619u;
	}
	/* By hand: snprintf cost more than the hash, once per string and language. */
	for (int i = 7; i >= 0; i--, h >>= 4)
		out[i] = "0123456789abcdef"[h & 0xf];
	out[8] = '\0';
}
