package com.complaintdesk.complaint;

import static com.complaintdesk.complaint.Timestamps.of;
import static com.complaintdesk.complaint.Timestamps.toInstant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
            INSERT INTO complaint (id, process_instance_id, customer_id, customer_name, customer_email, order_id,
              product_sku, category, channel, severity, regulatory, description, status, idempotency_key, request_hash,
              created_by, created_at, updated_at, customer_email_lower, language, customer_phone)
            VALUES (:id, :processInstanceId, :customerId, :customerName, :customerEmail, :orderId, :productSku,
              :category, :channel, :severity, :regulatory, :description, :status, :idempotencyKey, :requestHash,
              :createdBy, :createdAt, :createdAt, :customerEmailLower, :language, :customerPhone)
            """)
        .param("id", c.id())
        .param("processInstanceId", c.processInstanceId())
        .param("customerId", c.customerId())
        .param("customerName", c.customerName())
        .param("customerEmail", c.customerEmail())
        .param("customerEmailLower", c.customerEmail() == null ? null : c.customerEmail().toLowerCase(Locale.ROOT))
        .param("customerPhone", c.customerPhone())
        .param("orderId", c.orderId())
        .param("productSku", c.productSku())
        .param("category", c.category().name())
        .param("channel", c.channel().name())
        .param("severity", c.severity().name())
        .param("regulatory", c.regulatory())
        .param("description", c.description())
        .param("status", c.status().name())
        .param("idempotencyKey", c.idempotencyKey())
        .param("requestHash", c.requestHash())
        .param("createdBy", c.createdBy())
        .param("createdAt", of(c.createdAt()))
        .param("language", c.language())
        .update();
  }

  public Optional<Complaint> findById(String id) {
    return jdbc.sql("SELECT * FROM complaint WHERE id = :id").param("id", id).query(this::map).optional();
  }

  public Complaint get(String id) {
    return findById(id).orElseThrow(() -> new ComplaintNotFoundException(id));
  }

  /**
   * The complaint, its row locked until the transaction ends: two requests that change the same complaint at once
   * (the same customer event posted twice) run one after the other, the second seeing what the first did.
   */
  public Complaint getForUpdate(String id) {
    return jdbc.sql("SELECT * FROM complaint WHERE id = :id FOR UPDATE").param("id", id).query(this::map).optional()
        .orElseThrow(() -> new ComplaintNotFoundException(id));
  }

  /** An Idempotency-Key is scoped to the user who sent it. */
  public Optional<Complaint> findByIdempotencyKey(String createdBy, String key) {
    return jdbc.sql("SELECT * FROM complaint WHERE created_by = :createdBy AND idempotency_key = :key")
        .param("createdBy", createdBy).param("key", key).query(this::map).optional();
  }

  /**
   * Complaints of the same customer or about the same product since a date, this one excluded, newest
   * first, at most {@code limit}. Two indexed lookups (customer, product) rather than one OR over the table.
   */
  public List<RelatedComplaint> findRelated(String complaintId, String customerId, String productSku, Instant since,
      int limit) {
    return jdbc.sql("SELECT * FROM (" + RELATED + ") r ORDER BY created_at DESC, id FETCH FIRST :limit ROWS ONLY")
        .param("id", complaintId)
        .param("since", of(since))
        .param("customerId", customerId)
        .param("sku", productSku == null ? "" : productSku)
        .param("limit", limit)
        .query((rs, row) -> new RelatedComplaint(rs.getString("id"), toInstant(rs.getTimestamp("created_at")),
            rs.getString("category"), rs.getString("product_sku"), rs.getString("status"), rs.getString("customer_id")))
        .list();
  }

  public int countRelated(String complaintId, String customerId, String productSku, Instant since) {
    return jdbc.sql("SELECT COUNT(*) FROM (" + RELATED + ") r")
        .param("id", complaintId)
        .param("since", of(since))
        .param("customerId", customerId)
        .param("sku", productSku == null ? "" : productSku)
        .query(Integer.class).single();
  }

  /** Another complaint about the same product, or of the same customer about the same kind of problem. */
  /**
   * Earlier complaints of the same category since {@code since}: by this customer, and about this product by any
   * customer (none without a product). Another category is another problem, whoever complained.
   */
  public Recurrence recurrence(String complaintId, String customerId, String category, String productSku,
      Instant since) {
    int forCustomer = jdbc.sql("SELECT COUNT(*) FROM complaint WHERE customer_id = :customerId AND category = :category"
            + " AND created_at >= :since AND id <> :id")
        .param("id", complaintId).param("since", of(since)).param("customerId", customerId)
        .param("category", category).query(Integer.class).single();
    int forProduct = productSku == null ? 0 : jdbc.sql("SELECT COUNT(*) FROM complaint WHERE product_sku = :sku"
            + " AND category = :category AND created_at >= :since AND id <> :id")
        .param("id", complaintId).param("since", of(since)).param("sku", productSku)
        .param("category", category).query(Integer.class).single();
    return new Recurrence(forCustomer, forProduct);
  }

  /** How many earlier complaints share this one's cause: the same customer and category; the same product and category. */
  public record Recurrence(int forCustomer, int forProduct) {

    public boolean recurring() {
      return forCustomer > 0 || forProduct > 0;
    }
  }

  private static final String RELATED = """
      SELECT id, created_at, category, product_sku, status, customer_id FROM complaint
       WHERE customer_id = :customerId AND created_at >= :since AND id <> :id
      UNION
      SELECT id, created_at, category, product_sku, status, customer_id FROM complaint
       WHERE product_sku = :sku AND created_at >= :since AND id <> :id
      """;

  public void updateStatus(String id, ComplaintStatus status) {
    jdbc.sql("UPDATE complaint SET status = :status, updated_at = :now WHERE id = :id")
        .param("status", status.name()).param("now", of(EngineClock.instant())).param("id", id).update();
  }

  public void acknowledged(String id, Instant answerPromisedBy) {
    jdbc.sql("UPDATE complaint SET status = :status, answer_promised_by = :by, updated_at = :now WHERE id = :id")
        .param("status", ComplaintStatus.ACKNOWLEDGED.name()).param("by", of(answerPromisedBy))
        .param("now", of(EngineClock.instant())).param("id", id).update();
  }

  /** The latest date the customer was told to expect our answer: one promise, the last one made. */
  public void promised(String id, Instant answerBy) {
    jdbc.sql("UPDATE complaint SET answer_promised_by = :by, updated_at = :now WHERE id = :id")
        .param("by", of(answerBy)).param("now", of(EngineClock.instant())).param("id", id).update();
  }

  /** Settles the language of a complaint that came without one. */
  public void languageSettled(String id, String language) {
    jdbc.sql("UPDATE complaint SET language = :language WHERE id = :id AND language IS NULL")
        .param("language", language).param("id", id).update();
  }

  public void updatePriority(String id, Priority priority) {
    jdbc.sql("UPDATE complaint SET priority = :priority, priority_rank = :rank, updated_at = :now WHERE id = :id")
        .param("priority", priority.name()).param("rank", priority.rank()).param("now", of(EngineClock.instant()))
        .param("id", id).update();
  }

  public void updateLevel(String id, int level, String reason, Instant dueAt) {
    jdbc.sql("""
            UPDATE complaint SET escalation_level = :level, level_reason = :reason, level_due_at = :due,
              status = :status, updated_at = :now WHERE id = :id
            """)
        .param("level", level).param("reason", reason).param("due", of(dueAt))
        .param("status", ComplaintStatus.IN_RESOLUTION.name())
        .param("now", of(EngineClock.instant())).param("id", id).update();
  }

  public void close(String id, String reason) {
    Instant now = EngineClock.instant();
    jdbc.sql("""
            UPDATE complaint SET status = :status, close_reason = :reason, closed_at = :now, updated_at = :now
             WHERE id = :id
            """)
        .param("status", ComplaintStatus.CLOSED.name()).param("reason", reason).param("now", of(now))
        .param("id", id).update();
  }

  /** @return false when the complaint was already closed or cancelled */
  public boolean cancel(String id, String by, String reason) {
    Instant now = EngineClock.instant();
    return jdbc.sql("""
            UPDATE complaint SET status = :status, cancelled_by = :by, cancel_reason = :reason, closed_at = :now,
              close_reason = 'CANCELLED', updated_at = :now
             WHERE id = :id AND status NOT IN ('CLOSED', 'CANCELLED')
            """)
        .param("status", ComplaintStatus.CANCELLED.name()).param("by", by).param("reason", reason)
        .param("now", of(now)).param("id", id).update() == 1;
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
        Category.valueOf(rs.getString("category")),
        Channel.valueOf(rs.getString("channel")),
        Severity.valueOf(rs.getString("severity")),
        rs.getBoolean("regulatory"),
        rs.getString("description"),
        ComplaintStatus.valueOf(rs.getString("status")),
        Priority.of(rs.getString("priority")),
        rs.getObject("escalation_level", Integer.class),
        rs.getString("level_reason"),
        toInstant(rs.getTimestamp("level_due_at")),
        rs.getString("idempotency_key"),
        rs.getString("request_hash"),
        rs.getString("created_by"),
        toInstant(rs.getTimestamp("created_at")),
        toInstant(rs.getTimestamp("answer_promised_by")),
        toInstant(rs.getTimestamp("closed_at")),
        rs.getString("close_reason"),
        rs.getString("cancelled_by"),
        rs.getString("cancel_reason"),
        rs.getString("language"),
        rs.getString("customer_phone"));
  }

  /** A complaint as the investigation of another one sees it. */
  public record RelatedComplaint(String id, Instant createdAt, String category, String productSku, String status,
      String customerId) {}
}
