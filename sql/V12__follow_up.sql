-- Follow-through (issue 18): the agenda opens with the actions that fell due and are not done, in
-- a time box the chair sets (part of the meeting's length; 0 leaves no time for them).
ALTER TABLE calendar_setting ADD COLUMN follow_up_minutes INT DEFAULT 10 NOT NULL;
