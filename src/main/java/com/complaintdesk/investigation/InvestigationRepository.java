package com.complaintdesk.investigation;

import com.complaintdesk.complaint.Timestamps;
import com.complaintdesk.investigation.CustomerRecords.ContactInfo;
import com.complaintdesk.investigation.InvestigationReport.PriorComplaint;
import com.complaintdesk.investigation.OrderRecords.OrderInfo;
import com.complaintdesk.investigation.OrderRecords.ProductInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class InvestigationRepository {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  public InvestigationRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** Replaces an earlier result: a retried investigation must not fail on its own first attempt's row. */
  public void save(String complaintId, InvestigationReport report) {
    jdbc.sql("DELETE FROM investigation WHERE complaint_id = ?").param(complaintId).update();
    jdbc.sql("""
            INSERT INTO investigation (complaint_id, order_found, order_json, product_json, customer_tier, communication_history,
              prior_complaints, prior_complaint_count, recurring, summary, investigated_at, recurring_for_customer,
              recurring_for_product, findings, offer_base)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(complaintId, report.orderFound(), write(report.order()), write(report.product()), report.customerTier(),
            write(report.communicationHistory()), write(report.priorComplaints()), report.priorComplaintCount(),
            report.recurring(),
            report.summary(), Timestamps.of(report.investigatedAt()), report.recurringForCustomer(),
            report.recurringForProduct(), report.findings() == null ? null : String.join(",", report.findings()),
            report.offerBase())
        .update();
  }

  public Optional<InvestigationReport> find(String complaintId) {
    return jdbc.sql("SELECT * FROM investigation WHERE complaint_id = ?").param(complaintId)
        .query((rs, row) -> new InvestigationReport(
            rs.getBoolean("order_found"),
            read(rs.getString("order_json"), new TypeReference<OrderInfo>() {}),
            read(rs.getString("product_json"), new TypeReference<ProductInfo>() {}),
            rs.getString("customer_tier"),
            read(rs.getString("communication_history"), new TypeReference<List<ContactInfo>>() {}),
            read(rs.getString("prior_complaints"), new TypeReference<List<PriorComplaint>>() {}),
            rs.getInt("prior_complaint_count"),
            rs.getBoolean("recurring"),
            rs.getString("summary"),
            Timestamps.toInstant(rs.getTimestamp("investigated_at")),
            rs.getObject("recurring_for_customer", Integer.class),
            rs.getObject("recurring_for_product", Integer.class),
            findings(rs.getString("findings")),
            rs.getBigDecimal("offer_base")))
        .optional();
  }

  private static List<String> findings(String stored) {
    return stored == null ? null : stored.isEmpty() ? List.of() : List.of(stored.split(","));
  }

  private String write(Object value) {
    try {
      return value == null ? null : json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T read(String value, TypeReference<T> type) {
    try {
      return value == null ? null : json.readValue(value, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
