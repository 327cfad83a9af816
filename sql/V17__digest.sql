-- The weekly digest (issue 18): when it goes to the webhooks that want `digest` — a weekday and a
-- local time in the work calendar's zone, set by a chair. Each webhook gets one digest a week.
CREATE TABLE digest_setting (
  id           INT         NOT NULL,
  digest_day   VARCHAR(3)  DEFAULT 'MON' NOT NULL,
  digest_time  TIME        DEFAULT TIME '09:00:00' NOT NULL,
  CONSTRAINT digest_setting_pk PRIMARY KEY (id),
  CONSTRAINT digest_setting_one_ck CHECK (id = 1)
);

INSERT INTO digest_setting (id) VALUES (1);
