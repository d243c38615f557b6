-- PostgreSQL counterpart of db/migration/V1_1__log_text_in_characters.sql (docs/decisions/0019): the same
-- statements, which both engines take as they are.
-- PostgreSQL counts characters already; the widths follow H2's so that both hold the same texts.
-- A log entry's text is limited to 4,000 characters and its author to 100, counted as
-- characters (code points) as the messages say 字. H2 counts UTF-16 units, and a character
-- outside the Basic Multilingual Plane (an emoji, a rare CJK ideograph) takes two, so the
-- columns hold twice the units. Version 1.1: it comes before any version 2 of another branch.
ALTER TABLE duty_log ALTER COLUMN text SET DATA TYPE VARCHAR(8000);
ALTER TABLE duty_log ALTER COLUMN author SET DATA TYPE VARCHAR(200);
