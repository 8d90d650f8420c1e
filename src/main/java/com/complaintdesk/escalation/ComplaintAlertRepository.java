package com.complaintdesk.escalation;

import com.complaintdesk.complaint.Timestamps;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ComplaintAlertRepository {

  private final JdbcClient jdbc;

  public ComplaintAlertRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String complaintId, ComplaintAlert alert) {
    jdbc.sql("""
            INSERT INTO complaint_alert (complaint_id, kind, escalation_level, due_at, raised_at)
            VALUES (?, ?, ?, ?, ?)
            """)
        .params(complaintId, alert.kind().name(), alert.level(), Timestamps.of(alert.dueAt()),
            Timestamps.of(alert.raisedAt()))
        .update();
  }

  public boolean exists(String complaintId, AlertKind kind, int level, java.time.Instant dueAt) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM complaint_alert
            WHERE complaint_id = ? AND kind = ? AND escalation_level = ? AND due_at = ?
            """)
        .params(complaintId, kind.name(), level, Timestamps.of(dueAt)).query(Integer.class).single() > 0;
  }

  /** The alerts of many complaints at once (a page of the list), by complaint id. */
  public java.util.Map<String, List<ComplaintAlert>> findByComplaints(java.util.Collection<String> complaintIds) {
    java.util.Map<String, List<ComplaintAlert>> byComplaint = new java.util.HashMap<>();
    if (complaintIds.isEmpty()) {
      return byComplaint;
    }
    jdbc.sql("SELECT * FROM complaint_alert WHERE complaint_id IN (:ids) ORDER BY raised_at, id")
        .param("ids", complaintIds)
        .query(rs -> {
          byComplaint.computeIfAbsent(rs.getString("complaint_id"), k -> new java.util.ArrayList<>()).add(
              new ComplaintAlert(AlertKind.valueOf(rs.getString("kind")), rs.getInt("escalation_level"),
                  Timestamps.toInstant(rs.getTimestamp("due_at")), Timestamps.toInstant(rs.getTimestamp("raised_at"))));
        });
    return byComplaint;
  }

  public List<ComplaintAlert> findByComplaint(String complaintId) {
    return jdbc.sql("SELECT * FROM complaint_alert WHERE complaint_id = ? ORDER BY raised_at, id").param(complaintId)
        .query((rs, row) -> new ComplaintAlert(AlertKind.valueOf(rs.getString("kind")), rs.getInt("escalation_level"),
            Timestamps.toInstant(rs.getTimestamp("due_at")), Timestamps.toInstant(rs.getTimestamp("raised_at"))))
        .list();
  }
}
