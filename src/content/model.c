/* The content model: enum names, look-ups by id and freeing. */
#include <stdlib.h>
#include <string.h>

#include "content_index.h"
#include "tipcheck/model.h"
#include "tipcheck/treecache.h"
#include "tipcheck/xalloc.h"

static const char *const strength_names[STRENGTH_COUNT] = {
	[STRENGTH_NONE] = "none",
	[STRENGTH_WEAK] = "weak",
	[STRENGTH_MEDIUM] = "medium",
	[STRENGTH_STRONG] = "strong",
};

static const char *const audience_names[AUDIENCE_COUNT] = {
	[AUDIENCE_ANY] = "any",
	[AUDIENCE_ADULT] = "adult",
	[AUDIENCE_CHILD] = "child",
};

static const char *const level_names[LEVEL_COUNT] = {
	[LEVEL_NONE] = "none",
	[LEVEL_INFORM] = "inform",
	[LEVEL_REFER_FURTHER] = "refer-further",
	[LEVEL_REFER] = "refer",
	[LEVEL_URGENT] = "urgent",
};

static const char *const situation_names[SITUATION_COUNT] = {
	[SITUATION_ADULT] = "adult",
	[SITUATION_CHILD] = "child",
	[SITUATION_UNSURE] = "unsure",
};

static const char *const status_names[] = {
	[TRANSLATION_DRAFT] = "draft",
	[TRANSLATION_REVIEWED] = "reviewed",
};

static const char *const scope_names[] = {
	[CATALOG_FULL] = "full",
	[CATALOG_PERSON] = "person",
};

static const char *const alert_kind_names[ALERT_KIND_COUNT] = {
	[ALERT_EMERGENCY] = "emergency",
	[ALERT_DISCREET] = "discreet",
};

static const char *const check_how_names[CHECK_HOW_COUNT] = {
	[CHECK_PUBLIC_SOURCE] = "public-source",
	[CHECK_OPERATOR] = "operator",
	[CHECK_NOT_CHECKED] = "not-checked",
};

static bool from_str(const char *const *names, size_t n, const char *s, unsigned *out)
{
	for (unsigned i = 0; s && i < n; i++) {
		if (!strcmp(names[i], s)) {
			*out = i;
			return true;
		}
	}
	return false;
}

#define ENUM_STR(name, type, table, count) \
	const char *name##_to_str(type v) \
	{ \
		return (unsigned)v < (count) ? table[v] : "?"; \
	} \
	bool name##_from_str(const char *s, type *out) \
	{ \
		unsigned v; \
		if (!from_str(table, (count), s, &v)) \
			return false; \
		*out = (type)v; \
		return true; \
	}

ENUM_STR(strength, enum strength, strength_names, STRENGTH_COUNT)
ENUM_STR(audience, enum audience, audience_names, AUDIENCE_COUNT)
ENUM_STR(level, enum level, level_names, LEVEL_COUNT)
ENUM_STR(situation, enum situation, situation_names, SITUATION_COUNT)
ENUM_STR(translation_status, enum translation_status, status_names,
	 sizeof status_names / sizeof status_names[0])
ENUM_STR(catalog_scope, enum catalog_scope, scope_names,
	 sizeof scope_names / sizeof scope_names[0])
ENUM_STR(alert_kind, enum alert_kind, alert_kind_names, ALERT_KIND_COUNT)
ENUM_STR(check_how, enum check_how, check_how_names, CHECK_HOW_COUNT)

/* The bytes an id may hold: 1 where it may start, 2 where it may go on.
 * A table, not ranges: nearly every id and reference is asked at load. */
#define ID_START 1
#define ID_REST 2
#define ID_LETTER (ID_START | ID_REST)
static const unsigned char id_bytes[256] = {
	['-'] = ID_REST,
	['0'] = ID_REST, ['1'] = ID_REST, ['2'] = ID_REST, ['3'] = ID_REST, ['4'] = ID_REST,
	['5'] = ID_REST, ['6'] = ID_REST, ['7'] = ID_REST, ['8'] = ID_REST, ['9'] = ID_REST,
	['a'] = ID_LETTER, ['b'] = ID_LETTER, ['c'] = ID_LETTER, ['d'] = ID_LETTER, ['e'] = ID_LETTER,
	['f'] = ID_LETTER, ['g'] = ID_LETTER, ['h'] = ID_LETTER, ['i'] = ID_LETTER, ['j'] = ID_LETTER,
	['k'] = ID_LETTER, ['l'] = ID_LETTER, ['m'] = ID_LETTER, ['n'] = ID_LETTER, ['o'] = ID_LETTER,
	['p'] = ID_LETTER, ['q'] = ID_LETTER, ['r'] = ID_LETTER, ['s'] = ID_LETTER, ['t'] = ID_LETTER,
	['u'] = ID_LETTER, ['v'] = ID_LETTER, ['w'] = ID_LETTER, ['x'] = ID_LETTER, ['y'] = ID_LETTER,
	['z'] = ID_LETTER,
};

