-- track database, version 3: running totals kept by triggers in the same
-- transaction as every session write, so the plan, the findings, the
-- portfolio and the reports read a few thousand summary rows instead of
-- every session. Each primary key is the order the readers group in, so
-- their aggregates stream without sorting.

-- Minutes per calendar month, topic and kind.
CREATE TABLE month_total (
    month    TEXT NOT NULL,          -- 'YYYY-MM'
    topic_id INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    minutes  INTEGER NOT NULL,
    sessions INTEGER NOT NULL,
    PRIMARY KEY (month, topic_id, kind)
) WITHOUT ROWID;

-- Minutes per project, topic and calendar month (sessions with a project).
CREATE TABLE project_total (
    project_id INTEGER NOT NULL,
    topic_id   INTEGER NOT NULL,
    month      TEXT NOT NULL,
    minutes    INTEGER NOT NULL,
    sessions   INTEGER NOT NULL,
    PRIMARY KEY (project_id, topic_id, month)
) WITHOUT ROWID;

-- Minutes and sessions per local day.
CREATE TABLE day_total (
    day      TEXT PRIMARY KEY,
    minutes  INTEGER NOT NULL,
    sessions INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO month_total
SELECT substr(day, 1, 7), topic_id, kind, sum(minutes), count(*)
FROM session GROUP BY 1, 2, 3;
INSERT INTO project_total
SELECT project_id, topic_id, substr(day, 1, 7), sum(minutes), count(*)
FROM session WHERE project_id IS NOT NULL GROUP BY 1, 2, 3;
INSERT INTO day_total
SELECT day, sum(minutes), count(*) FROM session GROUP BY day;

-- Adding and taking away one session's share, used by the triggers below.
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
