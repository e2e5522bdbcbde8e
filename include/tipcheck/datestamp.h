/*
 * The date printed on a result: "YYYY-MM-DD", no time of day. Pure: the
 * front end reads the environment ($SOURCE_DATE_EPOCH) and the clock
 * (localtime_r, which may read the time zone files) and passes both in,
 * so that the core does no I/O and tests can give any date.
 */
#ifndef TIPCHECK_DATESTAMP_H
#define TIPCHECK_DATESTAMP_H

#include <time.h>

/*
 * Writes the date into buf and returns buf. source_date_epoch is the value
 * of $SOURCE_DATE_EPOCH (NULL when unset): when it is a decimal number of
 * seconds since 1970-01-01 UTC, that day in UTC (reproducible output,
 * tests); otherwise (unset, empty, malformed, out of range) the day of
 * today, the caller's local time.
 */
const char *datestamp(const char *source_date_epoch, const struct tm *today,
		      char buf[static 11]);

#endif
