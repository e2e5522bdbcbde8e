/* Reading aloud from the full screen: in the person's language, when speech is on; problems as one line. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "speech.h"
#include "tipcheck/text.h"
#include "tipcheck/xalloc.h"
#include "tui_person.h"

void tui_say(struct tui *t, const char *lang, const char *text)
{
	if (!t->speaking || !t->speech || !text || !*text)
		return;
	t->speech_note = speech_say(t->speech, lang, text);
}

void tui_speech_on(struct tui *t, bool on)
{
	t->speaking = on;
	t->speech_note = SPEECH_OK;
	if (!on && t->speech)
		speech_stop(t->speech);
}

void tui_speech_stop(struct tui *t)
{
	if (t->speech)
		speech_stop(t->speech);
}

const char *tui_text_lang(const struct tui *t, const char *shown, const char *english)
{
	return shown == english ? "en" : tr_lang(&t->ask_lang);
}

void tui_speech_poll(struct tui *t)
{
	if (t->speech && t->speech_note == SPEECH_OK)
		t->speech_note = speech_failure(t->speech);
}

void tui_speech_note(const struct tui *t, const struct tr *tr, int y)
{
	const char *names[] = { "language", "variant", "device" };
	const char *values[3];
	const char *key = speech_status_key(t->speech_note);
	char *line;

	if (!key)
		return;
	values[0] = t->ask_lang.cat ? t->ask_lang.cat->name : tr_lang(&t->ask_lang);
	values[1] = t->setup->speech.voice.variant ? t->setup->speech.voice.variant : "";
	values[2] = t->setup->speech.device;
	line = tui_format(tr, key, names, values, 3);
	tui_fill(y, 0, ROLE_NORMAL);
	tui_puts(y, 1, tui_measure(COLS - 2), line, ROLE_HEADING);
	free(line);
}

void tui_say_choices(struct tui *t, const char *text, const char *text_lang,
		     const struct tui_choice *v, size_t n)
{
	const char *names[] = { "number", "answer" };
	char *all;

	if (!t->speaking)
		return;
	all = xstrdup(text ? text : "");
	for (size_t i = 0; i < n; i++) {
		char digit[2] = { v[i].digit, '\0' };
		const char *values[] = { digit, tr_ui(&t->ask_lang, v[i].label) };
		char *choice = tui_format(&t->ask_lang, "ui.person.say-choice", names, values, 2);
		char *more = xasprintf("%s%s%s", all, *all ? " " : "", choice);

		free(choice);
		free(all);
		all = more;
	}
	/* One voice for all: the question's language (English where it
	 * has no translation yet). */
	tui_say(t, text ? text_lang : tr_lang(&t->ask_lang), all);
	free(all);
}

void tui_repeat_names(const struct tr *tr, char *buf, size_t size)
{
	if (tui_repeat_key(tr) < 0)
		snprintf(buf, size, "r");
	else
		snprintf(buf, size, "r, %s", tr_ui(tr, "ui.person.repeat-key"));
}

int tui_repeat_key(const struct tr *tr)
{
	const char *s = tr_ui(tr, "ui.person.repeat-key");
	int32_t cp;
	size_t n = text_decode(s, strlen(s), &cp);

	if (!n || s[n] || cp == 'r' || cp < 0x20)
		return -1;
	return (int)cp;
}
