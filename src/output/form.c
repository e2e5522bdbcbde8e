/* Blank checklists with hand-scoring instructions, in any format. */
#include <stdlib.h>
#include <string.h>

#include "tipcheck/catalog.h"
#include "tipcheck/contact.h"
#include "tipcheck/doc.h"
#include "tipcheck/form.h"
#include "tipcheck/xalloc.h"

#include "form_build.h"

const char *form_keep(struct form *f, char *s)
{
	f->keep = xreallocarray(f->keep, f->n_keep + 1, sizeof *f->keep);
	f->keep[f->n_keep++] = s;
	return s;
}

struct span form_ui(const struct form *f, const char *key)
{
	return (struct span){ tr_ui(f->t, key), tr_has(f->t, key) ? tr_lang(f->t) : "en" };
}

struct span form_uif(struct form *f, const char *key, const char *const *names,
		     const char *const *values, size_t n)
{
	struct span s = form_ui(f, key);

	s.text = form_keep(f, tr_format(s.text, names, values, n));
	return s;
}

struct span form_uif1(struct form *f, const char *key, const char *name, const char *value)
{
	return form_uif(f, key, &name, &value, 1);
}

struct span form_ctext(struct form *f, const struct tr *t, const char *owner,
		       const char *field, const char *english)
{
	char *key = xasprintf("%s.%s", owner, field);
	bool has = tr_has(t, key);
	const char *s = tr_text(t, owner, field, english);

	free(key);
	return (struct span){ s ? s : "", has ? tr_lang(t) : "en" };
}

struct span form_person_question(const struct tr *at, const struct item *it)
{
	const char *s = tr_person_question(at, it->key, it->ask, it->person_ask);

	return (struct span){ s, s != it->ask ? tr_lang(at) : "en" };
}

static bool in_lists(const struct form *f, const struct checklist *cl)
{
	for (size_t i = 0; i < f->n_lists; i++)
		if (f->lists[i] == cl)
			return true;
	return false;
}

static void add_list(struct form *f, const struct checklist *cl)
{
	if (in_lists(f, cl))
		return;
	f->lists = xreallocarray(f->lists, f->n_lists + 1, sizeof *f->lists);
	f->lists[f->n_lists++] = cl;
}

const char *const form_strength_keys[STRENGTH_COUNT] = {
	[STRENGTH_NONE] = "ui.print.strength.none",
	[STRENGTH_WEAK] = "ui.print.strength.weak",
	[STRENGTH_MEDIUM] = "ui.print.strength.medium",
	[STRENGTH_STRONG] = "ui.print.strength.strong",
};

const char *const form_level_keys[LEVEL_COUNT] = {
	[LEVEL_NONE] = "ui.print.level.none",
	[LEVEL_INFORM] = "ui.print.level.inform",
	[LEVEL_REFER_FURTHER] = "ui.print.level.refer-further",
	[LEVEL_REFER] = "ui.print.level.refer",
	[LEVEL_URGENT] = "ui.print.level.urgent",
};

static const char *const audience_keys[AUDIENCE_COUNT] = {
	[AUDIENCE_ANY] = "ui.print.audience.any",
	[AUDIENCE_ADULT] = "ui.print.audience.adult",
	[AUDIENCE_CHILD] = "ui.print.audience.child",
};

static size_t judgement_count(const struct checklist *cl)
{
	size_t n = 0;

	for (size_t s = 0; s < cl->n_sections; s++)
		for (size_t i = 0; i < cl->sections[s].n_items; i++)
			n += cl->sections[s].items[i].judgement != NULL;
	return n;
}

