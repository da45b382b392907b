#ifndef TRACK_DESCRIBE_H
#define TRACK_DESCRIBE_H

#include "buf.h"
#include "session.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Appends the one-line description every command prints for a session:
 * "1h30m django (backend, project, project 'Django blog') on 2026-11-20".
 * Uses s's names (topic, path, project, tutorial); user text goes through
 * buf_put_terminal. The caller adds what was done ("logged", "removed #3:").
 */
void session_describe(struct buf *b, const struct session *s);

#ifdef __cplusplus
}
#endif
#endif
