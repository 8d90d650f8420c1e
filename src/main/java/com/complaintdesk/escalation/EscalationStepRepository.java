package com.complaintdesk.escalation;

import com.complaintdesk.complaint.Timestamps;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class EscalationStepRepository {

  private final JdbcClient jdbc;

  public EscalationStepRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String complaintId, EscalationStep step) {
    jdbc.sql("""
            INSERT INTO escalation_step (complaint_id, from_level, to_level, reason, entered_at, due_at, candidate_group)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(complaintId, step.fromLevel(), step.toLevel(), step.reason(), Timestamps.of(step.enteredAt()),
            Timestamps.of(step.dueAt()), step.candidateGroup())
        .update();
  }

  public List<EscalationStep> findByComplaint(String complaintId) {
    return jdbc.sql("SELECT * FROM escalation_step WHERE complaint_id = ? ORDER BY entered_at, id").param(complaintId)
        .query((rs, row) -> new EscalationStep(rs.getObject("from_level", Integer.class), rs.getInt("to_level"),
            rs.getString("reason"), Timestamps.toInstant(rs.getTimestamp("entered_at")),
            Timestamps.toInstant(rs.getTimestamp("due_at")), rs.getString("candidate_group")))
        .list();
  }
}
