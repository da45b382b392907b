-- track database, version 10: catalog names that are common words.
-- "Excel 2016: Financial Functions in Depth" is not a course on Python
-- functions, nor "Raspberry Pi: Home Monitoring" one on monitoring: a
-- name listed here decides a topic only for a text that is just that
-- name (a tag "testing", a Toggl project "functions"), never as one word
-- of a longer title or description. Inference matches the other names
-- as before, so "Python Functions" is still python.
CREATE TABLE generic_word (
    word TEXT PRIMARY KEY COLLATE NOCASE
) WITHOUT ROWID;

INSERT INTO generic_word (word) VALUES
 ('functions'), ('testing'), ('tests'), ('scripting'), ('scripts'),
 ('monitoring'), ('cli'), ('data'), ('basics'), ('variables'),
 ('modules'), ('packages'), ('classes'), ('objects'), ('files'),
 ('excel'), ('email'), ('e-mail'), ('shell'), ('debugging'),
 ('algorithms'), ('cloud'), ('deployment'), ('deploy'), ('hosting'),
 ('pipelines'), ('scheduling'), ('rest'), ('auth'), ('sets'), ('lists'),
 ('strings'), ('loops'), ('conditionals'), ('inheritance'), ('closures'),
 ('objects'), ('ai'), ('cv'), ('dl'), ('rl'), ('pd'), ('np'), ('plt'),
 ('dj'), ('ci'), ('js'), ('py'), ('tf')
ON CONFLICT DO NOTHING;
