package com.complaintdesk.survey;

import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Timestamps;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ImprovementReviewRepository {

  private final JdbcClient jdbc;

  public ImprovementReviewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long create(String complaintId, String reason) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO improvement_review (complaint_id, reason, requested_at) VALUES (?, ?, ?)")
        .params(complaintId, reason, Timestamps.of(EngineClock.instant()))
        .update(key, "id");
    return key.getKey().longValue();
  }

  public String reason(String complaintId, long reviewId) {
    return jdbc.sql("SELECT reason FROM improvement_review WHERE id = ? AND complaint_id = ?")
        .params(reviewId, complaintId).query(String.class).optional()
        .orElseThrow(() -> new IllegalStateException("No review " + reviewId + " for complaint " + complaintId));
  }

  public void saveFindings(String complaintId, long reviewId, ReviewFindings f, String reviewedBy) {
    int updated = jdbc.sql("""
            UPDATE improvement_review SET root_cause = ?, consulted_team = ?, corrective_action = ?,
              procedure_updated = ?, reviewed_by = ?, reviewed_at = ?
             WHERE id = ? AND complaint_id = ?
            """)
        .params(f.rootCause(), f.consultedTeam(), f.correctiveAction(), f.procedureUpdated(), reviewedBy,
            Timestamps.of(EngineClock.instant()), reviewId, complaintId)
        .update();
    if (updated != 1) {
      throw new IllegalStateException("No review " + reviewId + " for complaint " + complaintId);
    }
  }
}
