-- Warning signals (预警信号) received as CAP 1.2 alerts (issue 12 item 2). A signal is a forecast,
-- kept as received and never changed: an Update or a Cancel is a signal of its own, and the
-- signals it replaces or withdraws are named in warning_withdrawal. Whether a signal is in
-- force is computed against the clock (expires), never by deleting or updating a row.
-- V11–V20 are kept for work being done beside this change.
CREATE TABLE warning_signal (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    identifier  VARCHAR(500) NOT NULL,
    sender      VARCHAR(500) NOT NULL,
    sent        TIMESTAMP WITH TIME ZONE NOT NULL,
    msg_type    VARCHAR(10) NOT NULL,
    refs        VARCHAR(4000),
    kind        VARCHAR(20),
    colour      VARCHAR(10),
    event       VARCHAR(500),
    sender_name VARCHAR(500),
    severity    VARCHAR(20),
    urgency     VARCHAR(20),
    headline    VARCHAR(1000),
    description VARCHAR(8000),
    instruction VARCHAR(8000),
    effective   TIMESTAMP WITH TIME ZONE,
    expires     TIMESTAMP WITH TIME ZONE,
    area_desc   VARCHAR(2000),
    file        VARCHAR(500) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    log_seq     BIGINT NOT NULL,
    CONSTRAINT warning_once UNIQUE (sender, identifier),
    CONSTRAINT warning_msg_type CHECK (msg_type IN ('ALERT', 'UPDATE', 'CANCEL')),
    CONSTRAINT warning_kind CHECK (kind IS NULL OR kind IN ('BLIZZARD', 'ROAD_ICING', 'COLD_WAVE', 'FREEZE', 'FOG')),
    CONSTRAINT warning_colour CHECK (colour IS NULL OR colour IN ('BLUE', 'YELLOW', 'ORANGE', 'RED')),
    CONSTRAINT warning_signal_named CHECK (msg_type = 'CANCEL' OR (kind IS NOT NULL AND colour IS NOT NULL)),
    CONSTRAINT warning_log FOREIGN KEY (log_seq) REFERENCES duty_log (seq)
);
CREATE TRIGGER warning_signal_append_only BEFORE UPDATE, DELETE ON warning_signal
    FOR EACH ROW CALL 'cn.shiguai.roaddesk.common.db.AppendOnlyTrigger';

-- A signal replaced by an Update or withdrawn by a Cancel that references it: once only.
CREATE TABLE warning_withdrawal (
    warning_id BIGINT PRIMARY KEY,
    by_id      BIGINT NOT NULL,
    CONSTRAINT withdrawn_warning FOREIGN KEY (warning_id) REFERENCES warning_signal (id),
    CONSTRAINT withdrawn_by FOREIGN KEY (by_id) REFERENCES warning_signal (id),
    CONSTRAINT withdrawn_by_another CHECK (warning_id <> by_id)
);
CREATE TRIGGER warning_withdrawal_append_only BEFORE UPDATE, DELETE ON warning_withdrawal
    FOR EACH ROW CALL 'cn.shiguai.roaddesk.common.db.AppendOnlyTrigger';
CREATE INDEX warning_expires ON warning_signal (expires);

-- Receiving a signal is an entry of its own kind in the duty log.
ALTER TABLE duty_log DROP CONSTRAINT log_category;
ALTER TABLE duty_log ADD CONSTRAINT log_category CHECK (category IN ('PHONE_IN', 'PHONE_OUT', 'ORDER',
    'OBSERVATION', 'NOTE', 'READING', 'TRAFFIC', 'EVALUATION', 'DECISION', 'MEASURE', 'ROSTER', 'DOCUMENT',
    'BACKUP', 'SYSTEM', 'ALERT', 'WARNING'));
