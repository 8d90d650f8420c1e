-- issue 23, case 3: what the investigation could not confirm is a finding (an unknown customer, an unknown order, a
-- product not on the order), and what the offer limits are measured against is stated: the product's line on the
-- order, the product's price, the order's total (no product named), or complaints.offers.value-when-unknown.
ALTER TABLE investigation ADD COLUMN findings VARCHAR(400);
ALTER TABLE investigation ADD COLUMN offer_base DECIMAL(12, 2);
