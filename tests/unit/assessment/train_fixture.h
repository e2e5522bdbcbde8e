/*
 * A small content model built in C for the training tests: a `first`
 * checklist "sn" with one item, a checklist "lab" scored by the rules
 * "tr", and a scenario over "lab". Static storage: one fixture a test.
 *
 *   sn.danger  none                   urgent      (item sn.danger)
 *   lab.r1     strong  -> recruit     trafficking (recruit and exploit)
 *   lab.r2     medium  -> recruit     labour      (exploit, not recruit)
 *   lab.e1     strong  -> exploit     info        (neither element)
 *   lab.e2     medium  -> exploit
 *   lab.e3     weak    -> exploit, shown when lab.e2 is answered
 *
 * Elements are positive with 2 strong, or 1 strong and 1 medium.
 * The scenario expects r1 r2 e1 e2 yes, e3 either, level refer and the
 * outcome tr.trafficking; it sits at fixture.yaml:7:1.
 */
#ifndef TRAIN_FIXTURE_H
#define TRAIN_FIXTURE_H

#include <string.h>

#include "tipcheck/model.h"

#define FIX_FILE "fixture.yaml"

enum { FIX_DANGER, FIX_R1, FIX_R2, FIX_E1, FIX_E2, FIX_E3, FIX_N_ITEMS };

struct fixture {
	struct content c;
	struct checklist lists[2];
	struct section sections[3];
	struct item items[FIX_N_ITEMS];
	const struct item *item_index[FIX_N_ITEMS];
	struct ruleset rules;
	struct element elements[2];
	struct threshold thresholds[2];
	struct outcome outcomes[4];
	struct expr exprs[12];
	struct expr *kids[8];
	struct scenario sc;
	const struct checklist *sc_lists[1];
	char *sc_list_ids[1];
	struct expected_answer expected[5];
	char *expected_outcomes[2];
};

static inline struct pos fix_pos(unsigned line)
{
	return (struct pos){ FIX_FILE, line, 1 };
}

static inline void fix_item(struct fixture *f, int i, const char *key, enum strength st,
			    struct section *sec, struct checklist *cl)
{
	f->items[i] = (struct item){
		.id = (char *)strchr(key, '.') + 1, .key = (char *)key, .strength = st,
		.sign = (char *)key, .ask = (char *)key, .source = (char *)"src",
		.index = (size_t)i, .section = sec, .checklist = cl, .pos = fix_pos(20 + (unsigned)i),
	};
	f->item_index[i] = &f->items[i];
}

static inline struct expr *fix_expr(struct fixture *f, size_t *n, enum expr_kind k)
{
	struct expr *e = &f->exprs[(*n)++];

	*e = (struct expr){ .kind = k, .pos = fix_pos(40) };
	return e;
}

