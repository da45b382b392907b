-- track database, version 12: the skills employers hire for (SPEC §12,
-- article 2) as catalog data, the topics they need that the catalog
-- lacked, and open-source contributions among the projects.

-- A project that is an open-source contribution (`--contribution`):
-- article 2 names it as the way to show collaboration.
ALTER TABLE project ADD COLUMN contribution INTEGER NOT NULL DEFAULT 0
    CHECK (contribution IN (0, 1));

-- A skill is a named set of topics. area: 'core' (core-Python
-- proficiency) and 'professional' belong to every path (path_id NULL);
-- 'domain' skills to one path. A user's own skills (`track skill add`)
-- are domain skills, builtin 0.
CREATE TABLE skill (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE COLLATE NOCASE,  -- what a user types: 'unit-testing'
    title    TEXT NOT NULL,                         -- what output shows: 'Unit testing'
    area     TEXT NOT NULL CHECK (area IN ('core', 'domain', 'professional')),
    path_id  INTEGER REFERENCES path(id) ON DELETE CASCADE,
    builtin  INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 1000,
    CHECK ((area = 'domain') = (path_id IS NOT NULL))
);
CREATE TABLE skill_topic (
    skill_id INTEGER NOT NULL REFERENCES skill(id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    PRIMARY KEY (skill_id, topic_id)
) WITHOUT ROWID;
CREATE INDEX skill_topic_topic ON skill_topic(topic_id);

-- 1. The topics article 2 names that the catalog lacked. threading and
-- multiprocessing were aliases of concurrency: they become topics of
-- their own (the sessions logged under concurrency stay there).
DELETE FROM topic_alias WHERE alias IN ('threading', 'multiprocessing')
  AND topic_id = (SELECT id FROM topic WHERE name = 'concurrency'
                  AND builtin = 1);

CREATE TEMP TABLE catalog_new (name TEXT, path TEXT, area TEXT,
    topic_id INTEGER);
INSERT INTO catalog_new (name, path, area) VALUES
 ('metaclasses', 'fundamentals', 'further'),
 ('threading', 'fundamentals', 'further'),
 ('multiprocessing', 'fundamentals', 'further'),
 ('memory-management', 'fundamentals', 'further'),
 ('duck-typing', 'fundamentals', 'classes'),
 ('docstrings', 'fundamentals', 'further'),
 ('readme', 'fundamentals', 'further'),
 ('grpc', 'backend', NULL);

-- A topic or alias of the learner's whose key (catalog.c's topic_key:
-- lowercase, spaces and underscores as hyphens) is a new name already
-- is that topic: it keeps its name and sessions, and is mapped when it
-- was not. Otherwise the topic is added.
CREATE TEMP TABLE catalog_key (topic_id INTEGER, key TEXT, alias INTEGER);
INSERT INTO catalog_key SELECT id, name, 0 FROM topic;
INSERT INTO catalog_key SELECT topic_id, alias, 1 FROM topic_alias;
UPDATE catalog_key SET key = trim(replace(replace(replace(replace(replace(
    replace(replace(lower(key), ' ', '-'), '_', '-'), char(9), '-'), char(10), '-'),
    char(13), '-'), '--', '-'), '--', '-'), '-');
UPDATE catalog_new SET topic_id = (SELECT k.topic_id FROM catalog_key k
    WHERE k.key = catalog_new.name ORDER BY k.alias, k.topic_id LIMIT 1);
INSERT INTO topic (name, path_id, builtin, area)
SELECT c.name, p.id, 1, c.area FROM catalog_new c
JOIN path p ON p.slug = c.path WHERE c.topic_id IS NULL;
UPDATE catalog_new SET topic_id = (SELECT id FROM topic
    WHERE name = catalog_new.name) WHERE topic_id IS NULL;
UPDATE topic SET path_id = (SELECT p.id FROM catalog_new c
    JOIN path p ON p.slug = c.path WHERE c.topic_id = topic.id)
WHERE path_id IS NULL AND id IN (SELECT topic_id FROM catalog_new);
UPDATE topic SET area = (SELECT c.area FROM catalog_new c
    WHERE c.topic_id = topic.id)
WHERE area IS NULL AND id IN (SELECT topic_id FROM catalog_new
    WHERE area IS NOT NULL)
  AND path_id = (SELECT id FROM path WHERE slug = 'fundamentals');