static void checklist_header(struct form *f, const struct checklist *cl)
{
	struct span title = form_ctext(f, f->t, cl->key, "title", cl->title);
	size_t n_judged = judgement_count(cl);

	doc_part(f->doc, title.text);
	doc_heading(f->doc, 1, title);
	doc_para(f->doc, SPAN_NONE, form_uif1(f, "ui.print.version", "version", cl->version));
	doc_para(f->doc, SPAN_NONE, form_ui(f, audience_keys[cl->audience]));
	if (cl->description)
		doc_para(f->doc, SPAN_NONE, form_ctext(f, f->t, cl->key, "description", cl->description));
	doc_note(f->doc, form_ui(f, "ui.print.privacy"));
	if (n_judged) {
		char *count = xasprintf("%zu", n_judged);
		const char *names[] = { "count", "mark" };
		const char *values[] = { count, form_ui(f, "ui.print.judgement_mark").text };

		doc_note(f->doc, form_uif(f, n_judged == 1 ? "ui.print.judgement_count_one" :
				     "ui.print.judgement_count", names, values, 2));
		free(count);
	}
	if (cl->judgement)
		doc_para(f->doc, form_ui(f, "ui.print.judgement"),
			 form_ctext(f, f->t, cl->key, "judgement", cl->judgement));
	doc_draft_notes(f->doc, false);
	doc_para(f->doc, SPAN_NONE, form_ui(f, "ui.print.sources"));
	for (size_t i = 0; i < cl->n_sources; i++) {
		const struct source *src = content_source(f->c, cl->sources[i]);
		char year[16];

		if (!src)
			continue;
		snprintf(year, sizeof year, "%u", src->year);
		const char *names[] = { "title", "publisher", "year" };
		const char *values[] = { src->title, src->publisher ? src->publisher : "", year };
		doc_bullet(f->doc, 0, SPAN_NONE, form_uif(f, src->year ? "ui.print.source" :
						"ui.print.source_noyear", names, values, 3));
	}
}

/* "a.b, c.d": the printed items that carry signal sg; NULL when none. */
static char *signal_items(const struct form *f, const struct signal *sg)
{
	char *acc = NULL;

	for (size_t i = 0; sg && i < sg->n_items; i++) {
		char *next;

		if (!in_lists(f, sg->items[i]->checklist))
			continue;
		next = xasprintf("%s%s%s", acc ? acc : "", acc ? ", " : "", sg->items[i]->key);
		free(acc);
		acc = next;
	}
	return acc;
}

/* The text of a leaf of an expression, in words ("... is ticked yes"). */
static struct span leaf_words(struct form *f, const struct expr *e, bool negated)
{
	static const char *const keys[EXPR_COUNT][2] = {
		[EXPR_ITEM] = { "ui.print.expr.item", "ui.print.expr.item_not" },
		[EXPR_ANSWERED] = { "ui.print.expr.answered", "ui.print.expr.answered_not" },
		[EXPR_UNKNOWN] = { "ui.print.expr.unknown", "ui.print.expr.unknown_not" },
		[EXPR_ELEMENT] = { "ui.print.expr.element", "ui.print.expr.element_not" },
		[EXPR_UNDECIDED] = { "ui.print.expr.undecided", "ui.print.expr.undecided_not" },
		[EXPR_SIGNAL] = { "ui.print.expr.signal", "ui.print.expr.signal_not" },
		[EXPR_SIGN] = { "ui.print.expr.sign", "ui.print.expr.sign_not" },
		[EXPR_OUTCOME] = { "ui.print.expr.outcome", "ui.print.expr.outcome_not" },
	};
	const char *key = keys[e->kind][negated];

