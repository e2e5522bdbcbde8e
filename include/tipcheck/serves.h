/*
 * Who a referral service serves (struct serves, model.h): the YAML
 * spellings of its values, shared by the loader, the printers and --json.
 * The *_to_str functions return the spelling ("children"), "?" for a value
 * out of range, and NULL for UNSTATED (nothing to say); the loader reads
 * the spellings.
 */
#ifndef TIPCHECK_SERVES_H
#define TIPCHECK_SERVES_H

#include <stdbool.h>

#include "tipcheck/model.h"

const char *serves_age_to_str(enum serves_age a);
const char *serves_gender_to_str(enum serves_gender g);
const char *serves_cost_to_str(enum serves_cost c);

/* Whether s is an opening period: DAYS HH:MM-HH:MM, DAYS a day (Mon ...
 * Sun) or a range of days (Mon-Fri), the end after the start (24:00 may
 * end a day). */
bool serves_period_valid(const char *s);

#endif