bool content_id_valid(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = 1;

	if (!s || !(id_bytes[u[0]] & ID_START))
		return false;
	for (; u[n] && n < CONTENT_MAX_ID; n++)
		if (!(id_bytes[u[n]] & ID_REST))
			return false;
	return !u[n];
}

/* One entry of the namespace shared by checklists, rules, directories and
 * scenarios. */
enum ns_kind { NS_CHECKLIST, NS_RULES, NS_DIRECTORY, NS_SCENARIO };

struct ns_entry {
	const char *id;
	enum ns_kind kind;
	const void *obj;
	struct pos pos;
	size_t order;		/* load order, for stable duplicate reports */
};

struct content_index {
	struct ns_entry *ns;
	size_t n_ns;
	const struct source **sources;	/* by id */
	const struct item **items_by_key;
	const struct item **items_by_id;	/* ties by key */
};

static const char *const ns_names[] = {
	[NS_CHECKLIST] = "checklist",
	[NS_RULES] = "rules file",
	[NS_DIRECTORY] = "referral directory",
	[NS_SCENARIO] = "scenario",
};

static int cmp_ns(const void *a, const void *b)
{
	const struct ns_entry *x = a, *y = b;
	int r = strcmp(x->id, y->id);

	if (r)
		return r;
	return x->order < y->order ? -1 : x->order > y->order;
}

static int cmp_source(const void *a, const void *b)
{
	const struct source *const *x = a, *const *y = b;
	int r = strcmp((*x)->id, (*y)->id);

	return r ? r : (*x < *y ? -1 : *x > *y);
}

static int cmp_item_key(const void *a, const void *b)
{
	const struct item *const *x = a, *const *y = b;

	return strcmp((*x)->key, (*y)->key);
}

static int cmp_item_id(const void *a, const void *b)
{
	const struct item *const *x = a, *const *y = b;
	int r = strcmp((*x)->id, (*y)->id);

	return r ? r : strcmp((*x)->key, (*y)->key);
}

static void ns_add(struct content_index *ix, const char *id, enum ns_kind kind,
		   const void *obj, struct pos pos)
{
	ix->ns[ix->n_ns] = (struct ns_entry){ id, kind, obj, pos, ix->n_ns };
	ix->n_ns++;
}

