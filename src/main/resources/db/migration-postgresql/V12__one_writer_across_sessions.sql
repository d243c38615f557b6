-- PostgreSQL counterpart of db/migration/V12__one_writer_across_sessions.sql (docs/decisions/0019): the same
-- statements, which both engines take as they are.
-- Commands may now write through the window's desk channel (a second session on the same open
-- database; docs/decisions/0013). The window's own lock orders only its own writers, so every
-- append first updates this one row: the row lock is held to the commit, and the next writer,
-- whichever session it comes from, reads the head only after the previous entry is committed.
-- Without it two sessions could read the same head; the unique prev_hash would then refuse one.
CREATE TABLE duty_log_writer (
    id      INT PRIMARY KEY,
    appends BIGINT NOT NULL,
    CONSTRAINT writer_one_row CHECK (id = 1)
);
INSERT INTO duty_log_writer (id, appends) VALUES (1, 0);
