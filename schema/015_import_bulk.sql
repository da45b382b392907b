-- track database: the import's bulk path (issue 20). Once an import has
-- added import.bulk-rows sessions, and at least import.bulk-share percent
-- of the sessions the database held before, it drops the secondary
-- indexes of session inside its own transaction, writes the summaries of
-- summaries set-wise and builds the indexes again before it commits
-- (importers/bulk.c): the
-- same database as row by row, built with less work. The share keeps an
-- import into a history row by row until it has added 2.5 times the
-- sessions held: building the four indexes again costs ~11.6k
-- instructions per session in the table, the bulk path saves ~16.5k per
-- session added (callgrind, the bench's 100k-row CSV).
INSERT INTO setting (key, default_value, type, min, max, choices, description) VALUES
 ('import.bulk-rows', '1000', 'integer', 0, 1000000000, NULL,
  'import: sessions added row by row before the bulk path can take over'),
 ('import.bulk-share', '250', 'integer', 0, 100000, NULL,
  'import: the bulk path also waits until the file has added this percent of the sessions held before');
