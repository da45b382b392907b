#ifndef TRACK_ERROR_H
#define TRACK_ERROR_H

/*
 * Errors travel up as heap objects: a function that can fail returns
 * struct error * (NULL on success) and the caller either handles it or
 * returns it further. Only main prints the message and exits.
 */

enum exit_status {
	EXIT_OK = 0,
	EXIT_RUNTIME = 1,	/* I/O, database */
	EXIT_USAGE = 2,		/* bad arguments or input */
	EXIT_FINDINGS = 3,	/* track check --strict found something */
};

struct error {
	int status;		/* the exit status main uses */
	char *message;		/* one line, no "track: " prefix, no newline;
				   "": main prints nothing (check --strict) */
};

#ifdef __cplusplus
extern "C" {
#endif

/* A new error with a printf-formatted message; never NULL. */
struct error *error_new(int status, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Shorthands for the two common statuses. */
struct error *error_usage(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
struct error *error_runtime(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
/* Accepts NULL. */
void error_free(struct error *err);

#ifdef __cplusplus
}
#endif
#endif
