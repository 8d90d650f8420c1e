package com.complaintdesk.survey;

import com.complaintdesk.complaint.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SurveyRepository {

  private final JdbcClient jdbc;

  public SurveyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void create(String token, String complaintId, Instant sentAt) {
    jdbc.sql("INSERT INTO survey (token, complaint_id, sent_at, status) VALUES (?, ?, ?, ?)")
        .params(token, complaintId, Timestamps.of(sentAt), SurveyStatus.SENT.name()).update();
  }

  public Optional<Survey> findByToken(String token) {
    return jdbc.sql("SELECT * FROM survey WHERE token = ?").param(token).query(this::map).optional();
  }

  public Optional<Survey> findLatestByComplaint(String complaintId) {
    return jdbc.sql("SELECT * FROM survey WHERE complaint_id = ? ORDER BY sent_at DESC").param(complaintId)
        .query(this::map).stream().findFirst();
  }

  /** Uses the token once: false when it was already answered or expired (a concurrent answer included). */
  public boolean markAnswered(String token, int score, String comment, Instant at) {
    return jdbc.sql("""
            UPDATE survey SET status = 'ANSWERED', score = ?, comment = ?, answered_at = ?
             WHERE token = ? AND status = 'SENT'
            """)
        .params(score, comment, Timestamps.of(at), token).update() == 1;
  }

  public void expireOpen(String complaintId) {
    jdbc.sql("UPDATE survey SET status = 'EXPIRED' WHERE complaint_id = ? AND status = 'SENT'")
        .param(complaintId).update();
  }

  private Survey map(ResultSet rs, int row) throws SQLException {
    return new Survey(rs.getString("token"), rs.getString("complaint_id"),
        Timestamps.toInstant(rs.getTimestamp("sent_at")), SurveyStatus.valueOf(rs.getString("status")),
        Timestamps.toInstant(rs.getTimestamp("answered_at")), rs.getObject("score", Integer.class),
        rs.getString("comment"));
  }
}
