/* The result summary: an explanation's blocks written through the document writer (doc.h). */
#include "tipcheck/doc.h"
#include "tipcheck/summary.h"

static struct span span(struct explain_text t)
{
	return (struct span){ t.text, t.lang };
}

static void block(struct doc *d, const struct explain_block *b, bool first)
{
	switch (b->shape) {
	case EXPLAIN_H1:
		/* A part of its own: a new page on paper. */
		if (!first)
			doc_part(d, b->text.text);
		doc_heading(d, 1, span(b->text));
		break;
	case EXPLAIN_H2:
		doc_heading(d, 2, span(b->text));
		break;
	case EXPLAIN_PARA:
		doc_para(d, span(b->label), span(b->text));
		break;
	case EXPLAIN_NOTED:
		doc_note(d, span(b->text));
		break;
	case EXPLAIN_ITEM:
		doc_bullet(d, b->depth, span(b->label), span(b->text));
		break;
	case EXPLAIN_SUB:
	case EXPLAIN_SHAPE_COUNT:
		doc_detail(d, b->depth, span(b->text));
		break;
	}
}

bool summary_render(FILE *out, const struct render_opts *opts, const struct explanation *x)
{
	struct doc *d;

	if (opts->format >= FORMAT_COUNT)
		return false;
	d = doc_new(out, opts, x->n_blocks ? x->blocks[0].text.text : "");
	for (size_t i = 0; i < x->n_blocks; i++)
		block(d, &x->blocks[i], i == 0);
	return doc_end(d) == 0;
}

int summary_render_to(FILE *out, enum render_format format, const void *arg)
{
	const struct summary_doc *s = arg;
	struct render_opts o = *s->opts;

	o.format = format;
	return summary_render(out, &o, s->x) ? 0 : -1;
}