-- Other names people type for them. An alias never shadows a topic's
-- name or another alias (by key, as the lookups compare them).
CREATE TEMP TABLE catalog_alias (alias TEXT, topic TEXT);
INSERT INTO catalog_alias (alias, topic) VALUES
 ('metaclass', 'metaclasses'), ('metaprogramming', 'metaclasses'),
 ('threads', 'threading'), ('multiprocess', 'multiprocessing'),
 ('gc', 'memory-management'), ('garbage-collection', 'memory-management'),
 ('duck-type', 'duck-typing'),
 ('docstring', 'docstrings'), ('sphinx', 'docstrings'),
 ('readmes', 'readme'), ('documentation', 'readme'), ('docs', 'readme'),
 ('protobuf', 'grpc'), ('protocol-buffers', 'grpc'),
 ('mypy', 'type-hints'), ('static-typing', 'type-hints'),
 ('pyright', 'type-hints');
INSERT INTO topic_alias (alias, topic_id)
SELECT a.alias, coalesce(c.topic_id, t.id) FROM catalog_alias a
LEFT JOIN catalog_new c ON c.name = a.topic
LEFT JOIN topic t ON t.name = a.topic AND t.builtin = 1
WHERE coalesce(c.topic_id, t.id) IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM catalog_key k WHERE k.key = a.alias)
  AND NOT EXISTS (SELECT 1 FROM topic x WHERE x.name = a.alias)
  AND NOT EXISTS (SELECT 1 FROM topic_alias y WHERE y.alias = a.alias);
DROP TABLE catalog_alias;

-- Common words decide a topic only for a text that is just that word
-- (010_generic_words.sql): "Django Documentation Deep Dive" is a course
-- on Django, not on READMEs.
INSERT INTO generic_word (word) VALUES ('documentation'), ('docs'), ('gc'),
 ('threads')
ON CONFLICT DO NOTHING;

-- 2. The skills. core and professional ones (path NULL) are every
-- path's; the others are their path's domain expertise (article 2 for
-- ML, data engineering, web and DevOps; article 1 for data science and
-- automation). position orders them: core, professional, then path by
-- path.
CREATE TEMP TABLE catalog_skill (name TEXT, title TEXT, area TEXT,
    path TEXT, position INTEGER, topics TEXT);
