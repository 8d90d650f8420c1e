package com.complaintdesk.resolution;

import com.complaintdesk.complaint.Timestamps;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ResolutionRepository {

  private final JdbcClient jdbc;

  public ResolutionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void save(String complaintId, Resolution r) {
    jdbc.sql("""
            INSERT INTO resolution (complaint_id, outcome, escalation_level, resolution_type, amount, customer_message,
              apology, explanation, decided_by, decided_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(complaintId, r.outcome(), r.level(), r.resolutionType(), r.amount(), r.customerMessage(), r.apology(),
            r.explanation(), r.decidedBy(), Timestamps.of(r.decidedAt()))
        .update();
  }

  public List<Resolution> findByComplaint(String complaintId) {
    return jdbc.sql("SELECT * FROM resolution WHERE complaint_id = ? ORDER BY decided_at, id").param(complaintId)
        .query((rs, row) -> new Resolution(rs.getString("outcome"), rs.getInt("escalation_level"),
            rs.getString("resolution_type"),
            rs.getBigDecimal("amount"), rs.getString("customer_message"), rs.getString("apology"),
            rs.getString("explanation"), rs.getString("decided_by"),
            Timestamps.toInstant(rs.getTimestamp("decided_at"))))
        .list();
  }

  public Optional<Resolution> findLatest(String complaintId) {
    List<Resolution> all = findByComplaint(complaintId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }
}
