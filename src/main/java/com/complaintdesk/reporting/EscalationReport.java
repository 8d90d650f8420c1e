package com.complaintdesk.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The lead's KPIs for the complaints received in a period. Level 4 is reported on its own: the whole design
 * aims to keep it rare. Rates are shares from 0 to 1; times are seconds.
 *
 * @param complaints the same as {@code received}, kept for earlier clients
 * @param highestLevelReached complaints by the highest level they reached
 * @param wereAtLevel complaints that were at each level (a complaint that started at level 2 was never at level 1):
 *     the dashboard's funnel
 * @param escalationsByReason moves up a level, by reason
 * @param resolvedByLevel resolved complaints by the level that resolved them
 * @param notUpheld complaints answered as not upheld, counted apart from resolved
 * @param notUpheldByLevel not upheld, by the level that decided
 * @param firstContactResolutionRate resolved at level 1 without any escalation, of all resolved
 * @param level4Rate complaints that reached the executive office, of all received
 * @param breachesByLevel level deadlines that passed, by level
 * @param remindersSent reminders before a level's deadline
 * @param timeToResolution from receipt to the resolution decision, overall and by resolving level
 * @param topIssues the products and categories of at least two complaints, most first
 */
public record EscalationReport(Period period, long received, long complaints, Map<Integer, Long> highestLevelReached,
    Map<String, Long> escalationsByReason, Level4 level4, long resolved, Map<Integer, Long> resolvedByLevel,
    long notUpheld, Map<Integer, Long> notUpheldByLevel, double firstContactResolutionRate, double level4Rate,
    Map<Integer, Long> breachesByLevel, long remindersSent, TimeToResolution timeToResolution,
    Satisfaction satisfaction, List<Issue> topIssues, Map<Integer, Long> wereAtLevel) {

  public record Period(Instant from, Instant to) {}

  /**
   * @param selfEscalationChannels complaints that escalated themselves to level 4, by the channel of their first
   *     self-escalation (a repeated one counts nowhere): they add up to {@code byReason}'s CUSTOMER_SELF_ESCALATED
   */
  public record Level4(long complaints, double shareOfAllComplaints, Map<String, Long> byReason,
      Map<String, Long> selfEscalationChannels) {}

  public record TimeToResolution(Durations overall, Map<Integer, Durations> byLevel) {}

  /** Median and 90th percentile; null when nothing was resolved. */
  public record Durations(long resolved, Double medianSeconds, Double p90Seconds) {}

  /**
   * @param averageScore mean score (1–5) of the answered surveys; null without answers
   * @param responseRate answered of sent
   */
  public record Satisfaction(long surveysSent, long surveysAnswered, double responseRate, Double averageScore) {}

  /** A product and category that keep coming back. */
  public record Issue(String productSku, String category, long complaints) {}
}
