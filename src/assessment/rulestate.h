/*
 * Internal to src/assessment: the rules of an interview evaluated for one
 * set of answers at a time, without allocating per set: element counts and
 * states, the signals answered yes, the strongest graded yes, and which
 * outcomes match (each outcome evaluated once, whatever the order in which
 * `outcome:` references reach it). evaluate() builds its explained result
 * on it; the safety checks run it thousands of times.
 */
#ifndef TIPCHECK_RULESTATE_H
#define TIPCHECK_RULESTATE_H

#include <stdbool.h>
#include <stddef.h>

#include "tipcheck/answer.h"
#include "tipcheck/model.h"

/* What the answers give one element (visible items of the interview that
 * score it; strength none never counts). */
struct element_counts {
	unsigned yes[STRENGTH_COUNT];
	unsigned n_items, n_answered, n_unknown, n_not_asked;
	enum element_state state;
	const struct threshold *met;	/* first threshold met, or NULL */
};

struct rulestate;

/*
 * Prepares the rules of an interview over lists (duplicates dropped; the
 * order is kept) in c: the rules files the checklists use, in order of
 * first use, with all their elements and outcomes. Returns a new state
 * owned by the caller (rulestate_free); it borrows c and lists' checklists.
 */
struct rulestate *rulestate_new(const struct content *c,
				const struct checklist *const *lists, size_t n_lists);
void rulestate_free(struct rulestate *rs);

/* Evaluates answers (indexed by item->index) and returns the highest level
 * of the matched outcomes (LEVEL_NONE when none). answers is borrowed until
 * the next call; the queries below answer for it. */
enum level rulestate_eval(struct rulestate *rs, const enum answer *answers);

/*
 * Changes answers[item->index] to a (answers: those of the last
 * rulestate_eval(), which this keeps current) and returns the level as
 * rulestate_eval() would, at a cost that does not grow with the
 * interview: only item and the items whose show_if depends on it (in
 * turn) are counted again, then the elements and outcomes decided.
 */
enum level rulestate_set(struct rulestate *rs, enum answer *answers, const struct item *item,
			 enum answer a);

/* rulestate_set() without the level: the elements and outcomes are
 * decided at the next query (rulestate_level(), _matched(), _element(),
 * _expr()), once for a run of changes whose levels are not wanted.
 * rulestate_shown() is kept current by this too. */
void rulestate_put(struct rulestate *rs, enum answer *answers, const struct item *item,
		   enum answer a);
/* The position of item among the interview's items (in checklist order,
 * a checklist named twice counted once), or RULESTATE_NOT_IN when item is
 * not one of them. */
#define RULESTATE_NOT_IN ((size_t)-1)
size_t rulestate_position(const struct rulestate *rs, const struct item *item);
/* rulestate_put() and rulestate_shown() of the interview's item at
 * position p: no look-up of the item, for the safety checks' redraws. */
void rulestate_put_at(struct rulestate *rs, enum answer *answers, size_t p, enum answer a);
bool rulestate_shown_at(const struct rulestate *rs, size_t p);
/* The level for the current answers (of the last eval, set or put). */
enum level rulestate_level(struct rulestate *rs);
/* How many times the elements and outcomes were decided (the work of an
 * evaluation), for the safety checks' statistics. */
unsigned long rulestate_concluded(const struct rulestate *rs);

/* The element's counts, or NULL when its rules file is not used. */
const struct element_counts *rulestate_element(struct rulestate *rs, const struct element *el);
/* Whether outcome o of a used rules file matches. */
bool rulestate_matched(struct rulestate *rs, const struct outcome *o);
/* The value of any expression of the used rules files (notices, trace). */
bool rulestate_expr(struct rulestate *rs, const struct expr *e);
/* Whether item belongs to the interview's checklists. */
bool rulestate_in_interview(const struct rulestate *rs, const struct item *item);

/* The rules files of the interview, in order of first use. */
size_t rulestate_n_rulesets(const struct rulestate *rs);
const struct ruleset *rulestate_ruleset(const struct rulestate *rs, size_t i);

/* Whether item is shown given answers (its show_if; true when none). A
 * show_if cycle (which the loader rejects) reads as hidden. */
bool rulestate_visible(const struct item *item, const enum answer *answers);

/* Whether item, an item of the interview, is shown for the answers of the
 * last rulestate_eval() or rulestate_set(): rulestate_visible() without
 * evaluating its show_if again. */
bool rulestate_shown(const struct rulestate *rs, const struct item *item);

/* The value of an expression that looks at answers only (show_if, alerts):
 * leaves that need rules (element, signal, outcome...) read as false. */
bool rulestate_answers_expr(const struct expr *e, const enum answer *answers);

#endif