bool content_index_build(struct content *c, struct diag_list *d)
{
	struct content_index *ix = xcalloc(1, sizeof *ix);
	size_t n = c->n_checklists + c->n_rulesets + c->n_directories + c->n_scenarios;
	size_t k = 0;
	bool ok = true;

	ix->ns = xcalloc(n, sizeof *ix->ns);
	for (size_t i = 0; i < c->n_checklists; i++)
		ns_add(ix, c->checklists[i].id, NS_CHECKLIST, &c->checklists[i], c->checklists[i].pos);
	for (size_t i = 0; i < c->n_rulesets; i++)
		ns_add(ix, c->rulesets[i].id, NS_RULES, &c->rulesets[i], c->rulesets[i].pos);
	for (size_t i = 0; i < c->n_directories; i++)
		ns_add(ix, c->directories[i].id, NS_DIRECTORY, &c->directories[i],
		       c->directories[i].pos);
	for (size_t i = 0; i < c->n_scenarios; i++)
		ns_add(ix, c->scenarios[i].id, NS_SCENARIO, &c->scenarios[i], c->scenarios[i].pos);
	qsort(ix->ns, ix->n_ns, sizeof *ix->ns, cmp_ns);
	for (size_t i = 0; i < ix->n_ns; i++) {
		const struct ns_entry *e = &ix->ns[i];

		if (!strcmp(e->id, "ui") || !strcmp(e->id, "signals")) {
			diag_error(d, e->pos, DIAG_VALUE, "id '%s' is reserved for %s", e->id,
				   e->id[0] == 'u' ? "interface strings" : "the signals' texts");
			ok = false;
		} else if (i > 0 && !strcmp(e->id, ix->ns[i - 1].id)) {
			const struct ns_entry *first = e;

			while (first > ix->ns && !strcmp(first[-1].id, e->id))
				first--;
			size_t le = content_layer_of(c, e->pos.file);
			size_t lf = content_layer_of(c, first->pos.file);

			if (le == lf) {
				diag_error(d, e->pos, DIAG_DUPLICATE,
					   "%s id '%s' is already used by the %s in %s:%u",
					   ns_names[e->kind], e->id, ns_names[first->kind],
					   first->pos.file, first->pos.line);
			} else {
				/* Across layers the intent is a replacement, which goes
				 * by the file's path in its layer: say so at the upper. */
				const struct ns_entry *up = le > lf ? e : first;
				const struct ns_entry *lo = le > lf ? first : e;
				const char *root = c->layers[le > lf ? lf : le];
				const char *rel = strncmp(lo->pos.file, root, strlen(root)) ?
					lo->pos.file : lo->pos.file + strlen(root);

				diag_error(d, up->pos, DIAG_DUPLICATE,
					   "%s id '%s' is also the %s in %s:%u, a layer beneath; to "
					   "replace that file, give this one its path (%s)",
					   ns_names[up->kind], up->id, ns_names[lo->kind], lo->pos.file,
					   lo->pos.line, rel + (*rel == '/'));
			}
			ok = false;
		}
	}

	ix->sources = xcalloc(c->n_sources, sizeof *ix->sources);
	for (size_t i = 0; i < c->n_sources; i++)
		ix->sources[i] = &c->sources[i];
	qsort(ix->sources, c->n_sources, sizeof *ix->sources, cmp_source);
	for (size_t i = 1; i < c->n_sources; i++) {
		if (!strcmp(ix->sources[i]->id, ix->sources[i - 1]->id)) {
			const struct source *later = ix->sources[i] > ix->sources[i - 1] ?
						     ix->sources[i] : ix->sources[i - 1];
			const struct source *first = later == ix->sources[i] ?
						     ix->sources[i - 1] : ix->sources[i];

			diag_error(d, later->pos, DIAG_DUPLICATE,
				   "source id '%s' is already used at line %u", later->id,
				   first->pos.line);
			ok = false;
		}
	}

	ix->items_by_key = xcalloc(c->n_items, sizeof *ix->items_by_key);
	ix->items_by_id = xcalloc(c->n_items, sizeof *ix->items_by_id);
	for (size_t i = 0; i < c->n_checklists; i++)
		for (size_t s = 0; s < c->checklists[i].n_sections; s++)
			for (size_t j = 0; j < c->checklists[i].sections[s].n_items; j++) {
				const struct item *it = &c->checklists[i].sections[s].items[j];

				ix->items_by_key[k] = ix->items_by_id[k] = it;
				k++;
			}
	qsort(ix->items_by_key, k, sizeof *ix->items_by_key, cmp_item_key);
	qsort(ix->items_by_id, k, sizeof *ix->items_by_id, cmp_item_id);
	free(c->index);
	c->index = ix;
	return ok;
}

static void index_free(struct content_index *ix)
{
	if (!ix)
		return;
	free(ix->ns);
	free(ix->sources);
	free(ix->items_by_key);
	free(ix->items_by_id);
	free(ix);
}

static int cmp_ns_key(const void *key, const void *elem)
{
	return strcmp(key, ((const struct ns_entry *)elem)->id);
}

static const void *ns_find(const struct content *c, const char *id, enum ns_kind kind)
{
	const struct ns_entry *e;

	if (!c || !c->index || !id)
		return NULL;
	e = bsearch(id, c->index->ns, c->index->n_ns, sizeof *e, cmp_ns_key);
	if (!e)
		return NULL;
	/* With duplicates (only while loading) any entry of this kind. */
	while (e > c->index->ns && !strcmp(e[-1].id, id))
		e--;
	for (; e < c->index->ns + c->index->n_ns && !strcmp(e->id, id); e++)
		if (e->kind == kind)
			return e->obj;
	return NULL;
}

const struct checklist *content_checklist(const struct content *c, const char *id)
{
	return ns_find(c, id, NS_CHECKLIST);
}

const struct ruleset *content_ruleset(const struct content *c, const char *id)
{
	return ns_find(c, id, NS_RULES);
}

const struct directory *content_directory(const struct content *c, const char *id)
{
	return ns_find(c, id, NS_DIRECTORY);
}

const struct scenario *content_scenario(const struct content *c, const char *id)
{
	return ns_find(c, id, NS_SCENARIO);
}

static int cmp_source_key(const void *key, const void *elem)
{
	return strcmp(key, (*(const struct source *const *)elem)->id);
}

