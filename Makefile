# track: a daemonless learning-progress tracker.
#
#   make            build build/track
#   make demo       install missing packages, build, show a demo history
#   make test       install missing packages, build, run every test (the
#                   soak tests at smoke size), the longest first
#   make test-long  the soak tests at full size (20 SIGKILLs per crash
#                   test, 8 writers x 500 logs); a few minutes
#   make bench      time track against timew and sqlite3 on large histories
#   make test-browser  render the HTML report in headless Chromium and check it
#   make install    install the binary, man page and completions into
#                   $(DESTDIR)$(PREFIX) (make uninstall removes them)
#   make test-valgrind the unit tests and the in-process end-to-end tests
#                   under valgrind (see VALGRIND_CLI_SUITES)
#   make fuzz       run each libFuzzer target for FUZZ_SECONDS (default 60)
#   make fuzz-long  run the import targets to FUZZ_RUNS executions each
#                   (default 10M: hours; niced), logs build/fuzz/*-runs.log
#   make SANITIZE=1 build with AddressSanitizer + UndefinedBehaviorSanitizer

PREFIX  ?= /usr/local
DESTDIR ?=
BUILD   ?= build
JOBS    ?= $(shell nproc 2>/dev/null || echo 2)

CC      ?= cc
CXX     ?= c++
PKG     := sqlite3 jansson
CPPFLAGS += -Itracker -I. -I$(BUILD) -MMD -MP -D_GNU_SOURCE
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c17 -Wall -Wextra
CXXFLAGS ?= -O2 -g
CXXFLAGS += -std=c++17 -Wall -Wextra

ifeq ($(SANITIZE),1)
BUILD   := build/sanitize
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
CFLAGS  += $(SANFLAGS)
CXXFLAGS += $(SANFLAGS)
LDFLAGS += $(SANFLAGS)
endif

# The libFuzzer build (make fuzz): clang, coverage, ASan + UBSan.
ifeq ($(FUZZ),1)
BUILD   := build/fuzz
CC      := clang
SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
CFLAGS  += $(SANFLAGS) -fsanitize=fuzzer-no-link
LDFLAGS += $(SANFLAGS) -fsanitize=fuzzer
endif

# pkg-config is only consulted once the packages exist (see `deps`).
PKG_CFLAGS = $(shell pkg-config --cflags $(PKG) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKG) 2>/dev/null) -lcsv -lxxhash -lm
# The track binary links the static archives Debian ships in the same
# -dev packages (libsqlite3.a, libjansson.a, libcsv.a, libxxhash.a) and
# the C library dynamically: binding libsqlite3.so's symbols at start-up
# was 1.2 M of the 6.9 M instructions of a `track log` (callgrind,
# BENCHMARKS.md, issue 20). The sanitizer and fuzzer builds, the test
# programs and the man page helper keep the shared libraries.
TRACK_LIBS = -Wl,-Bstatic $(shell pkg-config --libs $(PKG) 2>/dev/null) -lcsv \
             -lxxhash -Wl,-Bdynamic -lm
ifneq ($(filter 1,$(SANITIZE) $(FUZZ)),)
TRACK_LIBS = $(PKG_LIBS)
endif
GTEST_CFLAGS = $(shell pkg-config --cflags gtest 2>/dev/null)
# -lutil: forkpty, for the tests that run track on a terminal.
GTEST_LIBS   = $(shell pkg-config --libs gtest gtest_main 2>/dev/null) -lpthread \
               -lutil

