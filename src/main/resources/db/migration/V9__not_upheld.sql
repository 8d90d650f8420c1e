-- issue 22: a level may decide that a complaint is not upheld. The final decision keeps its outcome
-- (RESOLVED or NOT_UPHELD); a complaint not upheld has no resolution type and no amount.
ALTER TABLE resolution ADD COLUMN outcome VARCHAR(20) DEFAULT 'RESOLVED' NOT NULL;
ALTER TABLE resolution ALTER COLUMN resolution_type DROP NOT NULL;
ALTER TABLE resolution ALTER COLUMN amount DROP NOT NULL;
