/* "Did you mean": the closest known word to a mistyped one, by edit distance. */
#include <stdint.h>
#include <string.h>

#include "tipcheck/suggest.h"

static size_t min3(size_t a, size_t b, size_t c)
{
	size_t m = a < b ? a : b;

	return m < c ? m : c;
}

/* Optimal string alignment distance over three rows of the usual table
 * (the row before last is needed for swaps). */
size_t suggest_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t rows[3][SUGGEST_MAX_LEN + 1];
	size_t *pp = rows[0], *prev = rows[1], *cur = rows[2], *t;

	if (la > SUGGEST_MAX_LEN || lb > SUGGEST_MAX_LEN)
		return SIZE_MAX;
	for (size_t j = 0; j <= lb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= la; i++) {
		cur[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cost = a[i - 1] != b[j - 1];

			cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]
			    && pp[j - 2] + 1 < cur[j])
				cur[j] = pp[j - 2] + 1;
		}
		t = pp;
		pp = prev;
		prev = cur;
		cur = t;
	}
	return prev[lb];
}

void suggest_init(struct suggest *s, const char *word)
{
	s->word = word;
	s->best = NULL;
	s->best_distance = SIZE_MAX;
}

void suggest_add(struct suggest *s, const char *candidate)
{
	size_t d;

	if (!candidate || !s->word)
		return;
	d = suggest_distance(s->word, candidate);
	if (d < s->best_distance) {
		s->best = candidate;
		s->best_distance = d;
	}
}

/* How many edits still read as a slip of the fingers, by length. */
static size_t tolerance(size_t len)
{
	return len <= 4 ? 1 : len <= 8 ? 2 : 3;
}

const char *suggest_best(const struct suggest *s)
{
	size_t len;

	if (!s->best || s->best_distance == 0)
		return NULL;
	len = strlen(s->word);
	/* A word of n edits from a candidate of n bytes has nothing in common. */
	if (s->best_distance >= strlen(s->best) || s->best_distance >= len)
		return NULL;
	return s->best_distance <= tolerance(len) ? s->best : NULL;
}
