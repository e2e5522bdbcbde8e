/*
 * Rule evaluation: from answers to elements, outcomes, referrals and the
 * reasoning behind them. Pure logic: no I/O, no global state.
 */
#ifndef TIPCHECK_EVALUATE_H
#define TIPCHECK_EVALUATE_H

#include <stdbool.h>
#include <stddef.h>

#include "tipcheck/answer.h"
#include "tipcheck/model.h"

/* Whether item is shown given answers (its show_if; true when none).
 * answers is indexed by item->index, content->n_items long. */
bool eval_item_visible(const struct item *item, const enum answer *answers);

/* Whether e, an expression over answers only (show_if, alert `when`),
 * holds for answers. Hidden items count as not asked. */
bool eval_answers(const struct expr *e, const enum answer *answers);

/* How many more yes answers threshold t needs over the counts yes, and
 * need[] of which strengths. Each strength must reach its own minimum (a
 * stronger sign does not stand for a weaker one), as when elements are
 * decided. */
unsigned eval_threshold_need(const struct threshold *t, const unsigned yes[STRENGTH_COUNT],
			     unsigned need[STRENGTH_COUNT]);

struct element_result {
	const struct element *element;
	enum element_state state;
	unsigned yes[STRENGTH_COUNT];	/* yes answers by strength */
	unsigned n_items;		/* visible items scoring this element */
	unsigned n_answered;		/* of those, answered yes or no */
	unsigned n_unknown, n_not_asked;
	const struct item **yes_items;	/* the yes answers, content order */
	size_t n_yes_items;
	const struct threshold *met;	/* first threshold met, or NULL */
	/* When not positive: the first threshold closest to being met and how
	 * many more yes answers it needs (of which strengths: need[]). Other
	 * thresholds may need as few (eval_threshold_need). */
	const struct threshold *nearest;
	unsigned missing;
	unsigned need[STRENGTH_COUNT];
};

/* One leaf of an outcome's expression and its value: the trace of why the
 * outcome matched ("element coercion-at-destination is positive", "not:
 * item x answered yes" ...). negated is true under an odd number of nots.
 * For a true `signal` or `sign` leaf, items are the yes answers that made
 * it true (shown items of the interview, interview order). */
struct reason {
	const struct expr *term;
	bool value;
	bool negated;
	const struct item **items;	/* owned by the evaluation */
	size_t n_items;
};

struct outcome_result {
	const struct outcome *outcome;
	struct reason *reasons;		/* the leaves that decided it */
	size_t n_reasons;
};

struct referral {
	const char *service_id;
	const struct service *service;	/* NULL only if no directory has it */
	const struct directory *directory;	/* where it was found */
	bool fallback;			/* found in the default directory */
	bool no_contact;		/* no contact known: say so */
	const struct outcome *because;	/* first outcome that asked for it */
	/* Added by evaluation_fit (fit.h): a contact for children of the
	 * default directory, because a service for adults only was left out. */
	bool for_child;
	/* Set by evaluation_fit: the region's service of this id does not
	 * serve the person (left_out says why); this one is the fallback. */
	bool unfit_local;
};

/* Whether a service serves the person of an interview (fit.h). */
enum fit { FIT_YES, FIT_ADULTS_ONLY, FIT_CHILDREN_ONLY, FIT_COUNT };

/* A service left out of the result because it does not serve the person. */
struct left_out {
	const struct service *service;
	const struct directory *directory;
	enum fit why;
};

/*
 * The contact for service_id: region's, else the default directory's
 * (fallback), else whichever entry exists, marked as having no contact.
 * region may be NULL (the default directory). Fills *out (because NULL).
 */
void referral_resolve(const struct content *c, const struct directory *region,
		      const char *service_id, struct referral *out);

/* An alert whose `when` holds for the final answers, with the contacts
 * of its refer list. */
struct alert_result {
	const struct alert *alert;
	struct referral *contacts;
	size_t n_contacts;
};

struct evaluation {
	enum level level;		/* highest matched; LEVEL_NONE if none */
	const struct checklist **checklists;	/* evaluated, interview order */
	size_t n_checklists;
	/* Per rules file (in order of first use by the checklists), all its
	 * elements in content order. An element that no chosen checklist
	 * scores has n_items 0, and so is undecided when its min_answered
	 * is above 0. */
	struct element_result *elements;
	size_t n_elements;
	/* Matched, in evaluation order: rules files in order of first use by
	 * the checklists, outcomes in file order. */
	struct outcome_result *outcomes;
	size_t n_outcomes;
	struct referral *referrals;	/* union of refer lists, no duplicates */
	size_t n_referrals;
	const struct notice **notices;	/* notices whose `when` holds */
	size_t n_notices;
	struct alert_result *alerts;	/* alerts whose `when` holds */
	size_t n_alerts;
	bool insufficient;		/* some element undecided */
	/* The person did not want to talk now (session.h): the answers
	 * after the consent were wiped. evaluate() leaves it false. */
	bool declined;
	unsigned counts[ANSWER_COUNT];	/* over visible items */
	/* Set by evaluation_fit (fit.h); evaluate() leaves none. In the order
	 * met, each service once. */
	struct left_out *left_out;
	size_t n_left_out;
	const struct directory *region;	/* the chosen directory */
};

/*
 * Evaluates answers for the given checklists (interview order) against
 * their rules files. region may be NULL (the default directory). Hidden
 * items (show_if false) and answers other than yes never count. Returns a
 * new evaluation owned by the caller; it borrows from c and does not keep
 * answers.
 */
struct evaluation *evaluate(const struct content *c,
			    const struct checklist *const *lists, size_t n_lists,
			    const enum answer *answers,
			    const struct directory *region);

void evaluation_free(struct evaluation *e);

#endif
