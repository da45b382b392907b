-- track database, version 7: the catalog and settings of the judgement,
-- version 2 (SPEC §2, §4–§6): topics that serve further paths, the
-- areas of the fundamentals, the prerequisites of a path, the new
-- thresholds and the ISO weeks of each project's work.

-- The area of article 1's fundamentals a fundamentals topic belongs to;
-- NULL on other topics. A fundamentals topic with no area (one a user
-- added) counts as 'further'.
ALTER TABLE topic ADD COLUMN area TEXT CHECK (area IS NULL OR area IN
    ('basics', 'data-structures', 'functions', 'classes', 'error-handling',
     'further'));

-- A topic serves paths beyond its home (topic.path_id): hours on it count
-- for the chosen path when that path is one it serves.
CREATE TABLE topic_serves (
    topic_id INTEGER NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    path_id  INTEGER NOT NULL REFERENCES path(id) ON DELETE CASCADE,
    builtin  INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    PRIMARY KEY (topic_id, path_id)
) WITHOUT ROWID;
CREATE INDEX topic_serves_path ON topic_serves(path_id);

-- The topics a path builds on (skipped-prerequisites).
CREATE TABLE path_prerequisite (
    path_id  INTEGER NOT NULL REFERENCES path(id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    PRIMARY KEY (path_id, topic_id)
) WITHOUT ROWID;

-- A topic article 1 names that the catalog lacked.
INSERT OR IGNORE INTO topic (name, path_id, builtin)
SELECT 'control-flow', id, 1 FROM path WHERE slug = 'fundamentals';

CREATE TEMP TABLE catalog_alias (alias TEXT, topic TEXT);
INSERT INTO catalog_alias (alias, topic) VALUES
 ('loops', 'control-flow'), ('conditionals', 'control-flow'),
 ('if-statements', 'control-flow'), ('for-loops', 'control-flow'),
 ('while-loops', 'control-flow'), ('lambda', 'functions'),
 ('lambdas', 'functions'), ('closures', 'functions'),
 ('strings', 'data-structures'), ('inheritance', 'oop'),
 ('try-except', 'error-handling'), ('exception-handling', 'error-handling'),
 ('linear-algebra-basics', 'linear-algebra'), ('stat', 'statistics'),
 ('probabilities', 'probability'), ('ml', 'machine-learning'),
 ('ai', 'machine-learning'), ('artificial-intelligence', 'machine-learning');
-- An alias never shadows a topic's own name or an existing alias.
INSERT INTO topic_alias (alias, topic_id)
SELECT a.alias, t.id FROM catalog_alias a JOIN topic t ON t.name = a.topic
WHERE NOT EXISTS (SELECT 1 FROM topic x WHERE x.name = a.alias)
  AND NOT EXISTS (SELECT 1 FROM topic_alias y WHERE y.alias = a.alias);
DROP TABLE catalog_alias;

-- The areas (SPEC §4 step 1).
CREATE TEMP TABLE catalog_area (topic TEXT, area TEXT);
INSERT INTO catalog_area (topic, area) VALUES
 ('python', 'basics'), ('variables', 'basics'), ('control-flow', 'basics'),
 ('modules', 'basics'), ('scripting', 'basics'),
 ('data-structures', 'data-structures'), ('comprehensions', 'data-structures'),
 ('functions', 'functions'),
 ('oop', 'classes'),
 ('error-handling', 'error-handling'),
 ('generators', 'further'), ('decorators', 'further'),
 ('context-managers', 'further'), ('testing-basics', 'further'),
 ('git', 'further'), ('type-hints', 'further'),
 ('virtual-environments', 'further'), ('debugging', 'further'),
 ('algorithms', 'further'), ('asyncio', 'further'), ('concurrency', 'further');
UPDATE topic SET area = (SELECT c.area FROM catalog_area c
                         WHERE c.topic = topic.name)
WHERE builtin = 1 AND name IN (SELECT topic FROM catalog_area);
DROP TABLE catalog_area;

-- Serving relations. The first group is SPEC §2's; the second is the
-- catalog's own, each with its reason in the README ("Topics serve
-- paths").
CREATE TEMP TABLE catalog_serves (topic TEXT, path TEXT);
INSERT INTO catalog_serves (topic, path) VALUES
 ('statistics', 'ml'), ('probability', 'ml'),
 ('linear-algebra', 'data-science'), ('calculus', 'data-science'),
 ('sql', 'data-science'), ('sql', 'data-engineering'),
 ('sqlalchemy', 'backend'), ('docker', 'backend'), ('ci-cd', 'backend'),
 ('numpy', 'ml'), ('numpy', 'data-engineering'),
 ('pandas', 'ml'), ('pandas', 'data-engineering'),
 ('apis', 'backend'), ('docker', 'ml'), ('docker', 'data-engineering'),

 ('scikit-learn', 'data-science'), ('jupyter', 'ml'), ('matplotlib', 'ml'),
 ('postgresql', 'data-engineering'), ('shell', 'devops'),
 ('linux', 'backend');
INSERT INTO topic_serves (topic_id, path_id, builtin)
SELECT t.id, p.id, 1 FROM catalog_serves c
JOIN topic t ON t.name = c.topic JOIN path p ON p.slug = c.path
WHERE t.path_id IS NOT p.id;
DROP TABLE catalog_serves;

INSERT INTO path_prerequisite (path_id, topic_id)
SELECT p.id, t.id FROM path p JOIN topic t
ON (p.slug = 'ml' AND t.name IN ('statistics', 'probability',
                                 'linear-algebra', 'calculus'))
OR (p.slug = 'data-science' AND t.name IN ('statistics', 'probability'));

-- The new thresholds (SPEC §5.1).
INSERT INTO setting (key, default_value, type, min, max, choices, description) VALUES
 ('plan.fundamentals-area-hours', '1', 'integer', 0, 1000, NULL,
  'step 1: hours under which an area of the fundamentals is named as next'),
 ('plan.fundamentals-active-share', '30', 'integer', 0, 100, NULL,
  'step 1: percent of the step''s hours that must be active (study, project)'),
 ('plan.fundamentals-further-share', '25', 'integer', 0, 100, NULL,
  'step 1: percent of the target that further topics (git, testing, ...) may fill'),
 ('project.min-hours', '10', 'integer', 1, 10000, NULL,
  'step 3: hours that make a project substantial (scaled down by a slower pace)'),
 ('tutorial-hell.min-history-days', '14', 'integer', 0, 3660, NULL,
  'tutorial-hell: days after the first session before it can be raised'),
 ('off-path.min-hours', '10', 'integer', 0, 10000, NULL,
  'off-path: specialization hours in the last 28 days before it can be raised'),
 ('off-path.share', '30', 'integer', 0, 100, NULL,
  'off-path: percent on the chosen path under which it is raised'),
 ('memorization.window-days', '90', 'integer', 1, 3660, NULL,
  'memorization: days looked at'),
 ('memorization.topic-hours', '5', 'integer', 0, 10000, NULL,
  'memorization: tutorial and study hours that make a topic count'),
 ('memorization.min-hours', '15', 'integer', 0, 100000, NULL,
  'memorization: hours on unapplied topics before it is raised'),
 ('memorization.share', '60', 'integer', 0, 100, NULL,
  'memorization: percent of the window''s hours on unapplied topics'),
 ('prerequisites.path-hours', '20', 'integer', 0, 100000, NULL,
  'skipped-prerequisites: hours on the chosen path before it is raised'),
 ('prerequisites.min-hours', '5', 'integer', 0, 10000, NULL,
  'skipped-prerequisites: hours on the prerequisites under which it is raised'),
 ('stalled.days', '21', 'integer', 1, 3660, NULL,
  'stalled: days without a session'),
 ('portfolio.deep-project-hours', '30', 'integer', 1, 10000, NULL,
  'portfolio: hours at which a project earns its full share of the score');

-- Minutes per project and ISO week ('YYYY-MM-DD' of its Monday): a
-- substantial project's work falls in two or more weeks.
CREATE TABLE project_week (
    project_id INTEGER NOT NULL,
    week       TEXT NOT NULL,
    minutes    INTEGER NOT NULL,
    sessions   INTEGER NOT NULL,
    PRIMARY KEY (project_id, week)
) WITHOUT ROWID;

INSERT INTO project_week
SELECT project_id, date(day, '-' || ((strftime('%w', day) + 6) % 7) || ' days'),
       sum(minutes), count(*)
FROM session WHERE project_id IS NOT NULL GROUP BY 1, 2;

CREATE TRIGGER session_project_week_insert AFTER INSERT ON session
WHEN NEW.project_id IS NOT NULL BEGIN
    INSERT INTO project_week VALUES (NEW.project_id, date(NEW.day, '-' ||
        ((strftime('%w', NEW.day) + 6) % 7) || ' days'), NEW.minutes, 1)
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + 1;
END;

CREATE TRIGGER session_project_week_delete AFTER DELETE ON session
WHEN OLD.project_id IS NOT NULL BEGIN
    UPDATE project_week SET minutes = minutes - OLD.minutes,
        sessions = sessions - 1
    WHERE project_id = OLD.project_id AND week = date(OLD.day, '-' ||
        ((strftime('%w', OLD.day) + 6) % 7) || ' days');
    DELETE FROM project_week
    WHERE project_id = OLD.project_id AND week = date(OLD.day, '-' ||
        ((strftime('%w', OLD.day) + 6) % 7) || ' days') AND sessions = 0;
END;

CREATE TRIGGER session_project_week_update
AFTER UPDATE OF day, project_id, minutes ON session BEGIN
    UPDATE project_week SET minutes = minutes - OLD.minutes,
        sessions = sessions - 1
    WHERE OLD.project_id IS NOT NULL AND project_id = OLD.project_id
      AND week = date(OLD.day, '-' ||
        ((strftime('%w', OLD.day) + 6) % 7) || ' days');
    DELETE FROM project_week
    WHERE OLD.project_id IS NOT NULL AND project_id = OLD.project_id
      AND week = date(OLD.day, '-' ||
        ((strftime('%w', OLD.day) + 6) % 7) || ' days') AND sessions = 0;
    INSERT INTO project_week
    SELECT NEW.project_id, date(NEW.day, '-' ||
        ((strftime('%w', NEW.day) + 6) % 7) || ' days'), NEW.minutes, 1
    WHERE NEW.project_id IS NOT NULL
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + 1;
END;
