package com.complaintdesk.resolution;

import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Timestamps;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class FollowUpRepository {

  private final JdbcClient jdbc;

  public FollowUpRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long save(String complaintId, String taskId, FollowUp f, String decidedBy) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO follow_up (complaint_id, task_id, message, goodwill_type, goodwill_amount, decided_by, decided_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(complaintId, taskId, f.message(), f.goodwillType(), f.goodwillAmount(), decidedBy,
            Timestamps.of(EngineClock.instant()))
        .update(key, "id");
    return key.getKey().longValue();
  }

  public FollowUp get(String complaintId, long id) {
    return jdbc.sql("SELECT message, goodwill_type, goodwill_amount FROM follow_up WHERE id = ? AND complaint_id = ?")
        .params(id, complaintId)
        .query((rs, row) -> new FollowUp(rs.getString("message"), rs.getString("goodwill_type"),
            rs.getBigDecimal("goodwill_amount")))
        .optional()
        .orElseThrow(() -> new IllegalStateException("No follow-up " + id + " for complaint " + complaintId));
  }
}
