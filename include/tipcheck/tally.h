/*
 * The tally sheet of a printed form: the rules of a set of checklists
 * turned into steps a worker can follow with a pen on the ticked boxes.
 * Items are numbered as on the form (1, 2, ... through the checklists in
 * order); each element is a row whose ticked strong, medium and weak
 * signs are counted and compared with its thresholds; each outcome is a
 * decision row whose condition names only numbered boxes, element rows
 * ("positive", "undecided") and earlier decision rows. The form (form.h)
 * prints it; tally_follow() does what the printed sheet says, so that a
 * test can hold it against evaluate(). Pure logic: no I/O.
 */
#ifndef TIPCHECK_TALLY_H
#define TIPCHECK_TALLY_H

#include <stdbool.h>
#include <stddef.h>

#include "tipcheck/evaluate.h"
#include "tipcheck/model.h"

/* A condition a worker checks with a pen. */
enum pen_kind {
	PEN_ALL,		/* every child holds */
	PEN_ANY,		/* at least one child holds */
	PEN_NOT,		/* its one child does not hold */
	PEN_TICK,		/* box `numbers[0]` holds one of the marks */
	PEN_ANY_PRESENT,	/* one of numbers is ticked present; none: never */
	PEN_POSITIVE,		/* element row `row` is positive */
	PEN_UNDECIDED,		/* element row `row` is undecided */
	PEN_ROW,		/* decision row `row` applies */
};

/* The marks of a box: bit (1u << enum answer); ANSWER_NOT_ASKED is blank. */
#define PEN_MARKS_ALL ((1u << ANSWER_COUNT) - 1)

struct pen {
	enum pen_kind kind;
	unsigned marks;			/* PEN_TICK */
	size_t *numbers;		/* PEN_TICK (one), PEN_ANY_PRESENT */
	size_t n_numbers;
	size_t row;			/* PEN_POSITIVE, _UNDECIDED, _ROW: 0-based */
	struct pen **children;
	size_t n_children;
};

struct tally_element {
	const struct element *element;
	size_t *numbers;		/* the boxes it counts (graded signs) */
	size_t n_numbers;
};

struct tally_row {
	const struct outcome *outcome;
	struct pen *when;
};

struct tally {
	const struct item **items;	/* items[n - 1] is box n */
	struct pen **only_if;		/* per box: its show_if, or NULL */
	size_t n_items;
	size_t *box;			/* by item->index: its box, 0 if none */
	size_t n_box;
	struct tally_element *elements;	/* rules files in order of first use */
	size_t n_elements;
	struct tally_row *rows;		/* outcomes, in evaluation order */
	size_t n_rows;
};

/*
 * The tally of lists (n of them, in print order; duplicates must be
 * dropped by the caller). Owned by the caller (tally_free); borrows c.
 */
struct tally *tally_new(const struct content *c, const struct checklist *const *lists,
			size_t n);
void tally_free(struct tally *t);

/* item's box number, or 0 when it is not on the form. */
size_t tally_number(const struct tally *t, const struct item *item);

/*
 * Follows the sheet on ticks (ticks[k] is box k + 1): clears the boxes
 * whose "only if" does not hold (in box order), counts each element row,
 * marks it positive or undecided, then goes down the decision rows (a
 * row comes after every row its condition names).
 * matched (n_rows) receives which rows apply. Returns the highest level
 * of those (LEVEL_NONE when none).
 */
enum level tally_follow(const struct tally *t, const enum answer *ticks, bool *matched);

#endif
