-- track database, version 3: running totals kept by triggers in the same
-- transaction as every session write, so the plan, the findings and the
-- portfolio read a few thousand summary rows instead of every session.

-- Minutes per calendar month, topic, kind and project (0: none).
CREATE TABLE month_total (
    month      TEXT NOT NULL,        -- 'YYYY-MM'
    topic_id   INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    project_id INTEGER NOT NULL,     -- 0 when the sessions have no project
    minutes    INTEGER NOT NULL,
    sessions   INTEGER NOT NULL,
    PRIMARY KEY (month, topic_id, kind, project_id)
) WITHOUT ROWID;
CREATE INDEX month_total_project ON month_total(project_id, month)
    WHERE project_id <> 0;

-- Minutes and sessions per local day.
CREATE TABLE day_total (
    day      TEXT PRIMARY KEY,
    minutes  INTEGER NOT NULL,
    sessions INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO month_total
SELECT substr(day, 1, 7), topic_id, kind, ifnull(project_id, 0),
       sum(minutes), count(*)
FROM session GROUP BY 1, 2, 3, 4;
INSERT INTO day_total
SELECT day, sum(minutes), count(*) FROM session GROUP BY day;

CREATE TRIGGER session_total_insert AFTER INSERT ON session BEGIN
    INSERT INTO month_total VALUES (substr(NEW.day, 1, 7), NEW.topic_id,
        NEW.kind, ifnull(NEW.project_id, 0), NEW.minutes, 1)
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
      AND kind = OLD.kind AND project_id = ifnull(OLD.project_id, 0);
    DELETE FROM month_total
    WHERE month = substr(OLD.day, 1, 7) AND topic_id = OLD.topic_id
      AND kind = OLD.kind AND project_id = ifnull(OLD.project_id, 0)
      AND sessions = 0;
    UPDATE day_total SET minutes = minutes - OLD.minutes,
        sessions = sessions - 1 WHERE day = OLD.day;
    DELETE FROM day_total WHERE day = OLD.day AND sessions = 0;
END;

CREATE TRIGGER session_total_update
AFTER UPDATE OF day, topic_id, kind, project_id, minutes ON session BEGIN
    UPDATE month_total SET minutes = minutes - OLD.minutes,
        sessions = sessions - 1
    WHERE month = substr(OLD.day, 1, 7) AND topic_id = OLD.topic_id
      AND kind = OLD.kind AND project_id = ifnull(OLD.project_id, 0);
    DELETE FROM month_total
    WHERE month = substr(OLD.day, 1, 7) AND topic_id = OLD.topic_id
      AND kind = OLD.kind AND project_id = ifnull(OLD.project_id, 0)
      AND sessions = 0;
    UPDATE day_total SET minutes = minutes - OLD.minutes,
        sessions = sessions - 1 WHERE day = OLD.day;
    DELETE FROM day_total WHERE day = OLD.day AND sessions = 0;
    INSERT INTO month_total VALUES (substr(NEW.day, 1, 7), NEW.topic_id,
        NEW.kind, ifnull(NEW.project_id, 0), NEW.minutes, 1)
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + 1;
    INSERT INTO day_total VALUES (NEW.day, NEW.minutes, 1)
    ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
        sessions = sessions + 1;
END;
