/* The schema of each kind of content file: field tables, value parsers, per-file checks. */
#include <stdlib.h>
#include <string.h>

#include "kinds.h"
#include "properties.h"
#include "tipcheck/expr.h"
#include "tipcheck/xalloc.h"

/* Enum fields: each spelled out with the values an author may use. */
bool enum_error(struct schema_ctx *x, const struct ynode *v, const char *what,
		const char *allowed)
{
	if (v->type != YNODE_SCALAR || ynode_is_null(v))
		schema_error(x, v->pos, DIAG_TYPE, "expected a %s (one of: %s), not %s", what,
			     allowed, ynode_is_null(v) ? "nothing" : ynode_type_name(v));
	else
		schema_error(x, v->pos, DIAG_VALUE, "unknown %s '%s' (expected one of: %s)", what,
			     v->str, allowed);
	return false;
}

bool is_text(const struct ynode *v)
{
	return v->type == YNODE_SCALAR && !ynode_is_null(v);
}

static bool p_strength(struct schema_ctx *x, const struct ynode *v, void *obj,
		       const struct field *f)
{
	if (!is_text(v) || !strength_from_str(v->str, FIELD_AT(obj, f->off, enum strength)))
		return enum_error(x, v, "strength", "strong, medium, weak, none");
	return true;
}

static bool p_audience(struct schema_ctx *x, const struct ynode *v, void *obj,
		       const struct field *f)
{
	if (!is_text(v) || !audience_from_str(v->str, FIELD_AT(obj, f->off, enum audience)))
		return enum_error(x, v, "audience", "adult, child, any");
	return true;
}

/* Outcomes have a level; "none" is for scenarios that expect no outcome. */
static bool p_level(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	enum level l;

	if (!is_text(v) || !level_from_str(v->str, &l) || l == LEVEL_NONE)
		return enum_error(x, v, "level", "urgent, refer, refer-further, inform");
	*FIELD_AT(obj, f->off, enum level) = l;
	return true;
}

static bool p_expected_level(struct schema_ctx *x, const struct ynode *v, void *obj,
			     const struct field *f)
{
	if (!is_text(v) || !level_from_str(v->str, FIELD_AT(obj, f->off, enum level)))
		return enum_error(x, v, "level", "urgent, refer, refer-further, inform, none");
	return true;
}

static bool p_alert_kind(struct schema_ctx *x, const struct ynode *v, void *obj,
			 const struct field *f)
{
	if (!is_text(v) || !alert_kind_from_str(v->str, FIELD_AT(obj, f->off, enum alert_kind)))
		return enum_error(x, v, "alert kind", "emergency, discreet");
	return true;
}

static bool p_check_how(struct schema_ctx *x, const struct ynode *v, void *obj,
			const struct field *f)
{
	if (!is_text(v) || !check_how_from_str(v->str, FIELD_AT(obj, f->off, enum check_how)))
		return enum_error(x, v, "way of checking", "public-source, operator, not-checked");
	return true;
}

static bool p_preset(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	unsigned *mask = FIELD_AT(obj, f->off, unsigned);
	bool ok = true;

	if (v->type != YNODE_SEQUENCE) {
		schema_error(x, v->pos, DIAG_TYPE, "expected a list of situations, not %s",
			     ynode_type_name(v));
		return false;
	}
	for (size_t i = 0; i < v->len; i++) {
		enum situation s;

		if (!is_text(v->v[i]) || !situation_from_str(v->v[i]->str, &s))
			ok = enum_error(x, v->v[i], "situation", "adult, child, unsure");
		else
			*mask |= 1u << s;
	}
	return ok;
}

static bool p_expr(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f,
		   enum expr_context ctx)
{
	struct expr *e = expr_parse(v, ctx, schema_path(x), x->d);

	if (!e) {
		x->failed = true;
		return false;
	}
	*FIELD_AT(obj, f->off, struct expr *) = e;
	return true;
}

static bool p_show_if(struct schema_ctx *x, const struct ynode *v, void *obj,
		      const struct field *f)
{
	return p_expr(x, v, obj, f, EXPR_CTX_SHOW_IF);
}

static bool p_when(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	return p_expr(x, v, obj, f, EXPR_CTX_RULES);
}

