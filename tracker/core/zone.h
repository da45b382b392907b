#ifndef TRACK_ZONE_H
#define TRACK_ZONE_H

/*
 * What the C library makes of a TZ value. glibc never says when it cannot
 * use one: a zone it cannot read is quietly UTC, a rule it cannot read is
 * read in part. zone_check reads TZ as glibc does, to tell them apart.
 */

/* What TZ gives local times. */
enum zone_state {
	ZONE_OK,		/* unset, empty, a zone file or a valid rule */
	ZONE_UNKNOWN,		/* no zone and no rule: UTC is used */
	ZONE_BAD_RULE,		/* a rule whose offsets or changes are not
				   POSIX: glibc reads what it can of it */
};

#ifdef __cplusplus
extern "C" {
#endif

/*
 * The state of the TZ value tz (NULL: unset). As glibc: a leading ':' is
 * dropped; a name is a zone file (TZif) under $TZDIR, else
 * /usr/share/zoneinfo, or at an absolute path; otherwise the value is a
 * POSIX rule, "std offset [dst [offset] [,start[/time],end[/time]]]"
 * (CET-1CEST,M3.5.0,M10.5.0/3). "UTC" and "GMT" are UTC even without
 * their zone files.
 */
enum zone_state zone_check(const char *tz);

#ifdef __cplusplus
}
#endif
#endif
