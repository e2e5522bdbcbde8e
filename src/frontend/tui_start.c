/* Start screen: languages, region, situation and checklists, skipping what the command line gave. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "tipcheck/catalog.h"
#include "tipcheck/situation.h"
#include "tui.h"
#include "tui_draw.h"
#include "tipcheck/xalloc.h"

static const struct tui_binding start_keys[] = {
	{ TUI_FN(KEY_UP), ACT_UP, "ui.tui.action.up", SHOW_HELP },
	{ 'k', ACT_UP, "ui.tui.action.up", SHOW_HELP },
	{ TUI_FN(KEY_DOWN), ACT_DOWN, "ui.tui.action.down", SHOW_HELP },
	{ 'j', ACT_DOWN, "ui.tui.action.down", SHOW_HELP },
	{ TUI_FN(KEY_HOME), ACT_HOME, "ui.tui.action.first", SHOW_HELP },
	{ 't', ACT_HOME, "ui.tui.action.first", SHOW_HELP },
	{ TUI_FN(KEY_END), ACT_END, "ui.tui.action.last", SHOW_HELP },
	{ 'e', ACT_END, "ui.tui.action.last", SHOW_HELP },
	{ '\r', ACT_SELECT, "ui.tui.action.choose", SHOW_BAR },
	{ '\n', ACT_SELECT, "ui.tui.action.choose", SHOW_HELP },
	{ TUI_FN(KEY_ENTER), ACT_SELECT, "ui.tui.action.choose", SHOW_HELP },
	{ TUI_FN(KEY_RIGHT), ACT_SELECT, "ui.tui.action.choose", SHOW_HELP },
	{ ' ', ACT_TOGGLE, "ui.tui.action.mark", SHOW_BAR },
	{ TUI_FN(KEY_BACKSPACE), ACT_BACK, "ui.tui.action.back", SHOW_BAR },
	{ 127, ACT_BACK, "ui.tui.action.back", SHOW_HELP },
	{ TUI_FN(KEY_LEFT), ACT_BACK, "ui.tui.action.back", SHOW_HELP },
	{ TUI_ESC, ACT_BACK, "ui.tui.action.back", SHOW_HELP },
	{ 'q', ACT_QUIT, "ui.tui.action.quit", SHOW_BAR },
};

static const char *const situation_keys[SITUATION_COUNT] = {
	[SITUATION_ADULT] = "ui.tui.situation.adult",
	[SITUATION_CHILD] = "ui.tui.situation.child",
	[SITUATION_UNSURE] = "ui.tui.situation.unsure",
};

static const char *const step_keys[START_STEP_COUNT] = {
	[START_WORKER_LANG] = "ui.tui.start.worker-lang",
	[START_ASK_LANG] = "ui.tui.start.ask-lang",
	[START_REGION] = "ui.tui.start.region",
	[START_SITUATION] = "ui.tui.start.situation",
	[START_LISTS] = "ui.tui.start.lists",
};

/* Whether catalog i is offered at a language step: the worker's language
 * is one of a whole interface, the person's any (catalog.h: tr_init). */
static bool lang_offered(const struct content *c, enum tui_start_step step, size_t i)
{
	return step == START_ASK_LANG || c->catalogs[i].scope == CATALOG_FULL;
}

static size_t n_langs(const struct content *c, enum tui_start_step step)
{
	size_t n = 0;

	for (size_t i = 0; i < c->n_catalogs; i++)
		n += lang_offered(c, step, i);
	return n;
}

/* The catalog of option `option` at a language step. */
static size_t lang_catalog(const struct content *c, enum tui_start_step step, size_t option)
{
	for (size_t i = 0; i < c->n_catalogs; i++)
		if (lang_offered(c, step, i) && option-- == 0)
			return i;
	return 0;
}

