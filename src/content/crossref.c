/* Links between the files of a content and the checks across them. */
#include <stdlib.h>
#include <string.h>

#include "catalog_check.h"
#include "content_index.h"
#include "crossref.h"
#include "depends.h"
#include "properties.h"
#include "signals.h"
#include "tipcheck/expr.h"
#include "tipcheck/xalloc.h"

/* Where the reference string s was written, else the object's position. */
static struct pos at(const struct crossref *l, const char *s, struct pos object)
{
	return refpos_find(l->refs, s, object);
}

static int cmp_checklist(const void *a, const void *b)
{
	const struct checklist *x = a, *y = b;

	if (x->first != y->first)
		return x->first ? -1 : 1;
	return strcmp(x->path, y->path);
}

static void check_source(const struct crossref *l, const char *id, struct pos pos, const char *what)
{
	if (id && !l->failed[K_SOURCES] && !content_source(l->c, id))
		diag_error(l->d, at(l, id, pos), DIAG_REFERENCE,
			   "%s: no source '%s' in indicators/sources.yaml", what, id);
}

/* Keys, back pointers, indexes and the checks across objects. */
static void link_checklists(const struct crossref *l)
{
	struct content *c = l->c;
	size_t index = 0;

	qsort(c->checklists, c->n_checklists, sizeof *c->checklists, cmp_checklist);
	for (size_t i = 0; i < c->n_checklists; i++) {
		struct checklist *cl = &c->checklists[i];

		cl->key = xstrdup(cl->id);
		cl->n_items = 0;
		for (size_t s = 0; s < cl->n_sections; s++) {
			struct section *sec = &cl->sections[s];

			sec->checklist = cl;
			sec->key = xjoin(cl->id, '.', sec->id);
			for (size_t j = 0; j < sec->n_items; j++) {
				struct item *it = &sec->items[j];

				it->key = xjoin(cl->id, '.', it->id);
				it->section = sec;
				it->checklist = cl;
				it->index = index++;
			}
			cl->n_items += sec->n_items;
		}
	}
	c->n_items = index;
	c->items = xcalloc(index ? index : 1, sizeof *c->items);
	for (size_t i = 0; i < c->n_checklists; i++)
		for (size_t s = 0; s < c->checklists[i].n_sections; s++)
			for (size_t j = 0; j < c->checklists[i].sections[s].n_items; j++) {
				const struct item *it = &c->checklists[i].sections[s].items[j];

				c->items[it->index] = it;
			}
}

static void check_checklists(const struct crossref *l)
{
	struct content *c = l->c;

	for (size_t i = 0; i < c->n_checklists; i++) {
		struct checklist *cl = &c->checklists[i];

		for (size_t k = 0; k < cl->n_sources; k++)
			check_source(l, cl->sources[k], cl->pos, "sources");
		cl->rules = content_ruleset(c, cl->rules_id);
		if (!cl->rules && !l->failed[K_RULES])
			diag_error(l->d, at(l, cl->rules_id, cl->pos), DIAG_REFERENCE,
				   "rules: no rules file '%s' (checklist '%s')",
				  cl->rules_id, cl->id);
		for (size_t s = 0; s < cl->n_sections; s++) {
			struct section *sec = &cl->sections[s];

			check_source(l, sec->source, sec->pos, "source");
			if (sec->element_id && cl->rules) {
				for (size_t e = 0; e < cl->rules->n_elements; e++)
					if (!strcmp(cl->rules->elements[e].id, sec->element_id))
						sec->element = &cl->rules->elements[e];
				if (!sec->element)
					diag_error(l->d, at(l, sec->element_id, sec->pos),
						   DIAG_REFERENCE, "element: no element '%s' in rules '%s'",
						  sec->element_id, cl->rules->id);
			}
			for (size_t j = 0; j < sec->n_items; j++) {
				struct item *it = &sec->items[j];

				check_source(l, it->source, it->pos, "source");
				if (it->show_if && !l->failed[K_CHECKLIST])
					expr_resolve(it->show_if, c, cl->id, NULL, l->d);
			}
		}
	}
}

static const struct service *find_service(const struct directory *dir, const char *id)
{
	for (size_t i = 0; dir && i < dir->n_services; i++)
		if (!strcmp(dir->services[i].id, id))
			return &dir->services[i];
	return NULL;
}

