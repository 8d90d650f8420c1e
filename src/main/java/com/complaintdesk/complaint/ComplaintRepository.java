package com.complaintdesk.complaint;

import static com.complaintdesk.complaint.Timestamps.of;
import static com.complaintdesk.complaint.Timestamps.toInstant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ComplaintRepository {

  private final JdbcClient jdbc;

  public ComplaintRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(Complaint c) {
    jdbc.sql("""
            INSERT INTO complaint (id, customer_id, customer_name, customer_email, order_id, product_sku,
              category, channel, severity, regulatory, description, status, idempotency_key, request_hash,
              created_at, updated_at)
            VALUES (:id, :customerId, :customerName, :customerEmail, :orderId, :productSku, :category, :channel,
              :severity, :regulatory, :description, :status, :idempotencyKey, :requestHash, :createdAt, :createdAt)
            """)
        .param("id", c.id())
        .param("customerId", c.customerId())
        .param("customerName", c.customerName())
        .param("customerEmail", c.customerEmail())
        .param("orderId", c.orderId())
        .param("productSku", c.productSku())
        .param("category", c.category())
        .param("channel", c.channel())
        .param("severity", c.severity())
        .param("regulatory", c.regulatory())
        .param("description", c.description())
        .param("status", c.status().name())
        .param("idempotencyKey", c.idempotencyKey())
        .param("requestHash", c.requestHash())
        .param("createdAt", of(c.createdAt()))
        .update();
  }

  public Optional<Complaint> findById(String id) {
    return jdbc.sql("SELECT * FROM complaint WHERE id = :id").param("id", id).query(this::map).optional();
  }

  public Complaint get(String id) {
    return findById(id).orElseThrow(() -> new ComplaintNotFoundException(id));
  }

  public Optional<Complaint> findByIdempotencyKey(String key) {
    return jdbc.sql("SELECT * FROM complaint WHERE idempotency_key = :key").param("key", key).query(this::map).optional();
  }

  /** Complaints of the same customer or about the same product since a date, this one excluded. */
  public List<Complaint> findRelated(String complaintId, String customerId, String productSku, Instant since) {
    return jdbc.sql("""
            SELECT * FROM complaint
             WHERE id <> :id AND created_at >= :since
               AND (customer_id = :customerId OR (CAST(:sku AS VARCHAR(64)) IS NOT NULL AND product_sku = :sku))
             ORDER BY created_at DESC
            """)
        .param("id", complaintId)
        .param("since", of(since))
        .param("customerId", customerId)
        .param("sku", productSku)
        .query(this::map)
        .list();
  }

  public void linkProcessInstance(String id, String processInstanceId) {
    jdbc.sql("UPDATE complaint SET process_instance_id = :pi WHERE id = :id")
        .param("pi", processInstanceId).param("id", id).update();
  }

  public void updateStatus(String id, ComplaintStatus status) {
    jdbc.sql("UPDATE complaint SET status = :status, updated_at = :now WHERE id = :id")
        .param("status", status.name()).param("now", of(Instant.now())).param("id", id).update();
  }

  public void updatePriority(String id, String priority) {
    jdbc.sql("UPDATE complaint SET priority = :priority, updated_at = :now WHERE id = :id")
        .param("priority", priority).param("now", of(Instant.now())).param("id", id).update();
  }

  public void updateLevel(String id, int level, String reason, Instant dueAt) {
    jdbc.sql("""
            UPDATE complaint SET escalation_level = :level, level_reason = :reason, level_due_at = :due,
              status = :status, updated_at = :now WHERE id = :id
            """)
        .param("level", level).param("reason", reason).param("due", of(dueAt))
        .param("status", ComplaintStatus.IN_RESOLUTION.name())
        .param("now", of(Instant.now())).param("id", id).update();
  }

  public void updateLevelDue(String id, Instant dueAt) {
    jdbc.sql("UPDATE complaint SET level_due_at = :due, updated_at = :now WHERE id = :id")
        .param("due", of(dueAt)).param("now", of(Instant.now())).param("id", id).update();
  }

  public void close(String id, String reason) {
    Instant now = Instant.now();
    jdbc.sql("""
            UPDATE complaint SET status = :status, close_reason = :reason, closed_at = :now, updated_at = :now
             WHERE id = :id
            """)
        .param("status", ComplaintStatus.CLOSED.name()).param("reason", reason).param("now", of(now))
        .param("id", id).update();
  }

  private Complaint map(ResultSet rs, int row) throws SQLException {
    return new Complaint(
        rs.getString("id"),
        rs.getString("process_instance_id"),
        rs.getString("customer_id"),
        rs.getString("customer_name"),
        rs.getString("customer_email"),
        rs.getString("order_id"),
        rs.getString("product_sku"),
        rs.getString("category"),
        rs.getString("channel"),
        rs.getString("severity"),
        rs.getBoolean("regulatory"),
        rs.getString("description"),
        ComplaintStatus.valueOf(rs.getString("status")),
        rs.getString("priority"),
        rs.getObject("escalation_level", Integer.class),
        rs.getString("level_reason"),
        toInstant(rs.getTimestamp("level_due_at")),
        rs.getString("idempotency_key"),
        rs.getString("request_hash"),
        toInstant(rs.getTimestamp("created_at")),
        toInstant(rs.getTimestamp("closed_at")),
        rs.getString("close_reason"));
  }
}
