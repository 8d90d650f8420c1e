package com.complaintdesk.investigation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The ERP side of an investigation: orders, their lines and products. */
public interface OrderRecords {

  Optional<OrderInfo> findOrder(String orderId);

  Optional<ProductInfo> findProduct(String sku);

  record OrderInfo(String id, String customerId, Instant orderedAt, String status, BigDecimal total, String currency,
      List<OrderLine> lines) {}

  record OrderLine(String sku, int quantity, BigDecimal unitPrice) {}

  record ProductInfo(String sku, String name, String productLine, BigDecimal unitPrice) {}
}
