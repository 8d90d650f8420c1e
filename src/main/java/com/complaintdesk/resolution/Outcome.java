package com.complaintdesk.resolution;

import java.util.List;

/** How a level's task ends. Which outcomes a level may choose is fixed by the escalation path. */
public enum Outcome {
  RESOLVED,
  REFER_TO_EXPERT,
  REFER_TO_SUPERVISOR,
  NEED_INFORMATION;

  public static List<Outcome> allowedAt(int level) {
    return switch (level) {
      case 1 -> List.of(RESOLVED, REFER_TO_EXPERT, REFER_TO_SUPERVISOR, NEED_INFORMATION);
      case 2 -> List.of(RESOLVED, REFER_TO_SUPERVISOR, NEED_INFORMATION);
      case 3 -> List.of(RESOLVED, NEED_INFORMATION);
      default -> List.of(RESOLVED);
    };
  }
}