	switch (e->kind) {
	case EXPR_ITEM:
	case EXPR_ANSWERED:
	case EXPR_UNKNOWN: {
		const char *names[] = { "sign", "item", "checklist" };
		const char *values[] = {
			form_ctext(f, f->t, e->item->key, "sign", e->item->sign).text,
			e->item->key,
			form_ctext(f, f->t, e->item->checklist->key, "title", e->item->checklist->title).text,
		};
		return form_uif(f, key, names, values, 3);
	}
	case EXPR_SIGNAL: {
		char *items = signal_items(f, e->signal);
		const char *names[] = { "signal", "items" };
		const char *values[] = {
			form_ctext(f, f->t, e->signal->key, "title", e->signal->title).text, items,
		};
		struct span sp;

		/* No printed question carries it: it cannot be ticked. */
		if (!items)
			key = negated ? "ui.print.expr.signal_none_not" : "ui.print.expr.signal_none";
		sp = form_uif(f, key, names, values, 2);
		free(items);
		return sp;
	}
	case EXPR_SIGN:
		return form_uif1(f, key, "strength", form_ui(f, form_strength_keys[e->strength]).text);
	case EXPR_OUTCOME: {
		char *number = xasprintf("%zu", (size_t)(e->outcome - e->outcome->rules->outcomes) + 1);
		const char *names[] = { "number", "title" };
		const char *values[] = {
			number, form_ctext(f, f->t, e->outcome->key, "title", e->outcome->title).text,
		};
		struct span sp = form_uif(f, key, names, values, 2);

		free(number);
		return sp;
	}
	default:
		return form_uif1(f, key, "element",
			    form_ctext(f, f->t, e->element->key, "title", e->element->title).text);
	}
}

/*
 * An expression in words as a list: a leaf is one entry, all/any an entry
 * ("all of these:") with its children one level deeper; a not is pushed
 * into its child (not all -> "not all of these", not any -> "none of
 * these", not of a leaf -> the leaf's negative wording). label, when it has
 * text, goes before the first entry.
 */
static void expr_words(struct form *f, const struct expr *e, bool negated,
		       unsigned depth, struct span label)
{
	const char *key;

	while (e->kind == EXPR_NOT) {
		negated = !negated;
		e = e->children[0];
	}
	switch (e->kind) {
	case EXPR_ALL:
		key = negated ? "ui.print.expr.not_all" : "ui.print.expr.all";
		break;
	case EXPR_ANY:
		key = negated ? "ui.print.expr.none" : "ui.print.expr.any";
		break;
	default:
		doc_bullet(f->doc, depth, label, leaf_words(f, e, negated));
		return;
	}
	doc_bullet(f->doc, depth, label, form_ui(f, key));
	/* Under "none of these" or "not all of these" the children are
	 * listed as they are. */
	for (size_t i = 0; i < e->n_children; i++)
		expr_words(f, e->children[i], false, depth + 1, SPAN_NONE);
}

static void item_block(struct form *f, const struct item *it, size_t number)
{
	const struct tr *t = f->t, *at = f->o->ask_lang;
	char *num = xasprintf("%zu", number);
	const char *names[] = { "number", "sign" };
	const char *values[] = { num, form_ctext(f, t, it->key, "sign", it->sign).text };
	const char *boxes[] = {
		form_ui(f, "ui.print.answer.yes").text,
		form_ui(f, "ui.print.answer.no").text,
		form_ui(f, "ui.print.answer.unknown").text,
		form_ui(f, "ui.print.answer.not_asked").text,
	};
	struct span strength = form_ui(f, form_strength_keys[it->strength]);
	bool two_langs = strcmp(tr_lang(at), tr_lang(t)) != 0;

	doc_block_begin(f->doc);
	struct span heading = form_uif(f, "ui.print.item", names, values, 2);
	heading.lang = form_ctext(f, t, it->key, "sign", it->sign).lang;
	doc_heading(f->doc, 3, heading);
	if (it->judgement) {
		const char *n2[] = { "strength", "mark" };
		const char *v2[] = { strength.text, form_ui(f, "ui.print.judgement_mark").text };
		strength = form_uif(f, "ui.print.strength_judged", n2, v2, 2);
	}
	doc_field(f->doc, form_ui(f, "ui.print.strength"), strength);
	if (it->show_if)
		expr_words(f, it->show_if, false, 0, form_ui(f, "ui.print.show_if"));
	if (it->ask) {
		struct span label = two_langs ?
			form_uif1(f, "ui.print.ask_in", "language", tr_language_name(t, t)) :
			form_ui(f, "ui.print.ask");
		doc_field(f->doc, label, form_ctext(f, t, it->key, "ask", it->ask));
		if (two_langs) {
			label = form_uif1(f, "ui.print.ask_person", "language",
					  tr_language_name(t, at));
			doc_field(f->doc, label, form_person_question(at, it));
		}
	} else {
		doc_field(f->doc, SPAN_NONE, form_ui(f, "ui.print.observe"));
	}
	/* The boxes mark the sign, not a literal answer to the question:
	 * "Do you go to school?" answered yes means no sign. */
	doc_boxes(f->doc, form_ui(f, "ui.print.sign-present"), it->key, boxes, 4);
	if (it->guidance)
		doc_field(f->doc, form_ui(f, "ui.print.guidance"),
			  form_ctext(f, t, it->key, "guidance", it->guidance));
	if (it->judgement)
		doc_field(f->doc, form_ui(f, "ui.print.judgement"),
			  form_ctext(f, t, it->key, "judgement", it->judgement));
	doc_field(f->doc, form_ui(f, "ui.print.item_id"), (struct span){ it->key, "en" });
	doc_block_end(f->doc);
	free(num);
}