static bool step_needed(const struct tui *t, enum tui_start_step step)
{
	const struct interview_setup *s = t->setup;

	switch (step) {
	case START_WORKER_LANG: return !s->lang_given && n_langs(t->content, step) > 1;
	case START_ASK_LANG: return !s->ask_lang_given && n_langs(t->content, step) > 1;
	case START_REGION: return !s->region_given && t->content->n_directories > 1;
	case START_SITUATION:
	case START_LISTS: return s->n_lists == 0;
	default: return false;
	}
}

bool tui_start_lang_step(const struct tui *t)
{
	return step_needed(t, START_WORKER_LANG) || step_needed(t, START_ASK_LANG);
}

bool tui_whole_content(struct tui *t)
{
	const struct interview_setup *s = t->setup;

	t->partial = false;
	if (!s->whole_content(s->whole_lang_ctx)) {
		t->failed = true;
		return false;
	}
	free(t->marked);
	t->marked = xcalloc(t->content->n_checklists ? t->content->n_checklists : 1,
			    sizeof *t->marked);
	return true;
}

/* Checklists offered for the situation (indexes into content), in
 * content order; `first` ones are always asked and not offered. Returns
 * a new array (free()) and its length in *n. */
static size_t *candidates(const struct tui *t, size_t *n)
{
	const struct content *c = t->content;
	size_t *v = xcalloc(c->n_checklists ? c->n_checklists : 1, sizeof *v);

	*n = 0;
	for (size_t i = 0; i < c->n_checklists; i++)
		if (!c->checklists[i].first &&
		    situation_fits(t->situation, c->checklists[i].audience))
			v[(*n)++] = i;
	return v;
}

static size_t n_options(const struct tui *t, enum tui_start_step step)
{
	size_t n;

	switch (step) {
	case START_WORKER_LANG:
	case START_ASK_LANG: return n_langs(t->content, step);
	case START_REGION: return t->content->n_directories;
	case START_SITUATION: return SITUATION_COUNT;
	case START_LISTS: free(candidates(t, &n)); return n;
	default: return 0;
	}
}

/* Where the cursor starts: the choice in force (the command line's
 * default, or the one made earlier in this process). */
static size_t current_choice(const struct tui *t, enum tui_start_step step)
{
	const struct content *c = t->content;

	switch (step) {
	case START_WORKER_LANG:
	case START_ASK_LANG: {
		const struct tr *tr = step == START_WORKER_LANG ? &t->lang : &t->ask_lang;
		for (size_t o = 0, n = n_langs(c, step); o < n; o++)
			if (!strcmp(c->catalogs[lang_catalog(c, step, o)].lang, tr_lang(tr)))
				return o;
		return 0;
	}
	case START_REGION:
		for (size_t i = 0; i < c->n_directories; i++)
			if (t->region ? &c->directories[i] == t->region
				      : !strcmp(c->directories[i].id, DIRECTORY_DEFAULT))
				return i;
		return 0;
	case START_SITUATION:
		return (size_t)t->situation;
	default:
		return t->cursor[step];
	}
}

static void enter_step(struct tui *t, enum tui_start_step step)
{
	size_t n = n_options(t, step);

	t->step = step;
	t->cursor[step] = current_choice(t, step);
	if (t->cursor[step] >= n)
		t->cursor[step] = 0;
}

static void finish(struct tui *t)
{
	const struct interview_setup *s = t->setup;
	size_t n, *cand;

	free(t->lists);
	if (s->n_lists > 0) {
		t->lists = xcalloc(s->n_lists, sizeof *t->lists);
		memcpy(t->lists, s->lists, s->n_lists * sizeof *t->lists);
		t->n_lists = s->n_lists;
	} else {
		/* The marked ones and the highlighted one, in content order. */
		cand = candidates(t, &n);
		t->lists = xcalloc(n ? n : 1, sizeof *t->lists);
		t->n_lists = 0;
		for (size_t i = 0; i < n; i++)
			if (t->marked[cand[i]] || i == t->cursor[START_LISTS])
				t->lists[t->n_lists++] = &t->content->checklists[cand[i]];
		free(cand);
	}
	tui_begin_interview(t);
}