static bool p_alert_when(struct schema_ctx *x, const struct ynode *v, void *obj,
			 const struct field *f)
{
	return p_expr(x, v, obj, f, EXPR_CTX_ALERT);
}

/* A service's source: a source id of sources.yaml (checked once all is
 * loaded) or a URL. */
static bool p_source_ref(struct schema_ctx *x, const struct ynode *v, void *obj,
			 const struct field *f)
{
	char **out = FIELD_AT(obj, f->off, char *);

	if (!schema_str(x, v, obj, f))
		return false;
	if (strncmp(*out, "https://", 8) && strncmp(*out, "http://", 7) &&
	    !content_id_valid(*out)) {
		schema_error(x, v->pos, DIAG_VALUE, "'%s' is neither a source id nor a URL "
			     "(http:// or https://)", *out);
		return false;
	}
	schema_record(x, *out, v->pos);
	return true;
}

/* An outcome key in a scenario: RULES.OUTCOME. */
static bool p_outcome_keys(struct schema_ctx *x, const struct ynode *v, void *obj,
			   const struct field *f)
{
	char **keys;
	bool ok = true;

	if (!schema_strlist(x, v, obj, f))
		return false;
	keys = *FIELD_AT(obj, f->off, char **);
	for (size_t i = 0; i < *FIELD_AT(obj, f->count_off, size_t); i++) {
		char *dot = strchr(keys[i], '.');
		char *head = dot ? xstrndup(keys[i], (size_t)(dot - keys[i])) : NULL;

		if (!dot || !content_id_valid(head) || !content_id_valid(dot + 1)) {
			schema_error(x, v->v[i]->pos, DIAG_VALUE,
				     "'%s' is not an outcome reference (expected RULES.OUTCOME)",
				     keys[i]);
			ok = false;
		}
		free(head);
	}
	return ok;
}

/* sources.yaml */
static const struct field source_fields[] = {
	{ "id", schema_id, F_REQUIRED, offsetof(struct source, id), 0, NULL },
	{ "title", schema_str, F_REQUIRED, offsetof(struct source, title), 0, NULL },
	{ "publisher", schema_str, F_REQUIRED, offsetof(struct source, publisher), 0, NULL },
	{ "year", schema_uint, 0, offsetof(struct source, year), 0, NULL },
	{ "url", schema_str, 0, offsetof(struct source, url), 0, NULL },
	{ "note", schema_str, 0, offsetof(struct source, note), 0, NULL },
};
OBJTYPE(source_type, "source", struct source, source_fields, NULL);

static const struct field sources_file_fields[] = {
	{ "schema", schema_version, F_REQUIRED, 0, 0, NULL },
	{ "sources", schema_objlist, F_REQUIRED, offsetof(struct sources_file, sources),
	  offsetof(struct sources_file, n_sources), &source_type },
};
const struct objtype sources_file_type = {
	"sources file", sizeof(struct sources_file), sources_file_fields,
	COUNT(sources_file_fields), false, 0, NULL
};

/* Checklists */
static const struct field item_fields[] = {
	{ "id", schema_id, F_REQUIRED, offsetof(struct item, id), 0, NULL },
	{ "strength", p_strength, F_REQUIRED, offsetof(struct item, strength), 0, NULL },
	{ "sign", schema_str, F_REQUIRED, offsetof(struct item, sign), 0, NULL },
	{ "short", schema_str, 0, offsetof(struct item, short_sign), 0, NULL },
	{ "ask", schema_str, 0, offsetof(struct item, ask), 0, NULL },
	{ "person_ask", schema_str, 0, offsetof(struct item, person_ask), 0, NULL },
	{ "guidance", schema_str, F_REQUIRED, offsetof(struct item, guidance), 0, NULL },
	{ "source", schema_id, F_REQUIRED, offsetof(struct item, source), 0, NULL },
	{ "judgement", schema_str, 0, offsetof(struct item, judgement), 0, NULL },
	{ "show_if", p_show_if, 0, offsetof(struct item, show_if), 0, NULL },
	{ "preset", p_preset, 0, offsetof(struct item, preset_yes), 0, NULL },
	{ "signals", schema_idlist, 0, offsetof(struct item, signal_ids),
	  offsetof(struct item, n_signal_ids), NULL },
};
OBJTYPE(item_type, "item", struct item, item_fields, NULL);

