-- track database, version 2: the built-in catalog of paths, topics and
-- aliases. Every topic maps to exactly one path or to fundamentals.

INSERT INTO path (slug, name, description, fundamentals, builtin, position) VALUES
 ('fundamentals', 'Python fundamentals',
  'core language: variables, data structures, functions, OOP, errors, scripts, testing, git', 1, 1, 0),
 ('backend', 'Backend development',
  'Django, Flask, FastAPI, REST, SQL, auth, deployment', 0, 1, 1),
 ('ml', 'Machine learning / AI',
  'TensorFlow, PyTorch, scikit-learn, NLP; linear algebra and calculus first', 0, 1, 2),
 ('data-science', 'Data science',
  'Pandas, NumPy, Matplotlib, Jupyter, statistics, visualisation', 0, 1, 3),
 ('automation', 'Automation / scripting',
  'file handling, APIs, scheduling, scraping, e-mail, spreadsheets, shell', 0, 1, 4),
 ('data-engineering', 'Data engineering',
  'SQLAlchemy, Airflow, pipelines', 0, 1, 5),
 ('devops', 'DevOps',
  'Docker, Kubernetes, Ansible, CI/CD', 0, 1, 6);

-- Topics, path by path.
CREATE TEMP TABLE catalog_topic (name TEXT, path TEXT);
INSERT INTO catalog_topic (name, path) VALUES
 ('python', 'fundamentals'), ('variables', 'fundamentals'),
 ('data-structures', 'fundamentals'), ('functions', 'fundamentals'),
 ('oop', 'fundamentals'), ('error-handling', 'fundamentals'),
 ('scripting', 'fundamentals'), ('generators', 'fundamentals'),
 ('decorators', 'fundamentals'), ('context-managers', 'fundamentals'),
 ('testing-basics', 'fundamentals'), ('git', 'fundamentals'),
 ('comprehensions', 'fundamentals'), ('type-hints', 'fundamentals'),
 ('modules', 'fundamentals'), ('virtual-environments', 'fundamentals'),
 ('debugging', 'fundamentals'), ('algorithms', 'fundamentals'),
 ('asyncio', 'fundamentals'), ('concurrency', 'fundamentals'),

 ('django', 'backend'), ('flask', 'backend'), ('fastapi', 'backend'),
 ('rest', 'backend'), ('sql', 'backend'), ('postgresql', 'backend'),
 ('mysql', 'backend'), ('sqlite', 'backend'), ('auth', 'backend'),
 ('deployment', 'backend'), ('django-rest-framework', 'backend'),
 ('orm', 'backend'), ('celery', 'backend'), ('redis', 'backend'),
 ('graphql', 'backend'), ('websockets', 'backend'), ('html', 'backend'),
 ('css', 'backend'), ('javascript', 'backend'), ('htmx', 'backend'),
 ('jinja', 'backend'), ('nginx', 'backend'),

 ('tensorflow', 'ml'), ('pytorch', 'ml'), ('scikit-learn', 'ml'),
 ('keras', 'ml'), ('nlp', 'ml'), ('deep-learning', 'ml'),
 ('machine-learning', 'ml'), ('linear-algebra', 'ml'), ('calculus', 'ml'),
 ('hugging-face', 'ml'), ('computer-vision', 'ml'), ('xgboost', 'ml'),
 ('mlops', 'ml'), ('llm', 'ml'), ('reinforcement-learning', 'ml'),

 ('pandas', 'data-science'), ('numpy', 'data-science'),
 ('matplotlib', 'data-science'), ('jupyter', 'data-science'),
 ('statistics', 'data-science'), ('visualisation', 'data-science'),
 ('seaborn', 'data-science'), ('plotly', 'data-science'),
 ('scipy', 'data-science'), ('data-cleaning', 'data-science'),
 ('exploratory-data-analysis', 'data-science'),
 ('probability', 'data-science'), ('polars', 'data-science'),

 ('file-handling', 'automation'), ('web-scraping', 'automation'),
 ('apis', 'automation'), ('scheduling', 'automation'),
 ('email', 'automation'), ('spreadsheets', 'automation'),
 ('shell', 'automation'), ('selenium', 'automation'),
 ('regex', 'automation'), ('pdf', 'automation'), ('cli', 'automation'),
 ('requests', 'automation'),

 ('sqlalchemy', 'data-engineering'), ('airflow', 'data-engineering'),
 ('pipelines', 'data-engineering'), ('spark', 'data-engineering'),
 ('kafka', 'data-engineering'), ('dbt', 'data-engineering'),
 ('data-warehousing', 'data-engineering'), ('dask', 'data-engineering'),

 ('docker', 'devops'), ('kubernetes', 'devops'), ('ansible', 'devops'),
 ('ci-cd', 'devops'), ('terraform', 'devops'), ('linux', 'devops'),
 ('aws', 'devops'), ('monitoring', 'devops'), ('cloud', 'devops'),
 ('helm', 'devops');