static void checklist_body(struct form *f, const struct checklist *cl)
{
	size_t number = 0;

	for (size_t s = 0; s < cl->n_sections; s++) {
		const struct section *sec = &cl->sections[s];

		doc_heading(f->doc, 2, form_ctext(f, f->t, sec->key, "title", sec->title));
		if (sec->element)
			doc_para(f->doc, form_ui(f, "ui.print.scores"),
				 form_ctext(f, f->t, sec->element->key, "title", sec->element->title));
		if (sec->intro)
			doc_para(f->doc, form_ui(f, "ui.print.read_out"),
				 form_ctext(f, f->t, sec->key, "intro", sec->intro));
		if (sec->guidance)
			doc_para(f->doc, form_ui(f, "ui.print.guidance"),
				 form_ctext(f, f->t, sec->key, "guidance", sec->guidance));
		if (sec->judgement)
			doc_para(f->doc, form_ui(f, "ui.print.judgement"),
				 form_ctext(f, f->t, sec->key, "judgement", sec->judgement));
		for (size_t i = 0; i < sec->n_items; i++)
			item_block(f, &sec->items[i], ++number);
	}
}

/* "2 strong and 1 medium" */
static struct span threshold_words(struct form *f, const struct threshold *th)
{
	const char *and = form_ui(f, "ui.print.scoring.and").text;
	char *s = xstrdup("");

	for (int st = STRENGTH_STRONG; st > STRENGTH_NONE; st--) {
		if (!th->min[st])
			continue;
		char *count = xasprintf("%u", th->min[st]);
		const char *names[] = { "count", "strength" };
		const char *values[] = { count, form_ui(f, form_strength_keys[st]).text };
		struct span part = form_uif(f, "ui.print.scoring.count", names, values, 2);
		char *next = xasprintf("%s%s%s", s, *s ? and : "", part.text);

		free(s);
		free(count);
		s = next;
	}
	return (struct span){ form_keep(f, s), NULL };
}

