package com.complaintdesk.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the dashboard draws besides the KPI report: breaches and satisfaction by day, and what is overdue now. */
public record Dashboard(EscalationReport.Period period, List<DayCount> breachesPerDay,
    List<DayScore> satisfactionPerDay, Overdue overdue, Standing standing) {

  public record DayCount(LocalDate day, long breaches) {}

  public record DayScore(LocalDate day, double averageScore, long answers) {}

  /** Complaints at a level whose deadline has passed; the earliest due first. */
  public record Overdue(long count, List<OverdueComplaint> earliest) {}

  /**
   * Open complaints now, as {@link DeadlineStanding} defines them (the list's {@code breached=true} and
   * {@code atRisk=true}): a level's deadline passed while open, and the current level's reminder went out.
   */
  public record Standing(long breachedOpen, long atRisk) {}

  public record OverdueComplaint(String complaintId, int level, Instant levelDueAt, String category,
      String productSku) {}
}
