-- track database, version 6: ids are never reused. Without AUTOINCREMENT
-- SQLite gives a new row the largest id plus one, so after `track undo`
-- or `track rm` of the newest session (or `track import undo` of the
-- newest batch) the next one got the same id, and `track rm 2` typed
-- from an earlier listing removed another record. Sessions and import
-- batches (whose ids `track ls` and `track import list` show and users
-- type), projects and tutorials (whose ids key the summaries of schema
-- 003 and 005) now take ids above any they ever had.
--
-- SQLite cannot add AUTOINCREMENT to a table, so each is rebuilt: a new
-- table with the same columns in the same order, every row copied with
-- its id (which also sets the table's high-water mark in sqlite_sequence
-- to its largest id), the old table dropped, the new one renamed, then
-- its indexes and triggers created again exactly as schemas 001, 003 and
-- 004 made them. The tables referring to these keep their foreign keys,
-- which name the tables, not the rows' storage. db.c runs this with
-- foreign keys off on a database that has rows (dropping a table would
-- otherwise delete the rows referring to it) and checks them all before
-- committing. Ids used and removed before this migration cannot be
-- known; ids from now on are above every id the tables hold.

CREATE TABLE import_batch_new (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    file              TEXT NOT NULL,
    format            TEXT NOT NULL,
    created           TEXT NOT NULL,
    rows              INTEGER NOT NULL DEFAULT 0,
    sessions_added    INTEGER NOT NULL DEFAULT 0,
    tutorials_added   INTEGER NOT NULL DEFAULT 0,
    tutorials_updated INTEGER NOT NULL DEFAULT 0,
    duplicates        INTEGER NOT NULL DEFAULT 0,
    rejected          INTEGER NOT NULL DEFAULT 0,
    skipped           INTEGER NOT NULL DEFAULT 0
);
INSERT INTO import_batch_new (id, file, format, created, rows,
    sessions_added, tutorials_added, tutorials_updated, duplicates, rejected,
    skipped)
SELECT id, file, format, created, rows, sessions_added, tutorials_added,
    tutorials_updated, duplicates, rejected, skipped
FROM import_batch ORDER BY id;
DROP TABLE import_batch;
ALTER TABLE import_batch_new RENAME TO import_batch;

CREATE TABLE project_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    path_id     INTEGER REFERENCES path(id),
    started     TEXT NOT NULL,
    completed   TEXT,
    url         TEXT,
    description TEXT,
    created     TEXT NOT NULL,
    batch_id    INTEGER REFERENCES import_batch(id) ON DELETE SET NULL
);
INSERT INTO project_new (id, name, path_id, started, completed, url,
    description, created, batch_id)
SELECT id, name, path_id, started, completed, url, description, created,
    batch_id
FROM project ORDER BY id;
DROP TABLE project;
ALTER TABLE project_new RENAME TO project;
CREATE INDEX project_batch ON project(batch_id) WHERE batch_id IS NOT NULL;

CREATE TABLE tutorial_new (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    title         TEXT NOT NULL,
    topic_id      INTEGER REFERENCES topic(id),
    platform      TEXT,              -- NULL: added by hand
    course_id     TEXT,              -- the platform's id, when it has one
    url           TEXT,
    started       TEXT,
    completed     TEXT,
    progress      REAL,              -- percent, NULL when unknown
    last_activity TEXT,              -- newest imported activity day
    created       TEXT NOT NULL,
    batch_id      INTEGER REFERENCES import_batch(id) ON DELETE SET NULL
);
INSERT INTO tutorial_new (id, title, topic_id, platform, course_id, url,
    started, completed, progress, last_activity, created, batch_id)
SELECT id, title, topic_id, platform, course_id, url, started, completed,
    progress, last_activity, created, batch_id
FROM tutorial ORDER BY id;
DROP TABLE tutorial;
ALTER TABLE tutorial_new RENAME TO tutorial;
CREATE INDEX tutorial_title ON tutorial(title COLLATE NOCASE);
CREATE UNIQUE INDEX tutorial_course ON tutorial(platform, course_id)
    WHERE course_id IS NOT NULL;
CREATE INDEX tutorial_batch ON tutorial(batch_id) WHERE batch_id IS NOT NULL;

-- The indexes come after the copy: built from sorted keys at once, they
-- cost a fraction of growing them row by row.
CREATE TABLE session_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
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
INSERT INTO session_new (id, uuid, day, start, minutes, topic_id, kind,
    project_id, tutorial_id, note, origin, batch_id, fingerprint, created)
