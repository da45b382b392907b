-- track database: the hours logged in total before stalled can be raised
-- (SPEC §5: "at least 20 hours logged in total"), a setting like every
-- other threshold of the findings rather than a constant in the rule.
INSERT INTO setting (key, default_value, type, min, max, choices, description) VALUES
 ('stalled.min-hours', '20', 'integer', 0, 100000, NULL,
  'stalled: hours logged in total before it can be raised');
