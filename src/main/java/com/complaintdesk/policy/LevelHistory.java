package com.complaintdesk.policy;

import com.complaintdesk.complaint.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the complaints received in a period did at each level, from the desk's own records: when they entered a
 * level and why they left it (the next level's reason, a resolution, or still there), whether its deadline was
 * breached, and when its clock stood still while we waited for the customer.
 */
@Repository
class LevelHistory {

  record Pause(Instant from, Instant to) {}

  /**
   * One complaint's time at one level; {@code leftAt} is null while it is still there. A pause without an end is a
   * wait that is still going on.
   */
  record Stint(String complaintId, String priority, String category, int level, Instant enteredAt, Instant leftAt,
      String leftBecause, boolean breached, List<Pause> pauses) {}

  static final String RESOLVED = "RESOLVED";
  /** closed or cancelled without a resolution */
  static final String CLOSED = "CLOSED";

  private final JdbcClient jdbc;

  LevelHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private record Step(String complaintId, String priority, String category, int level, String reason,
      Instant enteredAt, Instant closedAt) {}

  List<Stint> receivedBetween(Instant from, Instant to) {
    Object[] period = {Timestamps.of(from), Timestamps.of(to)};
    List<Step> steps = jdbc.sql("""
            SELECT s.complaint_id, c.priority, c.category, s.to_level, s.reason, s.entered_at, c.closed_at
            FROM escalation_step s JOIN complaint c ON c.id = s.complaint_id
            WHERE c.created_at >= ? AND c.created_at < ? AND c.priority IS NOT NULL
            ORDER BY s.complaint_id, s.entered_at, s.id
            """).params(period)
        .query((rs, row) -> new Step(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
            Timestamps.toInstant(rs.getTimestamp(6)), Timestamps.toInstant(rs.getTimestamp(7))))
        .list();
    Map<String, Instant> resolved = new HashMap<>();
    jdbc.sql("""
            SELECT r.complaint_id, MIN(r.decided_at) FROM resolution r JOIN complaint c ON c.id = r.complaint_id
            WHERE c.created_at >= ? AND c.created_at < ? GROUP BY r.complaint_id
            """).params(period)
        .query(rs -> {
          resolved.put(rs.getString(1), Timestamps.toInstant(rs.getTimestamp(2)));
        });
    Set<String> breaches = new HashSet<>();
    jdbc.sql("""
            SELECT a.complaint_id, a.escalation_level FROM complaint_alert a JOIN complaint c ON c.id = a.complaint_id
            WHERE c.created_at >= ? AND c.created_at < ? AND a.kind = 'BREACH'
            """).params(period)
        .query(rs -> {
          breaches.add(rs.getString(1) + "/" + rs.getInt(2));
        });
    Map<String, List<Pause>> pauses = new HashMap<>();
    jdbc.sql("""
            SELECT p.complaint_id, p.escalation_level, p.paused_at, p.resumed_at
            FROM level_pause p JOIN complaint c ON c.id = p.complaint_id
            WHERE c.created_at >= ? AND c.created_at < ? ORDER BY p.paused_at, p.id
            """).params(period)
        .query(rs -> {
          pauses.computeIfAbsent(rs.getString(1) + "/" + rs.getInt(2), key -> new ArrayList<>())
              .add(new Pause(Timestamps.toInstant(rs.getTimestamp(3)), Timestamps.toInstant(rs.getTimestamp(4))));
        });
    List<Stint> stints = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      Step next = i + 1 < steps.size() && steps.get(i + 1).complaintId().equals(step.complaintId()) ? steps.get(i + 1)
          : null;
      Instant resolvedAt = resolved.get(step.complaintId());
      Instant leftAt = next != null ? next.enteredAt() : resolvedAt != null ? resolvedAt : step.closedAt();
      String why = next != null ? next.reason() : resolvedAt != null ? RESOLVED : step.closedAt() != null ? CLOSED : null;
      String key = step.complaintId() + "/" + step.level();
      stints.add(new Stint(step.complaintId(), step.priority(), step.category(), step.level(), step.enteredAt(), leftAt,
          why, breaches.contains(key), pauses.getOrDefault(key, List.of())));
    }
    return stints;
  }
}
