/* Unit tests: speech synthesis to memory (synth.c) in every shipped language eSpeak NG speaks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "sound.h"
#include "synth.h"
#include "tipcheck/catalog.h"
#include "tipcheck/loader.h"
#include "tipcheck/xalloc.h"

/* What came out of one synthesis. */
struct heard {
	size_t samples;
	int peak;
	size_t stop_after;		/* samples after which the sink stops; 0: never */
};

static bool into_memory(const short *samples, size_t n, void *ctx)
{
	struct heard *h = ctx;

	for (size_t i = 0; i < n; i++) {
		int v = samples[i] < 0 ? -samples[i] : samples[i];

		if (v > h->peak)
			h->peak = v;
	}
	h->samples += n;
	return !h->stop_after || h->samples < h->stop_after;
}

static struct content *content;
static struct synth *synth;

static int setup(void **state)
{
	struct diag_list d;
	struct synth_opts o = { NULL, SYNTH_RATE_DEFAULT, SYNTH_VOLUME_DEFAULT };

	(void)state;
	diag_list_init(&d, DIAG_DEFAULT_MAX);
	content = loader_load(getenv("TIPCHECK_SRC"), &d);
	diag_print(&d, stderr);
	diag_list_free(&d);
	if (!content)
		return -1;
	if (synth_open(&o, &synth) != SYNTH_OK)
		fprintf(stderr, "eSpeak NG or espeak-ng-data is not installed: "
			"the synthesis tests are skipped (scripts/setup.sh installs them)\n");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	synth_close(synth);
	content_free(content);
	return 0;
}

/* The first question of the person-facing screen, and its first choice,
 * in the language of t (as the screen says them). */
static char *person_question(const struct tr *t)
{
	const struct checklist *cl = &content->checklists[0];

	for (size_t s = 0; s < cl->n_sections; s++)
		for (size_t i = 0; i < cl->sections[s].n_items; i++) {
			const struct item *it = &cl->sections[s].items[i];

			if (it->person_ask)
				return xasprintf("%s 1: %s.", tr_text(t, it->key, "person_ask",
								      it->person_ask),
						 tr_ui(t, "ui.person.yes"));
		}
	return NULL;
}

/* Every language the content ships (the person's language on the
 * command line) that eSpeak NG has a voice for: a question comes out as
 * audio, more than half a second of it and not silence. */
static void test_each_language_speaks(void **state)
{
	unsigned rate, spoken = 0;

	(void)state;
	if (!synth)
		skip();
	rate = synth_sample_rate(synth);
	assert_true(rate >= 8000);
	for (size_t i = 0; i < content->n_catalogs; i++) {
		const char *lang = content->catalogs[i].lang;
		struct heard h = { 0 };
		struct tr t;
		char *q;

		if (synth_language(synth, lang) != SYNTH_OK) {
			printf("# eSpeak NG has no voice for '%s': not spoken\n", lang);
			continue;
		}
		assert_true(tr_init_person(&t, content, lang));
		q = person_question(&t);
		assert_non_null(q);
		assert_int_equal(synth_say(synth, q, into_memory, &h), SYNTH_OK);
		printf("# %s: %zu samples (%.1f s), peak %d: %s\n", lang, h.samples,
		       (double)h.samples / rate, h.peak, q);
		assert_true(h.samples > rate / 2);
		assert_true(h.peak > 1000);
		free(q);
		spoken++;
	}
	/* English, Spanish, French and Russian all have eSpeak NG voices. */
	assert_true(spoken >= 4);
}

/* A slower rate gives longer audio: the option reaches the engine. */
static void test_rate(void **state)
{
	struct synth_opts fast = { NULL, 300, SYNTH_VOLUME_DEFAULT };
	struct heard slow_h = { 0 }, fast_h = { 0 };
	const char *text = "Are you in danger right now?";
	struct synth *f;

	(void)state;
	if (!synth)
		skip();
	assert_int_equal(synth_language(synth, "en"), SYNTH_OK);
	assert_int_equal(synth_say(synth, text, into_memory, &slow_h), SYNTH_OK);
	synth_close(synth);
	synth = NULL;
	assert_int_equal(synth_open(&fast, &f), SYNTH_OK);
	assert_int_equal(synth_language(f, "en"), SYNTH_OK);
	assert_int_equal(synth_say(f, text, into_memory, &fast_h), SYNTH_OK);
	synth_close(f);
	assert_true(slow_h.samples > fast_h.samples * 3 / 2);
	fast.rate = SYNTH_RATE_DEFAULT;
	assert_int_equal(synth_open(&fast, &synth), SYNTH_OK);
}

/* The sink stops the synthesis: what is said is cut at once. */
static void test_sink_stops(void **state)
{
	struct heard all = { 0 }, cut = { .stop_after = 1 };
	const char *text = "I would like to ask you some questions about your work.";

	(void)state;
	if (!synth)
		skip();
	assert_int_equal(synth_language(synth, "en"), SYNTH_OK);
	assert_int_equal(synth_say(synth, text, into_memory, &all), SYNTH_OK);
	assert_int_equal(synth_say(synth, text, into_memory, &cut), SYNTH_OK);
	assert_true(cut.samples < all.samples / 2);
}

/* Languages eSpeak NG lacks and variants that do not exist are said,
 * not guessed. */
static void test_unknown(void **state)
{
	struct synth_opts o = { "no-such-variant", SYNTH_RATE_DEFAULT, SYNTH_VOLUME_DEFAULT };
	struct synth_opts f2 = { "f2", SYNTH_RATE_DEFAULT, SYNTH_VOLUME_DEFAULT };
	struct synth *s;

	(void)state;
	if (!synth)
		skip();
	assert_int_equal(synth_language(synth, "xx"), SYNTH_NO_LANGUAGE);
	synth_close(synth);
	synth = NULL;
	assert_int_equal(synth_open(&o, &s), SYNTH_NO_VARIANT);
	assert_null(s);
	assert_int_equal(synth_open(&f2, &s), SYNTH_OK);
	assert_int_equal(synth_language(s, "es"), SYNTH_OK);
	synth_close(s);
	o.variant = NULL;
	assert_int_equal(synth_open(&o, &synth), SYNTH_OK);
}

/* Only hardware devices are taken: "default" and plugins may reach a
 * sound server through a socket. */
static void test_device_names(void **state)
{
	(void)state;
	assert_true(sound_device_valid("plughw"));
	assert_true(sound_device_valid("hw"));
	assert_true(sound_device_valid("plughw:1,0"));
	assert_true(sound_device_valid("hw:CARD=PCH,DEV=0"));
	assert_false(sound_device_valid("default"));
	assert_false(sound_device_valid("pulse"));
	assert_false(sound_device_valid("hwx"));
	assert_false(sound_device_valid("dmix:0"));
	assert_false(sound_device_valid(""));
	assert_null(sound_open("default", 22050));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_language_speaks),
		cmocka_unit_test(test_rate),
		cmocka_unit_test(test_sink_stops),
		cmocka_unit_test(test_unknown),
		cmocka_unit_test(test_device_names),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
