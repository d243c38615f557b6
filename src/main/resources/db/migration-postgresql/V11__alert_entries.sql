-- PostgreSQL counterpart of db/migration/V11__alert_entries.sql (docs/decisions/0019): the same
-- statements, which both engines take as they are.
-- An acknowledged alert (提醒) is an entry of its own kind: who saw what, and when (issue 11).
ALTER TABLE duty_log DROP CONSTRAINT log_category;
ALTER TABLE duty_log ADD CONSTRAINT log_category CHECK (category IN ('PHONE_IN', 'PHONE_OUT', 'ORDER',
    'OBSERVATION', 'NOTE', 'READING', 'TRAFFIC', 'EVALUATION', 'DECISION', 'MEASURE', 'ROSTER', 'DOCUMENT',
    'BACKUP', 'SYSTEM', 'ALERT'));
