-- PostgreSQL counterpart of db/migration/V14__records_in_the_chain.sql (docs/decisions/0019): the same
-- statements, which both engines take as they are.
-- Every record is covered by the chain (issue 16, item 10). The log entry that records a row now
-- keeps the SHA-256 of the row's canonical text beside its link (cn.shiguai.roaddesk.dutylog.
-- RecordHash); the hash is part of the entry's own hash (format roaddesk-log-2, see EntryHash),
-- and `log verify` checks every linked row against it. Links written before this version, and
-- links to records of a kind not covered, have none.
ALTER TABLE duty_log_link ADD COLUMN record_hash CHAR(64);
