/* Signals: the schema of indicators/signals.yaml and linking items to the signals they carry. */
#include <stdlib.h>
#include <string.h>

#include "content_index.h"
#include "signals.h"
#include "tipcheck/xalloc.h"
#include "tipcheck/yamltree.h"

/* words: a mapping of language code to a list of words. */
static bool p_words(struct schema_ctx *x, const struct ynode *v, void *obj, const struct field *f)
{
	struct signal *sg = obj;
	bool ok = true;

	if (v->type != YNODE_MAPPING) {
		schema_error(x, v->pos, DIAG_TYPE, "expected a mapping of language code to a list "
			     "of words, not %s", ynode_type_name(v));
		return false;
	}
	sg->words = xcalloc(v->len ? v->len : 1, sizeof *sg->words);
	for (size_t i = 0; i < v->len; i++) {
		const struct ynode *k = ymap_key(v, i), *list = ymap_value(v, i);
		struct signal_words *w = &sg->words[sg->n_words];
		static const struct field words_field = { "words", schema_strlist, F_REQUIRED,
			offsetof(struct signal_words, words), offsetof(struct signal_words, n_words),
			NULL };

		if (!schema_lang_valid(k->str)) {
			schema_error(x, k->pos, DIAG_VALUE, "'%s' is not a language code (expected "
				     "a code such as en, es, pt-BR)", k->str);
			ok = false;
			continue;
		}
		w->lang = xstrdup(k->str);
		w->pos = k->pos;
		sg->n_words++;
		if (!schema_strlist(x, list, w, &words_field)) {
			ok = false;
			continue;
		}
		for (size_t j = 0; j < w->n_words; j++) {
			if (!*w->words[j]) {
				schema_error(x, list->v[j]->pos, DIAG_VALUE, "a word must not be empty");
				ok = false;
			}
		}
	}
	return ok;
}

static const struct field signal_fields[] = {
	{ "id", schema_id, F_REQUIRED, offsetof(struct signal, id), 0, NULL },
	{ "title", schema_str, F_REQUIRED, offsetof(struct signal, title), 0, NULL },
	{ "description", schema_str, F_REQUIRED, offsetof(struct signal, description), 0, NULL },
	{ "words", p_words, 0, 0, 0, NULL },
};
OBJTYPE(signal_type, "signal", struct signal, signal_fields, NULL);

static bool check_signals_file(struct schema_ctx *x, const struct ynode *map, void *obj)
{
	const struct signals_file *sf = obj;
	bool ok = true;

	for (size_t i = 0; i < sf->n_signals; i++)
		for (size_t k = 0; k < i; k++)
			if (!strcmp(sf->signals[i].id, sf->signals[k].id)) {
				schema_error(x, sf->signals[i].pos, DIAG_DUPLICATE, "duplicate signal "
					     "id '%s' (first at line %u)", sf->signals[i].id,
					     sf->signals[k].pos.line);
				ok = false;
				break;
			}
	return ok;
}

static const struct field signals_file_fields[] = {
	{ "schema", schema_version, F_REQUIRED, 0, 0, NULL },
	{ "signals", schema_objlist, F_REQUIRED, offsetof(struct signals_file, signals),
	  offsetof(struct signals_file, n_signals), &signal_type },
};

const struct objtype signals_file_type = {
	"signals file", sizeof(struct signals_file), signals_file_fields,
	COUNT(signals_file_fields), false, 0, check_signals_file
};

void signals_file_clear(void *p)
{
	struct signals_file *sf = p;

	for (size_t i = 0; i < sf->n_signals; i++)
		content_signal_clear(&sf->signals[i]);
	free(sf->signals);
}

static void add_item(struct signal *sg, const struct item *it)
{
	sg->items = xreallocarray(sg->items, sg->n_items + 1, sizeof *sg->items);
	sg->items[sg->n_items++] = it;
}

static void link_item(struct content *c, struct item *it, struct refpos_map *refs,
		      bool signals_failed, struct diag_list *d)
{
	if (!it->n_signal_ids)
		return;
	it->signals = xcalloc(it->n_signal_ids, sizeof *it->signals);
	for (size_t k = 0; k < it->n_signal_ids; k++) {
		const char *id = it->signal_ids[k];
		struct signal *sg = NULL;

		for (size_t i = 0; i < c->n_signals; i++)
			if (!strcmp(c->signals[i].id, id))
				sg = &c->signals[i];
		for (size_t j = 0; j < k && sg; j++)
			if (it->signals[j] == sg) {
				diag_error(d, refpos_find(refs, id, it->pos), DIAG_DUPLICATE,
					   "signals: '%s' is listed twice on item '%s'", id, it->key);
				sg = NULL;
			}
		if (!sg && !content_signal(c, id) && !signals_failed)
			diag_error(d, refpos_find(refs, id, it->pos), DIAG_REFERENCE,
				   "signals: no signal '%s' in indicators/signals.yaml (item '%s')",
				   id, it->key);
		if (!sg)
			continue;
		it->signals[k] = sg;
		add_item(sg, it);
	}
}

void signals_link(struct content *c, struct refpos_map *refs, bool signals_failed,
		  struct diag_list *d)
{
	for (size_t i = 0; i < c->n_signals; i++) {
		c->signals[i].index = i;
		c->signals[i].key = xjoin("signals", '.', c->signals[i].id);
	}
	/* Checklists, sections and items in content order: so are each
	 * signal's items. */
	for (size_t l = 0; l < c->n_checklists; l++)
		for (size_t s = 0; s < c->checklists[l].n_sections; s++)
			for (size_t i = 0; i < c->checklists[l].sections[s].n_items; i++)
				link_item(c, &c->checklists[l].sections[s].items[i], refs,
					  signals_failed, d);
}
