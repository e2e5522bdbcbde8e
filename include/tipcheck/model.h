/*
 * The content model: sources, checklists, rules, referral directories,
 * training scenarios and translation catalogs, as loaded from YAML.
 *
 * Ownership: a struct content owns everything reachable from it (strings,
 * arrays, expressions). Everything else only borrows; every pointer into
 * the model lives until content_free(). The model is read-only after
 * loading: nothing in it records anything about a person.
 *
 * Text fields hold the English text from the content files. Other
 * languages are looked up through catalog.h with the object's `key`.
 */
#ifndef TIPCHECK_MODEL_H
#define TIPCHECK_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tipcheck/diag.h"

#define CONTENT_SCHEMA 1

enum strength {
	STRENGTH_NONE,		/* asked for context, never counted */
	STRENGTH_WEAK,
	STRENGTH_MEDIUM,
	STRENGTH_STRONG,
	STRENGTH_COUNT
};

enum audience { AUDIENCE_ANY, AUDIENCE_ADULT, AUDIENCE_CHILD, AUDIENCE_COUNT };

/* Ordered: a higher value is more pressing. LEVEL_NONE only when no
 * outcome matched at all. */
enum level {
	LEVEL_NONE,
	LEVEL_INFORM,
	LEVEL_REFER_FURTHER,
	LEVEL_REFER,
	LEVEL_URGENT,
	LEVEL_COUNT
};

/* The situation chosen at the start of an interview. */
enum situation { SITUATION_ADULT, SITUATION_CHILD, SITUATION_UNSURE, SITUATION_COUNT };

enum translation_status { TRANSLATION_DRAFT, TRANSLATION_REVIEWED };
/* What a catalog covers: everything, or only what the person sees and
 * hears (catalog.h: catalog_in_scope). */
enum catalog_scope { CATALOG_FULL, CATALOG_PERSON };

/* What a safety alert asks of the worker: act now (emergency), or close
 * the conversation discreetly. */
enum alert_kind { ALERT_EMERGENCY, ALERT_DISCREET, ALERT_KIND_COUNT };

/* How a referral contact was checked. NOT_CHECKED: a contact the author
 * knows but could not check against a source or with its operator. */
enum check_how { CHECK_PUBLIC_SOURCE, CHECK_OPERATOR, CHECK_NOT_CHECKED, CHECK_HOW_COUNT };

/* String <-> enum tables shared by loader, printers and --json. The
 * *_to_str functions return the YAML spelling ("refer-further"); the
 * *_from_str functions return false for an unknown spelling. */
const char *strength_to_str(enum strength s);
bool strength_from_str(const char *s, enum strength *out);
const char *audience_to_str(enum audience a);
bool audience_from_str(const char *s, enum audience *out);
const char *level_to_str(enum level l);
bool level_from_str(const char *s, enum level *out);
const char *situation_to_str(enum situation s);
bool situation_from_str(const char *s, enum situation *out);
const char *translation_status_to_str(enum translation_status s);
bool translation_status_from_str(const char *s, enum translation_status *out);
const char *catalog_scope_to_str(enum catalog_scope s);
bool catalog_scope_from_str(const char *s, enum catalog_scope *out);
const char *alert_kind_to_str(enum alert_kind k);
bool alert_kind_from_str(const char *s, enum alert_kind *out);
const char *check_how_to_str(enum check_how h);
bool check_how_from_str(const char *s, enum check_how *out);

struct source {
	char *id, *title, *publisher, *url;
	unsigned year;			/* 0 when unknown */
	char *note;			/* optional */
	struct pos pos;
};

