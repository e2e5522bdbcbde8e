/* Which items of an interview are shown, kept up to date as answers change. */
#include <stdlib.h>

#include "rulestate.h"
#include "shown.h"
#include "tipcheck/xalloc.h"

#define NOT_OURS ((size_t)-1)

struct shown {
	const struct content *c;
	const enum answer *answers;
	const struct item **items;	/* the interview's items, in order */
	size_t n;
	size_t *sec_first;		/* by section: the position of its first item */
	size_t *pos;			/* by item->index: position, or NOT_OURS */
	/* By item->index: the interview's items whose show_if names it. */
	size_t *dep_first;		/* c->n_items + 1 */
	size_t *deps;			/* positions */
	bool *vis;			/* by position */
	size_t *tree;			/* Fenwick tree of vis, 1-based */
	size_t *todo;			/* positions to look at after a change */
};

/* Calls add(sh, pos, ref) for each item the show_if e names. */
static void each_ref(struct shown *sh, size_t pos, const struct expr *e,
		     void (*add)(struct shown *, size_t, const struct item *))
{
	if (!e)
		return;
	if (e->item && (e->kind == EXPR_ITEM || e->kind == EXPR_ANSWERED ||
			e->kind == EXPR_UNKNOWN))
		add(sh, pos, e->item);
	for (size_t i = 0; i < e->n_children; i++)
		each_ref(sh, pos, e->children[i], add);
}

static void count_dep(struct shown *sh, size_t pos, const struct item *ref)
{
	(void)pos;
	sh->dep_first[ref->index + 1]++;
}

static void fill_dep(struct shown *sh, size_t pos, const struct item *ref)
{
	/* dep_first[index] is the next free slot while filling. */
	sh->deps[sh->dep_first[ref->index]++] = pos;
}

static void tree_add(struct shown *sh, size_t pos, int delta)
{
	for (size_t i = pos + 1; i <= sh->n; i += i & (~i + 1))
		sh->tree[i] += (size_t)delta;
}

void shown_reset(struct shown *sh)
{
	for (size_t i = 0; i <= sh->n; i++)
		sh->tree[i] = 0;
	for (size_t p = 0; p < sh->n; p++) {
		size_t up;

		sh->vis[p] = rulestate_visible(sh->items[p], sh->answers);
		sh->tree[p + 1] += sh->vis[p];
		up = (p + 1) + ((p + 1) & (~(p + 1) + 1));
		if (up <= sh->n)
			sh->tree[up] += sh->tree[p + 1];
	}
}

struct shown *shown_new(const struct content *c, const struct section *const *sections,
			size_t n_sections, const enum answer *answers)
{
	struct shown *sh = xcalloc(1, sizeof *sh);
	size_t n = 0, n_deps;

	sh->c = c;
	sh->answers = answers;
	sh->sec_first = xcalloc(n_sections + 1, sizeof *sh->sec_first);
	for (size_t k = 0; k < n_sections; k++) {
		sh->sec_first[k] = n;
		n += sections[k]->n_items;
	}
	sh->sec_first[n_sections] = n;
	sh->n = n;
	sh->items = xcalloc(n + 1, sizeof *sh->items);
	sh->pos = xcalloc(c->n_items + 1, sizeof *sh->pos);
	for (size_t i = 0; i < c->n_items; i++)
		sh->pos[i] = NOT_OURS;
	n = 0;
	for (size_t k = 0; k < n_sections; k++)
		for (size_t i = 0; i < sections[k]->n_items; i++) {
			sh->items[n] = &sections[k]->items[i];
			sh->pos[sh->items[n]->index] = n;
			n++;
		}
	sh->dep_first = xcalloc(c->n_items + 2, sizeof *sh->dep_first);
	for (size_t p = 0; p < sh->n; p++)
		each_ref(sh, p, sh->items[p]->show_if, count_dep);
	for (size_t i = 0; i < c->n_items; i++)
		sh->dep_first[i + 1] += sh->dep_first[i];
	n_deps = sh->dep_first[c->n_items];
	sh->deps = xcalloc(n_deps + 1, sizeof *sh->deps);
	for (size_t p = 0; p < sh->n; p++)
		each_ref(sh, p, sh->items[p]->show_if, fill_dep);
	/* Filling moved each start to the next one's: move them back. */
	for (size_t i = c->n_items; i > 0; i--)
		sh->dep_first[i] = sh->dep_first[i - 1];
	sh->dep_first[0] = 0;
	sh->vis = xcalloc(sh->n + 1, sizeof *sh->vis);
	sh->tree = xcalloc(sh->n + 1, sizeof *sh->tree);
	sh->todo = xcalloc(sh->n + 1, sizeof *sh->todo);
	shown_reset(sh);
	return sh;
}

void shown_free(struct shown *sh)
{
	if (!sh)
		return;
	free(sh->sec_first);
	free(sh->items);
	free(sh->pos);
	free(sh->dep_first);
	free(sh->deps);
	free(sh->vis);
	free(sh->tree);
	free(sh->todo);
	free(sh);
}

/* Each item is queued only when its visibility flips, which a change can
 * do once (visibility is a function of the answers), so todo never holds
 * more than every position. */
void shown_changed(struct shown *sh, const struct item *it)
{
	size_t n_todo = 0;
	size_t from = it->index;

	for (;;) {
		for (size_t d = sh->dep_first[from]; d < sh->dep_first[from + 1]; d++) {
			size_t p = sh->deps[d];
			bool v = rulestate_visible(sh->items[p], sh->answers);

			if (v == sh->vis[p])
				continue;
			sh->vis[p] = v;
			tree_add(sh, p, v ? 1 : -1);
			sh->todo[n_todo++] = p;
		}
		if (!n_todo)
			return;
		from = sh->items[sh->todo[--n_todo]]->index;
	}
}

/* The shown items among the first end positions. */
static size_t prefix(const struct shown *sh, size_t end)
{
	size_t sum = 0;

	for (size_t k = end; k > 0; k -= k & (~k + 1))
		sum += sh->tree[k];
	return sum;
}

size_t shown_total(const struct shown *sh)
{
	return prefix(sh, sh->n);
}

size_t shown_before(const struct shown *sh, size_t sec, size_t i)
{
	return prefix(sh, sh->sec_first[sec] + i);
}
