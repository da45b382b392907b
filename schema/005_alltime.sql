-- track database, version 5: all-time running totals, so that everyday
-- reports, the plan and the findings read a number of rows bounded by the
-- catalog (topics, paths, projects), not by the years of history.
--
-- They are kept from the summaries of schema 003 by triggers on those
-- tables (so the session triggers and the importer's bulk writes of the
-- summaries both keep them right without knowing about them).

-- Minutes per topic and kind, over all time.
CREATE TABLE topic_total (
    topic_id INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    minutes  INTEGER NOT NULL,
    sessions INTEGER NOT NULL,
    PRIMARY KEY (topic_id, kind)
) WITHOUT ROWID;

-- Minutes per calendar month and path (0: an unmapped topic), for the
-- focus streak, which may look back over every month.
CREATE TABLE month_path_total (
    month    TEXT NOT NULL,
    path_id  INTEGER NOT NULL,
    minutes  INTEGER NOT NULL,
    sessions INTEGER NOT NULL,
    PRIMARY KEY (month, path_id)
) WITHOUT ROWID;

-- Minutes per project and topic, over all time.
CREATE TABLE project_topic_total (
    project_id INTEGER NOT NULL,
    topic_id   INTEGER NOT NULL,
    minutes    INTEGER NOT NULL,
    sessions   INTEGER NOT NULL,
    PRIMARY KEY (project_id, topic_id)
) WITHOUT ROWID;

-- Minutes per project, over all time (what the score needs; the topics
-- above are read only by `track portfolio`).
CREATE TABLE project_sum (
    project_id INTEGER PRIMARY KEY,
    minutes    INTEGER NOT NULL,
    sessions   INTEGER NOT NULL
);