enum expr_kind {
	EXPR_ALL,		/* all: [expr...]   true when every child is */
	EXPR_ANY,		/* any: [expr...]   true when one child is */
	EXPR_NOT,		/* not: expr */
	EXPR_ITEM,		/* item: CHECKLIST.ITEM  answered yes */
	EXPR_ANSWERED,		/* answered: CHECKLIST.ITEM  yes or no */
	EXPR_ELEMENT,		/* element: ID  positive (same rules file) */
	EXPR_UNDECIDED,		/* undecided: ID  too little answered to decide */
	EXPR_UNKNOWN,		/* unknown: CHECKLIST.ITEM  answered don't know */
	EXPR_SIGNAL,		/* signal: ID  a shown item carrying it is yes */
	EXPR_SIGN,		/* sign: STRENGTH  a shown item that strong or
				 * stronger is yes */
	EXPR_OUTCOME,		/* outcome: ID  that outcome matches (same rules) */
	EXPR_COUNT
};

struct item;
struct element;
struct signal;
struct outcome;

struct expr {
	enum expr_kind kind;
	struct pos pos;
	struct expr **children;		/* ALL, ANY: n_children; NOT: 1 */
	size_t n_children;
	char *ref;			/* every leaf: the id or strength as written */
	/* Resolved by the loader; never NULL in loaded content. */
	const struct item *item;	/* ITEM, ANSWERED, UNKNOWN */
	const struct element *element;	/* ELEMENT, UNDECIDED */
	const struct signal *signal;	/* SIGNAL */
	const struct outcome *outcome;	/* OUTCOME */
	enum strength strength;		/* SIGN: weak, medium or strong */
};

/* The words of one language that suggest an item is about a signal. */
struct signal_words {
	char *lang;
	char **words;			/* lower case as written */
	size_t n_words;
	struct pos pos;
};

/* A meaning that items carry (indicators/signals.yaml): rules test it
 * with `signal: ID`, whichever checklist the item is in. */
struct signal {
	char *id;
	char *key;			/* "signals.ID": catalogs */
	char *title;
	char *description;
	struct signal_words *words;	/* by language, as written */
	size_t n_words;
	const struct item **items;	/* the items carrying it, content order */
	size_t n_items;
	size_t index;			/* 0..content.n_signals-1 */
	struct pos pos;
};

struct checklist;
struct section;

struct item {
	char *id;
	char *key;			/* "CHECKLIST.ITEM": expressions, catalogs */
	enum strength strength;
	char *sign, *ask, *guidance;	/* ask may be NULL (observed only) */
	char *short_sign;		/* NULL, or the sign in a few words:
					 * the row of the paper form */
	/* The closed question the person answers alone in person-facing
	 * mode: "yes" means the sign is present. NULL: the item is left to
	 * the worker there. */
	char *person_ask;
	char *source;			/* source id */
	char *judgement;		/* NULL, or why this weight is ours */
	struct expr *show_if;		/* NULL: always shown */
	char **signal_ids;		/* the signals it carries, as written */
	size_t n_signal_ids;
	const struct signal **signals;	/* resolved signal_ids */
	/* Situations that pre-answer this item "yes" when the interview
	 * starts (bit 1 << enum situation); the worker can change it. */
	unsigned preset_yes;
	size_t index;			/* 0..content.n_items-1, unique */
	const struct section *section;
	const struct checklist *checklist;
	struct pos pos;
};

struct section {
	char *id;
	char *key;			/* "CHECKLIST.SECTION" */
	char *title;
	/* Optional text shown (and printed) before the items, e.g. the
	 * consent and purpose statement to read out. A section may have an
	 * intro and no items. */
	char *intro;
	/* Optional guidance for the worker shown with the intro, never
	 * read out nor put in the person's language: what is said to the
	 * person and what is said to the worker are kept apart. */
	char *guidance;
	char *source;			/* optional: source id of the intro */
	char *judgement;		/* optional: where the intro is ours */
	char *element_id;		/* NULL: the section scores nothing */
	const struct element *element;	/* resolved element_id */
	struct item *items;
	size_t n_items;
	const struct checklist *checklist;
	struct pos pos;
};

struct ruleset;