static void element_scoring(struct form *f, const struct element *el)
{
	char *sections = xstrdup("");

	doc_block_begin(f->doc);
	doc_heading(f->doc, 3, form_ctext(f, f->t, el->key, "title", el->title));
	for (size_t l = 0; l < f->n_lists; l++) {
		const struct checklist *cl = f->lists[l];
		for (size_t s = 0; s < cl->n_sections; s++) {
			if (cl->sections[s].element != el)
				continue;
			const char *names[] = { "section", "checklist" };
			const char *values[] = {
				form_ctext(f, f->t, cl->sections[s].key, "title", cl->sections[s].title).text,
				form_ctext(f, f->t, cl->key, "title", cl->title).text,
			};
			struct span one = form_uif(f, "ui.print.scoring.section", names, values, 2);
			char *next = xasprintf("%s%s%s", sections, *sections ? "; " : "", one.text);
			free(sections);
			sections = next;
		}
	}
	if (*sections)
		doc_field(f->doc, form_ui(f, "ui.print.scoring.sections"),
			  (struct span){ sections, NULL });
	else
		doc_field(f->doc, SPAN_NONE, form_ui(f, "ui.print.scoring.no_sections"));
	free(sections);
	doc_field(f->doc, SPAN_NONE, form_ui(f, "ui.print.scoring.positive_when"));
	for (size_t i = 0; i < el->n_positive_when; i++)
		doc_bullet(f->doc, 0, SPAN_NONE, threshold_words(f, &el->positive_when[i]));
	if (el->min_answered) {
		char *n = xasprintf("%u", el->min_answered);
		doc_field(f->doc, SPAN_NONE, form_uif1(f, "ui.print.scoring.undecided", "count", n));
		free(n);
	}
	doc_block_end(f->doc);
}

/* The service for id: in the chosen region, else the default directory.
 * *fallback says which. */
const struct service *form_service(const struct form *f, const char *id,
					  const struct directory **dir)
{
	const struct directory *dirs[] = { f->region, f->fallback };

	for (size_t d = 0; d < 2; d++) {
		if (!dirs[d])
			continue;
		for (size_t i = 0; i < dirs[d]->n_services; i++) {
			if (!strcmp(dirs[d]->services[i].id, id)) {
				*dir = dirs[d];
				return &dirs[d]->services[i];
			}
		}
	}
	*dir = NULL;
	return NULL;
}

static struct span service_name(struct form *f, const char *id)
{
	const struct directory *dir;
	const struct service *sv = form_service(f, id, &dir);

	return sv ? form_ctext(f, f->t, sv->key, "name", sv->name) : (struct span){ id, "en" };
}

static void outcome_scoring(struct form *f, const struct outcome *oc, size_t number)
{
	char *num = xasprintf("%zu", number);
	const char *names[] = { "number", "title", "level" };
	const char *values[] = {
		num,
		form_ctext(f, f->t, oc->key, "title", oc->title).text,
		form_ui(f, form_level_keys[oc->level]).text,
	};
	char *refer = xstrdup("");

	doc_block_begin(f->doc);
	doc_heading(f->doc, 3, form_uif(f, "ui.print.scoring.outcome", names, values, 3));
	expr_words(f, oc->when, false, 0, form_ui(f, "ui.print.scoring.when"));
	for (size_t i = 0; i < oc->n_refer; i++) {
		char *next = xasprintf("%s%s%s", refer, i ? "; " : "",
				       service_name(f, oc->refer[i]).text);
		free(refer);
		refer = next;
	}
	if (oc->n_refer)
		doc_field(f->doc, form_ui(f, "ui.print.scoring.refer"), (struct span){ refer, NULL });
	if (oc->explain)
		doc_field(f->doc, form_ui(f, "ui.print.scoring.explain"),
			  form_ctext(f, f->t, oc->key, "explain", oc->explain));
	if (oc->judgement)
		doc_field(f->doc, form_ui(f, "ui.print.judgement"),
			  form_ctext(f, f->t, oc->key, "judgement", oc->judgement));
	doc_block_end(f->doc);
	free(refer);
	free(num);
}