static bool check_section(struct schema_ctx *x, const struct ynode *map, void *obj)
{
	const struct section *s = obj;

	if (!s->n_items && !s->intro && !s->guidance) {
		schema_error(x, map->pos, DIAG_MISSING_KEY, "section '%s' needs items (at least "
			     "one), an intro or guidance", s->id);
		return false;
	}
	if (!s->intro && !s->guidance && (s->source || s->judgement)) {
		schema_error(x, map->pos, DIAG_MISSING_KEY, "section '%s': source and judgement "
			     "are about the intro or guidance, and there is none", s->id);
		return false;
	}
	return true;
}

static const struct field section_fields[] = {
	{ "id", schema_id, F_REQUIRED, offsetof(struct section, id), 0, NULL },
	{ "title", schema_str, F_REQUIRED, offsetof(struct section, title), 0, NULL },
	{ "intro", schema_str, 0, offsetof(struct section, intro), 0, NULL },
	{ "guidance", schema_str, 0, offsetof(struct section, guidance), 0, NULL },
	{ "source", schema_id, 0, offsetof(struct section, source), 0, NULL },
	{ "judgement", schema_str, 0, offsetof(struct section, judgement), 0, NULL },
	{ "element", schema_id, 0, offsetof(struct section, element_id), 0, NULL },
	{ "items", schema_objlist, 0, offsetof(struct section, items),
	  offsetof(struct section, n_items), &item_type },
};
OBJTYPE(section_type, "section", struct section, section_fields, check_section);

static const struct field checklist_fields[] = {
	{ "schema", schema_version, F_REQUIRED, 0, 0, NULL },
	{ "id", schema_id, F_REQUIRED, offsetof(struct checklist, id), 0, NULL },
	{ "title", schema_str, F_REQUIRED, offsetof(struct checklist, title), 0, NULL },
	{ "description", schema_str, 0, offsetof(struct checklist, description), 0, NULL },
	{ "audience", p_audience, F_REQUIRED, offsetof(struct checklist, audience), 0, NULL },
	{ "version", schema_str, F_REQUIRED, offsetof(struct checklist, version), 0, NULL },
	{ "sources", schema_idlist, F_REQUIRED, offsetof(struct checklist, sources),
	  offsetof(struct checklist, n_sources), NULL },
	{ "rules", schema_id, F_REQUIRED, offsetof(struct checklist, rules_id), 0, NULL },
	{ "first", schema_bool, 0, offsetof(struct checklist, first), 0, NULL },
	{ "form_pages", schema_uint, 0, offsetof(struct checklist, form_pages), 0, NULL },
	{ "judgement", schema_str, 0, offsetof(struct checklist, judgement), 0, NULL },
	{ "sections", schema_objlist, F_REQUIRED, offsetof(struct checklist, sections),
	  offsetof(struct checklist, n_sections), &section_type },
};

/* Ids of the objects in one file, for the duplicate check. */
struct idref {
	const char *id;
	struct pos pos;
	size_t order;
};

static int cmp_idref(const void *a, const void *b)
{
	const struct idref *x = a, *y = b;
	int r = strcmp(x->id, y->id);

	return r ? r : (x->order < y->order ? -1 : x->order > y->order);
}

/* Reports every id of v[0..n-1] used before in the same file; ids that
 * failed to load (NULL) were reported already. */
static bool check_unique(struct schema_ctx *x, struct idref *v, size_t n, const char *what)
{
	bool ok = true;

	qsort(v, n, sizeof *v, cmp_idref);
	for (size_t i = 1; i < n; i++) {
		if (!strcmp(v[i].id, v[i - 1].id)) {
			size_t first = i - 1;

			while (first > 0 && !strcmp(v[first - 1].id, v[i].id))
				first--;
			diag_error(x->d, v[i].pos, DIAG_DUPLICATE, "duplicate %s id '%s' (first at "
				   "line %u)", what, v[i].id, v[first].pos.line);
			x->failed = true;
			ok = false;
		}
	}
	return ok;
}