struct checklist {
	char *id;
	char *key;			/* == id */
	char *title;
	char *description;		/* optional: when to use it */
	enum audience audience;
	char *version;
	char **sources;			/* source ids */
	size_t n_sources;
	char *rules_id;
	const struct ruleset *rules;
	bool first;			/* always asked first (safety and needs) */
	unsigned form_pages;		/* the sheets its printed form may take
					 * (form.h); 0: the default */
	char *judgement;		/* optional note on our own judgement */
	struct section *sections;
	size_t n_sections;
	size_t n_items;			/* over all sections */
	char *path;			/* file it came from */
	struct pos pos;
};

/* One combination of minimum yes counts by strength; an element is positive
 * when any of its thresholds is met. min[STRENGTH_NONE] is always 0. */
struct threshold {
	unsigned min[STRENGTH_COUNT];
	struct pos pos;
};

struct element {
	char *id;
	char *key;			/* "RULES.ELEMENT" */
	char *title;
	char *description;		/* optional */
	struct threshold *positive_when;
	size_t n_positive_when;
	/* Below this many yes/no answers among the element's items, and not
	 * positive, the element is "undecided" rather than "not positive".
	 * 0 disables the notion. */
	unsigned min_answered;
	const struct ruleset *rules;
	struct pos pos;
};

struct outcome {
	char *id;
	char *key;			/* "RULES.OUTCOME" */
	char *title;
	char *explain;			/* what it means and what to do next */
	char *action;			/* optional: what to do now, in one or
					 * two sentences (a result's first
					 * screen); NULL: explain is shown */
	enum level level;
	struct expr *when;
	char **refer;			/* service ids, in order */
	size_t n_refer;
	char *source;			/* source id, optional */
	char *judgement;		/* NULL, or why this rule is ours */
	const struct ruleset *rules;
	struct pos pos;
};

/* Rights and reminders shown with a result (and on printed forms). */
struct notice {
	char *id;
	char *key;			/* "RULES.NOTICE" */
	char *title;
	char *text;
	char *source;			/* optional source id */
	struct expr *when;		/* NULL: always shown */
	struct pos pos;
};

/* What `check` proves on a rules file beyond the properties every rules
 * file has (properties: in the file). Absent parts are NULL. */
struct child_property {
	char *outcome_id, *act_id, *exploitation_id;
	const struct outcome *outcome;	/* must match for a child when... */
	const struct signal *act;	/* ...a sign of the act and... */
	const struct signal *exploitation;	/* ...one of exploitation are yes */
	struct pos pos;
};

struct rule_properties {
	char *all_clear_id;
	/* The outcome that must never follow a yes to a strong sign. */
	const struct outcome *all_clear;
	struct child_property child;	/* child.outcome_id NULL: none */
	struct pos pos;
};

/*
 * A safety alert: interrupts the interview the moment an answer makes
 * `when` true (session.h), and tells the worker what to do now. `when`
 * looks at answers only (all, any, not, item, answered).
 */
struct alert {
	char *id;
	char *key;			/* "RULES.ALERT" */
	enum alert_kind kind;
	struct expr *when;
	char *title;
	char *text;			/* what to do now, in plain words */
	char **refer;			/* services whose contacts are shown */
	size_t n_refer;
	char *source;			/* optional source id */
	char *judgement;		/* NULL, or why this alert is ours */
	const struct ruleset *rules;
	struct pos pos;
};

struct ruleset {
	char *id;
	char *title;
	char *source;
	char *judgement;		/* optional */
	struct element *elements;
	size_t n_elements;
	struct outcome *outcomes;	/* evaluated in this order */
	size_t n_outcomes;
	struct notice *notices;
	size_t n_notices;
	struct rule_properties properties;
	struct alert *alerts;		/* optional; content order */
	size_t n_alerts;
	char *path;
	struct pos pos;
};

/* How contacts were checked: taken from a public source on a date, or
 * confirmed with the operator by an organisation role on a date. */
struct checked {
	bool given;			/* a service's own; else the directory's */
	enum check_how how;
	char *date;			/* YYYY-MM-DD; NULL for NOT_CHECKED */
	char *by;			/* OPERATOR: the organisation role */
	struct pos pos;
};