INSERT INTO catalog_skill VALUES
 ('data-structures-advanced', 'Advanced data structures', 'core', NULL, 1,
  'generators decorators metaclasses'),
 ('concurrency', 'Concurrency', 'core', NULL, 2,
  'asyncio threading multiprocessing concurrency'),
 ('memory-management', 'Memory management', 'core', NULL, 3,
  'memory-management'),
 ('pythonic-idioms', 'Pythonic idioms', 'core', NULL, 4,
  'context-managers comprehensions duck-typing'),
 ('type-hints', 'Type hints and static analysis', 'core', NULL, 5,
  'type-hints'),

 ('unit-testing', 'Unit testing', 'professional', NULL, 10,
  'testing-basics'),
 ('debugging', 'Debugging', 'professional', NULL, 11, 'debugging'),
 ('documentation', 'Documentation', 'professional', NULL, 12,
  'docstrings readme'),
 ('version-control', 'Version control', 'professional', NULL, 13, 'git'),

 ('web-frameworks', 'Web frameworks', 'domain', 'backend', 20,
  'django flask fastapi'),
 ('web-apis', 'APIs: REST, gRPC, GraphQL', 'domain', 'backend', 21,
  'rest grpc graphql django-rest-framework'),
 ('databases', 'Databases and ORMs', 'domain', 'backend', 22,
  'sql postgresql mysql sqlite orm'),
 ('authentication', 'Authentication', 'domain', 'backend', 23, 'auth'),
 ('web-deployment', 'Deployment', 'domain', 'backend', 24,
  'deployment nginx docker'),

 ('deep-learning-frameworks', 'Deep learning: TensorFlow, PyTorch',
  'domain', 'ml', 30, 'tensorflow pytorch keras deep-learning'),
 ('classical-ml', 'Classical machine learning: scikit-learn', 'domain',
  'ml', 31, 'scikit-learn machine-learning xgboost'),
 ('nlp-models', 'NLP and language models: Hugging Face', 'domain', 'ml', 32,
  'nlp hugging-face llm'),
 ('ml-maths', 'Maths for machine learning', 'domain', 'ml', 33,
  'linear-algebra calculus statistics probability'),
 ('ml-deployment', 'Model deployment (MLOps)', 'domain', 'ml', 34,
  'mlops docker'),

 ('data-analysis', 'Data analysis: Pandas, NumPy', 'domain',
  'data-science', 40,
  'pandas numpy data-cleaning exploratory-data-analysis polars'),
 ('data-visualisation', 'Data visualisation', 'domain', 'data-science', 41,
  'visualisation matplotlib seaborn plotly'),
 ('statistical-analysis', 'Statistical analysis', 'domain',
  'data-science', 42, 'statistics probability scipy'),
 ('notebooks', 'Jupyter notebooks', 'domain', 'data-science', 43,
  'jupyter'),
 ('predictive-modelling', 'Predictive modelling', 'domain',
  'data-science', 44, 'scikit-learn machine-learning'),

 ('file-automation', 'Files, text and spreadsheets', 'domain',
  'automation', 50, 'file-handling spreadsheets pdf regex'),
 ('web-automation', 'Web scraping and browser automation', 'domain',
  'automation', 51, 'web-scraping selenium'),
 ('api-integration', 'Working with APIs', 'domain', 'automation', 52,
  'apis requests'),
 ('scheduled-tasks', 'Scheduling and e-mail', 'domain', 'automation', 53,
  'scheduling email'),
 ('shell-tools', 'Shell and command-line tools', 'domain', 'automation', 54,
  'shell cli'),

 ('dataframes', 'Pandas and NumPy at scale', 'domain', 'data-engineering',
  60, 'pandas numpy dask'),
 ('sql-orm', 'SQL and SQLAlchemy', 'domain', 'data-engineering', 61,
  'sqlalchemy sql postgresql'),
 ('workflow-orchestration', 'Workflow orchestration: Airflow', 'domain',
  'data-engineering', 62, 'airflow dbt'),
 ('data-pipelines', 'Data pipelines', 'domain', 'data-engineering', 63,
  'pipelines spark kafka data-warehousing'),

 ('containers', 'Containers: Docker', 'domain', 'devops', 70, 'docker'),
 ('container-orchestration', 'Container orchestration: Kubernetes',
  'domain', 'devops', 71, 'kubernetes helm'),
 ('configuration-management', 'Configuration management: Ansible',
  'domain', 'devops', 72, 'ansible'),
 ('ci-cd-pipelines', 'CI/CD pipelines', 'domain', 'devops', 73, 'ci-cd'),
 ('cloud-infrastructure', 'Cloud and infrastructure as code', 'domain',
  'devops', 74, 'cloud aws terraform'),
 ('linux-operations', 'Linux and monitoring', 'domain', 'devops', 75,
  'linux shell monitoring');

-- A learner's own skill of the same name (none can exist before this
-- version) cannot be in the way.
INSERT INTO skill (name, title, area, path_id, builtin, position)
SELECT c.name, c.title, c.area, p.id, 1, c.position FROM catalog_skill c
LEFT JOIN path p ON p.slug = c.path AND p.builtin = 1
WHERE c.path IS NULL OR p.id IS NOT NULL;

-- Each skill's topics: the built-in topic of that name, else the topic
-- catalog_new found for it (a learner's spelling of a new one).
WITH RECURSIVE word (skill, rest, topic) AS (
    SELECT name, topics || ' ', NULL FROM catalog_skill
    UNION ALL
    SELECT skill, substr(rest, instr(rest, ' ') + 1),
           substr(rest, 1, instr(rest, ' ') - 1)
    FROM word WHERE rest <> ''
)
INSERT OR IGNORE INTO skill_topic (skill_id, topic_id)
SELECT s.id, coalesce(n.topic_id, t.id) FROM word w
JOIN skill s ON s.name = w.skill
LEFT JOIN catalog_new n ON n.name = w.topic
LEFT JOIN topic t ON t.name = w.topic AND t.builtin = 1
WHERE w.topic IS NOT NULL AND coalesce(n.topic_id, t.id) IS NOT NULL;
DROP TABLE catalog_skill;
DROP TABLE catalog_key;
DROP TABLE catalog_new;

-- 3. The thresholds of `track skills` (SPEC §12).
INSERT INTO setting (key, default_value, type, min, max, choices, description) VALUES
 ('skills.learned-minutes', '60', 'integer', 1, 100000, NULL,
  'skills: tutorial and study minutes on a skill''s topics that make it learned'),
 ('skills.applied-minutes', '120', 'integer', 1, 100000, NULL,
  'skills: project minutes on a skill''s topics that make it applied'),
 ('career.core-skills', '2', 'integer', 1, 5, NULL,
  'junior-ready: core-Python skills applied');
