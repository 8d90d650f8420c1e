-- The lead's and operations' list of complaints (GET /api/complaints): every filter and sort has an index,
-- and free text is looked up in a word index instead of scanning 10,000-character descriptions.

-- sortable by urgency: LOW 1, MEDIUM 2, HIGH 3, CRITICAL 4 (complaint.Priorities); null until triage
ALTER TABLE complaint ADD COLUMN priority_rank INT;
UPDATE complaint SET priority_rank = CASE priority
    WHEN 'LOW' THEN 1 WHEN 'MEDIUM' THEN 2 WHEN 'HIGH' THEN 3 WHEN 'CRITICAL' THEN 4 END;

-- e-mail addresses are kept as written; the filter matches them whatever their case
ALTER TABLE complaint ADD COLUMN customer_email_lower VARCHAR(320);
UPDATE complaint SET customer_email_lower = LOWER(customer_email);

-- each filter, then the default order (created_at, id), so a filtered page reads the index in order; nullable
-- columns keep nulls first on H2 and PostgreSQL alike, which is how the list sorts them (lowest)
CREATE INDEX idx_complaint_created ON complaint (created_at, id);
CREATE INDEX idx_complaint_status ON complaint (status, created_at, id);
-- overdue: status = 'IN_RESOLUTION' AND level_due_at < now, earliest deadline first
CREATE INDEX idx_complaint_status_due ON complaint (status, level_due_at NULLS FIRST, created_at, id);
CREATE INDEX idx_complaint_due ON complaint (level_due_at NULLS FIRST, created_at, id);
CREATE INDEX idx_complaint_level ON complaint (escalation_level NULLS FIRST, created_at, id);
CREATE INDEX idx_complaint_priority ON complaint (priority_rank NULLS FIRST, created_at, id);
CREATE INDEX idx_complaint_category ON complaint (category, created_at, id);
CREATE INDEX idx_complaint_email ON complaint (customer_email_lower, created_at, id);

-- agents list what their groups hold or held (identity.ReadScope): one lookup per complaint, both columns in the index
CREATE INDEX idx_escalation_complaint_group ON escalation_step (complaint_id, candidate_group);

-- the words of each description, lower-cased, without accents, de-duplicated (complaint.SearchTerms)
CREATE TABLE complaint_search_term (
    term         VARCHAR(40) NOT NULL,
    complaint_id VARCHAR(40) NOT NULL REFERENCES complaint(id),
    PRIMARY KEY (term, complaint_id)
);
CREATE INDEX idx_search_term_complaint ON complaint_search_term (complaint_id, term);

-- complaints stored before the word index existed: indexed at start (complaint.SearchTermBackfill), then removed
CREATE TABLE complaint_search_backlog (
    complaint_id VARCHAR(40) PRIMARY KEY REFERENCES complaint(id)
);
INSERT INTO complaint_search_backlog (complaint_id) SELECT id FROM complaint;
