-- issue 21: a customer who reads German, so that the demo shows letters in both languages
INSERT INTO customer (id, name, email, tier, customer_since, language) VALUES
  ('C-1005', 'Jonas Becker', 'jonas.becker@example.com', 'STANDARD', DATE '2024-05-21', 'de');
UPDATE customer SET language = 'en' WHERE id IN ('C-1001', 'C-1002', 'C-1003', 'C-1004');
