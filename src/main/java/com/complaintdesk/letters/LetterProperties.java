package com.complaintdesk.letters;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code complaints.letters.*}: the company that signs, the languages letters are written in (the first is the
 * default for customers who state none), the staff's language, the currency of amounts without an order, and
 * the outside bodies that a final "not upheld" names.
 */
@ConfigurationProperties("complaints.letters")
public record LetterProperties(String companyName, List<Locale> languages, Locale staffLanguage,
    String defaultCurrency, List<OutsideBody> outsideBodies) {

  /** Where a customer may turn once the desk's final answer does not uphold their complaint (an ombudsman). */
  public record OutsideBody(String name, String address, String website) {

    public OutsideBody {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("complaints.letters.outside-bodies: every entry needs a name");
      }
    }
  }

  public LetterProperties {
    companyName = companyName == null || companyName.isBlank() ? "Complaint Desk" : companyName;
    languages = languages == null || languages.isEmpty() ? List.of(Locale.ENGLISH, Locale.GERMAN) : List.copyOf(languages);
    staffLanguage = staffLanguage == null ? languages.get(0) : staffLanguage;
    defaultCurrency = defaultCurrency == null ? "EUR" : defaultCurrency;
    if (outsideBodies == null || outsideBodies.isEmpty()) {
      // a final answer that does not uphold a complaint must say where the customer can turn next
      throw new IllegalArgumentException("complaints.letters.outside-bodies must name at least one body (name, address,"
          + " website) that customers may turn to when the executive office does not uphold a complaint");
    }
    outsideBodies = List.copyOf(outsideBodies);
  }

  public Locale defaultLanguage() {
    return languages.get(0);
  }
}
