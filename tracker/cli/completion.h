#ifndef TRACK_COMPLETION_H
#define TRACK_COMPLETION_H

/*
 * The logic of the completion scripts, tracker/completion/track.bash and
 * track.zsh, embedded at build time (build/completion_text.c). They read
 * the word lists `track completion` writes before them from the command
 * table.
 */
extern const char completion_bash[];
extern const char completion_zsh[];

#endif