/*
 * Who a referral service serves (indicators/README.md, "Who a service
 * serves"), as far as its directory states it. Every part is optional and
 * UNSTATED means nothing is known, never "anyone". The spellings are in
 * tipcheck/serves.h.
 */
enum serves_age { SERVES_AGE_UNSTATED, SERVES_AGE_CHILDREN, SERVES_AGE_ADULTS, SERVES_AGE_BOTH,
		  SERVES_AGE_COUNT };
enum serves_gender { SERVES_GENDER_UNSTATED, SERVES_GENDER_WOMEN, SERVES_GENDER_MEN,
		     SERVES_GENDER_ANY, SERVES_GENDER_COUNT };
enum serves_cost { SERVES_COST_UNSTATED, SERVES_COST_FREE, SERVES_COST_PAID, SERVES_COST_VARIES,
		   SERVES_COST_COUNT };
enum serves_families { SERVES_FAMILIES_UNSTATED, SERVES_FAMILIES_YES, SERVES_FAMILIES_NO };

struct serves {
	bool given;			/* the service has a `serves:` mapping */
	enum serves_age age;
	enum serves_gender gender;
	enum serves_families families;	/* takes families with children */
	char **languages;		/* language codes spoken; may be none */
	size_t n_languages;
	bool interpreting;		/* stated: interpreters for other languages */
	bool open_always;		/* open: 24/7 */
	char **open;			/* else periods "Mon-Fri 09:00-17:00"; may be none */
	size_t n_open;
	enum serves_cost cost;
	struct pos pos;
};

struct service {
	char *id;
	char *key;			/* "DIRECTORY.SERVICE" */
	char *name;
	char *contact;			/* NULL or "" when no contact is known */
	char *hours, *notes, *url;	/* optional */
	/* Optional: how to find this service where the worker is (who
	 * knows it, what to search for), shown when there is no contact. */
	char *find;
	bool police;			/* a police line: shown as such */
	/* Optional: the service's words on the discreet card (card.h), in
	 * terms that name nothing dangerous ("Help line"); a service is on
	 * its directory's card when it has them. */
	char *card;
	char *source;			/* optional: source id or URL */
	struct checked checked;		/* optional: overrides the directory's */
	struct serves serves;		/* optional: who it serves */
	struct pos pos;
};

struct directory {
	char *id;
	char *region;
	struct checked checked;		/* how its contacts were checked */
	char *notice;			/* optional: confirm locally... */
	char **sources;			/* optional urls or source ids */
	size_t n_sources;
	struct service *services;
	size_t n_services;
	char *path;
	struct pos pos;
};

/* Training scenarios (issue 7). Expected answer for an item. */
enum expect { EXPECT_NO, EXPECT_YES, EXPECT_EITHER };

struct expected_answer {
	char *ref;			/* "CHECKLIST.ITEM" as written */
	const struct item *item;
	enum expect expect;
	struct pos pos;
};

struct scenario {
	char *id;
	char *key;			/* == id */
	char *title;
	enum audience audience;
	char **checklist_ids;
	const struct checklist **checklists;
	size_t n_checklists;
	char *persona;			/* fictional person, for everyone */
	char *story;			/* for the trainer */
	/* Role card, for the role-player only. */
	char *knows, *reveals_if_asked_well, *will_not_say, *behaviour;
	struct expected_answer *expected;	/* items not listed: EXPECT_NO */
	size_t n_expected;
	enum level expected_level;
	char **expected_outcomes;	/* outcome keys "RULES.OUTCOME" */
	size_t n_expected_outcomes;
	char **debrief;
	size_t n_debrief;
	char *path;
	struct pos pos;
};

struct catalog_entry {
	char *key;
	char *text;
	struct pos pos;
};

/* The short hash of the English a string was translated from
 * (source_hashes:, catalog.h: catalog_source_hash). */
struct catalog_hash {
	char *key;
	char hash[9];			/* 8 lower-case hex digits */
	struct pos pos;
};

