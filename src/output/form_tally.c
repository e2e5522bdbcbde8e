/*
 * The tally sheet of the checklist form: counting boxes per element, thresholds, the decision table.
 * Part of the module form.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form_build.h"
#include "tipcheck/catalog.h"
#include "tipcheck/contact.h"
#include "tipcheck/xalloc.h"

static const char *const mark_keys[ANSWER_COUNT] = {
	[ANSWER_YES] = "ui.print.tally.mark.yes",
	[ANSWER_NO] = "ui.print.tally.mark.no",
	[ANSWER_UNKNOWN] = "ui.print.tally.mark.unknown",
	[ANSWER_NOT_ASKED] = "ui.print.tally.mark.blank",
};

/* An element row's label: A, B, ... then E27, E28... */
static char *element_label(size_t row)
{
	return row < 26 ? xasprintf("%c", (int)('A' + row)) : xasprintf("E%zu", row + 1);
}

/* "3-7, 9, 12": box numbers (ascending) with runs as ranges. Built in a
 * buffer that doubles: a signal's list has a number for every few boxes
 * of the form, and joining it with a copy per number grew as its square. */
static char *number_ranges(const size_t *numbers, size_t n)
{
	size_t cap = 64, len = 0;
	char *s = xmalloc(cap);

	s[0] = '\0';
	for (size_t i = 0; i < n;) {
		size_t j = i;
		char one[64];	/* ", " and two 20-digit numbers */
		int k;

		while (j + 1 < n && numbers[j + 1] == numbers[j] + 1)
			j++;
		if (j > i)
			k = snprintf(one, sizeof one, "%s%zu-%zu", len ? ", " : "", numbers[i],
				     numbers[j]);
		else
			k = snprintf(one, sizeof one, "%s%zu", len ? ", " : "", numbers[i]);
		if (len + (size_t)k + 1 > cap) {
			while (len + (size_t)k + 1 > cap)
				cap *= 2;
			s = xreallocarray(s, cap, 1);
		}
		memcpy(s + len, one, (size_t)k + 1);
		len += (size_t)k;
		i = j + 1;
	}
	return s;
}

/* "present or not present": the marks of a box, joined. */
static char *marks_words(struct form *f, unsigned marks)
{
	const char *or = form_ui(f, "ui.print.tally.or").text;
	char *s = xstrdup("");

	for (int a = 0; a < ANSWER_COUNT; a++) {
		if (!(marks & (1u << a)))
			continue;
		char *next = xasprintf("%s%s%s", s, *s ? or : "", form_ui(f, mark_keys[a]).text);
		free(s);
		s = next;
	}
	return s;
}

static unsigned popcount(unsigned x)
{
	unsigned n = 0;

	for (; x; x &= x - 1)
		n++;
	return n;
}

static const char *words(struct form *f, const struct pen *p, bool negated);
static const char *join_words(struct form *f, const struct pen *p, bool negated,
			      size_t *parts);

/* A child of and/or: in brackets when it joins several conditions itself. */
static char *child_words(struct form *f, const struct pen *p)
{
	size_t parts = 1;
	const char *w = p->kind == PEN_ALL || p->kind == PEN_ANY ?
		join_words(f, p, false, &parts) : words(f, p, false);

	return parts > 1 ? xasprintf("(%s)", w) : xstrdup(w);
}

static const char *tick_words(struct form *f, const struct pen *p, bool negated)
{
	unsigned marks = negated ? PEN_MARKS_ALL & ~p->marks : p->marks;
	char *number = xasprintf("%zu", p->numbers[0]);
	/* "is not X" reads better than a list of the three others. */
	bool not = popcount(PEN_MARKS_ALL & ~marks) == 1 && popcount(marks) > 1;
	char *m = marks_words(f, not ? PEN_MARKS_ALL & ~marks : marks);
	const char *names[] = { "number", "marks" };
	const char *values[] = { number, m };
	const char *s = form_uif(f, not ? "ui.print.tally.tick_not" : "ui.print.tally.tick",
				 names, values, 2).text;

	free(m);
	free(number);
	return s;
}

static const char *present_words(struct form *f, const struct pen *p, bool negated)
{
	char *numbers;
	const char *s;

	if (!p->n_numbers)
		return form_ui(f, negated ? "ui.print.tally.always" : "ui.print.tally.never").text;
	numbers = number_ranges(p->numbers, p->n_numbers);
	if (p->n_numbers == 1)
		s = form_uif1(f, negated ? "ui.print.tally.single_not" : "ui.print.tally.single",
			      "number", numbers).text;
	else
		s = form_uif1(f, negated ? "ui.print.tally.any_not" : "ui.print.tally.any",
			      "numbers", numbers).text;
	free(numbers);
	return s;
}

