package com.complaintdesk.escalation;

import com.complaintdesk.businesstime.BusinessDuration;
import com.complaintdesk.businesstime.BusinessCalendar;
import static com.complaintdesk.complaint.EngineKeys.ESCALATION_MATRIX;

import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.Priority;
import com.complaintdesk.decision.Decisions;
import com.complaintdesk.decision.PolicyTableException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Service;

/**
 * A level's deadline: the duration from DMN {@code escalation-matrix}, counted in business hours
 * (around the clock for CRITICAL priority and SAFETY complaints).
 */
@Service
public class DeadlineService {

  private final Decisions decisions;
  private final BusinessCalendar calendar;

  public DeadlineService(Decisions decisions, BusinessCalendar calendar) {
    this.decisions = decisions;
    this.calendar = calendar;
  }

  public static boolean aroundTheClock(Priority priority, Category category) {
    return priority == Priority.CRITICAL || category == Category.SAFETY;
  }

  public LevelDeadline deadline(Priority priority, Category category, int level, Instant from) {
    DmnDecisionResultEntries row = matrixRow(priority, level);
    Object deadline = row.get("deadline");
    BusinessDuration duration;
    try {
      duration = BusinessDuration.parse(deadline instanceof String text ? text : null);
    } catch (IllegalArgumentException e) {
      throw new PolicyTableException(decisions.describe(ESCALATION_MATRIX) + ": deadline " + quoted(deadline) + " for "
          + priority + " level " + level + " is not an ISO-8601 duration");
    }
    boolean wallClock = aroundTheClock(priority, category);
    return new LevelDeadline(calendar.addFraction(from, duration, reminderShare(row), wallClock),
        calendar.add(from, duration, wallClock));
  }

  /** Time left on a level's clock, counted the same way as its deadline. */
  public Duration remaining(Priority priority, Category category, Instant now, Instant dueAt) {
    return calendar.between(now, dueAt, aroundTheClock(priority, category));
  }

  /** A paused clock restarted with the time it had left; the reminder at the level's share of what remains. */
  public LevelDeadline resume(Priority priority, Category category, int level, Instant now, Duration remaining) {
    boolean wallClock = aroundTheClock(priority, category);
    double share = reminderShare(matrixRow(priority, level));
    return new LevelDeadline(calendar.addTime(now, Duration.ofMillis(Math.round(remaining.toMillis() * share)), wallClock),
        calendar.addTime(now, remaining, wallClock));
  }

  private DmnDecisionResultEntries matrixRow(Priority priority, int level) {
    DmnDecisionResultEntries row = decisions.evaluate(ESCALATION_MATRIX,
        Map.of("priority", priority.name(), "level", level))
        .getSingleResult();
    if (row == null) {
      throw new PolicyTableException(decisions.describe(ESCALATION_MATRIX) + ": no rule for " + priority + " level "
          + level);
    }
    return row;
  }

  private double reminderShare(DmnDecisionResultEntries row) {
    Object share = row.get("reminderShare");
    if (share == null) {
      return 0.75;
    }
    if (!(share instanceof Number n) || !(n.doubleValue() > 0 && n.doubleValue() < 1)) {
      throw new PolicyTableException(decisions.describe(ESCALATION_MATRIX) + ": reminder share " + quoted(share)
          + " is not between 0 and 1");
    }
    return n.doubleValue();
  }

  private static String quoted(Object value) {
    return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
  }
}
