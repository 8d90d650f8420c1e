package com.complaintdesk.investigation;

import com.complaintdesk.complaint.Timestamps;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the ERP stand-in tables in the app's database. */
@Component
class JdbcOrderRecords implements OrderRecords {

  private final JdbcClient jdbc;

  JdbcOrderRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<OrderInfo> findOrder(String orderId) {
    List<OrderLine> lines = jdbc.sql("SELECT sku, quantity, unit_price FROM order_line WHERE order_id = ? ORDER BY line_no")
        .param(orderId)
        .query((rs, row) -> new OrderLine(rs.getString("sku"), rs.getInt("quantity"), rs.getBigDecimal("unit_price")))
        .list();
    return jdbc.sql("SELECT id, customer_id, ordered_at, status, total, currency FROM customer_order WHERE id = ?")
        .param(orderId)
        .query((rs, row) -> new OrderInfo(rs.getString("id"), rs.getString("customer_id"),
            Timestamps.toInstant(rs.getTimestamp("ordered_at")), rs.getString("status"), rs.getBigDecimal("total"),
            rs.getString("currency"), lines))
        .optional();
  }

  @Override
  public Optional<ProductInfo> findProduct(String sku) {
    return jdbc.sql("SELECT sku, name, product_line, unit_price FROM product WHERE sku = ?").param(sku)
        .query((rs, row) -> new ProductInfo(rs.getString("sku"), rs.getString("name"), rs.getString("product_line"),
            rs.getBigDecimal("unit_price")))
        .optional();
  }
}