/* Moves to the next needed step after `from`, or starts the interview. */
static void advance(struct tui *t, int from)
{
	for (int s = from + 1; s < START_STEP_COUNT; s++)
		if (step_needed(t, (enum tui_start_step)s)) {
			enter_step(t, (enum tui_start_step)s);
			return;
		}
	finish(t);
}

/* Every interview starts from a clean menu: nothing of the last person
 * (their situation, the checklists marked or highlighted) carries over;
 * the worker's own choices (languages, region) stay. */
static void start_enter(struct tui *t)
{
	memset(t->marked, 0, t->content->n_checklists * sizeof *t->marked);
	t->cursor[START_SITUATION] = 0;
	t->cursor[START_LISTS] = 0;
	t->situation = t->setup->situation;
	advance(t, -1);
}

/* Children first: for a child, or when the age is not sure, the
 * checklists written for children start marked (the worker may unmark
 * them). */
static void premark(struct tui *t)
{
	const struct content *c = t->content;

	for (size_t i = 0; i < c->n_checklists; i++)
		if (c->checklists[i].audience == AUDIENCE_CHILD)
			t->marked[i] = t->situation != SITUATION_ADULT;
}

/* Whether lang's translation is whole (read now when only its head was). */
static bool whole_lang(struct tui *t, const char *lang)
{
	const struct interview_setup *s = t->setup;

	return !s->whole_lang || s->whole_lang(s->whole_lang_ctx, lang);
}

static enum tui_reaction choose(struct tui *t)
{
	const struct content *c = t->content;
	size_t i = t->cursor[t->step];

	if (t->step == START_WORKER_LANG || t->step == START_ASK_LANG) {
		i = lang_catalog(c, t->step, i);
		if (!whole_lang(t, c->catalogs[i].lang)) {
			t->failed = true;
			return TUI_QUIT;
		}
	}
	switch (t->step) {
	case START_WORKER_LANG:
		tr_init(&t->lang, c, c->catalogs[i].lang);
		/* The person's language follows until chosen separately. */
		if (!t->setup->ask_lang_given)
			tr_init(&t->ask_lang, c, c->catalogs[i].lang);
		break;
	case START_ASK_LANG:
		tr_init_person(&t->ask_lang, c, c->catalogs[i].lang);
		break;
	case START_REGION:
		t->region = &c->directories[i];
		break;
	case START_SITUATION:
		t->situation = (enum situation)i;
		premark(t);
		break;
	default:
		break;
	}
	/* Past the languages: the rest of the content, before the next step
	 * is looked at. */
	if (t->partial && (t->step == START_ASK_LANG || !step_needed(t, START_ASK_LANG)) &&
	    !tui_whole_content(t))
		return TUI_QUIT;
	advance(t, (int)t->step);
	return TUI_CONTINUE;
}

static enum tui_reaction start_act(struct tui *t, enum tui_action a, int key)
{
	size_t n = n_options(t, t->step);
	size_t *cur = &t->cursor[t->step];

	(void)key;
	switch (a) {
	case ACT_UP: if (*cur > 0) (*cur)--; break;
	case ACT_DOWN: if (*cur + 1 < n) (*cur)++; break;
	case ACT_HOME: *cur = 0; break;
	case ACT_END: *cur = n ? n - 1 : 0; break;
	case ACT_SELECT:
		if (n > 0 || t->step == START_LISTS)
			return choose(t);
		break;
	case ACT_TOGGLE:
		if (t->step == START_LISTS && n > 0) {
			size_t nc, *cand = candidates(t, &nc);
			t->marked[cand[*cur]] = !t->marked[cand[*cur]];
			free(cand);
		}
		break;
	case ACT_BACK:
		for (int s = (int)t->step - 1; s >= 0; s--)
			if (step_needed(t, (enum tui_start_step)s)) {
				enter_step(t, (enum tui_start_step)s);
				break;
			}
		break;
	case ACT_QUIT:
		return TUI_QUIT;
	default:
		break;
	}
	return TUI_CONTINUE;
}