static bool check_checklist(struct schema_ctx *x, const struct ynode *map, void *obj)
{
	const struct checklist *cl = obj;
	struct idref *ids;
	size_t n = cl->n_sections, k = 0;
	bool ok;

	for (size_t s = 0; s < cl->n_sections; s++)
		n += cl->sections[s].n_items;
	ids = xcalloc(n, sizeof *ids);
	for (size_t s = 0; s < cl->n_sections; s++) {
		const struct section *sec = &cl->sections[s];

		ids[k] = (struct idref){ sec->id, sec->pos, k };
		k++;
		for (size_t i = 0; i < sec->n_items; i++, k++)
			ids[k] = (struct idref){ sec->items[i].id, sec->items[i].pos, k };
	}
	ok = check_unique(x, ids, k, "section or item");
	free(ids);
	return ok;
}
const struct objtype checklist_type = {
	"checklist", sizeof(struct checklist), checklist_fields, COUNT(checklist_fields), true,
	offsetof(struct checklist, pos), check_checklist
};

/* Rules */
static const struct field threshold_fields[] = {
	{ "strong", schema_uint, 0, offsetof(struct threshold, min[STRENGTH_STRONG]), 0, NULL },
	{ "medium", schema_uint, 0, offsetof(struct threshold, min[STRENGTH_MEDIUM]), 0, NULL },
	{ "weak", schema_uint, 0, offsetof(struct threshold, min[STRENGTH_WEAK]), 0, NULL },
};

static bool check_threshold(struct schema_ctx *x, const struct ynode *map, void *obj)
{
	const struct threshold *t = obj;

	for (size_t i = 0; i < map->len; i++) {
		if (!strcmp(ymap_value(map, i)->str, "0")) {
			schema_error(x, ymap_value(map, i)->pos, DIAG_VALUE,
				     "'%s' must be at least 1 (leave the key out instead)",
				     ymap_key(map, i)->str);
			return false;
		}
	}
	if (!t->min[STRENGTH_STRONG] && !t->min[STRENGTH_MEDIUM] && !t->min[STRENGTH_WEAK]) {
		schema_error(x, map->pos, DIAG_MISSING_KEY,
			     "a combination needs at least one of: strong, medium, weak");
		return false;
	}
	return true;
}
OBJTYPE(threshold_type, "combination", struct threshold, threshold_fields, check_threshold);

static const struct field element_fields[] = {
	{ "id", schema_id, F_REQUIRED, offsetof(struct element, id), 0, NULL },
	{ "title", schema_str, F_REQUIRED, offsetof(struct element, title), 0, NULL },
	{ "description", schema_str, 0, offsetof(struct element, description), 0, NULL },
	{ "min_answered", schema_uint, 0, offsetof(struct element, min_answered), 0, NULL },
	{ "positive_when", schema_objlist, F_REQUIRED, offsetof(struct element, positive_when),
	  offsetof(struct element, n_positive_when), &threshold_type },
};
OBJTYPE(element_type, "element", struct element, element_fields, NULL);

static const struct field outcome_fields[] = {
	{ "id", schema_id, F_REQUIRED, offsetof(struct outcome, id), 0, NULL },
	{ "title", schema_str, F_REQUIRED, offsetof(struct outcome, title), 0, NULL },
	{ "level", p_level, F_REQUIRED, offsetof(struct outcome, level), 0, NULL },
	{ "when", p_when, F_REQUIRED, offsetof(struct outcome, when), 0, NULL },
	{ "refer", schema_idlist, 0, offsetof(struct outcome, refer),
	  offsetof(struct outcome, n_refer), NULL },
	{ "explain", schema_str, F_REQUIRED, offsetof(struct outcome, explain), 0, NULL },
	{ "action", schema_str, 0, offsetof(struct outcome, action), 0, NULL },
	{ "source", schema_id, 0, offsetof(struct outcome, source), 0, NULL },
	{ "judgement", schema_str, 0, offsetof(struct outcome, judgement), 0, NULL },
};
OBJTYPE(outcome_type, "outcome", struct outcome, outcome_fields, NULL);

