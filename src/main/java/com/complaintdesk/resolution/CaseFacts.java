package com.complaintdesk.resolution;

import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.Tier;
import java.math.BigDecimal;

/**
 * What the resolution policy needs to know about a complaint. {@code currency}: the ISO 4217 code its amounts are
 * in (the order's).
 */
public record CaseFacts(Category category, BigDecimal orderValue, Tier customerTier, boolean recurring,
    String currency) {

  public CaseFacts(Category category, BigDecimal orderValue, Tier customerTier, boolean recurring) {
    this(category, orderValue, customerTier, recurring, "EUR");
  }

  /** An amount as an agent's error message states it: "79.90 EUR". */
  public String amount(BigDecimal amount) {
    return amount.toPlainString() + " " + currency;
  }
}
