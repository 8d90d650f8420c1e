package com.complaintdesk.letters;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code complaints.letters.*}: the company that signs, the languages letters are written in (the first is the
 * default for customers who state none), the staff's language and the currency of amounts without an order.
 */
@ConfigurationProperties("complaints.letters")
public record LetterProperties(String companyName, List<Locale> languages, Locale staffLanguage,
    String defaultCurrency) {

  public LetterProperties {
    companyName = companyName == null || companyName.isBlank() ? "Complaint Desk" : companyName;
    languages = languages == null || languages.isEmpty() ? List.of(Locale.ENGLISH, Locale.GERMAN) : List.copyOf(languages);
    staffLanguage = staffLanguage == null ? languages.get(0) : staffLanguage;
    defaultCurrency = defaultCurrency == null ? "EUR" : defaultCurrency;
  }

  public Locale defaultLanguage() {
    return languages.get(0);
  }
}
