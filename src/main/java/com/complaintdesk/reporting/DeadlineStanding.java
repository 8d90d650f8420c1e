package com.complaintdesk.reporting;

import com.complaintdesk.complaint.ComplaintStatus;
import com.complaintdesk.complaint.Overdue;
import com.complaintdesk.escalation.AlertKind;
import com.complaintdesk.escalation.ComplaintAlert;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Where a complaint stands with its deadlines, defined once for the list, the complaint view and the dashboard:
 * <ul>
 *   <li><b>breached</b>: a level's deadline passed while the complaint was open (a BREACH alert: the staff's
 *       "OVERDUE" mail), whatever level it is at now; {@code breachedLevels} names those levels;</li>
 *   <li><b>at risk</b>: the current level's reminder went out (the staff's reminder mail) and its deadline is still
 *       ahead.</li>
 * </ul>
 * {@code overdue} (the current level's deadline has passed now) stays as it was: a complaint whose level-1 deadline
 * passed moves to level 2 with a new deadline, so it is breached, not overdue.
 */
public record DeadlineStanding(boolean breached, List<Integer> breachedLevels, boolean atRisk) {

  /** SQL, for a complaint aliased {@code c}: the same rules as {@link #of}. */
  static final String BREACHED_SQL =
      "EXISTS (SELECT 1 FROM complaint_alert ba WHERE ba.complaint_id = c.id AND ba.kind = 'BREACH')";
  static final String AT_RISK_SQL = "(c.status = '" + Overdue.OPEN_AT_A_LEVEL.name() + "' AND c.level_due_at >= :now"
      + " AND EXISTS (SELECT 1 FROM complaint_alert ra WHERE ra.complaint_id = c.id AND ra.kind = 'REMINDER'"
      + " AND ra.escalation_level = c.escalation_level))";

  public static DeadlineStanding of(Collection<ComplaintAlert> alerts, ComplaintStatus status, Integer level,
      Instant levelDueAt, Instant now) {
    List<Integer> breached = alerts.stream().filter(a -> a.kind() == AlertKind.BREACH).map(ComplaintAlert::level)
        .distinct().sorted().toList();
    boolean atRisk = status == Overdue.OPEN_AT_A_LEVEL && level != null && levelDueAt != null
        && !levelDueAt.isBefore(now)
        && alerts.stream().anyMatch(a -> a.kind() == AlertKind.REMINDER && a.level() == level);
    return new DeadlineStanding(!breached.isEmpty(), breached, atRisk);
  }
}
