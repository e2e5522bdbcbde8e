/* Referral contacts in words: police lines marked, and how each was checked. */
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
