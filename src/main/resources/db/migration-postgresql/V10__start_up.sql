-- PostgreSQL counterpart of db/migration/V10__start_up.sql (docs/decisions/0019): the same
-- change; append-only triggers call roaddesk_append_only() (V1) instead of H2's Java trigger.
-- Start-up and issuing at a million rows (issue 13). Versions 2–9 are kept for the features
-- being built beside this change; Flyway applies whichever of them exist in order, before this.

-- The readings screen asks for the newest standing readings and each monitoring point's latest.
-- Sorting the whole table for that took 50–70 s at 1,000,000 readings; these indexes hold the
-- order the queries ask for (H2 does not read an ascending index backwards to sort descending),
-- so a query reads the few rows it returns.
CREATE INDEX reading_recent ON reading (observed_at DESC, id DESC);
CREATE INDEX reading_latest ON reading (location_id, observed_at DESC, id DESC);

-- Where the chain was last verified in full or from an earlier checkpoint: entries 1..checked_seq
-- end in checked_hash. Each row is written with the duty-log entry that states it (entry_seq, in
-- the same transaction), so the checkpoint itself is part of the chain: a row that no longer
-- matches its entry's text is not used. Verifying from the newest usable row costs the entries
-- since then, not the whole log; `log verify`, 校验日志链 and each daily backup still check all.
CREATE TABLE duty_log_checkpoint (
    entry_seq    BIGINT PRIMARY KEY,
    checked_seq  BIGINT NOT NULL,
    checked_hash BYTEA NOT NULL,
    CONSTRAINT checkpoint_entry FOREIGN KEY (entry_seq) REFERENCES duty_log (seq),
    CONSTRAINT checkpoint_checked FOREIGN KEY (checked_seq) REFERENCES duty_log (seq),
    CONSTRAINT checkpoint_before_its_entry CHECK (checked_seq < entry_seq)
);
CREATE TRIGGER duty_log_checkpoint_append_only BEFORE UPDATE OR DELETE ON duty_log_checkpoint
    FOR EACH ROW EXECUTE FUNCTION roaddesk_append_only();
