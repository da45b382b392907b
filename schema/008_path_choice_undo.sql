-- track database, version 8: the rows a learner wrote, brought to version
-- 2 of the judgement (SPEC §5.1): path choices that `track undo` takes
-- back, same-day choices that replace each other, a project's path kept
-- only when it was given, and topic names found whatever their spelling.

-- 1. The undo log names path choices too. An entry of `path set` names
-- the choice it made, or the choice of the same day it replaced together
-- with the path that choice had before (undoing it puts that path back;
-- undoing the entry that made the choice removes it). Entries are taken
-- back newest first, whatever the days they name. SQLite cannot change a
-- CHECK, so the table is rebuilt with its ids (db.c migrates with foreign
-- keys off and checks them before committing).
CREATE TABLE undo_entry_new (
    id               INTEGER PRIMARY KEY,
    session_id       INTEGER REFERENCES session(id) ON DELETE CASCADE,
    batch_id         INTEGER REFERENCES import_batch(id) ON DELETE CASCADE,
    path_choice_id   INTEGER REFERENCES path_choice(id) ON DELETE CASCADE,
    replaced_path_id INTEGER REFERENCES path(id),
    CHECK ((session_id IS NOT NULL) + (batch_id IS NOT NULL) +
           (path_choice_id IS NOT NULL) = 1),
    CHECK (replaced_path_id IS NULL OR path_choice_id IS NOT NULL)
);
INSERT INTO undo_entry_new (id, session_id, batch_id)
SELECT id, session_id, batch_id FROM undo_entry ORDER BY id;
DROP TABLE undo_entry;
ALTER TABLE undo_entry_new RENAME TO undo_entry;
CREATE INDEX undo_entry_session ON undo_entry(session_id) WHERE session_id IS NOT NULL;
CREATE INDEX undo_entry_batch ON undo_entry(batch_id) WHERE batch_id IS NOT NULL;
CREATE INDEX undo_entry_path_choice ON undo_entry(path_choice_id)
    WHERE path_choice_id IS NOT NULL;

-- 2. A `path set` on the day of the choice before it replaces that choice
-- (a mis-click is not a change). Version 1 kept every one; the last of
-- each day is the one that stood, so the others go.
DELETE FROM path_choice WHERE EXISTS (SELECT 1 FROM path_choice later
    WHERE later.day = path_choice.day AND later.id > path_choice.id);

-- 3. A project's path is kept only when `--path` gave it (sticky);
-- otherwise it follows the project's hours. Version 1 did not record
-- which paths were given and guessed the others from a first session's
-- topic, so every project follows its hours until given a path again.
ALTER TABLE project ADD COLUMN path_given INTEGER NOT NULL DEFAULT 0
    CHECK (path_given IN (0, 1));
UPDATE project SET path_id = NULL;

-- 4. Topic names are found by their key: lowercase, each run of spaces,
-- underscores and hyphens one hyphen, none at either end (catalog.c's
-- topic_key; names are at most 80 bytes, so seven halvings of '--' are
-- enough). Version 1 stored 'machine learning' as an unmapped topic
-- beside the catalog's machine-learning; topics sharing a key become one:
-- a mapped topic (built in first, then the oldest), else the mapped topic
-- an alias with that key names, else the oldest. Their sessions,
-- tutorials, timer, aliases, serving relations and prerequisites move to
-- it (the session triggers keep the summaries), and an alias that another
-- topic's name now shadows goes.
CREATE TEMP TABLE catalog_key (alias TEXT, topic_id INTEGER, key TEXT);
INSERT INTO catalog_key SELECT NULL, id, name FROM topic;
INSERT INTO catalog_key SELECT alias, topic_id, alias FROM topic_alias;
UPDATE catalog_key SET key = replace(replace(replace(replace(replace(
    lower(key), ' ', '-'), '_', '-'), char(9), '-'), char(10), '-'),
    char(13), '-');