static const struct field notice_fields[] = {
	{ "id", schema_id, F_REQUIRED, offsetof(struct notice, id), 0, NULL },
	{ "title", schema_str, F_REQUIRED, offsetof(struct notice, title), 0, NULL },
	{ "text", schema_str, F_REQUIRED, offsetof(struct notice, text), 0, NULL },
	{ "source", schema_id, 0, offsetof(struct notice, source), 0, NULL },
	{ "when", p_when, 0, offsetof(struct notice, when), 0, NULL },
};
OBJTYPE(notice_type, "notice", struct notice, notice_fields, NULL);

static const struct field alert_fields[] = {
	{ "id", schema_id, F_REQUIRED, offsetof(struct alert, id), 0, NULL },
	{ "kind", p_alert_kind, F_REQUIRED, offsetof(struct alert, kind), 0, NULL },
	{ "when", p_alert_when, F_REQUIRED, offsetof(struct alert, when), 0, NULL },
	{ "title", schema_str, F_REQUIRED, offsetof(struct alert, title), 0, NULL },
	{ "text", schema_str, F_REQUIRED, offsetof(struct alert, text), 0, NULL },
	{ "refer", schema_idlist, 0, offsetof(struct alert, refer),
	  offsetof(struct alert, n_refer), NULL },
	{ "source", schema_id, 0, offsetof(struct alert, source), 0, NULL },
	{ "judgement", schema_str, 0, offsetof(struct alert, judgement), 0, NULL },
};
OBJTYPE(alert_type, "alert", struct alert, alert_fields, NULL);

static bool check_ruleset(struct schema_ctx *x, const struct ynode *map, void *obj)
{
	const struct ruleset *r = obj;
	size_t n = r->n_elements + r->n_outcomes + r->n_notices + r->n_alerts, k = 0;
	struct idref *ids = xcalloc(n, sizeof *ids);
	bool ok;

	for (size_t i = 0; i < r->n_elements; i++, k++)
		ids[k] = (struct idref){ r->elements[i].id, r->elements[i].pos, k };
	for (size_t i = 0; i < r->n_outcomes; i++, k++)
		ids[k] = (struct idref){ r->outcomes[i].id, r->outcomes[i].pos, k };
	for (size_t i = 0; i < r->n_notices; i++, k++)
		ids[k] = (struct idref){ r->notices[i].id, r->notices[i].pos, k };
	for (size_t i = 0; i < r->n_alerts; i++, k++)
		ids[k] = (struct idref){ r->alerts[i].id, r->alerts[i].pos, k };
	ok = check_unique(x, ids, k, "element, outcome, notice or alert");
	free(ids);
	return ok;
}

static const struct field ruleset_fields[] = {
	{ "schema", schema_version, F_REQUIRED, 0, 0, NULL },
	{ "id", schema_id, F_REQUIRED, offsetof(struct ruleset, id), 0, NULL },
	{ "title", schema_str, F_REQUIRED, offsetof(struct ruleset, title), 0, NULL },
	{ "source", schema_id, F_REQUIRED, offsetof(struct ruleset, source), 0, NULL },
	{ "judgement", schema_str, 0, offsetof(struct ruleset, judgement), 0, NULL },
	{ "elements", schema_objlist, F_REQUIRED, offsetof(struct ruleset, elements),
	  offsetof(struct ruleset, n_elements), &element_type },
	{ "outcomes", schema_objlist, F_REQUIRED, offsetof(struct ruleset, outcomes),
	  offsetof(struct ruleset, n_outcomes), &outcome_type },
	{ "notices", schema_objlist, 0, offsetof(struct ruleset, notices),
	  offsetof(struct ruleset, n_notices), &notice_type },
	{ "properties", schema_obj, 0, offsetof(struct ruleset, properties), 0,
	  &properties_type },
	{ "alerts", schema_objlist, 0, offsetof(struct ruleset, alerts),
	  offsetof(struct ruleset, n_alerts), &alert_type },
};
const struct objtype ruleset_type = {
	"rules file", sizeof(struct ruleset), ruleset_fields, COUNT(ruleset_fields), true,
	offsetof(struct ruleset, pos), check_ruleset
};

