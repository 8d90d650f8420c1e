package com.complaintdesk.resolution;

import com.complaintdesk.complaint.Timestamps;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class LevelDecisionRepository {

  private final JdbcClient jdbc;

  public LevelDecisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long save(String complaintId, String taskId, int level, ResolutionDecision d, String decidedBy, Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO level_decision (complaint_id, task_id, escalation_level, outcome, resolution_type, amount,
              customer_message, apology, explanation, information_request, decided_by, decided_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(complaintId, taskId, level, d.outcome(), d.resolutionType(), d.resolutionAmount(), d.customerMessage(),
            d.apology(), d.explanation(), d.informationRequest(), decidedBy, Timestamps.of(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** The decision, checked to belong to the complaint: a reference from one complaint never reads another's. */
  public LevelDecision get(String complaintId, long id) {
    return jdbc.sql("SELECT * FROM level_decision WHERE id = ? AND complaint_id = ?").params(id, complaintId)
        .query(LevelDecisionRepository::map)
        .optional()
        .orElseThrow(() -> new IllegalStateException("No decision " + id + " for complaint " + complaintId));
  }

  /** The complaint's latest decision, if any. */
  public java.util.Optional<LevelDecision> findLatest(String complaintId) {
    return jdbc.sql("SELECT * FROM level_decision WHERE complaint_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
        .param(complaintId).query(LevelDecisionRepository::map).optional();
  }

  private static LevelDecision map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new LevelDecision(rs.getLong("id"), rs.getString("complaint_id"), rs.getString("task_id"),
        rs.getInt("escalation_level"),
        new ResolutionDecision(rs.getString("outcome"), rs.getString("resolution_type"), rs.getBigDecimal("amount"),
            rs.getString("customer_message"), rs.getString("apology"), rs.getString("explanation"),
            rs.getString("information_request")),
        rs.getString("decided_by"), Timestamps.toInstant(rs.getTimestamp("decided_at")));
  }
}
