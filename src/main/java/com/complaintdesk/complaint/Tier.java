package com.complaintdesk.complaint;

/** The customer's tier in the customer records; a customer the records do not know is STANDARD. */
public enum Tier {
  STANDARD,
  GOLD,
  PLATINUM;

  /** The tier as the records give it: none, or one the desk does not know, counts as STANDARD. */
  public static Tier of(String tier) {
    for (Tier t : values()) {
      if (t.name().equals(tier)) {
        return t;
      }
    }
    return STANDARD;
  }
}
