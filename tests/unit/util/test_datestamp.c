/* Unit tests: the date on a result, from $SOURCE_DATE_EPOCH or today. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "tipcheck/datestamp.h"

/* 2031-07-09, as localtime_r would give it. */
static const struct tm today = { .tm_year = 131, .tm_mon = 6, .tm_mday = 9, .tm_hour = 23 };

static void from_epoch(void **state)
{
	char buf[11];

	(void)state;
	assert_string_equal(datestamp("1772582400", &today, buf), "2026-03-04");
	assert_string_equal(datestamp("0", &today, buf), "1970-01-01");
	/* UTC: the last second of a day is still that day. */
	assert_string_equal(datestamp("1772668799", &today, buf), "2026-03-04");
}

static void today_otherwise(void **state)
{
	char buf[11];

	(void)state;
	assert_string_equal(datestamp(NULL, &today, buf), "2031-07-09");
	assert_string_equal(datestamp("", &today, buf), "2031-07-09");
	assert_string_equal(datestamp("yesterday", &today, buf), "2031-07-09");
	assert_string_equal(datestamp("17725824OO", &today, buf), "2031-07-09");
	assert_string_equal(datestamp("-86400", &today, buf), "2031-07-09");
	assert_string_equal(datestamp(" 1772582400", &today, buf), "2031-07-09");
	/* More seconds than a time_t holds, or a year past 9999. */
	assert_string_equal(datestamp("99999999999999999999999", &today, buf), "2031-07-09");
	assert_string_equal(datestamp("999999999999", &today, buf), "2031-07-09");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(from_epoch),
		cmocka_unit_test(today_otherwise),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
