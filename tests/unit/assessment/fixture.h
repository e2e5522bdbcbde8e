/*
 * Content built by hand in C for the assessment tests: no files, no loader.
 * Everything a fixture allocates belongs to it and goes with fx_free().
 * Arrays have fixed capacities (FX_MAX) so that pointers handed out stay
 * valid while the fixture grows.
 */
#ifndef TIPCHECK_TEST_FIXTURE_H
#define TIPCHECK_TEST_FIXTURE_H

#include "tipcheck/evaluate.h"
#include "tipcheck/model.h"

#define FX_MAX 64

struct fx {
	struct content c;
	void **allocs;
	size_t n_allocs, cap_allocs;
};

struct fx *fx_new(void);
void fx_free(struct fx *f);
/* Sets item indices, back pointers and content->items. Call after the
 * last addition and before use. */
void fx_done(struct fx *f);

struct ruleset *fx_ruleset(struct fx *f, const char *id);
struct element *fx_element(struct fx *f, struct ruleset *rs, const char *id,
			   unsigned min_answered);
void fx_threshold(struct element *el, unsigned strong, unsigned medium, unsigned weak);
/* The ILO/EC combinations: 2s; 1s+1m; 1s+1w; 3m; 2m+1w. */
void fx_ilo_rule(struct element *el);
struct outcome *fx_outcome(struct fx *f, struct ruleset *rs, const char *id,
			   enum level level, struct expr *when, const char *refer_csv);
struct notice *fx_notice(struct fx *f, struct ruleset *rs, const char *id, struct expr *when);
struct alert *fx_alert(struct fx *f, struct ruleset *rs, const char *id, enum alert_kind kind,
		       struct expr *when, const char *refer_csv);

struct checklist *fx_checklist(struct fx *f, const char *id, struct ruleset *rs, bool first);
struct section *fx_section(struct fx *f, struct checklist *cl, const char *id,
			   const struct element *el, const char *intro);
struct item *fx_item(struct fx *f, struct section *sec, const char *id, enum strength s);

struct directory *fx_directory(struct fx *f, const char *id);
/* contact NULL: no contact known. */
struct service *fx_service(struct fx *f, struct directory *d, const char *id,
			   const char *contact);

struct expr *ex_item(struct fx *f, const struct item *it);
struct expr *ex_answered(struct fx *f, const struct item *it);
struct expr *ex_element(struct fx *f, const struct element *el);
struct expr *ex_undecided(struct fx *f, const struct element *el);
struct expr *ex_not(struct fx *f, struct expr *e);
struct expr *ex_unknown(struct fx *f, const struct item *it);
struct expr *ex_signal(struct fx *f, const struct signal *sg);
struct expr *ex_sign(struct fx *f, enum strength s);
struct expr *ex_outcome(struct fx *f, const struct outcome *o);

/* A signal of the content (call before fx_done); fx_tag puts it on an item
 * (after fx_done is fine: it also fills the signal's item list). */
struct signal *fx_signal(struct fx *f, const char *id);
void fx_tag(struct fx *f, struct item *it, struct signal *sg);
/* NULL-terminated children. */
struct expr *ex_all(struct fx *f, ...);
struct expr *ex_any(struct fx *f, ...);

#endif
