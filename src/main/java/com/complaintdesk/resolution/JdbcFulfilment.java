package com.complaintdesk.resolution;

import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records the fulfilment order in its own table, where the ERP would pick it up. */
@Component
class JdbcFulfilment implements FulfilmentPort {

  private final JdbcClient jdbc;

  JdbcFulfilment(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String fulfil(String complaintId, String resolutionType, BigDecimal amount) {
    String prefix = switch (resolutionType) {
      case "REFUND" -> "RFD";
      case "REPLACEMENT" -> "RPL";
      case "DISCOUNT" -> "VCH";
      case "REPAIR" -> "RPR";
      default -> "GEN";
    };
    String reference = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    jdbc.sql("INSERT INTO fulfilment (complaint_id, kind, amount, reference, created_at) VALUES (?, ?, ?, ?, ?)")
        .params(complaintId, resolutionType, amount, reference, Timestamps.of(EngineClock.instant()))
        .update();
    return reference;
  }
}