-- Days with sessions per week ('YYYY-MM-DD' of its Monday).
CREATE TABLE week_total (
    week TEXT PRIMARY KEY,
    days INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO topic_total
SELECT topic_id, kind, sum(minutes), sum(sessions) FROM month_total
GROUP BY 1, 2;
INSERT INTO month_path_total
SELECT m.month, ifnull(t.path_id, 0), sum(m.minutes), sum(m.sessions)
FROM month_total m LEFT JOIN topic t ON t.id = m.topic_id GROUP BY 1, 2;
INSERT INTO project_topic_total
SELECT project_id, topic_id, sum(minutes), sum(sessions) FROM project_total
GROUP BY 1, 2;
INSERT INTO project_sum
SELECT project_id, sum(minutes), sum(sessions) FROM project_total GROUP BY 1;
INSERT INTO week_total
SELECT date(day, '-' || ((strftime('%w', day) + 6) % 7) || ' days'), count(*)
FROM day_total GROUP BY 1;

-- month_total -> topic_total and month_path_total. A change of minutes or
-- sessions (an upsert's DO UPDATE fires the update trigger) is the
-- difference between the new and the old row.
CREATE TRIGGER month_total_insert AFTER INSERT ON month_total BEGIN
    INSERT INTO topic_total VALUES (NEW.topic_id, NEW.kind, NEW.minutes,
        NEW.sessions)
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + excluded.sessions;
    INSERT INTO month_path_total
    SELECT NEW.month, ifnull((SELECT path_id FROM topic
        WHERE id = NEW.topic_id), 0), NEW.minutes, NEW.sessions
    WHERE true
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + excluded.sessions;
END;

CREATE TRIGGER month_total_update AFTER UPDATE ON month_total BEGIN
    UPDATE topic_total SET minutes = minutes - OLD.minutes,
        sessions = sessions - OLD.sessions
    WHERE topic_id = OLD.topic_id AND kind = OLD.kind;
    UPDATE month_path_total SET minutes = minutes - OLD.minutes,
        sessions = sessions - OLD.sessions
    WHERE month = OLD.month AND path_id = ifnull((SELECT path_id FROM topic
        WHERE id = OLD.topic_id), 0);
    INSERT INTO topic_total VALUES (NEW.topic_id, NEW.kind, NEW.minutes,
        NEW.sessions)
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + excluded.sessions;
    INSERT INTO month_path_total
    SELECT NEW.month, ifnull((SELECT path_id FROM topic
        WHERE id = NEW.topic_id), 0), NEW.minutes, NEW.sessions
    WHERE true
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + excluded.sessions;
    DELETE FROM topic_total WHERE topic_id = OLD.topic_id
        AND kind = OLD.kind AND sessions = 0;
    DELETE FROM month_path_total WHERE month = OLD.month AND sessions = 0;
END;

CREATE TRIGGER month_total_delete AFTER DELETE ON month_total BEGIN
    UPDATE topic_total SET minutes = minutes - OLD.minutes,
        sessions = sessions - OLD.sessions
    WHERE topic_id = OLD.topic_id AND kind = OLD.kind;
    UPDATE month_path_total SET minutes = minutes - OLD.minutes,
        sessions = sessions - OLD.sessions
    WHERE month = OLD.month AND path_id = ifnull((SELECT path_id FROM topic
        WHERE id = OLD.topic_id), 0);
    DELETE FROM topic_total WHERE topic_id = OLD.topic_id
        AND kind = OLD.kind AND sessions = 0;
    DELETE FROM month_path_total WHERE month = OLD.month AND sessions = 0;
END;

-- A topic moved to another path takes its months with it.
CREATE TRIGGER topic_path_total AFTER UPDATE OF path_id ON topic
WHEN OLD.path_id IS NOT NEW.path_id BEGIN
    UPDATE month_path_total SET
        minutes = minutes - (SELECT sum(minutes) FROM month_total m
            WHERE m.topic_id = NEW.id AND m.month = month_path_total.month),
        sessions = sessions - (SELECT sum(sessions) FROM month_total m
            WHERE m.topic_id = NEW.id AND m.month = month_path_total.month)
    WHERE path_id = ifnull(OLD.path_id, 0)
      AND month IN (SELECT month FROM month_total WHERE topic_id = NEW.id);
    INSERT INTO month_path_total
    SELECT month, ifnull(NEW.path_id, 0), sum(minutes), sum(sessions)
    FROM month_total WHERE topic_id = NEW.id GROUP BY month
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + excluded.sessions;
    DELETE FROM month_path_total WHERE path_id = ifnull(OLD.path_id, 0)
        AND sessions = 0;
END;

-- project_total -> project_topic_total and project_sum.
CREATE TRIGGER project_total_insert AFTER INSERT ON project_total BEGIN
    INSERT INTO project_topic_total VALUES (NEW.project_id, NEW.topic_id,
        NEW.minutes, NEW.sessions)
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + excluded.sessions;
    INSERT INTO project_sum VALUES (NEW.project_id, NEW.minutes,
        NEW.sessions)
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + excluded.sessions;
END;

CREATE TRIGGER project_total_update AFTER UPDATE ON project_total BEGIN
    UPDATE project_topic_total SET
        minutes = minutes - OLD.minutes + NEW.minutes,
        sessions = sessions - OLD.sessions + NEW.sessions
    WHERE project_id = OLD.project_id AND topic_id = OLD.topic_id;
    DELETE FROM project_topic_total WHERE project_id = OLD.project_id
        AND topic_id = OLD.topic_id AND sessions = 0;
    UPDATE project_sum SET minutes = minutes - OLD.minutes + NEW.minutes,
        sessions = sessions - OLD.sessions + NEW.sessions
    WHERE project_id = OLD.project_id;
    DELETE FROM project_sum WHERE project_id = OLD.project_id
        AND sessions = 0;
END;

CREATE TRIGGER project_total_delete AFTER DELETE ON project_total BEGIN
    UPDATE project_topic_total SET minutes = minutes - OLD.minutes,
        sessions = sessions - OLD.sessions
    WHERE project_id = OLD.project_id AND topic_id = OLD.topic_id;
    DELETE FROM project_topic_total WHERE project_id = OLD.project_id
        AND topic_id = OLD.topic_id AND sessions = 0;
    UPDATE project_sum SET minutes = minutes - OLD.minutes,
        sessions = sessions - OLD.sessions
    WHERE project_id = OLD.project_id;
    DELETE FROM project_sum WHERE project_id = OLD.project_id
        AND sessions = 0;
END;

-- day_total -> week_total: a day appears or disappears.
CREATE TRIGGER day_total_insert AFTER INSERT ON day_total BEGIN
    INSERT INTO week_total VALUES (date(NEW.day, '-' ||
        ((strftime('%w', NEW.day) + 6) % 7) || ' days'), 1)
    ON CONFLICT DO UPDATE SET days = days + 1;
END;

CREATE TRIGGER day_total_delete AFTER DELETE ON day_total BEGIN
    UPDATE week_total SET days = days - 1 WHERE week = date(OLD.day, '-' ||
        ((strftime('%w', OLD.day) + 6) % 7) || ' days');
    DELETE FROM week_total WHERE week = date(OLD.day, '-' ||
        ((strftime('%w', OLD.day) + 6) % 7) || ' days') AND days = 0;
END;
