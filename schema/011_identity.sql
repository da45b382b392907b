-- track database, version 11: an imported entry's identity apart from
-- its content (issue 16). A time-tracker entry is the same entry when
-- its tool's id, else its start and length, else its day, length and
-- the names of what the time went to, are the same (importers/
-- identity.h); what else it says is its content. A re-export whose entry says something else (a corrected
-- description) updates the session it made instead of adding its time
-- again; `track import undo` puts the old values back.

-- The content an imported time-tracker entry had (16 hex digits of its
-- hash): NULL for every other session, and for one imported before this
-- version (import_legacy below), whose content was never recorded.
ALTER TABLE session ADD COLUMN content TEXT;

-- Set by `track edit`: the learner's own values, which a re-export of
-- the entry never overwrites.
ALTER TABLE session ADD COLUMN edited INTEGER NOT NULL DEFAULT 0
    CHECK (edited IN (0, 1));

ALTER TABLE import_batch ADD COLUMN sessions_updated INTEGER NOT NULL
    DEFAULT 0;

-- What a batch found in a session it updated, restored by its undo
-- (like tutorial_change). legacy: the family the session had in
-- import_legacy, which undo gives back.
CREATE TABLE session_change (
    batch_id    INTEGER NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    session_id  INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    day         TEXT NOT NULL,
    start       TEXT,
    minutes     INTEGER NOT NULL,
    topic_id    INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    project_id  INTEGER,
    tutorial_id INTEGER,
    note        TEXT,
    fingerprint TEXT,
    content     TEXT,
    legacy      TEXT,
    PRIMARY KEY (batch_id, session_id)
) WITHOUT ROWID;
CREATE INDEX session_change_session ON session_change(session_id);

-- Time-tracker sessions imported before this version: their fingerprint
-- hashes the whole row, so a corrected re-export cannot find them by
-- it. An import finds them by that fingerprint (the same row again) or
-- by the day, start, minutes and format family they stored (the family
-- from their batch's format), gives them the new fingerprint and
-- content, and takes them off this list. family NULL: a session that
-- came with its fingerprint from track's export, whose format is not
-- known (only the same row finds it); importers/trackrows.c adds those
-- of exports imported later. The fallback reads the session table's day
-- index first and this table by session id.
CREATE TABLE import_legacy (
    session_id INTEGER PRIMARY KEY REFERENCES session(id) ON DELETE CASCADE,
    family     TEXT
);
CREATE INDEX import_legacy_family ON import_legacy(family);
INSERT INTO import_legacy (session_id, family)
SELECT s.id, CASE WHEN b.format IN ('track', 'track-json') THEN NULL
                  WHEN b.format = 'watson-json' THEN 'watson'
                  ELSE b.format END
FROM session s JOIN import_batch b ON b.id = s.batch_id
WHERE s.origin = 'import' AND s.fingerprint IS NOT NULL AND s.estimated = 0
  AND b.format IN ('toggl', 'clockify', 'harvest', 'watson', 'watson-json',
                   'timew', 'custom', 'generic', 'track', 'track-json');

-- LinkedIn Learning's last viewing was taken as a course's start, which
-- a course watched again puts after its completion (issue 16, defect
-- 3): it is the last activity, and the start is the completion.
UPDATE tutorial SET last_activity = coalesce(last_activity, started),
    started = completed
WHERE platform = 'LinkedIn Learning' AND completed IS NOT NULL
  AND started > completed;