static inline void fixture_init(struct fixture *f)
{
	size_t ne = 0;
	struct expr *e;

	memset(f, 0, sizeof *f);
	f->thresholds[0] = (struct threshold){ .min = { [STRENGTH_STRONG] = 2 } };
	f->thresholds[1] = (struct threshold){ .min = { [STRENGTH_STRONG] = 1,
							 [STRENGTH_MEDIUM] = 1 } };
	f->elements[0] = (struct element){ .id = (char *)"recruit", .key = (char *)"tr.recruit",
		.title = (char *)"Recruitment", .positive_when = f->thresholds,
		.n_positive_when = 2, .rules = &f->rules };
	f->elements[1] = f->elements[0];
	f->elements[1].id = (char *)"exploit";
	f->elements[1].key = (char *)"tr.exploit";
	f->elements[1].title = (char *)"Exploitation";

	f->lists[0] = (struct checklist){ .id = (char *)"sn", .key = (char *)"sn",
		.title = (char *)"Safety", .first = true, .sections = &f->sections[0],
		.n_sections = 1, .n_items = 1, .rules_id = (char *)"tr", .rules = &f->rules };
	f->lists[1] = (struct checklist){ .id = (char *)"lab", .key = (char *)"lab",
		.title = (char *)"Labour", .sections = &f->sections[1], .n_sections = 2,
		.n_items = 5, .rules_id = (char *)"tr", .rules = &f->rules };
	f->sections[0] = (struct section){ .id = (char *)"safety", .key = (char *)"sn.safety",
		.title = (char *)"Safety first", .items = &f->items[FIX_DANGER], .n_items = 1,
		.checklist = &f->lists[0] };
	f->sections[1] = (struct section){ .id = (char *)"rec", .key = (char *)"lab.rec",
		.title = (char *)"Recruitment", .element_id = (char *)"recruit",
		.element = &f->elements[0], .items = &f->items[FIX_R1], .n_items = 2,
		.checklist = &f->lists[1] };
	f->sections[2] = (struct section){ .id = (char *)"exp", .key = (char *)"lab.exp",
		.title = (char *)"Work", .element_id = (char *)"exploit",
		.element = &f->elements[1], .items = &f->items[FIX_E1], .n_items = 3,
		.checklist = &f->lists[1] };
	fix_item(f, FIX_DANGER, "sn.danger", STRENGTH_NONE, &f->sections[0], &f->lists[0]);
	fix_item(f, FIX_R1, "lab.r1", STRENGTH_STRONG, &f->sections[1], &f->lists[1]);
	fix_item(f, FIX_R2, "lab.r2", STRENGTH_MEDIUM, &f->sections[1], &f->lists[1]);
	fix_item(f, FIX_E1, "lab.e1", STRENGTH_STRONG, &f->sections[2], &f->lists[1]);
	fix_item(f, FIX_E2, "lab.e2", STRENGTH_MEDIUM, &f->sections[2], &f->lists[1]);
	fix_item(f, FIX_E3, "lab.e3", STRENGTH_WEAK, &f->sections[2], &f->lists[1]);
	e = fix_expr(f, &ne, EXPR_ANSWERED);
	e->ref = (char *)"lab.e2";
	e->item = &f->items[FIX_E2];
	f->items[FIX_E3].show_if = e;

	/* urgent: item sn.danger */
	struct expr *danger = fix_expr(f, &ne, EXPR_ITEM);
	danger->ref = (char *)"sn.danger";
	danger->item = &f->items[FIX_DANGER];
	struct expr *rec = fix_expr(f, &ne, EXPR_ELEMENT);
	rec->ref = (char *)"recruit";
	rec->element = &f->elements[0];
	struct expr *exp = fix_expr(f, &ne, EXPR_ELEMENT);
	exp->ref = (char *)"exploit";
	exp->element = &f->elements[1];
	/* trafficking: all [recruit, exploit] */
	struct expr *both = fix_expr(f, &ne, EXPR_ALL);
	f->kids[0] = rec;
	f->kids[1] = exp;
	both->children = &f->kids[0];
	both->n_children = 2;
	/* labour: all [exploit, not recruit] */
	struct expr *notrec = fix_expr(f, &ne, EXPR_NOT);
	f->kids[2] = rec;
	notrec->children = &f->kids[2];
	notrec->n_children = 1;
	struct expr *labour = fix_expr(f, &ne, EXPR_ALL);
	f->kids[3] = exp;
	f->kids[4] = notrec;
	labour->children = &f->kids[3];
	labour->n_children = 2;
	/* info: not any [recruit, exploit] */
	struct expr *either = fix_expr(f, &ne, EXPR_ANY);
	f->kids[5] = rec;
	f->kids[6] = exp;
	either->children = &f->kids[5];
	either->n_children = 2;
	struct expr *info = fix_expr(f, &ne, EXPR_NOT);
	f->kids[7] = either;
	info->children = &f->kids[7];
	info->n_children = 1;

	static const char *const ids[4] = { "urgent", "trafficking", "labour", "info" };
	static const char *const keys[4] = { "tr.urgent", "tr.trafficking", "tr.labour", "tr.info" };
	static const enum level levels[4] = { LEVEL_URGENT, LEVEL_REFER, LEVEL_REFER_FURTHER,
					      LEVEL_INFORM };
	struct expr *whens[4] = { danger, both, labour, info };
	for (int i = 0; i < 4; i++)
		f->outcomes[i] = (struct outcome){ .id = (char *)ids[i], .key = (char *)keys[i],
			.title = (char *)ids[i], .level = levels[i], .when = whens[i],
			.rules = &f->rules, .pos = fix_pos(50 + (unsigned)i) };
	f->rules = (struct ruleset){ .id = (char *)"tr", .title = (char *)"Rules",
		.elements = f->elements, .n_elements = 2, .outcomes = f->outcomes,
		.n_outcomes = 4 };

	f->sc_lists[0] = &f->lists[1];
	f->sc_list_ids[0] = (char *)"lab";
	f->expected[0] = (struct expected_answer){ .item = &f->items[FIX_R1], .expect = EXPECT_YES, .pos = fix_pos(12) };
	f->expected[1] = (struct expected_answer){ .item = &f->items[FIX_R2], .expect = EXPECT_YES, .pos = fix_pos(13) };
	f->expected[2] = (struct expected_answer){ .item = &f->items[FIX_E1], .expect = EXPECT_YES, .pos = fix_pos(14) };
	f->expected[3] = (struct expected_answer){ .item = &f->items[FIX_E2], .expect = EXPECT_YES, .pos = fix_pos(15) };
	f->expected[4] = (struct expected_answer){ .item = &f->items[FIX_E3], .expect = EXPECT_EITHER, .pos = fix_pos(16) };
	f->expected_outcomes[0] = (char *)"tr.trafficking";
	f->sc = (struct scenario){ .id = (char *)"deckhand", .key = (char *)"deckhand",
		.title = (char *)"Deckhand", .audience = AUDIENCE_ADULT,
		.checklist_ids = f->sc_list_ids, .checklists = f->sc_lists, .n_checklists = 1,
		.expected = f->expected, .n_expected = 5, .expected_level = LEVEL_REFER,
		.expected_outcomes = f->expected_outcomes, .n_expected_outcomes = 1,
		.pos = { FIX_FILE, 7, 1 } };

	f->c = (struct content){ .checklists = f->lists, .n_checklists = 2,
		.rulesets = &f->rules, .n_rulesets = 1, .scenarios = &f->sc, .n_scenarios = 1,
		.n_items = FIX_N_ITEMS, .items = f->item_index };
}

/* Answers for the fixture: every item "no" except those listed yes. */
static inline void fixture_answers(enum answer *a, const int *yes, size_t n_yes)
{
	for (int i = 0; i < FIX_N_ITEMS; i++)
		a[i] = ANSWER_NO;
	for (size_t i = 0; i < n_yes; i++)
		a[yes[i]] = ANSWER_YES;
}

#endif
