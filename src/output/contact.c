/* Referral contacts in words: police lines marked, how each was checked, how to find one. */
#include <string.h>

#include "tipcheck/contact.h"
#include "tipcheck/xalloc.h"

static const char *const checked_keys[CHECK_HOW_COUNT] = {
	[CHECK_PUBLIC_SOURCE] = "ui.contact.checked.public-source",
	[CHECK_OPERATOR] = "ui.contact.checked.operator",
	[CHECK_NOT_CHECKED] = "ui.contact.checked.not-checked",
};

char *contact_name(const struct tr *t, const struct service *s)
{
	const char *name = tr_text(t, s->key, "name", s->name);
	const char *names[] = { "name" };
	const char *values[] = { name };

	if (!s->police)
		return xstrdup(name);
	return tr_format(tr_ui(t, "ui.contact.police"), names, values, 1);
}

char *contact_checked(const struct tr *t, const struct directory *d, const struct service *s)
{
	const struct checked *c = s ? service_checked(d, s) : &d->checked;
	const char *names[] = { "date", "by" };
	const char *values[] = { c->date ? c->date : "", c->by ? c->by : "" };
	enum check_how how = c->how < CHECK_HOW_COUNT ? c->how : CHECK_NOT_CHECKED;

	return tr_format(tr_ui(t, checked_keys[how]), names, values, 2);
}

char *contact_find(const struct tr *t, const struct referral *r, const char **lang)
{
	const struct directory *dflt = content_directory(t->content, DIRECTORY_DEFAULT);
	const struct service *s = r->service;
	const char *key, *name, *value;
	char *out;

	for (size_t i = 0; (!s || !s->find) && dflt && i < dflt->n_services; i++)
		if (!strcmp(dflt->services[i].id, r->service_id))
			s = &dflt->services[i];
	if (s && s->find) {
		key = "ui.result.find";
		name = "find";
		value = tr_text(t, s->key, "find", s->find);
	} else {
		key = "ui.result.find-search";
		name = "service";
		value = r->service ? tr_text(t, r->service->key, "name", r->service->name)
				   : r->service_id;
	}
	out = tr_format(tr_ui(t, key), &name, &value, 1);
	if (lang)
		*lang = tr_has(t, key) ? tr_lang(t) : "en";
	return out;
}