/* Every service a list refers to must exist in the default directory. */
static void check_refer(const struct crossref *l, char *const *refer, size_t n, struct pos pos,
			const char *what, const char *id, bool *said_no_intl)
{
	const struct directory *intl = content_directory(l->c, DIRECTORY_DEFAULT);

	for (size_t s = 0; s < n && !l->failed[K_DIRECTORY]; s++) {
		if (!intl && !*said_no_intl) {
			diag_error(l->d, at(l, refer[s], pos), DIAG_REFERENCE, "refer: %s '%s' "
				   "refers to services but there is no '%s' referral "
				   "directory (indicators/referrals/)", what, id,
				   DIRECTORY_DEFAULT);
			*said_no_intl = true;
		} else if (intl && !find_service(intl, refer[s])) {
			diag_error(l->d, at(l, refer[s], pos), DIAG_REFERENCE,
				   "refer: no service '%s' in the '%s' "
				  "referral directory", refer[s], DIRECTORY_DEFAULT);
		}
	}
}

static void check_rulesets(const struct crossref *l)
{
	struct content *c = l->c;
	bool said_no_intl = false;

	for (size_t i = 0; i < c->n_rulesets; i++) {
		struct ruleset *r = &c->rulesets[i];

		check_source(l, r->source, r->pos, "source");
		for (size_t k = 0; k < r->n_elements; k++) {
			r->elements[k].rules = r;
			r->elements[k].key = xjoin(r->id, '.', r->elements[k].id);
		}
		for (size_t k = 0; k < r->n_outcomes; k++) {
			struct outcome *o = &r->outcomes[k];

			o->rules = r;
			o->key = xjoin(r->id, '.', o->id);
			check_source(l, o->source, o->pos, "source");
			if (!l->failed[K_CHECKLIST])
				expr_resolve(o->when, c, NULL, r, l->d);
			check_refer(l, o->refer, o->n_refer, o->pos, "outcome", o->id, &said_no_intl);
		}
		for (size_t k = 0; k < r->n_notices; k++) {
			struct notice *n = &r->notices[k];

			n->key = xjoin(r->id, '.', n->id);
			check_source(l, n->source, n->pos, "source");
			if (n->when && !l->failed[K_CHECKLIST])
				expr_resolve(n->when, c, NULL, r, l->d);
		}
		for (size_t k = 0; k < r->n_alerts; k++) {
			struct alert *a = &r->alerts[k];

			a->rules = r;
			a->key = xjoin(r->id, '.', a->id);
			check_source(l, a->source, a->pos, "source");
			if (!l->failed[K_CHECKLIST])
				expr_resolve(a->when, c, NULL, r, l->d);
			check_refer(l, a->refer, a->n_refer, a->pos, "alert", a->id, &said_no_intl);
		}
	}
}

/* Whether an emergency alert of any rules file refers to service id. */
static const struct alert *emergency_alert_for(const struct content *c, const char *id)
{
	for (size_t i = 0; i < c->n_rulesets; i++)
		for (size_t k = 0; k < c->rulesets[i].n_alerts; k++) {
			const struct alert *a = &c->rulesets[i].alerts[k];

			for (size_t s = 0; a->kind == ALERT_EMERGENCY && s < a->n_refer; s++)
				if (!strcmp(a->refer[s], id))
					return a;
		}
	return NULL;
}

/* Sources of services; an emergency number must cite where it is from
 * (a contact nobody could check is said so, and warned about). */
static void check_directories(const struct crossref *l)
{
	struct content *c = l->c;

	for (size_t i = 0; i < c->n_directories; i++) {
		const struct directory *dir = &c->directories[i];

		for (size_t k = 0; k < dir->n_services; k++) {
			const struct service *sv = &dir->services[k];
			const struct alert *a;

			if (sv->source && content_id_valid(sv->source))
				check_source(l, sv->source, sv->pos, "source");
			if (sv->source || !sv->contact || !*sv->contact || l->failed[K_RULES] ||
			    !(a = emergency_alert_for(c, sv->id)))
				continue;
			if (service_checked(dir, sv)->how == CHECK_NOT_CHECKED)
				diag_warning(l->d, sv->pos, DIAG_REFERENCE, "services[%zu]: emergency "
					     "contact '%s' is not checked and cites no source", k + 1,
					     sv->contact);
			else
				diag_error(l->d, sv->pos, DIAG_REFERENCE, "services[%zu]: '%s' is an "
					   "emergency contact (alert '%s'): cite its source (source: a "
					   "source id or URL)", k + 1, sv->id, a->id);
		}
	}
}

