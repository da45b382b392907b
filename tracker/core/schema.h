#ifndef TRACK_SCHEMA_H
#define TRACK_SCHEMA_H

/*
 * The migrations of schema/NNN_*.sql, embedded at build time in file-name order
 * (build/schema_sql.c). Migration i brings the database to version i + 1.
 */
struct migration {
	const char *name;	/* file name, e.g. "001_init.sql" */
	const char *sql;	/* its statements */
};

#ifdef __cplusplus
extern "C" {
#endif

extern const struct migration schema_migrations[];
extern const int schema_migration_count;

#ifdef __cplusplus
}
#endif
#endif
