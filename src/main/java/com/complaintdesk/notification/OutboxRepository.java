package com.complaintdesk.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table: messages written by the desk's steps, and their delivery state. */
@Repository
public class OutboxRepository {

  static final int ERROR_LENGTH = 1000;

  /** A message waiting to be delivered, with the attempts made so far. */
  record Pending(long id, OutboundMessage message, int attempts) {}

  private final JdbcClient jdbc;

  OutboxRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void add(OutboundMessage message, Instant now) {
    jdbc.sql("INSERT INTO outbox_message (complaint_id, kind, recipient, subject, body, html_body, created_at, status,"
            + " attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0)")
        .params(message.complaintId(), message.kind(), message.recipient(), message.subject(), message.body(),
            message.html(), Timestamp.from(now))
        .update();
  }

  /** Ids of pending messages whose next attempt is due and that no node holds, oldest first. */
  List<Long> due(Instant now, int limit) {
    return jdbc.sql("SELECT id FROM outbox_message WHERE status = 'PENDING'"
            + " AND (next_attempt_at IS NULL OR next_attempt_at <= ?) AND (claimed_until IS NULL OR claimed_until < ?)"
            + " ORDER BY id FETCH FIRST " + limit + " ROWS ONLY")
        .params(Timestamp.from(now), Timestamp.from(now))
        .query(Long.class).list();
  }

  /** Takes the message for one node until {@code until}; empty when another node took it first. */
  Optional<Pending> claim(long id, Instant now, Instant until) {
    int claimed = jdbc.sql("UPDATE outbox_message SET claimed_until = ? WHERE id = ? AND status = 'PENDING'"
            + " AND (claimed_until IS NULL OR claimed_until < ?)")
        .params(Timestamp.from(until), id, Timestamp.from(now)).update();
    if (claimed == 0) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT complaint_id, kind, recipient, subject, body, html_body, attempts FROM outbox_message"
            + " WHERE id = ?")
        .param(id)
        .query((rs, row) -> new Pending(id, new OutboundMessage(rs.getString("complaint_id"), rs.getString("kind"),
            rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("html_body")),
            rs.getInt("attempts")))
        .optional();
  }

  void sent(long id, Instant now) {
    jdbc.sql("UPDATE outbox_message SET status = 'SENT', sent_at = ?, claimed_until = NULL, last_error = NULL"
            + " WHERE id = ?")
        .params(Timestamp.from(now), id).update();
  }

  void undeliverable(long id, String error) {
    jdbc.sql("UPDATE outbox_message SET status = 'UNDELIVERABLE', claimed_until = NULL, last_error = ? WHERE id = ?")
        .params(shorten(error), id).update();
  }

  void retryLater(long id, int attempts, Instant nextAttempt, String error) {
    jdbc.sql("UPDATE outbox_message SET attempts = ?, next_attempt_at = ?, claimed_until = NULL, last_error = ?"
            + " WHERE id = ?")
        .params(attempts, Timestamp.from(nextAttempt), shorten(error), id).update();
  }

  /** A message as the demo mailbox shows it. */
  record Stored(long id, Instant createdAt, String status, OutboundMessage message) {}

  /** The latest messages, newest first. */
  List<Stored> latest(int limit) {
    return jdbc.sql("SELECT id, created_at, status, complaint_id, kind, recipient, subject, body, html_body"
            + " FROM outbox_message ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
        .query((rs, row) -> stored(rs)).list();
  }

  Optional<Stored> find(long id) {
    return jdbc.sql("SELECT id, created_at, status, complaint_id, kind, recipient, subject, body, html_body"
            + " FROM outbox_message WHERE id = ?")
        .param(id).query((rs, row) -> stored(rs)).optional();
  }

  private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Stored(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(), rs.getString("status"),
        new OutboundMessage(rs.getString("complaint_id"), rs.getString("kind"), rs.getString("recipient"),
            rs.getString("subject"), rs.getString("body"), rs.getString("html_body")));
  }

  private static String shorten(String error) {
    String text = error == null ? "unknown error" : error;
    return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
  }
}
