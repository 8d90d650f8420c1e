package com.complaintdesk.escalation;

import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Timestamps;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customer events kept until the complaint can take them. */
@Repository
public class CustomerEventRepository {

  private final JdbcClient jdbc;

  public CustomerEventRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void storePending(String complaintId, String type, String channel) {
    jdbc.sql("INSERT INTO customer_event (complaint_id, event_type, channel, received_at) VALUES (?, ?, ?, ?)")
        .params(complaintId, type, channel, Timestamps.of(EngineClock.instant())).update();
  }

  public List<PendingEvent> pending(int limit) {
    return jdbc.sql("""
            SELECT id, complaint_id, event_type, channel FROM customer_event WHERE applied_at IS NULL
             ORDER BY received_at, id FETCH FIRST ? ROWS ONLY
            """)
        .param(limit)
        .query((rs, row) -> new PendingEvent(rs.getLong("id"), rs.getString("complaint_id"),
            rs.getString("event_type"), rs.getString("channel")))
        .list();
  }

  /** The types of the complaint's events still waiting to be applied. */
  public List<String> pendingTypes(String complaintId) {
    return jdbc.sql("SELECT DISTINCT event_type FROM customer_event WHERE complaint_id = ? AND applied_at IS NULL")
        .param(complaintId).query(String.class).list();
  }

  /** Marks the event done; false when another node or request did so first. */
  public boolean markDone(long id, String outcome) {
    return jdbc.sql("UPDATE customer_event SET applied_at = ?, outcome = ? WHERE id = ? AND applied_at IS NULL")
        .params(Timestamps.of(EngineClock.instant()), outcome, id).update() == 1;
  }

  /** Marks every pending event of a type done, e.g. a supervisor request that triage has honoured. */
  public int markDone(String complaintId, String type, String outcome) {
    return jdbc.sql("""
            UPDATE customer_event SET applied_at = ?, outcome = ?
             WHERE complaint_id = ? AND event_type = ? AND applied_at IS NULL
            """)
        .params(Timestamps.of(EngineClock.instant()), outcome, complaintId, type).update();
  }

  public record PendingEvent(long id, String complaintId, String type, String channel) {}
}