const struct source *content_source(const struct content *c, const char *id)
{
	const struct source *const *s;

	if (!c || !c->index || !id)
		return NULL;
	s = bsearch(id, c->index->sources, c->n_sources, sizeof *s, cmp_source_key);
	return s ? *s : NULL;
}

const struct signal *content_signal(const struct content *c, const char *id)
{
	for (size_t i = 0; c && id && i < c->n_signals; i++)
		if (!strcmp(c->signals[i].id, id))
			return &c->signals[i];
	return NULL;
}

const struct catalog *content_catalog(const struct content *c, const char *lang)
{
	for (size_t i = 0; c && lang && i < c->n_catalogs; i++)
		if (!strcmp(c->catalogs[i].lang, lang))
			return &c->catalogs[i];
	return NULL;
}

static int cmp_item_key_str(const void *key, const void *elem)
{
	return strcmp(key, (*(const struct item *const *)elem)->key);
}

static int cmp_item_id_str(const void *key, const void *elem)
{
	return strcmp(key, (*(const struct item *const *)elem)->id);
}

const struct item *content_item(const struct content *c, const char *ref, bool *ambiguous)
{
	const struct item *const *p, *const *v;
	size_t n;

	if (ambiguous)
		*ambiguous = false;
	if (!c || !c->index || !ref)
		return NULL;
	n = c->n_items;
	if (strchr(ref, '.')) {
		p = bsearch(ref, c->index->items_by_key, n, sizeof *p, cmp_item_key_str);
		return p ? *p : NULL;
	}
	v = c->index->items_by_id;
	p = bsearch(ref, v, n, sizeof *p, cmp_item_id_str);
	if (!p)
		return NULL;
	if ((p > v && !strcmp(p[-1]->id, ref)) || (p + 1 < v + n && !strcmp(p[1]->id, ref))) {
		if (ambiguous)
			*ambiguous = true;
		return NULL;
	}
	return *p;
}

void content_expr_free(struct expr *e)
{
	if (!e)
		return;
	for (size_t i = 0; i < e->n_children; i++)
		content_expr_free(e->children[i]);
	free(e->children);
	free(e->ref);
	free(e);
}

