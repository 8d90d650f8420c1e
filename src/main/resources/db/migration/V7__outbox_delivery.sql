-- issue 20: every message is written to the outbox in the transaction of the step that sends it; with an SMTP
-- host configured, notification.OutboxRelay delivers it afterwards (claimed by one node, retried with back-off).
-- Without one, rows stay PENDING for another system to send, as before.
ALTER TABLE outbox_message ADD COLUMN complaint_id VARCHAR(40);
ALTER TABLE outbox_message ADD COLUMN kind VARCHAR(60);
ALTER TABLE outbox_message ADD COLUMN status VARCHAR(20) DEFAULT 'PENDING' NOT NULL;
ALTER TABLE outbox_message ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE outbox_message ADD COLUMN next_attempt_at TIMESTAMP;
ALTER TABLE outbox_message ADD COLUMN claimed_until TIMESTAMP;
ALTER TABLE outbox_message ADD COLUMN sent_at TIMESTAMP;
ALTER TABLE outbox_message ADD COLUMN last_error VARCHAR(1000);
CREATE INDEX idx_outbox_message_due ON outbox_message (status, next_attempt_at);
