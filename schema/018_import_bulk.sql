-- track database: the import's bulk path (issue 20). Once an import has
-- added import.bulk-rows sessions, and at least import.bulk-share percent
-- of the sessions the database held before, it sets the summary triggers
-- and the secondary indexes of session aside inside its own transaction
-- and rebuilds them set-wise before it commits (importers/bulk.c): the
-- same database as row by row, built with less work. The share keeps a
-- small import into a large history row by row, where building the
-- indexes again over every session would cost more than it saves.
INSERT INTO setting (key, default_value, type, min, max, choices, description) VALUES
 ('import.bulk-rows', '1000', 'integer', 0, 1000000000, NULL,
  'import: sessions added row by row before the bulk path can take over'),
 ('import.bulk-share', '25', 'integer', 0, 100000, NULL,
  'import: the bulk path also waits until the file has added this percent of the sessions held before');
