/*
 * Translation look-ups: interface strings (keys "ui.*") and content text
 * (keys "CHECKLIST.ITEM.sign", "RULES.OUTCOME.title"...), with a per-string
 * fallback to English. The English catalog holds the interface strings;
 * English content text is the content itself.
 */
#ifndef TIPCHECK_CATALOG_H
#define TIPCHECK_CATALOG_H

#include <stddef.h>

#include "tipcheck/model.h"

/* One language's view of the content. Holds only borrowed pointers: cheap
 * to copy, valid as long as the content. */
struct tr {
	const struct content *content;
	const struct catalog *cat;	/* the chosen language; may be en */
	const struct catalog *en;
};

/* Sets up a view for lang ("es", "es_ES.UTF-8", "fr-CA"...) as the
 * worker's language: only full catalogs count (a `scope: person` catalog
 * is not a whole interface). An unknown or NULL lang falls back to
 * English; returns false in that case (so the caller can say so), true
 * when the language was found. */
bool tr_init(struct tr *t, const struct content *c, const char *lang);

/* Whether tr_init() asked for `asked` could choose the catalog of language
 * lang: the same code, or asked without its region ("es_MX.UTF-8" -> es). */
bool tr_lang_could_choose(const char *asked, const char *lang);
/* The same for the person's language (--ask-lang): catalogs of any scope. */
bool tr_init_person(struct tr *t, const struct content *c, const char *lang);

/* The language code in use ("en" when falling back). */
const char *tr_lang(const struct tr *t);

/* Interface string for key ("ui.result.title"): the language's, else
 * English, else the key itself. Never NULL; borrowed from the content. */
const char *tr_ui(const struct tr *t, const char *key);

/*
 * The form of a counted interface string for n (plural.h): key is the
 * string's name without its category ("ui.result.more-strong"); the
 * catalog holds "KEY.one", "KEY.other"... The view's language is used
 * with its own plural rule when it has any form of the key, else English
 * with the English rule; a category the catalog lacks falls back to
 * "KEY.other" of the same language. Never NULL (the key itself when no
 * form exists); borrowed from the content. *lang (may be NULL) is set to
 * the code of the language of the text returned.
 */
const char *tr_ui_n(const struct tr *t, const char *key, unsigned long n, const char **lang);

/* Content text: looks up "OWNERKEY.FIELD" ("labour-adult.d1-false-promises"
 * + "sign"); falls back to english (the content's own text), which may be
 * NULL. Borrowed from the content. */
const char *tr_text(const struct tr *t, const char *owner_key,
		    const char *field, const char *english);

/*
 * The notice that lang's translation is an unreviewed draft (with its
 * catalog's note), in the words of the view `in` (ui.draft, ui.draft-note).
 * NULL when lang is English or reviewed; else a new string owned by the
 * caller. Shown on screens and printed, so that nobody takes a draft for a
 * checked text.
 */
char *tr_draft_notice(const struct tr *in, const struct tr *lang);

/* The name of lang's language as a reader of view in reads it: in an
 * English view the file's english_name: ("Arabic") when it has one, else
 * the language's own name ("العربية"); tr_lang(lang) without a catalog.
 * Borrowed. */
const char *tr_language_name(const struct tr *in, const struct tr *lang);

/* True when the view's language is a draft (never for English). */
bool tr_is_draft(const struct tr *t);

/* True when the view's language has this exact key (no fallback). */
bool tr_has(const struct tr *t, const char *key);

/* The question of the item owner_key to put to the person in t's
 * language: its translated `ask`; when t has none but has the item's
 * `person_ask` (all a scope: person catalog holds), that; else the
 * English ask. Borrowed; NULL when ask is NULL (an item to observe). */
const char *tr_person_question(const struct tr *t, const char *owner_key, const char *ask,
			       const char *person_ask);

/* Looks up key in one catalog; NULL when absent. */
const char *catalog_get(const struct catalog *cat, const char *key);

/*
 * Fills placeholders "{name}" in tmpl from parallel arrays names/values.
 * "{{" gives "{". Unknown placeholders are left as they are. Returns a
 * new string owned by the caller.
 */
char *tr_format(const char *tmpl, const char *const *names,
		const char *const *values, size_t n);

/*
 * Whether key is in the person scope: what the person sees and hears.
 * The patterns (translations/README.md lists them for translators):
 * "*.person_ask"; "*.consent.intro" (the consent read-out); the "title"
 * and "text" of the rules' notices; "*.card" (a service on the discreet
 * card); "ui.person.*", "ui.tui.person.*", "ui.speech.*", "ui.card.*".
 * And, as the content decides: an item's "ask" when the item has no
 * "person_ask" (the ask is then the person's question), and a service's
 * "hours" when the service is on the card.
 */
bool catalog_person_key(const struct content *c, const char *key);

/* Share of translatable keys of cat's scope (ui keys of English plus every
 * content key; for a person-scope catalog only catalog_person_key ones)
 * present in cat, 0..100. English is 100. */
unsigned catalog_percent(const struct content *c, const struct catalog *cat);

/* Calls fn (when not NULL) with each translatable key of cat's scope that
 * cat lacks, in content order (interface keys first), and returns how many
 * there are. *total (may be NULL) is set to the number of translatable
 * keys of the scope. */
size_t catalog_missing(const struct content *c, const struct catalog *cat,
		       void (*fn)(const char *key, void *ud), void *ud, size_t *total);

/*
 * Stale translations. A catalog records under source_hashes: the hash of
 * the English each string was made from: FNV-1a (32 bits) of its UTF-8
 * bytes as 8 lower-case hex digits, written into out (9 bytes).
 */
void catalog_hash_text(const char *text, char out[9]);

/* One string of a catalog with the hash of its English now and the hash
 * recorded (NULL when the string was never stamped). */
struct catalog_stamp {
	const struct catalog_entry *entry;
	char now[9];
	const struct catalog_hash *recorded;
};

/* Calls fn for each string of cat whose English exists, in key order, and
 * returns how many of them are stale (recorded and different from now). */
size_t catalog_stamps(const struct content *c, const struct catalog *cat,
		      void (*fn)(const struct catalog_stamp *s, void *ud), void *ud);

/* Picks the interface language from the environment as POSIX does:
 * LC_ALL, then LC_MESSAGES, then LANG, the first that is set and not
 * empty; "C" and "POSIX" (with any codeset) say nothing about a language
 * and are skipped. Returns a borrowed string or NULL. */
const char *tr_env_lang(void);

#endif
