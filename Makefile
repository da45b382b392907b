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
#                   under valgrind (see VALGRIND_CLI_SUITES and
#                   VALGRIND_LEAVE_OUT)
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
	cli_import_refusals cli_import_options cli_prompt
empty :=
space := $(empty) $(empty)
# And one test or a few of each command no suite above runs: goal,
# forecast, the goal in report, status --short, a stale timer, help,
# version, completion, skill and skills.
VALGRIND_CLI_TESTS := cli_goal.set_show_and_clear cli_goal.json_keys \
	cli_forecast.the_recent_pace_wins_over_a_lower_goal \
	ReportGoal.markdown_csv_and_json_carry_it_too \
	ReportGoal.html_has_a_gauge_named_in_words \
	cli_status_short.the_timer_and_the_week_against_the_goal \
	cli_stale_timer.every_command_says_so_once_on_stderr \
	shell.help_command_shows_usage_options_and_examples \
	shell.help_lists_every_command_with_its_summary \
	shell.version_names_track_sqlite_and_libcsv \
	shell.completion_word_lists_come_from_the_command_table \
	SkillCli.add_with_a_path_resolves_names_and_aliases \
	SkillCli.list_as_json SkillCli.done_marks_a_contribution \
	Skills.report_has_the_skills_line_in_every_format \
	Skills.text_and_md_show_the_table_and_the_checklist \
	Skills.json_keys_are_the_documented_ones
VALGRIND_CLI := $(subst $(space),:,$(strip $(VALGRIND_CLI_SUITES:%=%.*) \
	$(VALGRIND_CLI_TESTS)))
# The tests `make test-valgrind` leaves out of those it runs (both
# binaries; `make test` and `make test SANITIZE=1` run them all). Each
# end-to-end test costs valgrind a whole migration of a new database
# (about 2 s of its CPU, most of the test), so a test that only takes an
# already-watched path again with other values is left to ASan + UBSan.
# Kept: one test of each such group, named after the group.
#  - C code it does not run: the layering script and the test runner
#    (shell scripts; valgrind does not follow the processes they start).
#  - A command on a missing database that creates nothing (the same
#    in-memory migration each time; cli_ls.empty_history_says_so_... and
#    cli_export.missing_database_exports_... kept).
#  - Refused options of a command (the one option table and refusal
#    path; ReportCli.BadOptionsRefused, cli_ls.refuses_bad_filters,
#    cli_edit.refusals_..., ProjectsCli.project_add_refuses_... kept).
#  - Colour (one colour code; ReportCli.ColourOnlyWhenAsked... kept).
#  - Each report format over the elapsed period (ReportCli's golden
#    files take every renderer; ReportElapsed.MonthAsText kept).
#  - Clock edges of the timer (stop_across_fall_back..., stop_at_before_
#    the_start_or_in_the_future... kept), one edited field at a time
#    (cli_edit.changes_several_fields_... kept), limits and orders of ls
#    (cli_ls.lists_oldest_first_in_aligned_columns, ...cjk... kept).
#  - Importing an export or a file again (the same identity match;
#    JsonRoundtripCli.importing_it_again_adds_nothing kept) and a format's
#    older header (the same reader with other column names).
#  - A schema-7 database's migration (SQL; its C is every new database's).
#  - Which finding `check` reports or which day `portfolio --at` reads
#    (the unit tests of findings and plan run each analysis on its
#    histories under valgrind; CheckCli.tutorial_hell_in_text_..., the
#    path-hopping by months, PlanCli.plan_at_an_earlier_day... kept),
#    tutorials' rm (projects' shares its code) and a CRLF or another
#    tool's header (cli_import_coursera's BOM + CRLF, cli_import_watson.
#    one_tool_is_never_read_as_the_other kept).
VALGRIND_LEAVE_OUT := layers.*:test_runner.* \
	CheckCli.missing_database_finds_nothing_and_creates_nothing \
	ReportCli.EmptyPeriodOnAMissingDatabase \
	ProjectsCli.*_on_a_missing_database_create_nothing \
	ProjectsCli.project_add_of_a_bad_date_creates_no_database \
	PlanCli.reading_a_missing_database_creates_nothing \
	cli_timer.status_on_a_missing_database_creates_nothing \
	cli_undo.says_nothing_to_undo_and_creates_nothing \
	cli_export.output_refused_on_a_missing_database_creates_nothing \
	cli_export.json_of_a_missing_database_is_a_valid_empty_history \
	CheckCli.bad_options_are_refused_and_change_nothing \
	PlanCli.bad_options_are_refused \
	cli_export.bad_options_are_refused_and_change_nothing \
	cli_timer.start_with_bad_options_is_a_usage_error \
	ProjectsCli.project_done_refuses_bad_input_and_changes_nothing \
	ProjectsCli.tutorial_add_refuses_bad_input_and_changes_nothing \
	ProjectsCli.tutorial_done_refuses_bad_input_and_changes_nothing \
	ProjectsCli.log_path_refusals_change_nothing \
	CheckCli.colour_only_when_asked_and_never_with_no_color \
	PlanCli.colour_follows_the_color_setting \
	ReportElapsed.MonthAsCsv ReportElapsed.MonthAsHtml \
	ReportElapsed.MonthAsJson ReportElapsed.MonthAsMarkdown \
	cli_timer.stop_across_spring_forward_counts_real_minutes \
	cli_timer.stop_of_exactly_a_day_is_logged \
	cli_timer.stop_under_a_minute_logs_nothing \
	cli_timer.start_in_the_future_is_refused \
	cli_edit.changes_the_duration cli_edit.changes_the_kind \
	cli_edit.changes_the_topic \
	cli_ls.limit_0_lists_everything_and_n_the_newest_n \
	cli_ls.lists_the_newest_20_by_default_oldest_first \
	cli_ls.filter_matching_nothing_prints_no_sessions \
	cli_ls.cuts_long_notes_to_80_columns \
	cli_ls.orders_a_day_by_start_then_id \
	cli_roundtrip.importing_the_export_again_adds_nothing \
	JsonRoundtripCli.json_and_csv_exports_of_one_database_dedupe_each_other \
	cli_import_track_json.the_csv_fixture_and_the_json_fixture_agree \
	cli_import_generic.overlapping_later_export_adds_only_new_rows \
	cli_import_udemy.later_export_adds_only_the_new_time \
	cli_import_udemy.older_header_date_last_accessed \
	cli_import_clockify.older_header_dedupes_with_the_current_one \
	TopicNames.a_version_7_database_merges_topics_of_one_key \
	CheckCli.path_hopping_by_path_set_counts_changes_not_repeats \
	CheckCli.scattered_across_four_paths_with_a_custom_one \
	CheckCli.a_project_completed_in_the_window_ends_tutorial_hell \
	CheckCli.ignoring_fundamentals_and_no_portfolio_together \
	PlanCli.portfolio_at_an_earlier_day \
	ProjectsCli.tutorial_rm_leaves_its_sessions_unlinked \
	cli_import_watson.log_csv_with_crlf \
	cli_import_clockify.a_toggl_header_is_never_read_as_clockify