/* The label of option i of the current step: borrowed, or made in buf. */
static const char *option_label(const struct tui *t, size_t i, const size_t *cand,
				char *buf, size_t size)
{
	const struct content *c = t->content;

	switch (t->step) {
	case START_WORKER_LANG:
	case START_ASK_LANG:
		i = lang_catalog(c, t->step, i);
		/* A draft is marked where it is chosen, not only once in use. */
		snprintf(buf, size, "%s (%s)%s%s", c->catalogs[i].name, c->catalogs[i].lang,
			 c->catalogs[i].status == TRANSLATION_DRAFT ? " " : "",
			 c->catalogs[i].status == TRANSLATION_DRAFT ?
			 tr_ui(&t->lang, "ui.tui.draft-tag") : "");
		return buf;
	case START_REGION: {
		const struct directory *d = &c->directories[i];
		snprintf(buf, size, "%s (%s)", tr_text(&t->lang, d->id, "region", d->region),
			 d->id);
		return buf;
	}
	case START_SITUATION:
		return tr_ui(&t->lang, situation_keys[i]);
	case START_LISTS: {
		const struct checklist *cl = &c->checklists[cand[i]];
		snprintf(buf, size, "[%s] %s", t->marked[cand[i]] ? "x" : " ",
			 tr_text(&t->lang, cl->key, "title", cl->title));
		return buf;
	}
	default:
		return "";
	}
}

/* The explanation under the list: the highlighted checklist's
 * description, or a hint for the step. */
static const char *step_hint(const struct tui *t, const size_t *cand, size_t n)
{
	if (t->step == START_LISTS && n > 0) {
		const struct checklist *cl = &t->content->checklists[cand[t->cursor[START_LISTS]]];
		return tr_text(&t->lang, cl->key, "description", cl->description);
	}
	if (t->step == START_LISTS)
		return tr_ui(&t->lang, "ui.tui.start.no-lists");
	if (t->step == START_SITUATION)
		return tr_ui(&t->lang, "ui.tui.start.situation-hint");
	return NULL;
}

static void start_draw(const struct tui *t)
{
	size_t n = n_options(t, t->step), nc = 0;
	size_t *cand = t->step == START_LISTS ? candidates(t, &nc) : NULL;
	size_t cur = t->cursor[t->step];
	int list_h = LINES - 9, y = 4, width = tui_measure(COLS - 2);
	size_t first;
	struct tui_doc d;
	const char *hint;
	char buf[512];

	tui_title_bar(tr_ui(&t->lang, "ui.tui.start.title"), NULL);
	tui_puts(2, 2, width - 1, tr_ui(&t->lang, step_keys[t->step]), ROLE_HEADING);
	if (list_h > (int)n)
		list_h = (int)n;
	first = list_h > 0 && cur >= (size_t)list_h ? cur - (size_t)list_h + 1 : 0;
	for (int row = 0; row < list_h; row++) {
		size_t i = first + (size_t)row;
		enum tui_role r = i == cur ? ROLE_SELECTION : ROLE_NORMAL;

		if (i == cur)
			tui_selection(y + row, 1, width);
		tui_puts(y + row, 3, width - 2, option_label(t, i, cand, buf, sizeof buf), r);
	}
	hint = step_hint(t, cand, nc);
	tui_doc_init(&d, width - 4);
	tui_doc_add(&d, hint, 0, ROLE_DIM);
	if (t->step == START_LISTS) {
		tui_doc_blank(&d);
		tui_doc_add(&d, tr_ui(&t->lang, "ui.tui.start.lists-hint"), 0, ROLE_DIM);
	}
	tui_doc_draw(&d, 0, y + list_h + 1, 3, LINES - 2 - (y + list_h + 1));
	tui_doc_free(&d);
	free(cand);
	tui_key_bar(t, &tui_start_screen);
}

const struct tui_screen tui_start_screen = {
	"start", start_keys, sizeof start_keys / sizeof start_keys[0],
	start_enter, start_act, start_draw, NULL,
};
