-- track database, version 4: what `track import` keeps beyond version 1.

-- The words that give an imported tracker entry its kind (FORMATS.md
-- 1.2): whole words of Project, Task, Description and Tags. A row with
-- words of both kinds is a tutorial. Data, like the catalog.
CREATE TABLE kind_word (
    word TEXT PRIMARY KEY COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('tutorial', 'project'))
) WITHOUT ROWID;
INSERT INTO kind_word (word, kind) VALUES
 ('tutorial', 'tutorial'), ('tutorials', 'tutorial'),
 ('course', 'tutorial'), ('courses', 'tutorial'),
 ('video', 'tutorial'), ('videos', 'tutorial'),
 ('lecture', 'tutorial'), ('lectures', 'tutorial'),
 ('lesson', 'tutorial'), ('lessons', 'tutorial'),
 ('project', 'project'), ('projects', 'project'),
 ('build', 'project'), ('building', 'project');

-- The batch that created a tutorial or project, so `track import undo`
-- removes what it added (NULL: added by hand or by the timer).
ALTER TABLE tutorial ADD COLUMN batch_id INTEGER
    REFERENCES import_batch(id) ON DELETE SET NULL;
ALTER TABLE project ADD COLUMN batch_id INTEGER
    REFERENCES import_batch(id) ON DELETE SET NULL;
CREATE INDEX tutorial_batch ON tutorial(batch_id) WHERE batch_id IS NOT NULL;
CREATE INDEX project_batch ON project(batch_id) WHERE batch_id IS NOT NULL;

-- The values a batch found in a tutorial it updated, restored by undo.
CREATE TABLE tutorial_change (
    batch_id      INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    tutorial_id   INTEGER NOT NULL REFERENCES tutorial(id) ON DELETE CASCADE,
    started       TEXT,
    completed     TEXT,
    progress      REAL,
    last_activity TEXT,
    url           TEXT,
    PRIMARY KEY (batch_id, tutorial_id)
) WITHOUT ROWID;
CREATE INDEX tutorial_change_tutorial ON tutorial_change(tutorial_id);

-- Rows an import skipped: zero-length, not started, other people's.
ALTER TABLE import_batch ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;

