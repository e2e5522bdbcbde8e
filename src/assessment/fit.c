/* Who a referral service serves, against the interview: which contacts of a result fit the person. */
#include <stdlib.h>
#include <string.h>

#include "tipcheck/fit.h"
#include "tipcheck/situation.h"
#include "tipcheck/xalloc.h"

static const char *const fit_names[FIT_COUNT] = {
	[FIT_YES] = "fits",
	[FIT_ADULTS_ONLY] = "adults-only",
	[FIT_CHILDREN_ONLY] = "children-only",
};

const char *fit_to_str(enum fit f)
{
	return (unsigned)f < FIT_COUNT ? fit_names[f] : "?";
}

enum fit service_fit(const struct service *s, enum situation sit)
{
	if (!s)
		return FIT_YES;
	if (s->serves.age == SERVES_AGE_ADULTS && sit != SITUATION_ADULT)
		return FIT_ADULTS_ONLY;
	if (s->serves.age == SERVES_AGE_CHILDREN && sit == SITUATION_ADULT)
		return FIT_CHILDREN_ONLY;
	return FIT_YES;
}

static const struct service *find_service(const struct directory *d, const char *id)
{
	for (size_t i = 0; d && i < d->n_services; i++)
		if (!strcmp(d->services[i].id, id))
			return &d->services[i];
	return NULL;
}

static bool has_contact(const struct service *s)
{
	return s->contact && *s->contact;
}

static void note_left_out(struct evaluation *e, const struct referral *r, enum fit why)
{
	for (size_t i = 0; i < e->n_left_out; i++)
		if (e->left_out[i].service == r->service)
			return;
	e->left_out = xreallocarray(e->left_out, e->n_left_out + 1, sizeof *e->left_out);
	e->left_out[e->n_left_out++] = (struct left_out){ r->service, r->directory, why };
}

/* Keeps r when its service fits, or with the default directory's of the
 * same id when that one fits; false: r goes. A service for children only
 * stays for an adult when nothing fits instead: a rule asked for it, and
 * leaving it out could leave a child without help. */
static bool refit(struct evaluation *e, const struct directory *dflt, struct referral *r,
		  enum situation sit, bool *adults_left)
{
	enum fit why = service_fit(r->service, sit);
	const struct service *alt;

	if (why == FIT_YES)
		return true;
	alt = r->directory != dflt ? find_service(dflt, r->service_id) : NULL;
	if (alt && service_fit(alt, sit) != FIT_YES)
		alt = NULL;
	if (!alt && why == FIT_CHILDREN_ONLY)
		return true;
	note_left_out(e, r, why);
	*adults_left |= why == FIT_ADULTS_ONLY;
	if (!alt)
		return false;
	r->service = alt;
	r->directory = dflt;
	r->fallback = true;
	r->unfit_local = true;
	r->no_contact = !has_contact(alt);
	return true;
}

static size_t refit_list(struct evaluation *e, const struct directory *dflt, struct referral *v,
			 size_t n, enum situation sit, bool *adults_left)
{
	size_t kept = 0;

	for (size_t i = 0; i < n; i++)
		if (refit(e, dflt, &v[i], sit, adults_left))
			v[kept++] = v[i];
	return kept;
}

static bool referred(const struct evaluation *e, const char *id)
{
	for (size_t i = 0; i < e->n_referrals; i++)
		if (!strcmp(e->referrals[i].service_id, id))
			return true;
	return false;
}

/* The default directory's services for children, each the region's of
 * the same id when that one fits. */
static void add_child_contacts(struct evaluation *e, const struct content *c,
			       const struct directory *dflt, enum situation sit)
{
	for (size_t i = 0; dflt && i < dflt->n_services; i++) {
		const struct service *s = &dflt->services[i];
		struct referral r;

		if (s->serves.age != SERVES_AGE_CHILDREN || referred(e, s->id))
			continue;
		referral_resolve(c, e->region, s->id, &r);
		if (service_fit(r.service, sit) != FIT_YES)
			r = (struct referral){ .service_id = s->id, .service = s, .directory = dflt,
					       .fallback = e->region != dflt,
					       .no_contact = !has_contact(s) };
		r.for_child = true;
		e->referrals = xreallocarray(e->referrals, e->n_referrals + 1, sizeof *e->referrals);
		e->referrals[e->n_referrals++] = r;
	}
}

void evaluation_fit(struct evaluation *e, const struct content *c, enum situation sit,
		    const enum answer *answers)
{
	const struct directory *dflt = content_directory(c, DIRECTORY_DEFAULT);
	bool adults_left = false;

	/* The start or the checklists alone miss a possible child that an
	 * adult checklist's "may be a child" reveals. */
	sit = situation_of_answers(sit, e->checklists, e->n_checklists, answers);

	for (size_t i = 0; i < e->n_alerts; i++)
		e->alerts[i].n_contacts = refit_list(e, dflt, e->alerts[i].contacts,
						     e->alerts[i].n_contacts, sit, &adults_left);
	e->n_referrals = refit_list(e, dflt, e->referrals, e->n_referrals, sit, &adults_left);
	if (adults_left)
		add_child_contacts(e, c, dflt, sit);
}
