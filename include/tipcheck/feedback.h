/*
 * Training feedback: compares a trainee's answers with a scenario's
 * expected answers, and the evaluation of those answers with the expected
 * level and outcomes. Pure logic: no I/O, keeps no answers.
 */
#ifndef TIPCHECK_FEEDBACK_H
#define TIPCHECK_FEEDBACK_H

#include <stdbool.h>
#include <stddef.h>

#include "tipcheck/evaluate.h"
#include "tipcheck/model.h"

/*
 * Only indicators are scored. Context items (strength none: the
 * interpreter, whether it is safe to talk...) are never counted as found,
 * missed or extra, and neither is an item of a `first` checklist (the
 * safety checks) that the scenario does not list: the scenario does not
 * settle it. A context item the scenario expects "yes" and the trainee
 * did not mark is listed apart (context), unscored.
 */
struct feedback {
	const struct scenario *scenario;
	/* Expected "yes" and answered yes, in content order. */
	const struct item **found;
	size_t n_found;
	/* Expected "yes" and not answered yes (no, don't know, not asked, or
	 * hidden), in content order: the trainee missed these. */
	const struct item **missed;
	size_t n_missed;
	/* Answered yes but expected "no" (listed as no, or not listed): the
	 * scenario does not hold these signs. "either" items never count. */
	const struct item **extra;
	size_t n_extra;
	/* Context items expected "yes" and not answered yes: not scored, but
	 * the result may depend on them (a possible child). */
	const struct item **context;
	size_t n_context;
	size_t n_required;		/* expected "yes": found + missed */
	unsigned percent;		/* found of required, rounded; 100 when
					 * nothing is required */
	enum level level;		/* what the trainee's answers gave */
	bool level_ok;			/* level == scenario->expected_level */
	/* Expected outcome keys that did not match, borrowed from the
	 * scenario; matched outcomes the scenario does not expect. */
	const char **outcomes_missing;
	size_t n_outcomes_missing;
	const struct outcome **outcomes_extra;
	size_t n_outcomes_extra;
	bool outcomes_ok;		/* the two lists above are empty */
};

/*
 * Builds the feedback for a run of scenario sc: answers is indexed by
 * item->index (c->n_items long), ev the evaluation of those answers.
 * Returns a new feedback owned by the caller (feedback_free); it borrows
 * from c, sc and ev's content and does not keep the answers.
 */
struct feedback *feedback_new(const struct content *c, const struct scenario *sc,
			      const enum answer *answers, const struct evaluation *ev);

/* NULL is fine. */
void feedback_free(struct feedback *f);

#endif
