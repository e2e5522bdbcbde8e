/*
 * Who a referral service serves, against the interview: the services of a
 * result that fit the person, and why one was left out. Pure logic.
 */
#ifndef TIPCHECK_FIT_H
#define TIPCHECK_FIT_H

#include "tipcheck/evaluate.h"
#include "tipcheck/model.h"

/* Whether s serves the person of an interview in situation sit. Only what
 * the interview knows decides: the age group (not sure counts as a child,
 * children first). A service that states nothing fits. */
enum fit service_fit(const struct service *s, enum situation sit);

/* "adults-only", "children-only" ("fits" for FIT_YES): for --json. */
const char *fit_to_str(enum fit f);

/*
 * Applies the fit to e's referrals and alert contacts. A contact that does
 * not fit is replaced by the default directory's service of the same id
 * when that fits (marked fallback), else taken out; either way it is
 * listed in e->left_out with why. Only a service for children only, for an
 * adult, stays when nothing fits instead (a rule asked for it; leaving it
 * out could leave a child without help). For a child (or not sure), when a
 * service for adults only was left out, the default directory's services
 * for children are added (the region's of the same id when it fits; marked
 * for_child) unless already there: a child is never sent only to services
 * for adults. The person may be a child when sit says so or when the
 * answers (those e was evaluated on) do, in any checklist
 * (situation_of_answers). Call once, after evaluate().
 */
void evaluation_fit(struct evaluation *e, const struct content *c, enum situation sit,
		    const enum answer *answers);

#endif
