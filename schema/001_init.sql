-- track database, version 1: the tables every command works on.
-- Days are local calendar days as 'YYYY-MM-DD'; instants are UTC ISO-8601
-- ('2026-11-22T09:30:00Z'); durations are whole minutes.

-- Career paths, plus the pseudo-path 'fundamentals' (never choosable).
CREATE TABLE path (
    id           INTEGER PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    fundamentals INTEGER NOT NULL DEFAULT 0 CHECK (fundamentals IN (0, 1)),
    builtin      INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    position     INTEGER NOT NULL DEFAULT 1000
);

-- What a session is about; path_id NULL means "unmapped".
CREATE TABLE topic (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE,
    path_id INTEGER REFERENCES path(id),
    builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
);
CREATE INDEX topic_path ON topic(path_id);

CREATE TABLE topic_alias (
    alias    TEXT PRIMARY KEY COLLATE NOCASE,
    topic_id INTEGER NOT NULL REFERENCES topic(id) ON DELETE CASCADE
);
CREATE INDEX topic_alias_topic ON topic_alias(topic_id);

-- Every `track path set`, dated; the current path is the latest by day
-- (ties: the later entry).
CREATE TABLE path_choice (
    id      INTEGER PRIMARY KEY,
    path_id INTEGER NOT NULL REFERENCES path(id),
    day     TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE INDEX path_choice_day ON path_choice(day, id);

CREATE TABLE project (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    path_id     INTEGER REFERENCES path(id),
    started     TEXT NOT NULL,
    completed   TEXT,
    url         TEXT,
    description TEXT,
    created     TEXT NOT NULL
);

CREATE TABLE tutorial (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL,
    topic_id      INTEGER REFERENCES topic(id),
    platform      TEXT,              -- NULL: added by hand
    course_id     TEXT,              -- the platform's id, when it has one
    url           TEXT,
    started       TEXT,
    completed     TEXT,
    progress      REAL,              -- percent, NULL when unknown
    last_activity TEXT,              -- newest imported activity day
    created       TEXT NOT NULL
);
CREATE INDEX tutorial_title ON tutorial(title COLLATE NOCASE);
CREATE UNIQUE INDEX tutorial_course ON tutorial(platform, course_id)
    WHERE course_id IS NOT NULL;

CREATE TABLE import_batch (
    id                INTEGER PRIMARY KEY,
    file              TEXT NOT NULL,
    format            TEXT NOT NULL,
    created           TEXT NOT NULL,
    rows              INTEGER NOT NULL DEFAULT 0,
    sessions_added    INTEGER NOT NULL DEFAULT 0,
    tutorials_added   INTEGER NOT NULL DEFAULT 0,
    tutorials_updated INTEGER NOT NULL DEFAULT 0,
    duplicates        INTEGER NOT NULL DEFAULT 0,
    rejected          INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE session (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    day         TEXT NOT NULL,       -- local day the session started
    start       TEXT,                -- UTC instant, when known
    minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    topic_id    INTEGER NOT NULL REFERENCES topic(id),
    kind        TEXT NOT NULL CHECK (kind IN ('tutorial', 'study', 'project')),
    project_id  INTEGER REFERENCES project(id) ON DELETE SET NULL,
    tutorial_id INTEGER REFERENCES tutorial(id) ON DELETE SET NULL,
    note        TEXT,
    origin      TEXT NOT NULL CHECK (origin IN ('manual', 'timer', 'import')),
    batch_id    INTEGER REFERENCES import_batch(id) ON DELETE CASCADE,
    fingerprint TEXT,
    created     TEXT NOT NULL
);
-- Reports read (day, topic, kind, minutes) straight from this index.
CREATE INDEX session_day ON session(day, topic_id, kind, minutes);
CREATE INDEX session_topic ON session(topic_id, day);
CREATE INDEX session_project ON session(project_id) WHERE project_id IS NOT NULL;
CREATE INDEX session_tutorial ON session(tutorial_id) WHERE tutorial_id IS NOT NULL;
CREATE INDEX session_batch ON session(batch_id) WHERE batch_id IS NOT NULL;
CREATE UNIQUE INDEX session_fingerprint ON session(fingerprint)
    WHERE fingerprint IS NOT NULL;

-- What `track undo` takes back, newest first: a manual session or a batch.
CREATE TABLE undo_entry (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER REFERENCES session(id) ON DELETE CASCADE,
    batch_id   INTEGER REFERENCES import_batch(id) ON DELETE CASCADE,
    CHECK ((session_id IS NULL) <> (batch_id IS NULL))
);
CREATE INDEX undo_entry_session ON undo_entry(session_id) WHERE session_id IS NOT NULL;
CREATE INDEX undo_entry_batch ON undo_entry(batch_id) WHERE batch_id IS NOT NULL;

-- The running timer of `track start`: at most one row, no daemon.
CREATE TABLE timer (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    started     TEXT NOT NULL,
    topic_id    INTEGER NOT NULL REFERENCES topic(id),
    kind        TEXT NOT NULL CHECK (kind IN ('tutorial', 'study', 'project')),
    project_id  INTEGER REFERENCES project(id) ON DELETE SET NULL,
    tutorial_id INTEGER REFERENCES tutorial(id) ON DELETE SET NULL,
    note        TEXT
);

-- Thresholds and preferences. value NULL means the default applies.
-- type: 'integer' (within min..max) or 'choice' (one of choices, '|'-joined).
CREATE TABLE setting (
    key           TEXT PRIMARY KEY,
    value         TEXT,
    default_value TEXT NOT NULL,
    type          TEXT NOT NULL CHECK (type IN ('integer', 'choice')),
    min           INTEGER,
    max           INTEGER,
    choices       TEXT,
    description   TEXT NOT NULL
);

INSERT INTO setting (key, default_value, type, min, max, choices, description) VALUES
 ('default-kind', 'study', 'choice', NULL, NULL, 'tutorial|study|project',
  'kind of a session logged without --kind, --project or --tutorial'),
 ('week-start', 'monday', 'choice', NULL, NULL, 'monday|sunday',
  'first day of the week in reports'),
 ('color', 'auto', 'choice', NULL, NULL, 'auto|always|never',
  'colour in text output: auto = only on a terminal without NO_COLOR'),
 ('plan.fundamentals-hours', '40', 'integer', 1, 10000, NULL,
  'step 1: fundamentals hours to master the basics'),
 ('plan.projects', '3', 'integer', 1, 100, NULL,
  'step 3: completed projects in the chosen path'),
 ('plan.focus-month-hours', '10', 'integer', 1, 744, NULL,
  'step 4: hours on the chosen path that make a focused month'),
 ('plan.focus-share', '60', 'integer', 1, 100, NULL,
  'step 4: percent of a month''s specialization hours on the chosen path'),
 ('plan.focus-months', '6', 'integer', 1, 120, NULL,
  'step 4: consecutive focused months to complete the step'),
 ('plan.portfolio-score', '70', 'integer', 1, 100, NULL,
  'step 5: portfolio-depth score to complete the step'),
 ('tutorial-hell.window-days', '28', 'integer', 1, 3660, NULL,
  'tutorial-hell: days looked at'),
 ('tutorial-hell.min-hours', '10', 'integer', 0, 10000, NULL,
  'tutorial-hell: tutorial hours in the window'),
 ('tutorial-hell.share', '70', 'integer', 0, 100, NULL,
  'tutorial-hell: tutorial percent of all hours in the window'),
 ('tutorial-hell.project-share', '10', 'integer', 0, 100, NULL,
  'tutorial-hell: project percent of all hours under which it triggers'),
 ('tutorial-hell.alert-hours', '30', 'integer', 0, 100000, NULL,
  'tutorial-hell alert: tutorial hours ever with no project session'),
 ('path-hopping.month-hours', '5', 'integer', 0, 744, NULL,
  'path-hopping: specialization hours that make a month count'),
 ('path-hopping.months', '4', 'integer', 2, 12, NULL,
  'path-hopping: counting months looked at'),
 ('path-hopping.changes', '2', 'integer', 1, 12, NULL,
  'path-hopping: changes of dominant path (or of path set) that trigger it'),
 ('path-hopping.set-window-days', '90', 'integer', 1, 3660, NULL,
  'path-hopping: days in which path set changes are counted'),
 ('ignoring-fundamentals.min-hours', '10', 'integer', 0, 100000, NULL,
  'ignoring-fundamentals: specialization hours before it triggers'),
 ('no-portfolio.total-hours', '60', 'integer', 0, 100000, NULL,
  'no-portfolio: hours ever logged with no completed project'),
 ('no-portfolio.weeks', '8', 'integer', 1, 1000, NULL,
  'no-portfolio: distinct weeks with sessions and no completed project'),
 ('no-portfolio.window-days', '90', 'integer', 1, 3660, NULL,
  'no-portfolio: days of the recent window'),
 ('no-portfolio.window-hours', '30', 'integer', 0, 100000, NULL,
  'no-portfolio: hours in the recent window with no project completed'),
 ('scattered.window-days', '28', 'integer', 1, 3660, NULL,
  'scattered: days looked at'),
 ('scattered.paths', '3', 'integer', 2, 50, NULL,
  'scattered: specialization paths with enough hours'),
 ('scattered.path-hours', '2', 'integer', 0, 10000, NULL,
  'scattered: hours that make a path count'),
 ('scattered.top-share', '50', 'integer', 1, 100, NULL,
  'scattered: percent the largest path stays under');