INSERT INTO topic (name, path_id, builtin)
SELECT c.name, p.id, 1 FROM catalog_topic c JOIN path p ON p.slug = c.path;
DROP TABLE catalog_topic;

-- Other names people type for a topic (case-insensitive, like names).
CREATE TEMP TABLE catalog_alias (alias TEXT, topic TEXT);
INSERT INTO catalog_alias (alias, topic) VALUES
 ('py', 'python'), ('python3', 'python'), ('python-basics', 'python'),
 ('lists', 'data-structures'), ('dicts', 'data-structures'),
 ('dictionaries', 'data-structures'), ('sets', 'data-structures'),
 ('tuples', 'data-structures'),
 ('classes', 'oop'), ('object-oriented', 'oop'), ('objects', 'oop'),
 ('exceptions', 'error-handling'),
 ('scripts', 'scripting'), ('small-scripts', 'scripting'),
 ('context-manager', 'context-managers'),
 ('testing', 'testing-basics'), ('unittest', 'testing-basics'),
 ('pytest', 'testing-basics'), ('tests', 'testing-basics'),
 ('github', 'git'), ('list-comprehensions', 'comprehensions'),
 ('typing', 'type-hints'), ('packages', 'modules'), ('venv', 'virtual-environments'),
 ('pip', 'virtual-environments'), ('data-structures-and-algorithms', 'algorithms'),
 ('dsa', 'algorithms'), ('async', 'asyncio'), ('threading', 'concurrency'),
 ('multiprocessing', 'concurrency'),

 ('dj', 'django'), ('rest-api', 'rest'), ('rest-apis', 'rest'),
 ('api-design', 'rest'), ('postgres', 'postgresql'), ('psql', 'postgresql'),
 ('authentication', 'auth'), ('oauth', 'auth'), ('jwt', 'auth'),
 ('deploy', 'deployment'), ('hosting', 'deployment'),
 ('drf', 'django-rest-framework'), ('js', 'javascript'),
 ('jinja2', 'jinja'), ('websocket', 'websockets'),

 ('tf', 'tensorflow'), ('torch', 'pytorch'), ('sklearn', 'scikit-learn'),
 ('scikit', 'scikit-learn'), ('natural-language-processing', 'nlp'),
 ('neural-networks', 'deep-learning'), ('dl', 'deep-learning'),
 ('ml-basics', 'machine-learning'), ('huggingface', 'hugging-face'),
 ('transformers', 'hugging-face'), ('cv', 'computer-vision'),
 ('opencv', 'computer-vision'), ('llms', 'llm'), ('rl', 'reinforcement-learning'),

 ('pd', 'pandas'), ('np', 'numpy'), ('plt', 'matplotlib'),
 ('notebooks', 'jupyter'), ('jupyter-notebook', 'jupyter'),
 ('stats', 'statistics'), ('visualization', 'visualisation'),
 ('dataviz', 'visualisation'), ('data-visualization', 'visualisation'),
 ('data-wrangling', 'data-cleaning'), ('eda', 'exploratory-data-analysis'),

 ('files', 'file-handling'), ('file-io', 'file-handling'),
 ('pathlib', 'file-handling'), ('scraping', 'web-scraping'),
 ('beautifulsoup', 'web-scraping'), ('bs4', 'web-scraping'),
 ('scrapy', 'web-scraping'), ('cron', 'scheduling'),
 ('smtplib', 'email'), ('e-mail', 'email'), ('openpyxl', 'spreadsheets'),
 ('excel', 'spreadsheets'), ('csv', 'spreadsheets'), ('bash', 'shell'),
 ('shell-scripting', 'shell'), ('subprocess', 'shell'),
 ('playwright', 'selenium'), ('regular-expressions', 'regex'),
 ('argparse', 'cli'), ('click', 'cli'),

 ('etl', 'pipelines'), ('data-pipelines', 'pipelines'),
 ('pyspark', 'spark'), ('data-warehouse', 'data-warehousing'),
 ('snowflake', 'data-warehousing'), ('bigquery', 'data-warehousing'),

 ('k8s', 'kubernetes'), ('ci', 'ci-cd'), ('cicd', 'ci-cd'),
 ('github-actions', 'ci-cd'), ('gitlab-ci', 'ci-cd'), ('jenkins', 'ci-cd'),
 ('prometheus', 'monitoring'), ('grafana', 'monitoring'),
 ('gcp', 'cloud'), ('azure', 'cloud'), ('docker-compose', 'docker');

INSERT INTO topic_alias (alias, topic_id)
SELECT a.alias, t.id FROM catalog_alias a JOIN topic t ON t.name = a.topic;
DROP TABLE catalog_alias;
