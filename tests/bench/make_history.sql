-- Bulk history for `make bench`: appends bench_param.n sessions to a
-- database that the real `track` binary created and migrated.
--
-- Expects a TEMP table bench_param(n) with one row, created by bench.sh
-- before this file runs. The history spans the ten years before
-- 2026-11-22, oldest first, like a learner who logs every day: mostly
-- fundamentals and the path of the year, some of everything else, a few
-- hundred projects and tutorials. Everything happens in one transaction.

PRAGMA cache_size = -400000;
BEGIN;

-- The topics to draw from, weighted: fundamentals x2, the rest x1, with
-- the main path of each year added on top in bench_main below.
CREATE TEMP TABLE bench_topic (k INTEGER PRIMARY KEY, topic_id INTEGER);
INSERT INTO bench_topic (topic_id)
SELECT t.id FROM topic t JOIN path p ON p.id = t.path_id
WHERE t.builtin = 1 ORDER BY t.id;
INSERT INTO bench_topic (topic_id)
SELECT t.id FROM topic t JOIN path p ON p.id = t.path_id
WHERE t.builtin = 1 AND p.fundamentals = 1 ORDER BY t.id;

-- Per year (0..10 counted from the start), the path the learner focused on.
CREATE TEMP TABLE bench_main (year INTEGER, k INTEGER, topic_id INTEGER,
    PRIMARY KEY (year, k));
WITH focus (year, slug) AS (VALUES
    (0, 'backend'), (1, 'backend'), (2, 'data-science'), (3, 'data-science'),
    (4, 'ml'), (5, 'ml'), (6, 'ml'), (7, 'data-engineering'),
    (8, 'devops'), (9, 'backend'), (10, 'backend'))
INSERT INTO bench_main (year, k, topic_id)
SELECT f.year, row_number() OVER (PARTITION BY f.year ORDER BY t.id) - 1, t.id
FROM focus f JOIN path p ON p.slug = f.slug JOIN topic t ON t.path_id = p.id;

CREATE TEMP TABLE bench_path (k INTEGER PRIMARY KEY, id INTEGER);
INSERT INTO bench_path (id)
SELECT id FROM path WHERE fundamentals = 0 AND builtin = 1 ORDER BY position;
CREATE TEMP TABLE bench_year (year INTEGER PRIMARY KEY, topics INTEGER);
INSERT INTO bench_year SELECT year, count(*) FROM bench_main GROUP BY year;

-- A project every ~2 weeks and a tutorial every ~10 days of the span.
WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < 250)
INSERT INTO project (name, path_id, started, completed, created)
SELECT 'bench project ' || n, (SELECT id FROM bench_path WHERE k = 1 + n % 6),
    date('2016-11-23', '+' || (n * 14) || ' days'),
    CASE WHEN n % 3 <> 0 THEN date('2016-11-23', '+' || (n * 14 + 30) || ' days') END,
    date('2016-11-23', '+' || (n * 14) || ' days') || 'T20:00:00Z'
FROM i;
WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < 360)
INSERT INTO tutorial (title, topic_id, started, created)
SELECT 'bench tutorial ' || n,
    (SELECT topic_id FROM bench_topic WHERE k = 1 + n % (SELECT count(*) FROM bench_topic)),
    date('2016-11-23', '+' || (n * 10) || ' days'),
    date('2016-11-23', '+' || (n * 10) || ' days') || 'T20:00:00Z'
FROM i;

-- The sessions. r0..r3 are independent random numbers per row.
WITH RECURSIVE
  param(total, topics, projects, tutorials) AS (
    SELECT (SELECT n FROM bench_param), (SELECT count(*) FROM bench_topic),
           (SELECT max(id) FROM project), (SELECT max(id) FROM tutorial)),
  i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i, param WHERE n + 1 < total),
  raw AS (
    SELECT n, n * 3652 / total AS offset, abs(random()) AS r0,
           abs(random()) AS r1, abs(random()) AS r2,
           lower(hex(randomblob(16))) AS h
    FROM i, param),
  row AS (
    SELECT n, offset, r0, r1, r2, h,
           date('2016-11-23', '+' || offset || ' days') AS day,
           offset / 365 AS year,
           CASE WHEN r2 % 100 < 15 THEN 'project'
                WHEN r2 % 100 < 45 THEN 'tutorial' ELSE 'study' END AS kind
    FROM raw)
INSERT INTO session (uuid, day, start, minutes, topic_id, kind, project_id,
    tutorial_id, note, origin, created)
SELECT
  substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) ||
      '-' || substr('89ab', 1 + r0 % 4, 1) || substr(h, 18, 3) || '-' ||
      substr(h, 21, 12),
  day,
  CASE WHEN r1 % 3 = 0 THEN NULL ELSE
      day || 'T' || printf('%02d:%02d:00Z', 6 + r1 % 16, (r1 / 16) % 4 * 15) END,
  15 + (r0 / 7) % 166,
  CASE WHEN r1 % 10 < 4
       THEN (SELECT topic_id FROM bench_main m WHERE m.year = row.year AND
             m.k = r0 % (SELECT topics FROM bench_year y WHERE y.year = row.year))
       ELSE (SELECT topic_id FROM bench_topic WHERE k = 1 + r0 % param.topics) END,
  kind,
  CASE WHEN kind = 'project' AND r2 % 2 = 0
       THEN 1 + (offset * (param.projects - 1)) / 3652 END,
  CASE WHEN kind = 'tutorial' AND r2 % 3 = 0
       THEN 1 + (offset * (param.tutorials - 1)) / 3652 END,
  CASE WHEN r2 % 20 = 0 THEN 'bench note ' || n END,
  'manual',
  day || 'T22:00:00Z'
FROM row, param;

DROP TABLE bench_topic;
DROP TABLE bench_main;
DROP TABLE bench_path;
DROP TABLE bench_year;
COMMIT;
