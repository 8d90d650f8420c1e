package com.complaintdesk.notification;

import com.complaintdesk.complaint.Timestamps;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CommunicationRepository {

  private final JdbcClient jdbc;

  public CommunicationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String complaintId, String recipient, Communication c) {
    jdbc.sql("""
            INSERT INTO communication (complaint_id, sent_at, direction, channel, kind, recipient, subject, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(complaintId, Timestamps.of(c.sentAt()), c.direction(), c.channel(), c.kind(), recipient,
            c.subject(), c.text())
        .update();
  }

  public boolean inboundSince(String complaintId, String kind, Instant since) {
    return jdbc.sql("SELECT COUNT(*) FROM communication WHERE complaint_id = ? AND direction = 'INBOUND' AND kind = ?"
            + " AND sent_at >= ?")
        .params(complaintId, kind, Timestamps.of(since)).query(Long.class).single() > 0;
  }

  public List<Communication> findByComplaint(String complaintId) {
    return jdbc.sql("""
            SELECT sent_at, direction, channel, kind, subject, body FROM communication
             WHERE complaint_id = ? ORDER BY sent_at, id
            """)
        .param(complaintId)
        .query((rs, row) -> new Communication(
            Timestamps.toInstant(rs.getTimestamp("sent_at")), rs.getString("direction"), rs.getString("channel"),
            rs.getString("kind"), rs.getString("subject"), rs.getString("body")))
        .list();
  }
}