VALGRIND_NOT := $(subst $(space),:,$(strip $(VALGRIND_LEAVE_OUT)))
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

# The binary takes SQLite, jansson, libcsv and xxhash from their static
# archives when all four are installed (their -dev packages ship them):
# Debian's libsqlite3.so binds about 1,500 of its own symbols at every
# start, three quarters of the instructions of `track version` and of
# the prompt line (`status --short`, BENCHMARKS.md). STATIC_LIBS=0 links
# them dynamically, as the test programs always do, and so do the
# sanitizer and fuzzer builds.
STATIC_LIBS ?= $(if $(filter 1,$(SANITIZE) $(FUZZ)),0,1)
STATIC_NAMES := sqlite3 jansson csv xxhash
STATIC_FOUND = $(filter /%,$(foreach l,$(STATIC_NAMES),$(shell $(CC) \
               -print-file-name=lib$(l).a)))
STATIC_LINK := -Wl,-Bstatic $(STATIC_NAMES:%=-l%) -Wl,-Bdynamic -lm
TRACK_LIBS = $(if $(and $(filter 1,$(STATIC_LIBS)),$(filter 4,$(words \
             $(STATIC_FOUND)))),$(STATIC_LINK),$(PKG_LIBS))

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

# The unit tests and the VALGRIND_CLI_SUITES end-to-end tests but those in
# VALGRIND_LEAVE_OUT, each test binary under valgrind (fewer, larger
# jobs than make test's: a valgrind start costs seconds; four a worker,
# so that no worker ends alone on a long one).
test-valgrind: deps
	@sh scripts/deps.sh valgrind
	@$(MAKE) --no-print-directory -j$(JOBS) $(TRACK) $(BUILD)/track.1 $(TEST_BINS)
	@TRACK_BIN=$(abspath $(TRACK)) TEST_SHARDS=$(JOBS) TEST_SPLIT=4 \
	    TEST_DURATIONS=$(abspath $(BUILD))/test_durations.valgrind \
	    sh tests/run_tests.sh \
	    "$(VALGRIND) $(BUILD)/unit_tests --gtest_filter=*-$(VALGRIND_NOT)" \
	    "$(VALGRIND) $(BUILD)/cli_tests --gtest_filter=$(VALGRIND_CLI)-$(VALGRIND_NOT)"

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
