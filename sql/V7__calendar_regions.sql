-- Holidays from several sources (countries and ISO 3166-2 subdivisions, comma-separated), the
-- holiday types that count, hours that may cross midnight, and part days off.
ALTER TABLE calendar_setting ALTER COLUMN holiday_country SET DATA TYPE VARCHAR(200);
ALTER TABLE calendar_setting ADD COLUMN holiday_types VARCHAR(40) DEFAULT 'public' NOT NULL;
-- Hours may cross midnight (22:00-06:00), and equal start and end is a whole day (00:00-24:00).
ALTER TABLE calendar_setting DROP CONSTRAINT calendar_setting_hours_ck;
-- A holiday with hours is a part day: the hours still worked that day. Without: a day off.
ALTER TABLE calendar_holiday ADD COLUMN work_start TIME;
ALTER TABLE calendar_holiday ADD COLUMN work_end TIME;
