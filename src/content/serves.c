/* Who a referral service serves: the `serves:` mapping of a service, its
 * spellings and its checks. Part of the module kinds (its field tables). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kinds.h"
#include "tipcheck/serves.h"
#include "tipcheck/xalloc.h"

/* Index 0 is UNSTATED: not a spelling an author may write. */
static const char *const age_names[SERVES_AGE_COUNT] = {
	[SERVES_AGE_CHILDREN] = "children",
	[SERVES_AGE_ADULTS] = "adults",
	[SERVES_AGE_BOTH] = "both",
};

static const char *const gender_names[SERVES_GENDER_COUNT] = {
	[SERVES_GENDER_WOMEN] = "women",
	[SERVES_GENDER_MEN] = "men",
	[SERVES_GENDER_ANY] = "any",
};

static const char *const cost_names[SERVES_COST_COUNT] = {
	[SERVES_COST_FREE] = "free",
	[SERVES_COST_PAID] = "paid",
	[SERVES_COST_VARIES] = "varies",
};

static const char *name_of(const char *const *names, unsigned n, unsigned v)
{
	return v >= n ? "?" : names[v];
}

const char *serves_age_to_str(enum serves_age a)
{
	return name_of(age_names, SERVES_AGE_COUNT, a);
}

const char *serves_gender_to_str(enum serves_gender g)
{
	return name_of(gender_names, SERVES_GENDER_COUNT, g);
}

const char *serves_cost_to_str(enum serves_cost c)
{
	return name_of(cost_names, SERVES_COST_COUNT, c);
}

static int day_of(const char *s)
{
	static const char *const days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

	for (int i = 0; i < 7; i++)
		if (!strncmp(s, days[i], 3))
			return i;
	return -1;
}

/* HH:MM at s, in minutes; -1 when it is not one (24:00 is 1440). */
static int minutes_of(const char *s)
{
	unsigned h, m;
	int end = 0;

	if (strlen(s) < 5 || s[2] != ':' || sscanf(s, "%2u:%2u%n", &h, &m, &end) != 2 || end != 5 ||
	    m > 59 || h > 24 || (h == 24 && m))
		return -1;
	return (int)(h * 60 + m);
}

bool serves_period_valid(const char *s)
{
	int from, to;

	if (!s || day_of(s) < 0)
		return false;
	s += 3;
	if (*s == '-') {
		if (day_of(s + 1) < 0)
			return false;
		s += 4;
	}
	if (*s++ != ' ' || strlen(s) != 11 || s[5] != '-')
		return false;
	from = minutes_of(s);
	to = minutes_of(s + 6);
	return from >= 0 && to > from && from < 24 * 60;
}

/* One of names[1..n-1] (0 is UNSTATED) into the enum at f->off. */
static bool p_name(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f,
		   const char *const *names, unsigned n, const char *what)
{
	char allowed[128] = "";

	for (unsigned i = 1; v->type == YNODE_SCALAR && !ynode_is_null(v) && i < n; i++)
		if (!strcmp(v->str, names[i])) {
			*FIELD_AT(obj, f->off, unsigned) = i;
			return true;
		}
	for (unsigned i = 1; i < n; i++)
		snprintf(allowed + strlen(allowed), sizeof allowed - strlen(allowed), "%s%s",
			 i > 1 ? ", " : "", names[i]);
	return enum_error(x, v, what, allowed);
}

static bool p_age(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	return p_name(x, v, obj, f, age_names, SERVES_AGE_COUNT, "age group");
}

static bool p_gender(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	return p_name(x, v, obj, f, gender_names, SERVES_GENDER_COUNT, "gender");
}

static bool p_cost(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	return p_name(x, v, obj, f, cost_names, SERVES_COST_COUNT, "cost");
}

static bool p_families(struct schema_ctx *x, const struct ynode *v, void *obj,
		       const struct field *f)
{
	bool yes = false;
	struct field tmp = { .off = 0 };

	if (!schema_bool(x, v, &yes, &tmp))
		return false;
	*FIELD_AT(obj, f->off, enum serves_families) = yes ? SERVES_FAMILIES_YES
							   : SERVES_FAMILIES_NO;
	return true;
}

static bool p_languages(struct schema_ctx *x, const struct ynode *v, void *obj,
			const struct field *f)
{
	struct serves *sv = obj;
	bool ok;

	if (!schema_strlist(x, v, obj, f))
		return false;
	ok = true;
	for (size_t i = 0; i < sv->n_languages; i++)
		if (!schema_lang_valid(sv->languages[i])) {
			schema_error(x, v->v[i]->pos, DIAG_VALUE, "'%s' is not a language code "
				     "(expected a code such as en, es, pt-BR)", sv->languages[i]);
			ok = false;
		}
	return ok;
}

/* `24/7`, or a list of periods. */
static bool p_open(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	struct serves *sv = obj;
	bool ok = true;

	if (v->type == YNODE_SCALAR && !ynode_is_null(v) && !strcmp(v->str, "24/7")) {
		sv->open_always = true;
		return true;
	}
	if (v->type != YNODE_SEQUENCE) {
		schema_error(x, v->pos, DIAG_VALUE, "expected 24/7 or a list of opening times "
			     "such as \"Mon-Fri 09:00-17:00\"");
		return false;
	}
	if (!schema_strlist(x, v, obj, f))
		return false;
	for (size_t i = 0; i < sv->n_open; i++)
		if (!serves_period_valid(sv->open[i])) {
			schema_error(x, v->v[i]->pos, DIAG_VALUE, "'%s' is not an opening time "
				     "(expected DAYS HH:MM-HH:MM, such as \"Mon-Fri 09:00-17:00\" "
				     "or \"Sat 10:00-14:00\")", sv->open[i]);
			ok = false;
		}
	return ok;
}

static bool check_serves(struct schema_ctx *x, const struct ynode *map, void *obj)
{
	struct serves *sv = obj;

	sv->given = true;
	if (map->len)
		return true;
	schema_error(x, map->pos, DIAG_VALUE, "'serves' states nothing: give at least one of "
		     "age, gender, families, languages, interpreting, open, cost");
	return false;
}

static const struct field serves_fields[] = {
	{ "age", p_age, 0, offsetof(struct serves, age), 0, NULL },
	{ "gender", p_gender, 0, offsetof(struct serves, gender), 0, NULL },
	{ "families", p_families, 0, offsetof(struct serves, families), 0, NULL },
	{ "languages", p_languages, 0, offsetof(struct serves, languages),
	  offsetof(struct serves, n_languages), NULL },
	{ "interpreting", schema_bool, 0, offsetof(struct serves, interpreting), 0, NULL },
	{ "open", p_open, 0, offsetof(struct serves, open), offsetof(struct serves, n_open), NULL },
	{ "cost", p_cost, 0, offsetof(struct serves, cost), 0, NULL },
};
const struct objtype serves_type = {
	"serves", sizeof(struct serves), serves_fields, COUNT(serves_fields), true,
	offsetof(struct serves, pos), check_serves
};
