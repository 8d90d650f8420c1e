package com.complaintdesk.department;

import com.complaintdesk.complaint.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class DepartmentQuestionRepository {

  private final JdbcClient jdbc;

  public DepartmentQuestionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long save(String complaintId, int level, String department, String question, String askedBy, Instant askedAt,
      Instant dueAt) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO department_question (complaint_id, escalation_level, department, question, asked_by, asked_at,
              due_at, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(complaintId, level, department, question, askedBy, Timestamps.of(askedAt), Timestamps.of(dueAt),
            DepartmentQuestion.PENDING)
        .update(key, "id");
    return key.getKey().longValue();
  }

  public Optional<DepartmentQuestion> find(String complaintId, long id) {
    return jdbc.sql("SELECT * FROM department_question WHERE complaint_id = ? AND id = ?").params(complaintId, id)
        .query(DepartmentQuestionRepository::row).optional();
  }

  public List<DepartmentQuestion> findByComplaint(String complaintId) {
    return jdbc.sql("SELECT * FROM department_question WHERE complaint_id = ? ORDER BY asked_at, id")
        .param(complaintId).query(DepartmentQuestionRepository::row).list();
  }

  /** @return whether the question was still pending (an answer or an expiry applies once) */
  public boolean close(String complaintId, long id, String status, String answer, String answeredBy, Instant at) {
    return jdbc.sql("""
            UPDATE department_question SET status = ?, answer = ?, answered_by = ?, answered_at = ?
            WHERE complaint_id = ? AND id = ? AND status = ?
            """)
        .params(status, answer, answeredBy, Timestamps.of(at), complaintId, id, DepartmentQuestion.PENDING)
        .update() == 1;
  }

  private static DepartmentQuestion row(ResultSet rs, int row) throws SQLException {
    return new DepartmentQuestion(rs.getLong("id"), rs.getString("complaint_id"), rs.getInt("escalation_level"),
        rs.getString("department"), rs.getString("question"), rs.getString("asked_by"),
        Timestamps.toInstant(rs.getTimestamp("asked_at")), Timestamps.toInstant(rs.getTimestamp("due_at")),
        rs.getString("status"), rs.getString("answer"), rs.getString("answered_by"),
        Timestamps.toInstant(rs.getTimestamp("answered_at")));
  }
}
