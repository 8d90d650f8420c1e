package com.complaintdesk.resolution;

import java.util.List;

/** How a level's task ends. Which outcomes a level may choose is fixed by the escalation path. */
public enum Outcome {
  RESOLVED,
  /** any level: the complaint is not justified; the reasons go to the customer with their next step */
  NOT_UPHELD,
  REFER_TO_EXPERT,
  REFER_TO_SUPERVISOR,
  /** level 3 only: the supervisor asks the executive office to decide, with the reason (the decision's explanation) */
  REFER_TO_EXECUTIVE_OFFICE,
  NEED_INFORMATION,
  /** levels 1-3: ask a department (production, quality control, ...); the task comes back at once, clock running */
  ASK_DEPARTMENT;

  /** Whether the outcome is the level's final answer to the customer: the escalation path ends with it. */
  public static boolean isFinal(String outcome) {
    return RESOLVED.name().equals(outcome) || NOT_UPHELD.name().equals(outcome);
  }

  public static List<Outcome> allowedAt(int level) {
    return switch (level) {
      case 1 -> List.of(RESOLVED, NOT_UPHELD, REFER_TO_EXPERT, REFER_TO_SUPERVISOR, NEED_INFORMATION, ASK_DEPARTMENT);
      case 2 -> List.of(RESOLVED, NOT_UPHELD, REFER_TO_SUPERVISOR, NEED_INFORMATION, ASK_DEPARTMENT);
      case 3 -> List.of(RESOLVED, NOT_UPHELD, REFER_TO_EXECUTIVE_OFFICE, NEED_INFORMATION, ASK_DEPARTMENT);
      default -> List.of(RESOLVED, NOT_UPHELD);
    };
  }
}