/* A slot of a catalog's hash index: entry is an index into entries plus
 * one, 0 in an empty slot. */
struct catalog_slot {
	uint32_t hash, entry;
};

struct catalog {
	char *lang;			/* "en", "es", "pt-BR" */
	char *name;			/* the language's own name */
	char *english_name;		/* english_name:, optional ("Arabic") */
	enum translation_status status;
	char *note;			/* optional */
	bool rtl;			/* right-to-left script */
	enum catalog_scope scope;	/* scope:, absent = full */
	struct catalog_entry *entries;	/* sorted by key */
	size_t n_entries;
	/* A read catalog's entry keys and texts, all in this one block;
	 * NULL in a catalog made by hand, whose entries are not freed. */
	char *strings;
	/* entries by a hash of the key (catalog_index()); NULL in a catalog
	 * made by hand, which is searched by bsearch. */
	struct catalog_slot *slots;
	size_t n_slots;			/* a power of two */
	/* Only the fields above entries were read (loader_load_langs(), a
	 * language the session does not use yet): no entries until
	 * loader_load_catalog() reads the rest. */
	bool head_only;
	struct catalog_hash *hashes;	/* source_hashes:, sorted by key */
	size_t n_hashes;
	char *path;
	struct pos pos;
};

struct content {
	char *dir;			/* the base layer (layers[0]) */
	char **layers;			/* its layers' roots, base first */
	size_t n_layers;
	/* The last layer that removed or replaced a content file (0: none):
	 * translations beneath it may name content that is gone. */
	size_t changed_layer;
	struct source *sources;
	size_t n_sources;
	struct signal *signals;		/* indicators/signals.yaml, optional */
	size_t n_signals;
	struct checklist *checklists;	/* sorted: first-checklists, then file name */
	size_t n_checklists;
	struct ruleset *rulesets;
	size_t n_rulesets;
	struct directory *directories;
	size_t n_directories;
	struct scenario *scenarios;
	size_t n_scenarios;
	struct catalog *catalogs;	/* "en" first */
	size_t n_catalogs;
	size_t n_items;			/* items over all checklists */
	const struct item **items;	/* by item->index */
	char **files;			/* every file read; pos.file points here */
	size_t n_files;
	struct content_index *index;	/* look-up tables (model.c) */
	/* The base layer's compiled content (treecache.h), or NULL: for a
	 * translation read whole later (loader_load_catalog). */
	struct treecache *trees;
};

void content_free(struct content *c);
/* Frees an expression and its children (expr.h parses them). NULL is
 * fine. */
void content_expr_free(struct expr *e);

/* Look-ups by id; NULL when absent. */
const struct checklist *content_checklist(const struct content *c, const char *id);
const struct ruleset *content_ruleset(const struct content *c, const char *id);
const struct directory *content_directory(const struct content *c, const char *id);
const struct scenario *content_scenario(const struct content *c, const char *id);
const struct source *content_source(const struct content *c, const char *id);
const struct signal *content_signal(const struct content *c, const char *id);
const struct catalog *content_catalog(const struct content *c, const char *lang);
/* "CHECKLIST.ITEM", or a bare item id when exactly one checklist has it;
 * *ambiguous (may be NULL) is set when more than one has it. */
const struct item *content_item(const struct content *c, const char *ref, bool *ambiguous);
/* True for a valid id: lower-case ASCII letters, digits and hyphens,
 * starting with a letter, at most CONTENT_MAX_ID bytes. */
#define CONTENT_MAX_ID 64
bool content_id_valid(const char *s);
/* How s of d was checked: its own `checked`, else d's. */
const struct checked *service_checked(const struct directory *d, const struct service *s);
/* Which of c->layers a loaded file (an object's path) comes from: the
 * index of the longest root it lies under; 0 when none. */
size_t content_layer_of(const struct content *c, const char *path);
/* The directory used when no region is chosen. */
#define DIRECTORY_DEFAULT "international"

#endif
