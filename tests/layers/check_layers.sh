#!/bin/sh
# The layering rule (README "Architecture"): every #include names its
# folder, and no file includes a layer above its own.
#
#   tracker/core/   includes core only
#   importers/      includes core and importers
#   reports/        includes core and reports
#   tracker/cli/    includes anything
#
# Checks the tree at $1 (default: this checkout). Prints one line per
# offending include and exits 1; prints the number of files checked and
# exits 0 when the rule holds.
cd "${1:-$(dirname "$0")/../..}" || exit 2
check() { # folder allowed-prefixes...
	folder=$1
	shift
	for file in "$folder"/*.c "$folder"/*.h; do
		[ -f "$file" ] || continue
		# Local includes only: <...> names a system or library header.
		grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$file" |
		while IFS= read -r line; do
			target=$(printf '%s\n' "$line" | sed 's/.*include[[:space:]]*"\([^"]*\)".*/\1/')
			ok=0
			for prefix in "$@"; do
				case $target in "$prefix"/*) ok=1 ;; esac
			done
			if [ $ok = 0 ]; then
				printf '%s:%s: includes "%s"; %s may include only %s\n' \
				    "$file" "${line%%:*}" "$target" "$folder" "$*"
			fi
		done
	done
}
out=$(
	check tracker/core core
	check importers core importers
	check reports core reports
	check tracker/cli core importers reports cli
)
checked=$(ls tracker/core/*.[ch] importers/*.[ch] reports/*.[ch] \
    tracker/cli/*.[ch] 2>/dev/null | wc -l)
if [ -n "$out" ]; then
	printf '%s\n' "$out" >&2
	echo "layers: $(printf '%s\n' "$out" | wc -l) includes break the layering rule" >&2
	exit 1
fi
echo "layers: $checked files, every include within its layer"
