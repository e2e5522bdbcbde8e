/* Answers written as YAML (tipcheck assess): item keys found through the content's index. */
#include <stdlib.h>
#include <string.h>

#include "tipcheck/answers.h"
#include "tipcheck/privacy.h"
#include "tipcheck/suggest.h"
#include "tipcheck/xalloc.h"
#include "tipcheck/yamltree.h"

#define ANSWER_WORDS "yes, no, unknown, not-asked"

/* The answers being read, and what resolves their keys. */
struct reader {
	const struct content *c;
	const struct checklist *const *lists;
	size_t n_lists;
	enum answer *answers;		/* private copy until all is read */
	unsigned *seen_line;		/* by item->index: line of the first answer */
	struct diag_list *diags;
};

static bool in_interview(const struct reader *r, const struct checklist *cl)
{
	for (size_t l = 0; l < r->n_lists; l++)
		if (r->lists[l] == cl)
			return true;
	return false;
}

/* "LIST.ID" looked up in the content's index. */
static const struct item *item_in(const struct reader *r, const struct checklist *cl,
				  const char *id)
{
	char *key = xasprintf("%s.%s", cl->id, id);
	const struct item *it = content_item(r->c, key, NULL);

	free(key);
	return it;
}

static char *list_ids(const struct reader *r)
{
	size_t len = 1;
	char *s;

	for (size_t i = 0; i < r->n_lists; i++)
		len += strlen(r->lists[i]->id) + 2;
	s = xcalloc(len, 1);
	for (size_t i = 0; i < r->n_lists; i++) {
		if (i)
			strcat(s, ", ");
		strcat(s, r->lists[i]->id);
	}
	return s;
}

/* The item of the interview whose key (for a qualified key) or id (for a
 * bare one) is closest to key; NULL when none is close. */
static const char *closest_item(const struct reader *r, const char *key)
{
	bool qualified = strchr(key, '.') != NULL;
	struct suggest s;

	suggest_init(&s, key);
	for (size_t l = 0; l < r->n_lists; l++)
		for (size_t k = 0; k < r->lists[l]->n_sections; k++) {
			const struct section *sec = &r->lists[l]->sections[k];

			for (size_t i = 0; i < sec->n_items; i++)
				suggest_add(&s, qualified ? sec->items[i].key : sec->items[i].id);
		}
	return suggest_best(&s);
}

static void unknown_item(struct reader *r, const char *key, struct pos p)
{
	const char *near = closest_item(r, key);
	char *ids = list_ids(r);

	if (near)
		diag_error(r->diags, p, DIAG_REFERENCE,
			   "unknown item '%s' (not in the checklists of this interview: %s); "
			   "did you mean '%s'?", key, ids, near);
	else
		diag_error(r->diags, p, DIAG_REFERENCE,
			   "unknown item '%s' (not in the checklists of this interview: %s)",
			   key, ids);
	free(ids);
}

/* "CHECKLIST.ITEM" of the interview, or a bare item id that exactly one
 * checklist of the interview has. Adds an error and returns NULL
 * otherwise. */
static const struct item *resolve(struct reader *r, const char *key, struct pos p)
{
	const struct item *found = NULL;
	const struct checklist *in[2] = { NULL, NULL };
	size_t n = 0;

	if (strchr(key, '.')) {
		found = content_item(r->c, key, NULL);
		if (found && !in_interview(r, found->checklist))
			found = NULL;
	} else {
		for (size_t l = 0; l < r->n_lists; l++) {
			const struct item *it = item_in(r, r->lists[l], key);

			if (it) {
				if (n < 2)
					in[n] = r->lists[l];
				n++;
				found = it;
			}
		}
		if (n > 1) {
			diag_error(r->diags, p, DIAG_REFERENCE,
				   "item '%s' is in more than one checklist (%s, %s%s); "
				   "write it as CHECKLIST.%s", key, in[0]->id, in[1]->id,
				   n > 2 ? ", ..." : "", key);
			return NULL;
		}
	}
	if (!found)
		unknown_item(r, key, p);
	return found;
}

static void bad_answer(struct reader *r, const struct ynode *key, const struct ynode *val)
{
	struct suggest s;
	const char *near;

	suggest_init(&s, val->str);
	for (int a = 0; a < ANSWER_COUNT; a++)
		suggest_add(&s, answer_to_str((enum answer)a));
	near = suggest_best(&s);
	if (near)
		diag_error(r->diags, val->pos, DIAG_VALUE,
			   "invalid answer '%s' for '%s' (expected one of: " ANSWER_WORDS
			   "); did you mean '%s'?", val->str, key->str, near);
	else
		diag_error(r->diags, val->pos, DIAG_VALUE,
			   "invalid answer '%s' for '%s' (expected one of: " ANSWER_WORDS ")",
			   val->str, key->str);
}

static void answer_pair(struct reader *r, const struct ynode *key, const struct ynode *val)
{
	const struct item *it = resolve(r, key->str, key->pos);
	enum answer a;

	if (val->type != YNODE_SCALAR) {
		diag_error(r->diags, val->pos, DIAG_TYPE,
			   "expected an answer for '%s' (one of: " ANSWER_WORDS "), not %s",
			   key->str, ynode_type_name(val));
		return;
	}
	if (!answer_from_str(val->str, &a)) {
		bad_answer(r, key, val);
		return;
	}
	if (!it)
		return;
	if (r->seen_line[it->index]) {
		diag_error(r->diags, key->pos, DIAG_DUPLICATE,
			   "duplicate answer for '%s' (first given on line %u)",
			   it->key, r->seen_line[it->index]);
		return;
	}
	r->seen_line[it->index] = key->pos.line;
	r->answers[it->index] = a;
}

bool answers_read(const struct content *c, const struct checklist *const *lists,
		  size_t n_lists, const char *text, size_t len, const char *name,
		  enum answer *answers, struct diag_list *diags)
{
	size_t n = c->n_items ? c->n_items : 1;
	struct reader r = { c, lists, n_lists, NULL, NULL, diags };
	size_t errors = diags->n_errors;
	struct ytree *tree = ytree_parse(text, len, name, diags);
	bool ok;

	if (!tree)
		return false;
	r.answers = xcalloc(n, sizeof *r.answers);
	r.seen_line = xcalloc(n, sizeof *r.seen_line);
	memcpy(r.answers, answers, c->n_items * sizeof *answers);
	if (tree->root->type != YNODE_MAPPING) {
		diag_error(diags, tree->root->pos, DIAG_TYPE,
			   "expected a mapping of item: answer (" ANSWER_WORDS "), not %s",
			   ynode_type_name(tree->root));
	} else {
		for (size_t i = 0; i < tree->root->len; i++)
			answer_pair(&r, ymap_key(tree->root, i), ymap_value(tree->root, i));
	}
	ok = diags->n_errors == errors;
	if (ok)
		memcpy(answers, r.answers, c->n_items * sizeof *answers);
	privacy_wipe(r.answers, n * sizeof *r.answers);
	privacy_wipe(r.seen_line, n * sizeof *r.seen_line);
	free(r.answers);
	free(r.seen_line);
	ytree_free(tree);
	return ok;
}
