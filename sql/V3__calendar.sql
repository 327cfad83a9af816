-- The installation's one work calendar and meeting schedule, editable by chairs.
CREATE TABLE calendar_setting (
  id               INT                    NOT NULL,
  zone             VARCHAR(64)            DEFAULT 'Europe/Stockholm' NOT NULL,
  working_days     VARCHAR(40)            DEFAULT 'MON,TUE,WED,THU,FRI' NOT NULL,
  day_start        TIME                   DEFAULT TIME '09:00:00' NOT NULL,
  day_end          TIME                   DEFAULT TIME '17:00:00' NOT NULL,
  holiday_country  VARCHAR(16),
  target_days      DECIMAL(6, 2)          DEFAULT 2.5 NOT NULL,
  meeting_day      VARCHAR(3)             DEFAULT 'TUE' NOT NULL,
  meeting_time     TIME                   DEFAULT TIME '13:00:00' NOT NULL,
  meeting_minutes  INT                    DEFAULT 180 NOT NULL,
  CONSTRAINT calendar_setting_pk PRIMARY KEY (id),
  CONSTRAINT calendar_setting_single_ck CHECK (id = 1),
  CONSTRAINT calendar_setting_hours_ck CHECK (day_start < day_end),
  CONSTRAINT calendar_setting_target_ck CHECK (target_days > 0),
  CONSTRAINT calendar_setting_meeting_minutes_ck CHECK (meeting_minutes BETWEEN 15 AND 720)
);

INSERT INTO calendar_setting (id) VALUES (1);

-- Dates added by hand on top of the country's public holidays.
CREATE TABLE calendar_holiday (
  holiday_date DATE         NOT NULL,
  name  VARCHAR(400) DEFAULT '' NOT NULL,
  CONSTRAINT calendar_holiday_pk PRIMARY KEY (holiday_date)
);