/* Whether p, asked to hold (or not to, negated), holds whatever is
 * ticked: no box of a "ticked yes" list is on the form. *value is what
 * it then is. */
static bool constant(const struct pen *p, bool negated, bool *value)
{
	if (p->kind == PEN_NOT)
		return constant(p->children[0], !negated, value);
	if (p->kind != PEN_ANY_PRESENT || p->n_numbers)
		return false;
	*value = negated;
	return true;
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

/* How many of p's first end children are of this kind. */
static size_t kind_count(const struct pen *p, size_t end, enum pen_kind kind)
{
	size_t n = 0;

	for (size_t i = 0; i < end; i++)
		n += p->children[i]->kind == kind;
	return n;
}

/* Elements tested the same way (positive, undecided) under "or", as one
 * phrase: "any of A, B, C is positive" (negated: "none of..."). */
static const char *element_list_words(struct form *f, const struct pen *p, enum pen_kind kind,
				      bool negated)
{
	static const char *const keys[][2] = {
		[PEN_POSITIVE] = { "ui.print.tally.any_positive", "ui.print.tally.none_positive" },
		[PEN_UNDECIDED] = { "ui.print.tally.any_undecided", "ui.print.tally.none_undecided" },
	};
	char *rows = xstrdup("");
	size_t n = 0;
	const char *s;

	for (size_t i = 0; i < p->n_children; i++) {
		if (p->children[i]->kind != kind)
			continue;
		char *label = element_label(p->children[i]->row);
		char *next = xasprintf("%s%s%s", rows, n++ ? ", " : "", label);

		free(label);
		free(rows);
		rows = next;
	}
	s = form_uif1(f, keys[kind][negated], "rows", rows).text;
	free(rows);
	return s;
}

/*
 * and/or in words, shortened as a worker reads it: under "or", the
 * "any of ... is ticked yes" lists become one list, so do elements
 * tested the same way, and conditions that never hold go; under "and",
 * conditions that always hold go. A negated one is "not (...)".
 */
static const char *join_words(struct form *f, const struct pen *p, bool negated,
			      size_t *parts)
{
	bool any = p->kind == PEN_ANY, value;
	const char *join = form_ui(f, any ? "ui.print.tally.or" : "ui.print.tally.and").text;
	size_t *numbers = NULL, n_numbers = 0, n_parts = 0, dummy;
	char *acc = xstrdup("");
	const char *s;

	if (!parts)
		parts = &dummy;
	*parts = 1;
	/* "none of A, B is undecided" rather than "not (any of...)". */
	if (any && negated && p->n_children > 1 &&
	    (p->children[0]->kind == PEN_POSITIVE || p->children[0]->kind == PEN_UNDECIDED) &&
	    kind_count(p, p->n_children, p->children[0]->kind) == p->n_children) {
		free(acc);
		return element_list_words(f, p, p->children[0]->kind, true);
	}

	for (size_t i = 0; i < p->n_children; i++) {
		const struct pen *c = p->children[i];

		if (constant(c, false, &value)) {
			if (value == any) {
				/* true under or, false under and: decides it all. */
				free(acc);
				free(numbers);
				return form_ui(f, value != negated ? "ui.print.tally.always_plain" :
					       "ui.print.tally.never_plain").text;
			}
			continue;
		}
		if (any && (c->kind == PEN_POSITIVE || c->kind == PEN_UNDECIDED) &&
		    kind_count(p, p->n_children, c->kind) > 1) {
			/* Written once, where the first of them stands. */
			if (!kind_count(p, i, c->kind)) {
				char *next = xasprintf("%s%s%s", acc, n_parts ? join : "",
						       element_list_words(f, p, c->kind, false));

				free(acc);
				acc = next;
				n_parts++;
			}
			continue;
		}
		if (any && c->kind == PEN_ANY_PRESENT) {
			numbers = xreallocarray(numbers, n_numbers + c->n_numbers, sizeof *numbers);
			memcpy(numbers + n_numbers, c->numbers, c->n_numbers * sizeof *numbers);
			n_numbers += c->n_numbers;
			continue;
		}
		char *w = child_words(f, c);
		char *next = xasprintf("%s%s%s", acc, n_parts ? join : "", w);

		free(w);
		free(acc);
		acc = next;
		n_parts++;
	}
	if (n_numbers) {
		struct pen merged = { .kind = PEN_ANY_PRESENT };
		size_t k = 0;

		qsort(numbers, n_numbers, sizeof *numbers, cmp_size);
		for (size_t i = 0; i < n_numbers; i++)
			if (!k || numbers[k - 1] != numbers[i])
				numbers[k++] = numbers[i];
		merged.numbers = numbers;
		merged.n_numbers = k;
		char *next = xasprintf("%s%s%s", acc, n_parts ? join : "",
				       present_words(f, &merged, false));
		free(acc);
		acc = next;
		n_parts++;
	}
	free(numbers);
	if (!n_parts) {
		free(acc);
		return form_ui(f, any == negated ? "ui.print.tally.always_plain" :
			       "ui.print.tally.never_plain").text;
	}
	if (negated) {
		s = form_uif1(f, "ui.print.tally.not", "condition", acc).text;
		free(acc);
		return s;
	}
	*parts = n_parts;
	return form_keep(f, acc);
}

/* A condition in words; negated says it is asked not to hold. */
static const char *words(struct form *f, const struct pen *p, bool negated)
{
	static const char *const keys[][2] = {
		[PEN_POSITIVE] = { "ui.print.tally.positive", "ui.print.tally.positive_not" },
		[PEN_UNDECIDED] = { "ui.print.tally.undecided", "ui.print.tally.undecided_not" },
		[PEN_ROW] = { "ui.print.tally.row", "ui.print.tally.row_not" },
	};
	char *label;
	const char *s;

	switch (p->kind) {
	case PEN_NOT:
		return words(f, p->children[0], !negated);
	case PEN_TICK:
		return tick_words(f, p, negated);
	case PEN_ANY_PRESENT:
		return present_words(f, p, negated);
	case PEN_POSITIVE:
	case PEN_UNDECIDED:
	case PEN_ROW:
		label = p->kind == PEN_ROW ? xasprintf("%zu", p->row + 1) : element_label(p->row);
		s = form_uif1(f, keys[p->kind][negated], "row", label).text;
		free(label);
		return s;
	case PEN_ALL:
	case PEN_ANY:
		break;
	}
	return join_words(f, p, negated, NULL);
}

const char *form_pen_words(struct form *f, const struct pen *p)
{
	return words(f, p, false);
}

/* The narrowest text page that takes the element grid's columns with
 * room for an element's name; narrower pages give the rows and the
 * fewest answers under the name. */
#define GRID_MIN_WIDTH 64
/* The rows column of the text grid ("19-28"): longer row lists (a form
 * of several checklists) go under the name, where they wrap at commas
 * rather than inside a number. */
#define GRID_ROWS_WIDTH 5

/* The rows of the element grid in words under its name ("Rows 9-18;
 * undecided if fewer than 2 answered"). */
static struct span element_sub(struct form *f, const struct element *el, const char *numbers)
{
	struct span s;

	if (!*numbers)
		return form_ui(f, "ui.print.tally.no_boxes");
	if (!el->min_answered)
		return form_uif1(f, "ui.print.tally.boxes", "numbers", numbers);
	char *n = xasprintf("%u", el->min_answered);
	const char *k[] = { "numbers", "count" }, *v[] = { numbers, n };

	s = form_uif(f, "ui.print.tally.boxes_undecided", k, v, 2);
	free(n);
	return s;
}

/* Whether the text grid's rows column takes every element's rows. */
static bool rows_fit(const struct tally *t)
{
	for (size_t i = 0; i < t->n_elements; i++) {
		char *numbers = number_ranges(t->elements[i].numbers, t->elements[i].n_numbers);
		bool fits = strlen(numbers) <= GRID_ROWS_WIDTH;

		free(numbers);
		if (!fits)
			return false;
	}
	return true;
}

/* The element rows: the form's rows each counts, a box per strength to
 * count ticked signs, the answered box and the fewest answers it needs,
 * and the verdict. On a wide enough page, when the rows are short, the
 * rows and the fewest answers are columns, so an element takes one line. */
static void element_grid(struct form *f)
{
	enum { NAME, ROWS, STRONG, MEDIUM, WEAK, ANSWERED, MINIMUM, POSITIVE, UNDECIDED, N_COLS };
	const struct tally *t = f->tally;
	bool grid = f->o->format != FORMAT_TEXT ||
		    (f->o->width >= GRID_MIN_WIDTH && rows_fit(t));
	const struct doc_column all[N_COLS] = {
		[NAME] = { form_ui(f, "ui.print.tally.col.element"), 0 },
		[ROWS] = { form_ui(f, "ui.print.tally.col.rows"), GRID_ROWS_WIDTH },
		[STRONG] = { form_ui(f, "ui.print.tally.col.strong"), 3 },
		[MEDIUM] = { form_ui(f, "ui.print.tally.col.medium"), 3 },
		[WEAK] = { form_ui(f, "ui.print.tally.col.weak"), 3 },
		[ANSWERED] = { form_ui(f, "ui.print.tally.col.answered"), 3 },
		[MINIMUM] = { form_ui(f, "ui.print.tally.col.minimum"), 2 },
		[POSITIVE] = { form_ui(f, "ui.print.tally.col.positive"), 3 },
		[UNDECIDED] = { form_ui(f, "ui.print.tally.col.undecided"), 3 },
	};
	struct doc_column cols[N_COLS];
	size_t n_cols = 0;
	struct span none = form_ui(f, "ui.print.tally.not_used");

	for (size_t c = 0; c < N_COLS; c++)
		if (grid || (c != ROWS && c != MINIMUM))
			cols[n_cols++] = all[c];
	doc_heading(f->doc, 2, form_ui(f, "ui.print.tally.elements"));
	doc_para(f->doc, SPAN_NONE, form_ui(f, grid ? "ui.print.tally.elements_intro_grid" :
					    "ui.print.tally.elements_intro"));
	doc_table_begin(f->doc, cols, n_cols);
	for (size_t i = 0; i < t->n_elements; i++) {
		const struct element *el = t->elements[i].element;
		char *label = element_label(i);
		const char *names[] = { "row", "element" };
		const char *values[] = { label, form_ctext(f, f->t, el->key, "title", el->title).text };
		char *numbers = number_ranges(t->elements[i].numbers, t->elements[i].n_numbers);
		char *minimum = el->min_answered ? xasprintf("%u", el->min_answered) : NULL;
		struct span box = { NULL, NULL };
		const struct span row[N_COLS] = {
			[NAME] = form_uif(f, "ui.print.tally.element", names, values, 2),
			[ROWS] = *numbers ? (struct span){ numbers, NULL } : none,
			[STRONG] = box, [MEDIUM] = box, [WEAK] = box,
			[ANSWERED] = minimum ? box : none,
			[MINIMUM] = minimum ? (struct span){ minimum, NULL } : none,
			[POSITIVE] = box,
			[UNDECIDED] = minimum ? box : none,
		};
		struct span cells[N_COLS], sub = SPAN_NONE;
		size_t n = 0;

		for (size_t c = 0; c < N_COLS; c++)
			if (grid || (c != ROWS && c != MINIMUM))
				cells[n++] = row[c];
		if (!grid)
			sub = element_sub(f, el, numbers);
		doc_table_row(f->doc, cells, grid ? NULL : &sub, grid ? 0 : 1);
		free(minimum);
		free(numbers);
		free(label);
	}
	doc_table_end(f->doc);
}

static bool same_thresholds(const struct element *a, const struct element *b)
{
	if (a->n_positive_when != b->n_positive_when)
		return false;
	for (size_t i = 0; i < a->n_positive_when; i++)
		if (memcmp(a->positive_when[i].min, b->positive_when[i].min,
			   sizeof a->positive_when[i].min))
			return false;
	return true;
}

/* One table of thresholds per distinct list of them, naming the element
 * rows it serves. */
static void thresholds(struct form *f)
{
	const struct tally *t = f->tally;
	bool *done = xcalloc(t->n_elements + 1, sizeof *done);

	for (size_t i = 0; i < t->n_elements; i++) {
		const struct element *el = t->elements[i].element;
		char *rows;
		size_t n_rows = 0;

		if (done[i])
			continue;
		rows = xstrdup("");
		for (size_t j = i; j < t->n_elements; j++) {
			if (done[j] || !same_thresholds(el, t->elements[j].element))
				continue;
			char *label = element_label(j);
			char *next = xasprintf("%s%s%s", rows, *rows ? ", " : "", label);

			free(label);
			free(rows);
			rows = next;
			done[j] = true;
			n_rows++;
		}
		if (!el->n_positive_when) {
			doc_para(f->doc, SPAN_NONE,
				 form_uif1(f, n_rows == 1 ? "ui.print.tally.never_positive_one" :
					   "ui.print.tally.never_positive", "rows", rows));
			free(rows);
			continue;
		}
		doc_para(f->doc, SPAN_NONE,
			 form_uif1(f, n_rows == 1 ? "ui.print.tally.thresholds_one" :
				   "ui.print.tally.thresholds", "rows", rows));
		free(rows);

		const struct doc_column cols[] = {
			{ form_ui(f, "ui.print.tally.col.strong"), 3 },
			{ form_ui(f, "ui.print.tally.col.medium"), 3 },
			{ form_ui(f, "ui.print.tally.col.weak"), 3 },
			{ SPAN_NONE, 0 },
		};
		doc_table_begin(f->doc, cols, 4);
		for (size_t k = 0; k < el->n_positive_when; k++) {
			const struct threshold *th = &el->positive_when[k];
			struct span cells[4];
			int c = 0;

			for (int st = STRENGTH_STRONG; st > STRENGTH_NONE; st--)
				cells[c++] = (struct span){
					th->min[st] ? form_keep(f, xasprintf("%u", th->min[st])) : "-",
					NULL };
			cells[3] = k + 1 < el->n_positive_when ? form_ui(f, "ui.print.tally.or_row")
				: (struct span){ "", NULL };
			doc_table_row(f->doc, cells, NULL, 0);
		}
		doc_table_end(f->doc);
	}
	free(done);
}

/* "Name: contact" for each service the outcome refers to, in the region. */
static struct span contacts(struct form *f, const struct outcome *oc)
{
	char *s = xstrdup("");

	for (size_t i = 0; i < oc->n_refer; i++) {
		const struct directory *dir;
		const struct service *sv = form_service(f, oc->refer[i], &dir);
		char *name = sv ? contact_name(f->t, sv) : xstrdup(oc->refer[i]);
		char *next = sv && sv->contact && *sv->contact ?
			xasprintf("%s%s%s: %s", s, i ? "; " : "", name, sv->contact) :
			xasprintf("%s%s%s", s, i ? "; " : "", name);

		free(name);
		free(s);
		s = next;
	}
	return form_uif1(f, "ui.print.tally.refer", "contacts", form_keep(f, s));
}

static void decision_table(struct form *f)
{
	const struct tally *t = f->tally;
	const struct doc_column cols[] = {
		{ form_ui(f, "ui.print.form.col.number"), 3 },
		{ form_ui(f, "ui.print.tally.col.outcome"), 0 },
		{ form_ui(f, "ui.print.tally.col.applies"), 3 },
	};

	doc_heading(f->doc, 2, form_ui(f, "ui.print.tally.decisions"));
	doc_para(f->doc, SPAN_NONE, form_ui(f, "ui.print.tally.decisions_intro"));
	doc_table_begin(f->doc, cols, 3);
	for (size_t i = 0; i < t->n_rows; i++) {
		const struct outcome *oc = t->rows[i].outcome;
		const char *names[] = { "title", "level" };
		const char *values[] = {
			form_ctext(f, f->t, oc->key, "title", oc->title).text,
			form_ui(f, form_level_keys[oc->level]).text,
		};
		struct span subs[] = {
			form_uif1(f, "ui.print.tally.when", "condition",
				  form_pen_words(f, t->rows[i].when)),
			contacts(f, oc),
		};
		struct span cells[] = {
			{ form_keep(f, xasprintf("%zu", i + 1)), NULL },
			form_uif(f, "ui.print.tally.outcome", names, values, 2),
			{ NULL, NULL },
		};
		doc_table_row(f->doc, cells, subs, oc->n_refer ? 2 : 1);
	}
	doc_table_end(f->doc);
	doc_para(f->doc, SPAN_NONE, form_ui(f, "ui.print.tally.result"));
	doc_note(f->doc, form_ui(f, "ui.print.scoring.no_match"));
}

void form_tally_sheet(struct form *f)
{
	struct span title = form_ui(f, "ui.print.tally.title");

	doc_part(f->doc, title.text);
	doc_heading(f->doc, 1, title);
	doc_para(f->doc, SPAN_NONE, form_ui(f, "ui.print.tally.intro"));
	element_grid(f);
	thresholds(f);
	decision_table(f);
}
