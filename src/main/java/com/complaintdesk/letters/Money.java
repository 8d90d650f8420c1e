package com.complaintdesk.letters;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount with the currency it is in: a letter never shows a bare number. */
public record Money(BigDecimal amount, Currency currency) {

  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(amount, Currency.getInstance(currencyCode));
  }
}
