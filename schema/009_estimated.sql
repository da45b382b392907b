-- track database, version 9: course time placed by estimate.
--
-- A course export says how much time a course took, not when (FORMATS.md
-- 1.2): the importer spreads it over the days the course was followed
-- and marks those sessions estimated. `track ls` shows them with a `~`,
-- JSON and CSV carry "estimated"; `track edit` of such a session takes
-- the mark away (the learner has confirmed it).
ALTER TABLE session ADD COLUMN estimated INTEGER NOT NULL DEFAULT 0
    CHECK (estimated IN (0, 1));

-- Sessions that an older track imported from a course platform were an
-- estimate too (the whole time on the last-activity day): they keep
-- their days and minutes, and are marked. `track import undo` and a new
-- import of the same export spread them as this version does.
UPDATE session SET estimated = 1
WHERE origin = 'import' AND tutorial_id IS NOT NULL
  AND batch_id IN (SELECT id FROM import_batch
                   WHERE format IN ('udemy', 'coursera', 'linkedin'));

INSERT INTO setting (key, default_value, type, min, max, choices, description) VALUES
 ('import.course-day-minutes', '90', 'integer', 1, 1440, NULL,
  'import: minutes a day given to course time whose days are not known');
