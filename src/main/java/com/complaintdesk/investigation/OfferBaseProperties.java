package com.complaintdesk.investigation;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code complaints.offers.value-when-unknown}: what the offer limits are measured against when neither the
 * product's line on the order, nor the product's price, nor (with no product named) the order's total is known.
 * 0: no such cap, the resolution table's amounts alone.
 */
@ConfigurationProperties("complaints.offers")
public record OfferBaseProperties(BigDecimal valueWhenUnknown) {

  public OfferBaseProperties {
    valueWhenUnknown = valueWhenUnknown == null ? BigDecimal.ZERO : valueWhenUnknown;
    if (valueWhenUnknown.signum() < 0) {
      throw new IllegalArgumentException("complaints.offers.value-when-unknown must not be negative");
    }
  }
}