static void link_directories(const struct crossref *l)
{
	for (size_t i = 0; i < l->c->n_directories; i++) {
		struct directory *dir = &l->c->directories[i];

		for (size_t k = 0; k < dir->n_services; k++)
			dir->services[k].key = xjoin(dir->id, '.', dir->services[k].id);
	}
}

static const struct outcome *find_outcome(const struct content *c, const char *key)
{
	const char *dot = strchr(key, '.');
	const struct ruleset *r;
	char *head;

	if (!dot)
		return NULL;
	head = xstrndup(key, (size_t)(dot - key));
	r = content_ruleset(c, head);
	free(head);
	for (size_t i = 0; r && i < r->n_outcomes; i++)
		if (!strcmp(r->outcomes[i].id, dot + 1))
			return &r->outcomes[i];
	return NULL;
}

static void check_scenarios(const struct crossref *l)
{
	struct content *c = l->c;

	for (size_t i = 0; i < c->n_scenarios; i++) {
		struct scenario *s = &c->scenarios[i];

		s->key = xstrdup(s->id);
		s->checklists = xcalloc(s->n_checklists ? s->n_checklists : 1,
					sizeof *s->checklists);
		for (size_t k = 0; k < s->n_checklists; k++) {
			s->checklists[k] = content_checklist(c, s->checklist_ids[k]);
			if (!s->checklists[k] && !l->failed[K_CHECKLIST])
				diag_error(l->d, at(l, s->checklist_ids[k], s->pos), DIAG_REFERENCE,
					   "checklists: no checklist '%s' (scenario '%s')",
					  s->checklist_ids[k], s->id);
		}
		for (size_t k = 0; k < s->n_expected && !l->failed[K_CHECKLIST]; k++) {
			struct expected_answer *e = &s->expected[k];
			bool used = false;

			e->item = content_item(c, e->ref, NULL);
			if (!e->item) {
				diag_error(l->d, e->pos, DIAG_REFERENCE, "expected.answers: no item '%s'", e->ref);
				continue;
			}
			for (size_t j = 0; j < s->n_checklists; j++)
				used |= s->checklists[j] == e->item->checklist;
			if (!used && !e->item->checklist->first)
				diag_error(l->d, e->pos, DIAG_REFERENCE, "expected.answers: item '%s' is not in one of "
					  "the scenario's checklists", e->ref);
		}
		for (size_t k = 0; k < s->n_expected_outcomes && !l->failed[K_RULES]; k++)
			if (!find_outcome(c, s->expected_outcomes[k]))
				diag_error(l->d, at(l, s->expected_outcomes[k], s->pos),
					   DIAG_REFERENCE, "expected.outcomes: no outcome '%s'",
					  s->expected_outcomes[k]);
	}
}

/* Translation files must be named after their language. */
static void check_catalog_names(const struct crossref *l)
{
	struct content *c = l->c;

	for (size_t i = 0; i < c->n_catalogs; i++) {
		const struct catalog *cat = &c->catalogs[i];
		const char *base = strrchr(cat->path, '/');
		char *want = xasprintf("%s.yaml", cat->lang);

		base = base ? base + 1 : cat->path;
		if (strcmp(base, want))
			diag_error(l->d, cat->pos, DIAG_VALUE, "language '%s' must be in a file "
				   "named %s", cat->lang, want);
		free(want);
	}
	if (l->missing_en)
		diag_error(l->d, ((struct pos){ l->missing_en, 0, 0 }), DIAG_IO,
			   "missing: English (en.yaml) holds the interface strings and must exist");
}

void crossref_run(const struct crossref *l)
{
	struct content *c = l->c;
	struct diag_list *d = l->d;

	link_checklists(l);
	link_directories(l);
	content_index_build(c, d);
	signals_link(c, l->refs, l->failed[K_SIGNALS], d);
	check_checklists(l);
	check_rulesets(l);
	if (!l->failed[K_RULES])
		properties_resolve(c, l->refs, d);
	if (!l->failed[K_CHECKLIST] && !l->failed[K_RULES])
		depends_check(c, d);
	check_directories(l);
	check_scenarios(l);
	check_catalog_names(l);
	if (!l->failed[K_CATALOG] && !l->any_failed)
		catalog_check(c, d);
}
