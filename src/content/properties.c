/* The properties a rules file declares for `check` to prove: reading and resolving them. */
#include <string.h>

#include "properties.h"

static const struct field child_fields[] = {
	{ "outcome", schema_id, F_REQUIRED, offsetof(struct child_property, outcome_id), 0, NULL },
	{ "act", schema_id, F_REQUIRED, offsetof(struct child_property, act_id), 0, NULL },
	{ "exploitation", schema_id, F_REQUIRED, offsetof(struct child_property, exploitation_id),
	  0, NULL },
};
OBJTYPE(child_type, "child property", struct child_property, child_fields, NULL);

static const struct field properties_fields[] = {
	{ "all_clear", schema_id, 0, offsetof(struct rule_properties, all_clear_id), 0, NULL },
	{ "child", schema_obj, 0, offsetof(struct rule_properties, child), 0, &child_type },
};

const struct objtype properties_type = {
	"properties", sizeof(struct rule_properties), properties_fields,
	COUNT(properties_fields), true, offsetof(struct rule_properties, pos), NULL
};

static const struct outcome *find_outcome(const struct ruleset *r, const char *id,
				     struct refpos_map *refs, const char *what,
				     struct diag_list *d)
{
	if (!id)
		return NULL;
	for (size_t i = 0; i < r->n_outcomes; i++)
		if (!strcmp(r->outcomes[i].id, id))
			return &r->outcomes[i];
	diag_error(d, refpos_find(refs, id, r->properties.pos), DIAG_REFERENCE,
		   "properties.%s: no outcome '%s' in rules '%s'", what, id, r->id);
	return NULL;
}

static const struct signal *find_signal(const struct content *c, const struct ruleset *r,
				   const char *id, struct refpos_map *refs, const char *what,
				   struct diag_list *d)
{
	const struct signal *sg = content_signal(c, id);

	if (!sg && id)
		diag_error(d, refpos_find(refs, id, r->properties.pos), DIAG_REFERENCE,
			   "properties.child.%s: no signal '%s' in indicators/signals.yaml",
			   what, id);
	return sg;
}

void properties_resolve(struct content *c, struct refpos_map *refs, struct diag_list *d)
{
	for (size_t i = 0; i < c->n_rulesets; i++) {
		struct ruleset *r = &c->rulesets[i];
		struct child_property *ch = &r->properties.child;

		r->properties.all_clear = find_outcome(r, r->properties.all_clear_id, refs, "all_clear", d);
		ch->outcome = find_outcome(r, ch->outcome_id, refs, "child.outcome", d);
		ch->act = find_signal(c, r, ch->act_id, refs, "act", d);
		ch->exploitation = find_signal(c, r, ch->exploitation_id, refs, "exploitation", d);
	}
}
