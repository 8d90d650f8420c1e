package com.complaintdesk.letters;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;

/**
 * Dates, times and amounts as a reader of one language writes them, in the desk's time zone; templates call it as
 * {@code ${fmt.dateTime(dueAt)}} and {@code ${fmt.money(refund)}}. The patterns are the language's own
 * ({@code letters/<language>/formats.properties}).
 */
public class LetterFormat {

  private final Locale language;
  private final DateTimeFormatter dateTime;
  private final DateTimeFormatter date;

  LetterFormat(Locale language, ZoneId zone, Properties patterns) {
    this.language = language;
    this.dateTime = DateTimeFormatter.ofPattern(patterns.getProperty("date-time"), language).withZone(zone);
    this.date = DateTimeFormatter.ofPattern(patterns.getProperty("date"), language).withZone(zone);
  }

  public String dateTime(Instant instant) {
    return dateTime.format(instant);
  }

  public String date(Instant instant) {
    return date.format(instant);
  }

  /** A text someone wrote, as paragraphs (apart by blank lines); none for no text. */
  public java.util.List<String> paragraphs(String text) {
    if (text == null || text.isBlank()) {
      return java.util.List.of();
    }
    return java.util.Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty())
        .toList();
  }

  /** "€79.90" in English, "79,90 €" in German. */
  public String money(Money money) {
    NumberFormat format = NumberFormat.getCurrencyInstance(language);
    format.setCurrency(money.currency());
    format.setMinimumFractionDigits(money.currency().getDefaultFractionDigits());
    format.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
    return format.format(money.amount());
  }
}