static void free_strv(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void content_source_clear(struct source *s)
{
	free(s->id);
	free(s->title);
	free(s->publisher);
	free(s->url);
	free(s->note);
}

static void item_clear(struct item *it)
{
	free(it->id);
	free(it->key);
	free(it->sign);
	free(it->short_sign);
	free(it->ask);
	free(it->person_ask);
	free(it->guidance);
	free(it->source);
	free(it->judgement);
	content_expr_free(it->show_if);
	free_strv(it->signal_ids, it->n_signal_ids);
	free(it->signals);
}

void content_checklist_clear(struct checklist *cl)
{
	for (size_t s = 0; s < cl->n_sections; s++) {
		struct section *sec = &cl->sections[s];

		for (size_t i = 0; i < sec->n_items; i++)
			item_clear(&sec->items[i]);
		free(sec->items);
		free(sec->id);
		free(sec->key);
		free(sec->title);
		free(sec->intro);
		free(sec->guidance);
		free(sec->source);
		free(sec->judgement);
		free(sec->element_id);
	}
	free(cl->sections);
	free(cl->id);
	free(cl->key);
	free(cl->title);
	free(cl->description);
	free(cl->version);
	free_strv(cl->sources, cl->n_sources);
	free(cl->rules_id);
	free(cl->judgement);
	free(cl->path);
}

void content_ruleset_clear(struct ruleset *r)
{
	for (size_t i = 0; i < r->n_elements; i++) {
		struct element *e = &r->elements[i];

		free(e->id);
		free(e->key);
		free(e->title);
		free(e->description);
		free(e->positive_when);
	}
	free(r->elements);
	for (size_t i = 0; i < r->n_outcomes; i++) {
		struct outcome *o = &r->outcomes[i];

		free(o->id);
		free(o->key);
		free(o->title);
		free(o->explain);
		free(o->action);
		content_expr_free(o->when);
		free_strv(o->refer, o->n_refer);
		free(o->source);
		free(o->judgement);
	}
	free(r->outcomes);
	for (size_t i = 0; i < r->n_notices; i++) {
		struct notice *n = &r->notices[i];

		free(n->id);
		free(n->key);
		free(n->title);
		free(n->text);
		free(n->source);
		content_expr_free(n->when);
	}
	free(r->notices);
	free(r->properties.all_clear_id);
	free(r->properties.child.outcome_id);
	free(r->properties.child.act_id);
	free(r->properties.child.exploitation_id);
	for (size_t i = 0; i < r->n_alerts; i++) {
		struct alert *a = &r->alerts[i];

		free(a->id);
		free(a->key);
		content_expr_free(a->when);
		free(a->title);
		free(a->text);
		free_strv(a->refer, a->n_refer);
		free(a->source);
		free(a->judgement);
	}
	free(r->alerts);
	free(r->id);
	free(r->title);
	free(r->source);
	free(r->judgement);
	free(r->path);
}

static void checked_clear(struct checked *c)
{
	free(c->date);
	free(c->by);
}

const struct checked *service_checked(const struct directory *d, const struct service *s)
{
	return s && s->checked.given ? &s->checked : &d->checked;
}

void content_directory_clear(struct directory *dir)
{
	for (size_t i = 0; i < dir->n_services; i++) {
		struct service *s = &dir->services[i];

		free(s->id);
		free(s->key);
		free(s->name);
		free(s->contact);
		free(s->hours);
		free(s->notes);
		free(s->url);
		free(s->find);
		free(s->card);
		free(s->source);
		checked_clear(&s->checked);
		free_strv(s->serves.languages, s->serves.n_languages);
		free_strv(s->serves.open, s->serves.n_open);
	}
	free(dir->services);
	free(dir->id);
	free(dir->region);
	checked_clear(&dir->checked);
	free(dir->notice);
	free_strv(dir->sources, dir->n_sources);
	free(dir->path);
}

void content_scenario_clear(struct scenario *s)
{
	free(s->id);
	free(s->key);
	free(s->title);
	free_strv(s->checklist_ids, s->n_checklists);
	free(s->checklists);
	free(s->persona);
	free(s->story);
	free(s->knows);
	free(s->reveals_if_asked_well);
	free(s->will_not_say);
	free(s->behaviour);
	for (size_t i = 0; i < s->n_expected; i++)
		free(s->expected[i].ref);
	free(s->expected);
	free_strv(s->expected_outcomes, s->n_expected_outcomes);
	free_strv(s->debrief, s->n_debrief);
	free(s->path);
}

void content_catalog_clear(struct catalog *cat)
{
	free(cat->strings);
	free(cat->entries);
	free(cat->slots);
	for (size_t i = 0; i < cat->n_hashes; i++)
		free(cat->hashes[i].key);
	free(cat->hashes);
	free(cat->lang);
	free(cat->name);
	free(cat->english_name);
	free(cat->note);
	free(cat->path);
}

void content_signal_clear(struct signal *sg)
{
	free(sg->id);
	free(sg->key);
	free(sg->title);
	free(sg->description);
	for (size_t i = 0; i < sg->n_words; i++) {
		free(sg->words[i].lang);
		free_strv(sg->words[i].words, sg->words[i].n_words);
	}
	free(sg->words);
	free(sg->items);
}

void content_free(struct content *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n_sources; i++)
		content_source_clear(&c->sources[i]);
	free(c->sources);
	for (size_t i = 0; i < c->n_signals; i++)
		content_signal_clear(&c->signals[i]);
	free(c->signals);
	for (size_t i = 0; i < c->n_checklists; i++)
		content_checklist_clear(&c->checklists[i]);
	free(c->checklists);
	for (size_t i = 0; i < c->n_rulesets; i++)
		content_ruleset_clear(&c->rulesets[i]);
	free(c->rulesets);
	for (size_t i = 0; i < c->n_directories; i++)
		content_directory_clear(&c->directories[i]);
	free(c->directories);
	for (size_t i = 0; i < c->n_scenarios; i++)
		content_scenario_clear(&c->scenarios[i]);
	free(c->scenarios);
	for (size_t i = 0; i < c->n_catalogs; i++)
		content_catalog_clear(&c->catalogs[i]);
	free(c->catalogs);
	free(c->items);
	free_strv(c->files, c->n_files);
	index_free(c->index);
	treecache_close(c->trees);
	free(c->dir);
	free_strv(c->layers, c->n_layers);
	free(c);
}

size_t content_layer_of(const struct content *c, const char *path)
{
	size_t best = 0, best_len = 0;

	for (size_t i = 0; path && i < c->n_layers; i++) {
		size_t n = strlen(c->layers[i]);

		while (n > 1 && c->layers[i][n - 1] == '/')
			n--;
		if (n >= best_len && !strncmp(path, c->layers[i], n) && path[n] == '/') {
			best = i;
			best_len = n;
		}
	}
	return best;
}
