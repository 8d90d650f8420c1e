package com.complaintdesk.resolution;

import java.math.BigDecimal;

/** A supervisor's answer to a dissatisfied customer, with an optional goodwill gesture. */
public record FollowUp(String message, String goodwillType, BigDecimal goodwillAmount) {

  public static final String NO_GOODWILL = "NONE";

  public boolean hasGoodwill() {
    return !NO_GOODWILL.equals(goodwillType) && goodwillAmount.signum() > 0;
  }
}