UPDATE catalog_key SET key = replace(key, '--', '-') WHERE key LIKE '%--%';
UPDATE catalog_key SET key = replace(key, '--', '-') WHERE key LIKE '%--%';
UPDATE catalog_key SET key = replace(key, '--', '-') WHERE key LIKE '%--%';
UPDATE catalog_key SET key = replace(key, '--', '-') WHERE key LIKE '%--%';
UPDATE catalog_key SET key = replace(key, '--', '-') WHERE key LIKE '%--%';
UPDATE catalog_key SET key = replace(key, '--', '-') WHERE key LIKE '%--%';
UPDATE catalog_key SET key = replace(key, '--', '-') WHERE key LIKE '%--%';
UPDATE catalog_key SET key = trim(key, '-');

CREATE TEMP TABLE topic_merge AS
SELECT k.topic_id AS from_id, coalesce(
    (SELECT t.id FROM catalog_key s JOIN topic t ON t.id = s.topic_id
     WHERE s.alias IS NULL AND s.key = k.key AND t.path_id IS NOT NULL
     ORDER BY t.builtin DESC, t.id LIMIT 1),
    (SELECT t.id FROM catalog_key s JOIN topic t ON t.id = s.topic_id
     WHERE s.alias IS NOT NULL AND s.key = k.key AND t.path_id IS NOT NULL
     ORDER BY t.builtin DESC, t.id LIMIT 1),
    (SELECT s.topic_id FROM catalog_key s
     WHERE s.alias IS NULL AND s.key = k.key ORDER BY s.topic_id LIMIT 1))
    AS into_id
FROM catalog_key k WHERE k.alias IS NULL AND k.key <> '';
-- A topic an alias led to may itself be merged into another.
UPDATE topic_merge SET into_id = coalesce((SELECT m.into_id
    FROM topic_merge m WHERE m.from_id = topic_merge.into_id), into_id);
DELETE FROM topic_merge WHERE from_id = into_id;

UPDATE session SET topic_id = (SELECT into_id FROM topic_merge
    WHERE from_id = session.topic_id)
WHERE topic_id IN (SELECT from_id FROM topic_merge);
UPDATE tutorial SET topic_id = (SELECT into_id FROM topic_merge
    WHERE from_id = tutorial.topic_id)
WHERE topic_id IN (SELECT from_id FROM topic_merge);
UPDATE timer SET topic_id = (SELECT into_id FROM topic_merge
    WHERE from_id = timer.topic_id)
WHERE topic_id IN (SELECT from_id FROM topic_merge);
UPDATE topic_alias SET topic_id = (SELECT into_id FROM topic_merge
    WHERE from_id = topic_alias.topic_id)
WHERE topic_id IN (SELECT from_id FROM topic_merge);
INSERT OR IGNORE INTO topic_serves (topic_id, path_id, builtin)
SELECT m.into_id, s.path_id, s.builtin FROM topic_serves s
JOIN topic_merge m ON m.from_id = s.topic_id
WHERE s.path_id IS NOT (SELECT path_id FROM topic WHERE id = m.into_id);
DELETE FROM topic_serves WHERE topic_id IN (SELECT from_id FROM topic_merge);
INSERT OR IGNORE INTO path_prerequisite (path_id, topic_id)
SELECT p.path_id, m.into_id FROM path_prerequisite p
JOIN topic_merge m ON m.from_id = p.topic_id;
DELETE FROM path_prerequisite
WHERE topic_id IN (SELECT from_id FROM topic_merge);
DELETE FROM topic WHERE id IN (SELECT from_id FROM topic_merge);

DELETE FROM topic_alias WHERE EXISTS (SELECT 1 FROM catalog_key a
    JOIN catalog_key t ON t.key = a.key AND t.alias IS NULL
    JOIN topic y ON y.id = t.topic_id
    WHERE a.alias = topic_alias.alias AND y.id <> topic_alias.topic_id);
DROP TABLE topic_merge;
DROP TABLE catalog_key;