static void rules_part(struct form *f, const struct ruleset *rs)
{
	struct span title = form_ctext(f, f->t, rs->id, "title", rs->title);
	struct span part = form_uif1(f, "ui.print.scoring.title", "rules", title.text);

	doc_part(f->doc, part.text);
	doc_heading(f->doc, 1, part);
	doc_para(f->doc, SPAN_NONE, form_ui(f, "ui.print.scoring.intro"));
	if (rs->judgement)
		doc_para(f->doc, form_ui(f, "ui.print.judgement"),
			 form_ctext(f, f->t, rs->id, "judgement", rs->judgement));
	doc_heading(f->doc, 2, form_ui(f, "ui.print.scoring.elements"));
	doc_para(f->doc, SPAN_NONE, form_ui(f, "ui.print.scoring.elements_intro"));
	for (size_t i = 0; i < rs->n_elements; i++)
		element_scoring(f, &rs->elements[i]);
	doc_heading(f->doc, 2, form_ui(f, "ui.print.scoring.outcomes"));
	doc_para(f->doc, SPAN_NONE, form_ui(f, "ui.print.scoring.outcomes_intro"));
	for (size_t i = 0; i < rs->n_outcomes; i++)
		outcome_scoring(f, &rs->outcomes[i], i + 1);
	doc_para(f->doc, SPAN_NONE, form_ui(f, "ui.print.scoring.highest"));
	doc_note(f->doc, form_ui(f, "ui.print.scoring.no_match"));
	if (rs->n_notices) {
		doc_heading(f->doc, 2, form_ui(f, "ui.print.notices"));
		for (size_t i = 0; i < rs->n_notices; i++) {
			const struct notice *nt = &rs->notices[i];
			struct span label = form_ctext(f, f->t, nt->key, "title", nt->title);

			doc_bullet(f->doc, 0, label, form_ctext(f, f->t, nt->key, "text", nt->text));
			if (nt->when)
				expr_words(f, nt->when, false, 1, form_ui(f, "ui.print.notice_when"));
		}
	}
}

static void service_entry(struct form *f, const struct directory *dir, const struct service *sv)
{
	struct span name = form_ctext(f, f->t, sv->key, "name", sv->name);
	struct span contact = sv->contact && *sv->contact ?
		(struct span){ sv->contact, "en" } : form_ui(f, "ui.print.contacts.none");

	name.text = form_keep(f, contact_name(f->t, sv));
	doc_bullet(f->doc, 0, name, contact);
	/* A contact checked otherwise than its directory says so itself. */
	if (sv->checked.given) {
		char *checked = contact_checked(f->t, dir, sv);

		doc_bullet(f->doc, 1, SPAN_NONE, form_uif1(f, "ui.contact.line", "checked", checked));
		free(checked);
	}
	if (sv->hours)
		doc_bullet(f->doc, 1, form_ui(f, "ui.print.contacts.hours"),
			   form_ctext(f, f->t, sv->key, "hours", sv->hours));
	if (sv->notes)
		doc_bullet(f->doc, 1, SPAN_NONE, form_ctext(f, f->t, sv->key, "notes", sv->notes));
	if (sv->url)
		doc_bullet(f->doc, 1, SPAN_NONE, (struct span){ sv->url, "en" });
}

static void directory_header(struct form *f, const struct directory *dir)
{
	const char *names[] = { "region", "checked" };
	const char *values[] = { form_ctext(f, f->t, dir->id, "region", dir->region).text,
				 form_keep(f, contact_checked(f->t, dir, NULL)) };

	doc_heading(f->doc, 2, form_uif(f, "ui.print.contacts.directory", names, values, 2));
	if (dir->notice)
		doc_note(f->doc, form_ctext(f, f->t, dir->id, "notice", dir->notice));
}

static bool seen_service(const char **ids, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(ids[i], id))
			return true;
	return false;
}

/*
 * The contacts: every service the rules refer to, from the chosen region
 * where it has the service and from the default directory otherwise; then
 * the region's other services.
 */
