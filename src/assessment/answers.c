/* Answers written as YAML (tipcheck assess): item ids resolved against the chosen checklists. */
#include <stdlib.h>
#include <string.h>

#include "tipcheck/answers.h"
#include "tipcheck/xalloc.h"
#include "tipcheck/yamltree.h"

/* The answers being read, and what resolves their keys. */
struct reader {
	const struct checklist *const *lists;
	size_t n_lists;
	enum answer *answers;
	unsigned *seen_line;		/* by item->index: line of the first answer */
	struct diag_list *diags;
};

static const struct item *find_in(const struct checklist *cl, const char *id)
{
	for (size_t s = 0; s < cl->n_sections; s++)
		for (size_t i = 0; i < cl->sections[s].n_items; i++)
			if (!strcmp(cl->sections[s].items[i].id, id))
				return &cl->sections[s].items[i];
	return NULL;
}

static char *list_ids(const struct checklist *const *lists, size_t n)
{
	size_t len = 1;
	char *s;

	for (size_t i = 0; i < n; i++)
		len += strlen(lists[i]->id) + 2;
	s = xcalloc(len, 1);
	for (size_t i = 0; i < n; i++) {
		if (i)
			strcat(s, ", ");
		strcat(s, lists[i]->id);
	}
	return s;
}

/* "CHECKLIST.ITEM", or a bare item id found in exactly one checklist of
 * the interview. Adds an error and returns NULL otherwise. */
static const struct item *resolve(struct reader *r, const char *key, struct pos p)
{
	const char *dot = strchr(key, '.');
	const struct item *found = NULL;
	char *ids;

	if (dot) {
		for (size_t l = 0; l < r->n_lists; l++)
			if (strlen(r->lists[l]->id) == (size_t)(dot - key)
			    && !strncmp(r->lists[l]->id, key, (size_t)(dot - key)))
				found = find_in(r->lists[l], dot + 1);
	} else {
		size_t n = 0;
		const struct checklist *in[2] = { NULL, NULL };

		for (size_t l = 0; l < r->n_lists; l++) {
			const struct item *it = find_in(r->lists[l], key);

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
	if (!found) {
		ids = list_ids(r->lists, r->n_lists);
		diag_error(r->diags, p, DIAG_REFERENCE,
			   "unknown item '%s' (not in the checklists of this interview: %s)",
			   key, ids);
		free(ids);
	}
	return found;
}

static void answer_pair(struct reader *r, const struct ynode *key, const struct ynode *val)
{
	const struct item *it = resolve(r, key->str, key->pos);
	enum answer a;

	if (val->type != YNODE_SCALAR) {
		diag_error(r->diags, val->pos, DIAG_TYPE,
			   "expected an answer for '%s' (one of: yes, no, unknown, not-asked), "
			   "not %s", key->str, ynode_type_name(val));
		return;
	}
	if (!answer_from_str(val->str, &a)) {
		diag_error(r->diags, val->pos, DIAG_VALUE,
			   "invalid answer '%s' for '%s' (expected one of: yes, no, unknown, "
			   "not-asked)", val->str, key->str);
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

bool answers_read(const struct content *c, const struct checklist *const *lists, size_t n,
		  const char *buf, size_t len, const char *file, enum answer *answers,
		  struct diag_list *d)
{
	struct reader r = { lists, n, answers, NULL, d };
	size_t errors_before = d->n_errors;
	struct ytree *tree = ytree_parse(buf, len, file, d);
	const struct ynode *root;

	if (!tree)
		return false;
	r.seen_line = xcalloc(c->n_items ? c->n_items : 1, sizeof *r.seen_line);
	root = tree->root;
	if (root->type != YNODE_MAPPING) {
		diag_error(d, root->pos, DIAG_TYPE,
			   "expected a mapping of item: answer (yes, no, unknown, not-asked), "
			   "not %s", ynode_type_name(root));
	} else {
		for (size_t i = 0; i < root->len; i++)
			answer_pair(&r, ymap_key(root, i), ymap_value(root, i));
	}
	free(r.seen_line);
	ytree_free(tree);
	return d->n_errors == errors_before;
}