/* Referral directories */
static bool check_checked(struct schema_ctx *x, const struct ynode *map, void *obj)
{
	const struct checked *c = obj;

	if (c->how == CHECK_OPERATOR && !c->by) {
		schema_error(x, map->pos, DIAG_MISSING_KEY, "how: operator needs 'by' (the "
			     "organisation role that confirmed the contacts)");
		return false;
	}
	if (c->how != CHECK_OPERATOR && c->by) {
		schema_error(x, map->pos, DIAG_VALUE, "'by' is only for how: operator");
		return false;
	}
	if (c->how != CHECK_NOT_CHECKED && !c->date) {
		schema_error(x, map->pos, DIAG_MISSING_KEY, "how: %s needs 'date' (YYYY-MM-DD)",
			     check_how_to_str(c->how));
		return false;
	}
	if (c->how == CHECK_NOT_CHECKED && c->date) {
		schema_error(x, map->pos, DIAG_VALUE, "how: not-checked takes no 'date'");
		return false;
	}
	return true;
}

static const struct field checked_fields[] = {
	{ "how", p_check_how, F_REQUIRED, offsetof(struct checked, how), 0, NULL },
	{ "date", schema_date, 0, offsetof(struct checked, date), 0, NULL },
	{ "by", schema_str, 0, offsetof(struct checked, by), 0, NULL },
};
OBJTYPE(checked_type, "checked", struct checked, checked_fields, check_checked);

static bool p_checked(struct schema_ctx *x, const struct ynode *v, void *obj,
		      const struct field *f)
{
	struct checked *c = FIELD_AT(obj, f->off, struct checked);

	c->given = true;
	return schema_read(x, v, &checked_type, c);
}

static const struct field service_fields[] = {
	{ "id", schema_id, F_REQUIRED, offsetof(struct service, id), 0, NULL },
	{ "name", schema_str, F_REQUIRED, offsetof(struct service, name), 0, NULL },
	{ "contact", schema_str, F_EMPTY_OK, offsetof(struct service, contact), 0, NULL },
	{ "hours", schema_str, 0, offsetof(struct service, hours), 0, NULL },
	{ "notes", schema_str, 0, offsetof(struct service, notes), 0, NULL },
	{ "url", schema_str, 0, offsetof(struct service, url), 0, NULL },
	{ "find", schema_str, 0, offsetof(struct service, find), 0, NULL },
	{ "police", schema_bool, 0, offsetof(struct service, police), 0, NULL },
	{ "card", schema_str, 0, offsetof(struct service, card), 0, NULL },
	{ "source", p_source_ref, 0, offsetof(struct service, source), 0, NULL },
	{ "checked", p_checked, 0, offsetof(struct service, checked), 0, NULL },
	{ "serves", schema_obj, 0, offsetof(struct service, serves), 0, &serves_type },
};
OBJTYPE(service_type, "service", struct service, service_fields, NULL);

static bool check_directory(struct schema_ctx *x, const struct ynode *map, void *obj)
{
	const struct directory *dir = obj;
	struct idref *ids = xcalloc(dir->n_services, sizeof *ids);
	bool ok;

	for (size_t i = 0; i < dir->n_services; i++)
		ids[i] = (struct idref){ dir->services[i].id, dir->services[i].pos, i };
	ok = check_unique(x, ids, dir->n_services, "service");
	free(ids);
	return ok;
}

static const struct field directory_fields[] = {
	{ "schema", schema_version, F_REQUIRED, 0, 0, NULL },
	{ "id", schema_id, F_REQUIRED, offsetof(struct directory, id), 0, NULL },
	{ "region", schema_str, F_REQUIRED, offsetof(struct directory, region), 0, NULL },
	{ "checked", p_checked, F_REQUIRED, offsetof(struct directory, checked), 0, NULL },
	{ "notice", schema_str, 0, offsetof(struct directory, notice), 0, NULL },
	{ "sources", schema_strlist, 0, offsetof(struct directory, sources),
	  offsetof(struct directory, n_sources), NULL },
	{ "services", schema_objlist, F_REQUIRED, offsetof(struct directory, services),
	  offsetof(struct directory, n_services), &service_type },
};
const struct objtype directory_type = {
	"referral directory", sizeof(struct directory), directory_fields, COUNT(directory_fields), true,
	offsetof(struct directory, pos), check_directory
};

