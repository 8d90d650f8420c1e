package com.complaintdesk.escalation;

import com.complaintdesk.complaint.Timestamps;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** When a level's clock stopped for the customer and when it ran again. */
@Repository
public class LevelPauseRepository {

  private final JdbcClient jdbc;

  public LevelPauseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void paused(String complaintId, int level, Instant at) {
    jdbc.sql("INSERT INTO level_pause (complaint_id, escalation_level, paused_at) VALUES (?, ?, ?)")
        .params(complaintId, level, Timestamps.of(at)).update();
  }

  /** When the level's open pause began, if it is paused. */
  public java.util.Optional<Instant> pausedAt(String complaintId, int level) {
    return jdbc.sql("SELECT MAX(paused_at) FROM level_pause WHERE complaint_id = ? AND escalation_level = ?"
            + " AND resumed_at IS NULL")
        .params(complaintId, level).query(java.sql.Timestamp.class).optional().map(Timestamps::toInstant);
  }

  /** The customer answered, or the reply window closed: the level's clock runs again. */
  public void resumed(String complaintId, int level, Instant at) {
    jdbc.sql("UPDATE level_pause SET resumed_at = ? WHERE complaint_id = ? AND escalation_level = ? AND resumed_at IS NULL")
        .params(Timestamps.of(at), complaintId, level).update();
  }

  /** The complaint left its level while we waited (the customer escalated, a supervisor was asked for). */
  public void levelLeft(String complaintId, Instant at) {
    jdbc.sql("UPDATE level_pause SET resumed_at = ? WHERE complaint_id = ? AND resumed_at IS NULL")
        .params(Timestamps.of(at), complaintId).update();
  }
}