SELECT id, uuid, day, start, minutes, topic_id, kind, project_id,
    tutorial_id, note, origin, batch_id, fingerprint, created
FROM session ORDER BY id;
DROP TABLE session;
ALTER TABLE session_new RENAME TO session;
-- Reports read (day, topic, kind, minutes) straight from this index.
CREATE INDEX session_day ON session(day, topic_id, kind, minutes);
CREATE INDEX session_topic ON session(topic_id, day);
CREATE INDEX session_project ON session(project_id) WHERE project_id IS NOT NULL;
CREATE INDEX session_tutorial ON session(tutorial_id) WHERE tutorial_id IS NOT NULL;
CREATE INDEX session_batch ON session(batch_id) WHERE batch_id IS NOT NULL;
CREATE UNIQUE INDEX session_fingerprint ON session(fingerprint)
    WHERE fingerprint IS NOT NULL;

-- The summary triggers of schema 003, which went with the old table.
CREATE TRIGGER session_total_insert AFTER INSERT ON session BEGIN
    INSERT INTO month_total VALUES (substr(NEW.day, 1, 7), NEW.topic_id,
        NEW.kind, NEW.minutes, 1)
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + 1;
    INSERT INTO project_total
    SELECT NEW.project_id, NEW.topic_id, substr(NEW.day, 1, 7), NEW.minutes, 1
    WHERE NEW.project_id IS NOT NULL
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + 1;
    INSERT INTO day_total VALUES (NEW.day, NEW.minutes, 1)
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + 1;
END;

CREATE TRIGGER session_total_delete AFTER DELETE ON session BEGIN
    UPDATE month_total SET minutes = minutes - OLD.minutes,
        sessions = sessions - 1
    WHERE month = substr(OLD.day, 1, 7) AND topic_id = OLD.topic_id
      AND kind = OLD.kind;
    DELETE FROM month_total
    WHERE month = substr(OLD.day, 1, 7) AND topic_id = OLD.topic_id
      AND kind = OLD.kind AND sessions = 0;
    UPDATE project_total SET minutes = minutes - OLD.minutes,
        sessions = sessions - 1
    WHERE project_id = OLD.project_id AND topic_id = OLD.topic_id
      AND month = substr(OLD.day, 1, 7);
    DELETE FROM project_total
    WHERE project_id = OLD.project_id AND topic_id = OLD.topic_id
      AND month = substr(OLD.day, 1, 7) AND sessions = 0;
    UPDATE day_total SET minutes = minutes - OLD.minutes,
        sessions = sessions - 1 WHERE day = OLD.day;
    DELETE FROM day_total WHERE day = OLD.day AND sessions = 0;
END;

-- An update is the old session taken away and the new one added.
CREATE TRIGGER session_total_update
AFTER UPDATE OF day, topic_id, kind, project_id, minutes ON session BEGIN
    UPDATE month_total SET minutes = minutes - OLD.minutes,
        sessions = sessions - 1
    WHERE month = substr(OLD.day, 1, 7) AND topic_id = OLD.topic_id
      AND kind = OLD.kind;
    DELETE FROM month_total
    WHERE month = substr(OLD.day, 1, 7) AND topic_id = OLD.topic_id
      AND kind = OLD.kind AND sessions = 0;
    UPDATE project_total SET minutes = minutes - OLD.minutes,
        sessions = sessions - 1
    WHERE project_id = OLD.project_id AND topic_id = OLD.topic_id
      AND month = substr(OLD.day, 1, 7);
    DELETE FROM project_total
    WHERE project_id = OLD.project_id AND topic_id = OLD.topic_id
      AND month = substr(OLD.day, 1, 7) AND sessions = 0;
    UPDATE day_total SET minutes = minutes - OLD.minutes,
        sessions = sessions - 1 WHERE day = OLD.day;
    DELETE FROM day_total WHERE day = OLD.day AND sessions = 0;
    INSERT INTO month_total VALUES (substr(NEW.day, 1, 7), NEW.topic_id,
        NEW.kind, NEW.minutes, 1)
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + 1;
    INSERT INTO project_total
    SELECT NEW.project_id, NEW.topic_id, substr(NEW.day, 1, 7), NEW.minutes, 1
    WHERE NEW.project_id IS NOT NULL
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + 1;
    INSERT INTO day_total VALUES (NEW.day, NEW.minutes, 1)
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + 1;
END;
