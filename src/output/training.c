/* Training printouts: role card, trainer sheet and feedback, in every format. */
#include <stdlib.h>
#include <string.h>

#include "tipcheck/catalog.h"
#include "tipcheck/doc.h"
#include "tipcheck/explain.h"
#include "tipcheck/scenario.h"
#include "tipcheck/training.h"
#include "tipcheck/xalloc.h"

static struct span span(const char *text)
{
	return (struct span){ text, NULL };
}

/* The TRAINING banner is not optional here: a copy of the options with
 * training set is what the doc sees. */
struct sheet {
	struct render_opts o;
	const struct tr *t;
	const struct scenario *sc;
	struct doc *d;
};

static void sheet_begin(struct sheet *s, FILE *out, const struct render_opts *o,
			const struct scenario *sc, const char *title_key)
{
	char *title;

	s->o = *o;
	s->o.training = true;
	s->t = o->lang;
	s->sc = sc;
	title = tr_format(tr_ui(s->t, title_key), (const char *[]){ "title" },
			  (const char *[]){ tr_text(s->t, sc->key, "title", sc->title) }, 1);
	s->d = doc_new(out, &s->o, title);
	doc_heading(s->d, 1, span(title));
	doc_draft_notes(s->d, false);
	free(title);
}

static const char *ui(const struct sheet *s, const char *key)
{
	return tr_ui(s->t, key);
}

/* A scenario text under a heading; nothing when the scenario has none. */
static void sheet_section(struct sheet *s, const char *heading_key, const char *field,
			  const char *english)
{
	const char *text = tr_text(s->t, s->sc->key, field, english);

	if (!text || !*text)
		return;
	doc_heading(s->d, 2, span(ui(s, heading_key)));
	doc_para(s->d, SPAN_NONE, span(text));
}

static void sheet_debrief(struct sheet *s)
{
	if (!s->sc->n_debrief)
		return;
	doc_heading(s->d, 2, span(ui(s, "ui.train.debrief")));
	for (size_t i = 0; i < s->sc->n_debrief; i++) {
		char field[32];

		snprintf(field, sizeof field, "debrief.%zu", i + 1);
		doc_bullet(s->d, 0, SPAN_NONE, span(tr_text(s->t, s->sc->key, field, s->sc->debrief[i])));
	}
}

/* A static key: a catalog without the string gives the key back. */
static const char *level_name(const struct sheet *s, enum level l)
{
	return ui(s, explain_level_key(l));
}

static const char *item_sign(const struct sheet *s, const struct item *it)
{
	return tr_text(s->t, it->key, "sign", it->sign);
}

/* The outcome with key "RULES.OUTCOME", or NULL. */
static const struct outcome *find_outcome(const struct content *c, const char *key)
{
	for (size_t r = 0; r < c->n_rulesets; r++)
		for (size_t i = 0; i < c->rulesets[r].n_outcomes; i++)
			if (!strcmp(c->rulesets[r].outcomes[i].key, key))
				return &c->rulesets[r].outcomes[i];
	return NULL;
}

/* "Title (RULES.OUTCOME)" as a bullet: the id helps match the result screen. */
static void outcome_bullet(struct sheet *s, const char *key)
{
	const struct outcome *oc = find_outcome(s->t->content, key);
	const char *title = oc ? tr_text(s->t, oc->key, "title", oc->title) : NULL;
	char *text = title ? xasprintf("%s (%s)", title, key) : xstrdup(key);

	doc_bullet(s->d, 0, SPAN_NONE, span(text));
	free(text);
}

static int sheet_end(struct sheet *s)
{
	return doc_end(s->d);
}

static const char *const audience_keys[AUDIENCE_COUNT] = {
	[AUDIENCE_ANY] = "ui.train.audience.any",
	[AUDIENCE_ADULT] = "ui.train.audience.adult",
	[AUDIENCE_CHILD] = "ui.train.audience.child",
};

const char *training_audience_key(enum audience a)
{
	return (unsigned)a < AUDIENCE_COUNT ? audience_keys[a] : audience_keys[AUDIENCE_ANY];
}

int training_role_card(FILE *out, const struct render_opts *o, const struct scenario *sc)
{
	struct sheet s;

	sheet_begin(&s, out, o, sc, "ui.train.card.title");
	doc_note(s.d, span(ui(&s, "ui.train.card.intro")));
	sheet_section(&s, "ui.train.persona", "persona", sc->persona);
	sheet_section(&s, "ui.train.card.knows", "knows", sc->knows);
	sheet_section(&s, "ui.train.card.reveals", "reveals_if_asked_well",
		      sc->reveals_if_asked_well);
	sheet_section(&s, "ui.train.card.will_not_say", "will_not_say", sc->will_not_say);
	sheet_section(&s, "ui.train.card.behaviour", "behaviour", sc->behaviour);
	return sheet_end(&s);
}

/* The expected yes and either answers of one section, under its title. */
static void expected_section(struct sheet *s, const struct section *sec)
{
	bool any = false;

	for (size_t i = 0; i < sec->n_items; i++) {
		const struct item *it = &sec->items[i];
		enum expect e = scenario_expect(s->sc, it);
		struct span label;
		char *sign;

		if (e == EXPECT_NO)
			continue;
		if (!any) {
			char *h = xasprintf("%s: %s",
					    tr_text(s->t, sec->checklist->key, "title",
						    sec->checklist->title),
					    tr_text(s->t, sec->key, "title", sec->title));
			doc_heading(s->d, 3, span(h));
			free(h);
			any = true;
		}
		label = span(ui(s, e == EXPECT_YES ? "ui.train.expect.yes"
				: "ui.train.expect.either"));
		sign = xasprintf("%s [%s]", item_sign(s, it), it->key);
		doc_bullet(s->d, 0, label, span(sign));
		free(sign);
	}
}

int training_trainer_sheet(FILE *out, const struct render_opts *o, const struct scenario *sc)
{
	struct sheet s;
	const struct checklist **lists;
	size_t n;

	sheet_begin(&s, out, o, sc, "ui.train.sheet.title");
	doc_note(s.d, span(ui(&s, "ui.train.sheet.intro")));
	doc_para(s.d, span(ui(&s, "ui.train.audience")),
		 span(ui(&s, training_audience_key(sc->audience))));
	sheet_section(&s, "ui.train.sheet.story", "story", sc->story);
	sheet_section(&s, "ui.train.persona", "persona", sc->persona);

	doc_heading(s.d, 2, span(ui(&s, "ui.train.sheet.expected")));
	doc_para(s.d, SPAN_NONE, span(ui(&s, "ui.train.sheet.expected_note")));
	n = scenario_checklists(s.t->content, sc, &lists);
	for (size_t l = 0; l < n; l++)
		for (size_t i = 0; i < lists[l]->n_sections; i++)
			expected_section(&s, &lists[l]->sections[i]);
	free(lists);

	doc_heading(s.d, 2, span(ui(&s, "ui.train.sheet.result")));
	doc_para(s.d, span(ui(&s, "ui.train.level")),
		 span(level_name(&s, sc->expected_level)));
	doc_heading(s.d, 3, span(ui(&s, "ui.train.outcomes")));
	for (size_t i = 0; i < sc->n_expected_outcomes; i++)
		outcome_bullet(&s, sc->expected_outcomes[i]);
	if (!sc->n_expected_outcomes)
		doc_bullet(s.d, 0, SPAN_NONE, span(ui(&s, "ui.train.none")));
	sheet_debrief(&s);
	return sheet_end(&s);
}