static void contacts_part(struct form *f, const struct ruleset *const *rs, size_t n_rs)
{
	const char **ids = NULL;
	size_t n_ids = 0;
	const struct directory *dirs[] = { f->region, f->fallback };
	struct span title = form_ui(f, "ui.print.contacts.title");

	for (size_t r = 0; r < n_rs; r++)
		for (size_t o = 0; o < rs[r]->n_outcomes; o++)
			for (size_t k = 0; k < rs[r]->outcomes[o].n_refer; k++) {
				const char *id = rs[r]->outcomes[o].refer[k];
				if (seen_service(ids, n_ids, id))
					continue;
				ids = xreallocarray(ids, n_ids + 1, sizeof *ids);
				ids[n_ids++] = id;
			}
	doc_part(f->doc, title.text);
	doc_heading(f->doc, 1, title);
	for (size_t d = 0; d < 2; d++) {
		bool any = false;

		if (!dirs[d] || (d == 1 && dirs[1] == dirs[0]))
			continue;
		for (size_t i = 0; i < n_ids; i++) {
			const struct directory *where;
			const struct service *sv = form_service(f, ids[i], &where);

			if (!sv || where != dirs[d])
				continue;
			if (!any)
				directory_header(f, dirs[d]);
			any = true;
			service_entry(f, dirs[d], sv);
		}
		if (d == 0) {
			for (size_t i = 0; i < dirs[0]->n_services; i++) {
				if (seen_service(ids, n_ids, dirs[0]->services[i].id))
					continue;
				if (!any)
					directory_header(f, dirs[0]);
				any = true;
				service_entry(f, dirs[0], &dirs[0]->services[i]);
			}
		}
	}
	for (size_t i = 0; i < n_ids; i++) {
		const struct directory *where;

		if (!form_service(f, ids[i], &where))
			doc_bullet(f->doc, 0, (struct span){ ids[i], "en" },
				   form_ui(f, "ui.print.contacts.none"));
	}
	free(ids);
}

/* The checklists to print (the `first` ones first) and their rules files. */
void form_setup(struct form *f, const struct content *c,
		       const struct checklist *const *lists, size_t n,
		       const struct render_opts *o)
{
	*f = (struct form){
		.c = c,
		.o = o,
		.t = o->lang,
		.fallback = content_directory(c, DIRECTORY_DEFAULT),
	};
	f->region = o->region ? o->region : f->fallback;
	for (size_t i = 0; i < c->n_checklists; i++)
		if (c->checklists[i].first)
			add_list(f, &c->checklists[i]);
	for (size_t i = 0; i < n; i++)
		add_list(f, lists[i]);
	for (size_t i = 0; i < f->n_lists; i++) {
		const struct ruleset *r = f->lists[i]->rules;
		bool seen = false;

		for (size_t k = 0; k < f->n_rs; k++)
			seen |= f->rs[k] == r;
		if (r && !seen) {
			f->rs = xreallocarray(f->rs, f->n_rs + 1, sizeof *f->rs);
			f->rs[f->n_rs++] = r;
		}
	}
}

void form_free_kept(struct form *f)
{
	for (size_t i = 0; i < f->n_keep; i++)
		free(f->keep[i]);
	free(f->keep);
	f->keep = NULL;
	f->n_keep = 0;
}

void form_done(struct form *f)
{
	form_free_kept(f);
	tally_free(f->tally);
	free(f->lists);
	free(f->rs);
}

int form_guide_render(FILE *out, const struct content *c,
		      const struct checklist *const *lists, size_t n,
		      const struct render_opts *o)
{
	struct form f;
	int rc;

	form_setup(&f, c, lists, n, o);
	f.doc = doc_new(out, o, form_ui(&f, "ui.print.guide.title").text);
	for (size_t i = 0; i < f.n_lists; i++) {
		checklist_header(&f, f.lists[i]);
		checklist_body(&f, f.lists[i]);
	}
	for (size_t i = 0; i < f.n_rs; i++)
		rules_part(&f, f.rs[i]);
	contacts_part(&f, f.rs, f.n_rs);
	doc_note(f.doc, form_ui(&f, "ui.print.privacy"));
	rc = doc_end(f.doc);
	form_done(&f);
	return rc;
}