/* Scenarios */
static const struct field role_card_fields[] = {
	{ "knows", schema_str, F_REQUIRED, offsetof(struct scenario, knows), 0, NULL },
	{ "reveals_if_asked_well", schema_str, F_REQUIRED,
	  offsetof(struct scenario, reveals_if_asked_well), 0, NULL },
	{ "will_not_say", schema_str, 0, offsetof(struct scenario, will_not_say), 0, NULL },
	{ "behaviour", schema_str, F_REQUIRED, offsetof(struct scenario, behaviour), 0, NULL },
};
PARTTYPE(role_card_type, "role card", struct scenario, role_card_fields);

/* role_card and expected are read into the scenario itself. */
static bool p_into_scenario(struct schema_ctx *x, const struct ynode *v, void *obj,
			    const struct field *f)
{
	return schema_read(x, v, f->type, obj);
}

static bool p_answers(struct schema_ctx *x, const struct ynode *v, void *obj,
		      const struct field *f)
{
	struct scenario *s = obj;
	bool ok = true;

	if (v->type != YNODE_MAPPING) {
		schema_error(x, v->pos, DIAG_TYPE, "expected a mapping of CHECKLIST.ITEM: "
			     "yes | no | either, not %s", ynode_type_name(v));
		return false;
	}
	s->expected = xcalloc(v->len, sizeof *s->expected);
	for (size_t i = 0; i < v->len; i++) {
		const struct ynode *k = ymap_key(v, i), *a = ymap_value(v, i);
		const char *dot = strchr(k->str, '.');
		struct expected_answer *e = &s->expected[s->n_expected];
		char *head = dot ? xstrndup(k->str, (size_t)(dot - k->str)) : NULL;
		bool ref_ok = dot && content_id_valid(head) && content_id_valid(dot + 1);

		free(head);
		if (!ref_ok) {
			schema_error(x, k->pos, DIAG_VALUE,
				     "'%s' is not an item reference (expected CHECKLIST.ITEM)", k->str);
			ok = false;
			continue;
		}
		if (!is_text(a) || (strcmp(a->str, "yes") && strcmp(a->str, "no") &&
				    strcmp(a->str, "either"))) {
			ok = enum_error(x, a, "expected answer", "yes, no, either");
			continue;
		}
		e->expect = !strcmp(a->str, "yes") ? EXPECT_YES :
			    !strcmp(a->str, "no") ? EXPECT_NO : EXPECT_EITHER;
		e->ref = xstrdup(k->str);
		e->pos = k->pos;
		s->n_expected++;
	}
	return ok;
}

static const struct field expected_fields[] = {
	{ "answers", p_answers, F_REQUIRED, 0, 0, NULL },
	{ "level", p_expected_level, F_REQUIRED, offsetof(struct scenario, expected_level), 0,
	  NULL },
	{ "outcomes", p_outcome_keys, 0, offsetof(struct scenario, expected_outcomes),
	  offsetof(struct scenario, n_expected_outcomes), NULL },
};
PARTTYPE(expected_type, "expected result", struct scenario, expected_fields);

static const struct field scenario_fields[] = {
	{ "schema", schema_version, F_REQUIRED, 0, 0, NULL },
	{ "id", schema_id, F_REQUIRED, offsetof(struct scenario, id), 0, NULL },
	{ "title", schema_str, F_REQUIRED, offsetof(struct scenario, title), 0, NULL },
	{ "audience", p_audience, F_REQUIRED, offsetof(struct scenario, audience), 0, NULL },
	{ "checklists", schema_idlist, F_REQUIRED, offsetof(struct scenario, checklist_ids),
	  offsetof(struct scenario, n_checklists), NULL },
	{ "persona", schema_str, F_REQUIRED, offsetof(struct scenario, persona), 0, NULL },
	{ "story", schema_str, F_REQUIRED, offsetof(struct scenario, story), 0, NULL },
	{ "role_card", p_into_scenario, F_REQUIRED, 0, 0, &role_card_type },
	{ "expected", p_into_scenario, F_REQUIRED, 0, 0, &expected_type },
	{ "debrief", schema_strlist, F_REQUIRED, offsetof(struct scenario, debrief),
	  offsetof(struct scenario, n_debrief), NULL },
};
const struct objtype scenario_type = {
	"scenario", sizeof(struct scenario), scenario_fields, COUNT(scenario_fields), true,
	offsetof(struct scenario, pos), NULL
};
