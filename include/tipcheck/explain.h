/*
 * The explanation of a result, built once and rendered by every output:
 * the document writer (summary.h: text, Markdown, HTML), JSON (json.h)
 * and the full screen. Screen and paper say the same words because they
 * walk the same blocks.
 *
 * An explanation is a flat list of blocks in reading order. Each block
 * says what it is (its role: the level, what to do now, a contact, an
 * element...), how it sits (its shape: heading, paragraph, list entry or
 * a detail of the entry before it, at a depth) and which part of the
 * result it belongs to, so that a renderer can show a part on request
 * (the rule trace, the sources) or set it apart (an appendix).
 *
 * The parts, in order:
 *   feedback  training only: score, found, missed (with the question that
 *             would have revealed each), marked but not in the scenario;
 *   advice    how urgent (level in words, with its symbol), what to do
 *             now, whom to contact, that the person did not want to talk
 *             (evaluation.declined), the reminder, one entry per element
 *             of the definition (state, the signs that made it so, what
 *             is still needed), every referral, the rights to explain and
 *             the next steps. An emergency alert that holds at the end
 *             (evaluation.alerts) answers "what to do now" itself: its
 *             title set apart and its text, and its contacts are the
 *             first to make, before any outcome's. Each contact says how
 *             it was checked and marks a police line;
 *   trace     the rules in full: each matched outcome with the answers it
 *             rests on, and the counts behind each element;
 *   sources   provenance: the source of every rule, alert and counted
 *             sign, our own judgements, where the contacts come from and
 *             how they were checked (a service's own source too), the
 *             checklists and the date;
 *   debrief   training only: the debrief points, last.
 *
 * Words come from the catalog (ui.result.*, ui.train.*) and the content
 * (tr_text) in the worker's language, with English per string where a
 * translation lacks one; each text carries the language it is in.
 * Nothing identifies the person: content text, counts and the date.
 * Pure: no I/O.
 */
#ifndef TIPCHECK_EXPLAIN_H
#define TIPCHECK_EXPLAIN_H

#include <stdbool.h>
#include <stddef.h>

#include "tipcheck/catalog.h"
#include "tipcheck/evaluate.h"
#include "tipcheck/feedback.h"
#include "tipcheck/model.h"

enum explain_part {
	EXPLAIN_PART_FEEDBACK,
	EXPLAIN_PART_ADVICE,
	EXPLAIN_PART_TRACE,
	EXPLAIN_PART_SOURCES,
	EXPLAIN_PART_DEBRIEF,
	EXPLAIN_PART_COUNT
};

enum explain_role {
	EXPLAIN_HEADING,	/* a part's title (shape H1) or a group's (H2) */
	EXPLAIN_LEVEL,		/* how urgent: symbol and words */
	EXPLAIN_ALERT,		/* an emergency alert that holds: its title */
	EXPLAIN_ACTION,		/* what to do now */
	EXPLAIN_CONTACT,	/* one of the first contacts to make */
	EXPLAIN_NOTE,		/* a warning or reminder to be noticed */
	EXPLAIN_ELEMENT,	/* an element of the definition and its state */
	EXPLAIN_SIGN,		/* a yes answer counted for the element before */
	EXPLAIN_NEED,		/* what the element before still needs */
	EXPLAIN_REFERRAL,	/* a service to refer to */
	EXPLAIN_DETAIL,		/* more about the entry before (hours, notes,
				 * how to find it, where the contact is from) */
	EXPLAIN_NOTICE,		/* a right to explain */
	EXPLAIN_TEXT,		/* a paragraph */
	EXPLAIN_OUTCOME,	/* trace: a matched outcome and its level */
	EXPLAIN_REASON,		/* trace: an answer or element it rests on */
	EXPLAIN_PROVENANCE,	/* a source or our judgement */
	EXPLAIN_ABOUT,		/* answer counts, checklists, directory, date */
	EXPLAIN_FEEDBACK,	/* training: the trainee's result */
	EXPLAIN_DEBRIEF,	/* training: a debrief point */
	EXPLAIN_ROLE_COUNT
};

enum explain_shape {
	EXPLAIN_H1,		/* a part's title */
	EXPLAIN_H2,		/* a group's heading */
	EXPLAIN_PARA,		/* a paragraph, label optional */
	EXPLAIN_NOTED,		/* a paragraph to be noticed */
	EXPLAIN_ITEM,		/* a list entry at depth */
	EXPLAIN_SUB,		/* a paragraph of the entry of this depth before it */
	EXPLAIN_SHAPE_COUNT
};

/* A text and the language code it is in (the worker's, or "en" where
 * the worker's language lacks the string). */
struct explain_text {
	const char *text;	/* NULL: none (labels) */
	const char *lang;
};

struct explain_block {
	enum explain_part part;
	enum explain_role role;
	enum explain_shape shape;
	unsigned depth;			/* ITEM and SUB: 0, 1, 2 */
	struct explain_text label;	/* shown before the text; may be none */
	struct explain_text text;
	/* The level the block speaks of (LEVEL, OUTCOME, ACTION; urgent for
	 * an ALERT), for colour; LEVEL_NONE elsewhere. */
	enum level level;
	/* Worth the eye: a positive element, a contact with a number. */
	bool emphasis;
};

struct explanation {
	const struct evaluation *eval;	/* borrowed */
	struct tr tr;			/* the worker's language (a copy) */
	const char *lang;		/* its code */
	const char *date;		/* "YYYY-MM-DD" as given, or NULL */
	struct explain_block *blocks;	/* reading order */
	size_t n_blocks;
	/* The same words, picked out for renderers that want them alone:
	 * borrowed from the blocks. */
	const char *level_line;		/* "Recommendation: [!] Refer" */
	const char *symbol;		/* "[!]" */
	const char *action;		/* what to do now (an emergency alert's
					 * text, else the deciding outcome's
					 * action); never NULL */
	/* Per evaluation referral (eval->referrals order): how to find the
	 * service when it has no contact, else NULL. */
	const char **find;
};

/*
 * Builds the explanation of e in the language of t (ask for the person's
 * language, used for the questions a trainee missed; may equal t or be
 * NULL). fb, when not NULL, adds the training parts (feedback first,
 * debrief last); it is only read here. date ("YYYY-MM-DD") may be NULL
 * (no date line). Returns a new explanation owned by the caller
 * (explain_free); it borrows e, t's content and the catalogs, which must
 * outlive it, and keeps no answers.
 */
struct explanation *explain_new(const struct tr *t, const struct tr *ask,
				const struct evaluation *e, const struct feedback *fb,
				const char *date);

/* NULL is fine. */
void explain_free(struct explanation *x);

/* The symbol of a level, the same on screen and paper, readable in
 * monochrome and by a screen reader: "[!!]" urgent, "[!]" refer, "[>]"
 * refer further, "[i]" inform, "[-]" no outcome. */
const char *explain_level_symbol(enum level l);

/* The catalog key of a level's words ("ui.result.level.refer"), static:
 * tr_ui() gives it back where no catalog has the string. */
const char *explain_level_key(enum level l);

/* "feedback", "advice", "trace", "sources", "debrief". */
const char *explain_part_to_str(enum explain_part p);
/* "heading", "level", "alert", "action", "contact", "note", "element", "sign",
 * "need", "referral", "detail", "notice", "text", "outcome", "reason",
 * "provenance", "about", "feedback", "debrief". */
const char *explain_role_to_str(enum explain_role r);

#endif
