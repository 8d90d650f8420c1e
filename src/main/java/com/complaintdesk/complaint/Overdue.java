package com.complaintdesk.complaint;

import java.time.Instant;

/**
 * A complaint is overdue while it is being resolved at a level ({@code IN_RESOLUTION}) and the level's deadline
 * has passed. While the customer is asked for information the clock stops, and a resolved or closed complaint
 * has no level deadline to miss.
 */
public final class Overdue {

  public static final ComplaintStatus OPEN_AT_A_LEVEL = ComplaintStatus.IN_RESOLUTION;

  private Overdue() {}

  public static boolean is(ComplaintStatus status, Instant levelDueAt, Instant now) {
    return status == OPEN_AT_A_LEVEL && levelDueAt != null && levelDueAt.isBefore(now);
  }

  /** The level's deadline when it has passed, else null. */
  public static Instant since(ComplaintStatus status, Instant levelDueAt, Instant now) {
    return is(status, levelDueAt, now) ? levelDueAt : null;
  }
}
