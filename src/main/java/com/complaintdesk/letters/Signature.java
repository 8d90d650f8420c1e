package com.complaintdesk.letters;

/** Who answers, as the letter's signature names it (the wording is in each language's layout). */
public enum Signature {
  CUSTOMER_CARE, SUPERVISORS, EXECUTIVE_OFFICE,
  /** a message to staff: signed by the desk itself */
  DESK;

  /** The role that answers at an escalation level: the front line and the experts sign as customer care. */
  public static Signature ofLevel(Integer level) {
    if (level == null || level < 3) {
      return CUSTOMER_CARE;
    }
    return level == 3 ? SUPERVISORS : EXECUTIVE_OFFICE;
  }
}
