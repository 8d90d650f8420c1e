-- issue 21: letters in the customer's language, as HTML with a plain-text alternative.
-- complaint.language: the language the customer writes in (en, de); null until intake or the acknowledgement
-- knows it, then the configured default.
ALTER TABLE complaint ADD COLUMN language VARCHAR(10);
-- outbox_message.body stays the plain text; html_body is the same letter as HTML (null for rows written before)
ALTER TABLE outbox_message ADD COLUMN html_body TEXT;
-- the CRM's language for a customer (a real CRM adapter reads its own field); null: not known
ALTER TABLE customer ADD COLUMN language VARCHAR(10);
