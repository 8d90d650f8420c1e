package com.complaintdesk.escalation;

import com.complaintdesk.identity.DeskGroups;

/** The four levels of the escalation path. */
public final class Levels {

  public static final int FRONT_LINE = 1;
  public static final int EXPERT = 2;
  public static final int SUPERVISOR = 3;
  public static final int EXECUTIVE = 4;

  private Levels() {}

  public static String name(int level) {
    return switch (level) {
      case FRONT_LINE -> "front-line agent";
      case EXPERT -> "product or technical expert";
      case SUPERVISOR -> "supervisor";
      case EXECUTIVE -> "executive office";
      default -> throw new IllegalArgumentException("No escalation level " + level);
    };
  }

  /** The candidate group of a level; level 2 depends on the complaint (see the expert directory). */
  public static String group(int level, String expertGroup) {
    return switch (level) {
      case FRONT_LINE -> DeskGroups.FRONT_LINE;
      case EXPERT -> expertGroup;
      case SUPERVISOR -> DeskGroups.SUPERVISORS;
      case EXECUTIVE -> DeskGroups.EXECUTIVE_OFFICE;
      default -> throw new IllegalArgumentException("No escalation level " + level);
    };
  }
}
