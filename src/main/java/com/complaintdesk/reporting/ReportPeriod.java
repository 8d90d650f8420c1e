package com.complaintdesk.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.DateTimeException;

/**
 * The complaints a report covers: received at or after {@code from} and before {@code to}. Each bound is an
 * ISO instant ({@code 2026-11-01T08:00:00Z}) or an ISO date in UTC ({@code 2026-11-01}); a date as {@code to}
 * includes that whole day. Without bounds: the last 30 days.
 */
public record ReportPeriod(Instant from, Instant to) {

  public static final Duration DEFAULT_LENGTH = Duration.ofDays(30);
  /** No complaint is older or newer: bounds outside are a typo or a probe, and would overflow date arithmetic. */
  public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  /** exclusive: a date as {@code to} ends at the start of the next day, so 9999-12-31 is still a bound */
  public static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

  public static ReportPeriod parse(String from, String to, Instant now) {
    Instant end = blank(to) ? now : bound(to, "to", true);
    Instant start = blank(from) ? end.minus(DEFAULT_LENGTH) : bound(from, "from", false);
    if (start.isAfter(end)) {
      throw new InvalidReportPeriodException("'from' (" + start + ") is after 'to' (" + end + ")");
    }
    return new ReportPeriod(start, end);
  }

  private static Instant bound(String value, String name, boolean endOfDay) {
    try {
      return dateOrInstant(value.strip(), endOfDay);
    } catch (DateTimeException e) {
      throw new InvalidReportPeriodException("'" + name + "' must be an ISO date (2026-11-01) or instant "
          + "(2026-11-01T08:00:00Z) from " + EARLIEST + " to " + LATEST);
    }
  }

  /**
   * An ISO instant, or an ISO date in UTC: its start, or with {@code endOfDay} the start of the next day (so that
   * a date as the end of a range includes that day). Also the complaint list's {@code createdFrom}/{@code createdTo}.
   */
  static Instant dateOrInstant(String text, boolean endOfDay) {
    Instant instant;
    if (text.length() == 10) {
      LocalDate day = LocalDate.parse(text);
      instant = (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
    } else {
      instant = Instant.parse(text);
    }
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw new DateTimeException(instant + " is outside " + EARLIEST + " to " + LATEST);
    }
    return instant;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
