/* Unit tests: the speaker (speech.c) on ALSA's null device: its thread, cutting, stopping and what it says it cannot do. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <cmocka.h>

#include "speech.h"
#include "synth.h"

static const char long_text[] =
	"I would like to ask you some questions about your work and how you came here. "
	"You do not have to answer. You can stop at any time.";

static bool have_engine(void)
{
	struct synth_opts o = { NULL, SYNTH_RATE_DEFAULT, SYNTH_VOLUME_DEFAULT };
	struct synth *s;

	if (synth_open(&o, &s) != SYNTH_OK)
		return false;
	synth_close(s);
	return true;
}

static struct speech *speaker(const char *device, const char *variant)
{
	struct speech_opts o;

	speech_opts_init(&o);
	o.device = device;
	o.voice.variant = variant;
	return speech_new(&o);
}

/* Texts one after the other, each cutting the last, in two languages;
 * a language eSpeak NG lacks is said and changes nothing; stopping and
 * freeing while it speaks. */
static void speaks_and_cuts(void **state)
{
	struct speech *sp;

	(void)state;
	if (!have_engine())
		skip();
	sp = speaker("null", NULL);
	assert_int_equal(speech_say(sp, "en", long_text), SPEECH_OK);
	assert_int_equal(speech_say(sp, "es", "¿Está usted en peligro ahora mismo?"), SPEECH_OK);
	assert_int_equal(speech_say(sp, "xx", "nothing"), SPEECH_NO_LANGUAGE);
	assert_int_equal(speech_say(sp, "ru", "Вам сейчас грозит опасность?"), SPEECH_OK);
	speech_stop(sp);
	assert_int_equal(speech_say(sp, "en", long_text), SPEECH_OK);
	assert_int_equal(speech_failure(sp), SPEECH_OK);
	speech_free(sp);
}

/* No such card: said before anything is spoken, every time. */
static void no_device(void **state)
{
	struct speech *sp;

	(void)state;
	if (!have_engine())
		skip();
	sp = speaker("plughw:CARD=NoSuchCard", NULL);
	assert_int_equal(speech_say(sp, "en", long_text), SPEECH_NO_DEVICE);
	assert_int_equal(speech_say(sp, "en", long_text), SPEECH_NO_DEVICE);
	speech_free(sp);
}

/* A variant that does not exist: said for every language. */
static void no_variant(void **state)
{
	struct speech *sp;

	(void)state;
	if (!have_engine())
		skip();
	sp = speaker("null", "no-such-variant");
	assert_int_equal(speech_say(sp, "en", long_text), SPEECH_NO_VARIANT);
	assert_int_equal(speech_say(sp, "es", long_text), SPEECH_NO_VARIANT);
	speech_free(sp);
	sp = speaker("null", "f2");
	assert_int_equal(speech_say(sp, "es", long_text), SPEECH_OK);
	speech_free(sp);
}

/* Nothing started, nothing to stop. */
static void unused(void **state)
{
	(void)state;
	speech_free(speaker("null", NULL));
	speech_free(NULL);
	assert_null(speech_status_key(SPEECH_OK));
	assert_string_equal(speech_status_key(SPEECH_NO_DEVICE), "ui.speech.no-device");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(speaks_and_cuts),
		cmocka_unit_test(no_device),
		cmocka_unit_test(no_variant),
		cmocka_unit_test(unused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
