/* Dependency cycles: show_if between items, `outcome:` between outcomes. */
#include <stdlib.h>
#include <string.h>

#include "depends.h"
#include "tipcheck/xalloc.h"

/* A graph of n nodes; an edge is the expression leaf that names its target. */
struct edge {
	size_t to;
	const struct expr *leaf;
};

struct graph {
	size_t n;
	struct edge **out;		/* per node */
	size_t *n_out;
	const char *const *names;	/* per node, for messages */
	const char *what;		/* "show_if", "outcome" */
	unsigned char *colour;		/* 0 new, 1 on the path, 2 done */
	size_t *path;
	size_t depth;
	struct diag_list *d;
	bool ok;
};

static void add_edge(struct graph *g, size_t from, size_t to, const struct expr *leaf)
{
	g->out[from] = xreallocarray(g->out[from], g->n_out[from] + 1, sizeof *g->out[from]);
	g->out[from][g->n_out[from]++] = (struct edge){ to, leaf };
}

/* "a -> b -> a" from the path's node at `from` to its end, then back. */
static char *chain(const struct graph *g, size_t from, size_t back_to)
{
	char *s = xstrdup("");

	for (size_t i = from; i < g->depth; i++) {
		char *t = xasprintf("%s%s -> ", s, g->names[g->path[i]]);

		free(s);
		s = t;
	}
	char *t = xasprintf("%s%s", s, g->names[back_to]);

	free(s);
	return t;
}

static void visit(struct graph *g, size_t v)
{
	g->colour[v] = 1;
	g->path[g->depth++] = v;
	for (size_t i = 0; i < g->n_out[v]; i++) {
		size_t w = g->out[v][i].to;

		if (g->colour[w] == 1) {
			size_t from = 0;
			char *c;

			while (g->path[from] != w)
				from++;
			c = chain(g, from, w);
			diag_error(g->d, g->out[v][i].leaf->pos, DIAG_REFERENCE,
				   "%s: '%s' depends on itself (%s)", g->what, g->names[w], c);
			free(c);
			g->ok = false;
		} else if (!g->colour[w]) {
			visit(g, w);
		}
	}
	g->depth--;
	g->colour[v] = 2;
}

static void graph_init(struct graph *g, size_t n, const char *const *names, const char *what,
		       struct diag_list *d)
{
	*g = (struct graph){ .n = n, .names = names, .what = what, .d = d, .ok = true };
	g->out = xcalloc(n ? n : 1, sizeof *g->out);
	g->n_out = xcalloc(n ? n : 1, sizeof *g->n_out);
	g->colour = xcalloc(n ? n : 1, 1);
	g->path = xcalloc(n ? n : 1, sizeof *g->path);
}

static bool graph_run(struct graph *g)
{
	for (size_t v = 0; v < g->n; v++)
		if (!g->colour[v])
			visit(g, v);
	for (size_t v = 0; v < g->n; v++)
		free(g->out[v]);
	free(g->out);
	free(g->n_out);
	free(g->colour);
	free(g->path);
	return g->ok;
}

/* Edges from node `from` to the items a show_if names. */
static void item_edges(struct graph *g, size_t from, const struct expr *e)
{
	if (!e)
		return;
	for (size_t i = 0; i < e->n_children; i++)
		item_edges(g, from, e->children[i]);
	if (e->item)
		add_edge(g, from, e->item->index, e);
}

static void outcome_edges(struct graph *g, const struct ruleset *r, size_t from,
			  const struct expr *e)
{
	if (!e)
		return;
	for (size_t i = 0; i < e->n_children; i++)
		outcome_edges(g, r, from, e->children[i]);
	if (e->kind == EXPR_OUTCOME && e->outcome && e->outcome->rules == r)
		add_edge(g, from, (size_t)(e->outcome - r->outcomes), e);
}

bool depends_check(const struct content *c, struct diag_list *d)
{
	struct graph g;
	const char **names = xcalloc(c->n_items ? c->n_items : 1, sizeof *names);
	bool ok;

	for (size_t i = 0; i < c->n_items; i++)
		names[i] = c->items[i]->key;
	graph_init(&g, c->n_items, names, "show_if", d);
	for (size_t i = 0; i < c->n_items; i++)
		item_edges(&g, i, c->items[i]->show_if);
	ok = graph_run(&g);
	free(names);

	for (size_t r = 0; r < c->n_rulesets; r++) {
		const struct ruleset *rs = &c->rulesets[r];

		names = xcalloc(rs->n_outcomes ? rs->n_outcomes : 1, sizeof *names);
		for (size_t i = 0; i < rs->n_outcomes; i++)
			names[i] = rs->outcomes[i].id;
		graph_init(&g, rs->n_outcomes, names, "outcome", d);
		for (size_t i = 0; i < rs->n_outcomes; i++)
			outcome_edges(&g, rs, i, rs->outcomes[i].when);
		ok &= graph_run(&g);
		free(names);
	}
	return ok;
}
