-- Realistic sample data for the demo profile only (never in prod): a few customers, products and orders.
INSERT INTO customer (id, name, email, tier, customer_since) VALUES
  ('C-1001', 'Dana Whitfield', 'dana@example.com', 'GOLD', DATE '2019-03-14'),
  ('C-1002', 'Marcus Okafor', 'marcus.okafor@example.com', 'STANDARD', DATE '2023-08-02'),
  ('C-1003', 'Ingrid Solberg', 'ingrid.solberg@example.com', 'PLATINUM', DATE '2015-11-20'),
  ('C-1004', 'Priya Raman', 'priya.raman@example.com', 'STANDARD', DATE '2025-01-09');

INSERT INTO product (sku, name, product_line, unit_price) VALUES
  ('SKU-KETTLE-2', 'Aurora Electric Kettle 1.7 l', 'Kitchen appliances', 79.90),
  ('SKU-TOASTER-4', 'Aurora 4-Slice Toaster', 'Kitchen appliances', 59.00),
  ('SKU-HEATER-1', 'ThermaPanel Oil Heater', 'Heating', 149.00),
  ('SKU-HEADSET-9', 'QuietWave Wireless Headset', 'Audio', 229.00);

INSERT INTO customer_order (id, customer_id, ordered_at, status, total, currency) VALUES
  ('O-5001', 'C-1001', TIMESTAMP '2026-10-28 10:15:00', 'DELIVERED', 79.90, 'EUR'),
  ('O-5002', 'C-1002', TIMESTAMP '2026-11-03 18:40:00', 'SHIPPED', 288.00, 'EUR'),
  ('O-5003', 'C-1003', TIMESTAMP '2026-09-12 09:05:00', 'DELIVERED', 149.00, 'EUR'),
  ('O-5004', 'C-1004', TIMESTAMP '2026-11-15 14:22:00', 'DELIVERED', 59.00, 'EUR');

INSERT INTO order_line (order_id, line_no, sku, quantity, unit_price) VALUES
  ('O-5001', 1, 'SKU-KETTLE-2', 1, 79.90),
  ('O-5002', 1, 'SKU-TOASTER-4', 1, 59.00),
  ('O-5002', 2, 'SKU-HEADSET-9', 1, 229.00),
  ('O-5003', 1, 'SKU-HEATER-1', 1, 149.00),
  ('O-5004', 1, 'SKU-TOASTER-4', 1, 59.00);

INSERT INTO customer_contact (customer_id, contacted_at, channel, summary) VALUES
  ('C-1001', TIMESTAMP '2026-10-30 09:12:00', 'EMAIL', 'Asked when the kettle would be delivered; told it was out for delivery.'),
  ('C-1001', TIMESTAMP '2026-11-10 16:45:00', 'PHONE', 'Reported the kettle switches itself off before boiling; advised to descale.'),
  ('C-1002', TIMESTAMP '2026-11-08 11:00:00', 'CHAT', 'Asked for a tracking number for the headset.'),
  ('C-1003', TIMESTAMP '2026-09-20 08:30:00', 'EMAIL', 'Thanked us for quick delivery of the heater.');
