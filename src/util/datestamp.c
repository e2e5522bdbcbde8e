/* The date printed on a result: $SOURCE_DATE_EPOCH when valid, else today. */
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>

#include "tipcheck/datestamp.h"

/* A whole number of seconds: digits only. */
static bool parse_epoch(const char *s, time_t *out)
{
	char *end;
	long long v;

	if (!s || *s < '0' || *s > '9')
		return false;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || *end || (long long)(time_t)v != v)
		return false;
	*out = (time_t)v;
	return true;
}

const char *datestamp(const char *source_date_epoch, const struct tm *today,
		      char buf[static 11])
{
	struct tm tm;
	time_t epoch;

	/* A year past 9999 does not fit "YYYY-MM-DD": today then. */
	if (parse_epoch(source_date_epoch, &epoch) && gmtime_r(&epoch, &tm)
	    && strftime(buf, 11, "%Y-%m-%d", &tm))
		return buf;
	tm = *today;
	if (!strftime(buf, 11, "%Y-%m-%d", &tm))
		buf[0] = '\0';
	return buf;
}
