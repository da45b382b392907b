-- Loads a history written by gen_history into a database that the real
-- `track` binary created and migrated (so the schema, the catalog, the
-- settings and the summary triggers are the ones users get).
--
--   cd DIR && sqlite3 -bail DB < load_history.sql
--
-- DIR holds sessions.tsv, projects.tsv, tutorials.tsv and path_choices.tsv
-- (columns below). The sessions go in through the session table in the
-- order written, oldest first, so the triggers of schema 003 fill
-- month_total, project_total and day_total exactly as `track log` would.
-- Everything happens in one transaction.

PRAGMA cache_size = -400000;
.mode tabs

CREATE TEMP TABLE g_session (uuid TEXT, day TEXT, start TEXT, minutes INT,
    topic TEXT, kind TEXT, project TEXT, tutorial TEXT, note TEXT,
    origin TEXT, created TEXT);
CREATE TEMP TABLE g_project (name TEXT, path TEXT, started TEXT,
    completed TEXT, created TEXT);
CREATE TEMP TABLE g_tutorial (title TEXT, topic TEXT, started TEXT,
    created TEXT);
CREATE TEMP TABLE g_choice (path TEXT, day TEXT, created TEXT);
.import sessions.tsv g_session
.import projects.tsv g_project
.import tutorials.tsv g_tutorial
.import path_choices.tsv g_choice

BEGIN;

-- Topics outside the catalog, unmapped as `track log` would create them.
INSERT INTO topic (name)
SELECT DISTINCT topic FROM g_session
WHERE topic NOT IN (SELECT name FROM topic);

INSERT INTO path_choice (path_id, day, created)
SELECT (SELECT id FROM path WHERE slug = c.path), c.day, c.created
FROM g_choice c ORDER BY c.rowid;

-- A generated project's path is one given with --path (schema 008).
INSERT INTO project (name, path_id, path_given, started, completed, created)
SELECT p.name, (SELECT id FROM path WHERE slug = p.path),
    nullif(p.path, '') IS NOT NULL, p.started, nullif(p.completed, ''),
    p.created
FROM g_project p ORDER BY p.rowid;

INSERT INTO tutorial (title, topic_id, started, created)
SELECT t.title, (SELECT id FROM topic WHERE name = t.topic), t.started,
    t.created
FROM g_tutorial t ORDER BY t.rowid;

-- Titles are unique in a generated history: a map from title to id keeps
-- the lookups below on an index of their own.
CREATE TEMP TABLE g_tutorial_id (title TEXT PRIMARY KEY, id INT);
INSERT INTO g_tutorial_id SELECT title, min(id) FROM tutorial GROUP BY title;

INSERT INTO session (uuid, day, start, minutes, topic_id, kind, project_id,
    tutorial_id, note, origin, created)
SELECT g.uuid, g.day, nullif(g.start, ''), g.minutes,
    (SELECT id FROM topic WHERE name = g.topic), g.kind,
    (SELECT id FROM project WHERE name = nullif(g.project, '')),
    (SELECT id FROM g_tutorial_id WHERE title = nullif(g.tutorial, '')),
    nullif(g.note, ''), g.origin, g.created
FROM g_session g ORDER BY g.rowid;

-- Every session logged by hand or with the timer can be undone.
INSERT INTO undo_entry (session_id) SELECT id FROM session ORDER BY id;

COMMIT;
