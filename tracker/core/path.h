#ifndef TRACK_PATH_H
#define TRACK_PATH_H

/* File names taken apart, as dirname(1) and basename(1) do. */

#ifdef __cplusplus
extern "C" {
#endif

/* The directory part of path ("." when it has none, "/" for "/x"); a heap
 * string. */
char *path_directory(const char *path);
/* The last part of path (after its last '/'), inside path. */
const char *path_base(const char *path);

#ifdef __cplusplus
}
#endif
#endif