LIB_SRC  := $(filter-out tracker/cli/main.c,$(wildcard tracker/core/*.c \
            importers/*.c reports/*.c tracker/cli/*.c))
LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/schema_sql.o \
            $(BUILD)/completion_text.o
MAIN_OBJ := $(BUILD)/tracker/cli/main.o
UNIT_SRC := $(wildcard tests/unit/*.cc)
UNIT_OBJ := $(UNIT_SRC:%.cc=$(BUILD)/%.o) $(BUILD)/tests/support.o \
            $(BUILD)/tests/fuzz/fuzz_import.o
CLI_SRC  := $(wildcard tests/cli/*.cc)
CLI_OBJ  := $(CLI_SRC:%.cc=$(BUILD)/%.o) $(BUILD)/tests/support.o
SCHEMA   := $(sort $(wildcard schema/*.sql))
COMPLETION := tracker/completion/track.bash tracker/completion/track.zsh
PROTOTYPES := $(BUILD)/cli/command_prototypes.h

TRACK    := $(BUILD)/track
LIBTRACK := $(BUILD)/libtrack.a
TEST_BINS := $(BUILD)/unit_tests $(BUILD)/cli_tests
FUZZ_SECONDS ?= 60
FUZZ_RUNS ?= 10000000
FUZZ_TARGETS := duration date csv_import json_import
FUZZ_LONG_TARGETS ?= csv_import json_import
FUZZ_BINS := $(FUZZ_TARGETS:%=$(BUILD)/fuzz_%)
# valgrind's verdict on a run is its exit status (99 on an error), which
# tests/run_tests.sh turns into a failed test.
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect
# The end-to-end tests `make test-valgrind` runs under valgrind. They run
# track in-process (run_track calls track_main in the test's own
# process), so valgrind on cli_tests watches the code a spawned track
# runs, for one valgrind start per job instead of one (about a second)
# per track. Chosen: the suites that take every command through its
# paths on small histories (log, edit, rm, undo, timers, ls, report in
# each format, plan, check, projects, topics, export, and import of
# each format with its refusals). Left out: the tables that repeat those
# paths many times over (every date option over 1970..9999, each import
# field changed in turn, the hostile names and paths on every command,
# the time-zone grids) and the tests that need a process of track's own
# (signals, locks, races, terminals, stdin, permissions, a full disk).
# ASan + UBSan + LeakSanitizer see every run of those in `make test
# SANITIZE=1`; valgrind adds the reads of uninitialised memory they
# cannot see, and the code paths are the same.
VALGRIND_CLI_SUITES := cli_log cli_edit cli_ls cli_rm cli_undo cli_timer \
	ReportCli ReportElapsed PlanCli CheckCli ProjectsCli TopicNames \
	cli_export cli_roundtrip JsonRoundtripCli cli_import_generic \
	cli_import_watson cli_import_toggl cli_import_timew cli_import_clockify \
	cli_import_udemy cli_import_harvest cli_import_linkedin \
	cli_import_coursera cli_import_track cli_import_track_json \
	cli_import_refusals cli_import_options
empty :=
space := $(empty) $(empty)
VALGRIND_CLI := $(subst $(space),:,$(strip $(VALGRIND_CLI_SUITES:%=%.*)))
# The soak tests, at full size in `make test-long` (TRACK_TEST_LONG).
LONG_TESTS := cli_crash.*:cli_concurrency.eight_writers_log_many_sessions*

# The Debian packages the build, tests and benchmarks need (mandoc lints
# the man page, zsh checks the zsh completion, tzdata: the time-zone tests;
# slim Debian images lack /usr/share/zoneinfo; jq: tests/run_tests.sh
# reads GoogleTest's JSON reports).
DEBS := gcc g++ make pkg-config libsqlite3-dev libcsv-dev libjansson-dev \
        libgtest-dev sqlite3 libxxhash-dev mandoc zsh tzdata jq

.PHONY: all deps demo test test-long test-browser test-valgrind fuzz fuzz-long fuzz-build \
	bench install uninstall clean

all: $(TRACK) $(BUILD)/track.1

# Installs what is missing with apt-get; a fast no-op when all is present.
deps:
	@sh scripts/deps.sh $(DEBS)

$(TRACK): $(MAIN_OBJ) $(LIBTRACK)
	$(CC) $(LDFLAGS) -o $@ $^ $(TRACK_LIBS)

$(LIBTRACK): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/%.o: %.c | $(PROTOTYPES)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/%.o: %.cc | $(PROTOTYPES)
	@mkdir -p $(dir $@)
	$(CXX) $(CPPFLAGS) -Itests $(PKG_CFLAGS) $(GTEST_CFLAGS) $(CXXFLAGS) -c -o $@ $<

# The prototypes of the cmd_ functions the command table names (a new
# command is its cmd_NAME.c and its entry in tracker/cli/commands.c).
# Rewritten only when they change, so an edit of the table recompiles
# the commands only when it adds or renames one.
$(PROTOTYPES): tracker/cli/commands.c scripts/command_prototypes.sh
	@mkdir -p $(dir $@)
	@sh scripts/command_prototypes.sh tracker/cli/commands.c > $@.tmp
	@cmp -s $@.tmp $@ && rm $@.tmp || mv $@.tmp $@

# The migrations are embedded into the binary as C strings, in order.
$(BUILD)/schema_sql.c: $(SCHEMA) scripts/embed_sql.sh
	@mkdir -p $(BUILD)
	sh scripts/embed_sql.sh $(SCHEMA) > $@.tmp && mv $@.tmp $@

$(BUILD)/schema_sql.o: $(BUILD)/schema_sql.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# So is the logic of the completion scripts (the word lists come from the
# command table when `track completion` prints them).
$(BUILD)/completion_text.c: $(COMPLETION) scripts/embed_text.sh
	@mkdir -p $(BUILD)
	sh scripts/embed_text.sh completion_bash tracker/completion/track.bash \
	    completion_zsh tracker/completion/track.zsh > $@.tmp && mv $@.tmp $@

$(BUILD)/completion_text.o: $(BUILD)/completion_text.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

# The installed completion scripts, printed by the binary just built.
$(BUILD)/track.bash: $(TRACK)
	$(TRACK) completion bash > $@.tmp && mv $@.tmp $@

$(BUILD)/_track: $(TRACK)
	$(TRACK) completion zsh > $@.tmp && mv $@.tmp $@

# The installed man page: tracker/track.1 with an entry made from the
# command table for any command it does not describe yet.
$(BUILD)/man_page: $(BUILD)/scripts/man_page.o $(LIBTRACK)
	$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

$(BUILD)/track.1: tracker/track.1 $(BUILD)/man_page
	$(BUILD)/man_page tracker/track.1 > $@.tmp && mv $@.tmp $@

$(BUILD)/unit_tests: $(UNIT_OBJ) $(LIBTRACK)
	$(CXX) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) $(GTEST_LIBS)

$(BUILD)/cli_tests: $(CLI_OBJ) $(LIBTRACK)
	$(CXX) $(LDFLAGS) -o $@ $^ $(PKG_LIBS) $(GTEST_LIBS)

# The runner plans each run from the last one's test times
# ($(BUILD)/test_durations), the longest tests first.
test: deps
	@$(MAKE) --no-print-directory -j$(JOBS) $(TRACK) $(BUILD)/track.1 $(TEST_BINS)
	@TRACK_BIN=$(abspath $(TRACK)) TEST_SHARDS=$(JOBS) \
	    TEST_DURATIONS=$(abspath $(BUILD))/test_durations \
	    sh tests/run_tests.sh $(TEST_BINS)

test-long: deps
	@$(MAKE) --no-print-directory -j$(JOBS) $(TRACK) $(BUILD)/cli_tests
	@TRACK_BIN=$(abspath $(TRACK)) TRACK_TEST_LONG=1 \
	    GTEST_FILTER="$(LONG_TESTS)" TEST_SHARDS=$(JOBS) \
	    sh tests/run_tests.sh $(BUILD)/cli_tests

demo: deps
	@$(MAKE) --no-print-directory $(TRACK)
	@sh scripts/demo.sh $(abspath $(TRACK))

# The HTML report as a browser sees it (installs Debian's chromium if missing).
test-browser: deps
	@sh scripts/deps.sh chromium
	@$(MAKE) --no-print-directory $(TRACK)
	@sh tests/browser/browser_test.sh $(abspath $(TRACK))

# The unit tests and the VALGRIND_CLI_SUITES end-to-end tests, each test binary
# under valgrind (fewer, larger jobs: a valgrind start costs seconds).
test-valgrind: deps
	@sh scripts/deps.sh valgrind
	@$(MAKE) --no-print-directory -j$(JOBS) $(TRACK) $(BUILD)/track.1 $(TEST_BINS)
	@TRACK_BIN=$(abspath $(TRACK)) TEST_SHARDS=$(JOBS) TEST_SPLIT=2 \
	    TEST_DURATIONS=$(abspath $(BUILD))/test_durations.valgrind \
	    sh tests/run_tests.sh "$(VALGRIND) $(BUILD)/unit_tests" \
	    "$(VALGRIND) $(BUILD)/cli_tests --gtest_filter=$(VALGRIND_CLI)"

# Each libFuzzer target for FUZZ_SECONDS seconds (installs clang if
# missing); fails when one finds a crash (saved under build/fuzz/crashes).
fuzz: deps
	@sh scripts/deps.sh clang libclang-rt-dev
	@$(MAKE) --no-print-directory FUZZ=1 -j$(JOBS) fuzz-build
	@FUZZ_RUNS= sh tests/fuzz/run_fuzz.sh $(FUZZ_SECONDS) build/fuzz $(FUZZ_TARGETS)

# The long runs: each of FUZZ_LONG_TARGETS to FUZZ_RUNS executions, one
# after another, at low priority (the machine is shared).
fuzz-long: deps
	@sh scripts/deps.sh clang libclang-rt-dev
	@$(MAKE) --no-print-directory FUZZ=1 -j$(JOBS) fuzz-build
	@FUZZ_RUNS=$(FUZZ_RUNS) nice -n 10 sh tests/fuzz/run_fuzz.sh 0 build/fuzz \
	    $(FUZZ_LONG_TARGETS)

fuzz-build: $(FUZZ_BINS)

$(BUILD)/fuzz_duration $(BUILD)/fuzz_date: $(BUILD)/fuzz_%: \
    $(BUILD)/tests/fuzz/fuzz_%.o $(LIBTRACK)
	$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

$(BUILD)/fuzz_csv_import $(BUILD)/fuzz_json_import: $(BUILD)/fuzz_%: \
    $(BUILD)/tests/fuzz/fuzz_%.o $(BUILD)/tests/fuzz/fuzz_import.o $(LIBTRACK)
	$(CC) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

# Against Timewarrior and the sqlite3 shell (installs Debian's timewarrior
# if missing); BENCH_QUICK=1 for small sizes. See BENCHMARKS.md.
bench: deps
	@sh scripts/deps.sh timewarrior strace
	@$(MAKE) --no-print-directory $(TRACK)
	@CC="$(CC)" sh tests/bench/bench.sh $(abspath $(TRACK))

BINDIR  = $(DESTDIR)$(PREFIX)/bin
MANDIR  = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR  = $(DESTDIR)$(PREFIX)/share/zsh/site-functions

install: $(TRACK) $(BUILD)/track.1 $(BUILD)/track.bash $(BUILD)/_track
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR)
	install -m 755 $(TRACK) $(BINDIR)/track
	install -m 644 $(BUILD)/track.1 $(MANDIR)/track.1
	install -m 644 $(BUILD)/track.bash $(BASHDIR)/track
	install -m 644 $(BUILD)/_track $(ZSHDIR)/_track

uninstall:
	rm -f $(BINDIR)/track $(MANDIR)/track.1 $(BASHDIR)/track \
	    $(ZSHDIR)/_track

clean:
	rm -rf build

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
