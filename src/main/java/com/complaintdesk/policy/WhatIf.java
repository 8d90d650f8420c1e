package com.complaintdesk.policy;

import java.time.Instant;
import java.util.List;

/**
 * A changed deadline table replayed on the complaints received in a period: per level, how many were breached and
 * escalated then and how many would have been under the new table, and the complaints that would change the most.
 */
public record WhatIf(String table, String comparedWith, Instant from, Instant to, int complaints,
    List<LevelCount> levels, List<Change> mostChanged) {

  /**
   * One level. A stint at a level is judged on its own: it keeps its entry time, its pauses for the customer and the
   * time it held the complaint. {@code undetermined}: the old deadline moved the complaint up before the new,
   * later one would have passed; nobody knows whether the level would have resolved it in time, so it counts as
   * neither breached nor escalated under the new table.
   */
  public record LevelCount(int level, String name, int complaints, int breachedNow, int breachedUnderNewTable,
      int escalatedNow, int escalatedUnderNewTable, int undetermined) {}

  /** A complaint's stint at a level whose verdict or deadline the new table changes. */
  public record Change(String complaintId, int level, String priority, Instant enteredAt, String heldFor,
      String deadlineNow, String deadlineUnderNewTable, Instant dueNow, Instant dueUnderNewTable, boolean breachedNow,
      boolean breachedUnderNewTable, boolean undetermined) {}
}
