-- track database, goals (SPEC §13): a weekly goal, the least time that
-- makes a day count for a streak, and when a running timer is stale.
--
-- A weekly goal of 0 minutes is no goal: `track goal set 6h` sets it,
-- `track goal clear` (or `track config unset`) takes it back to 0, so
-- `track config list` shows "goal.weekly-minutes = 0" until one is set.
INSERT INTO setting (key, default_value, type, min, max, choices, description) VALUES
 ('goal.weekly-minutes', '0', 'integer', 0, 10080, NULL,
  'goal: minutes a week (0: no goal; track goal set 6h)'),
 ('goal.daily-minutes', '1', 'integer', 1, 1440, NULL,
  'goal: least minutes that make a day count for a streak'),
 ('timer.stale-hours', '8', 'integer', 1, 168, NULL,
  'timer: hours after which every command says a timer still runs');
