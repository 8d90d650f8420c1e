-- issue 23, case 2: "recurring" says for whom. Earlier complaints of the same category in the look-back window by
-- this customer, and about this product (SKU) by any customer; recurring when either is above zero.
ALTER TABLE investigation ADD COLUMN recurring_for_customer INT;
ALTER TABLE investigation ADD COLUMN recurring_for_product INT;
