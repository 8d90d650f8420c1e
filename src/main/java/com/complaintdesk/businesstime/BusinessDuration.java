package com.complaintdesk.businesstime;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 duration read the way service levels are written: days (and weeks) are working days,
 * hours and minutes are working hours and minutes. {@code P1DT4H} is one working day and four working hours.
 */
public record BusinessDuration(long workingDays, Duration workingTime) {

  private static final Pattern ISO = Pattern.compile("P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?)?");

  /** No deadline runs longer: a longer one is a typo, and counting it day by day would take long. */
  public static final Duration LONGEST = Duration.ofDays(366);

  /** A duration beyond {@link #LONGEST}. */
  public static final class TooLong extends IllegalArgumentException {
    TooLong(String iso) {
      super("Longer than " + LONGEST.toDays() + " days: " + iso);
    }
  }

  public static BusinessDuration parse(String iso) {
    Matcher m = ISO.matcher(iso == null ? "" : iso.trim());
    if (!m.matches() || iso.trim().equals("P") || iso.trim().endsWith("T")) {
      throw new IllegalArgumentException("Not an ISO-8601 duration of weeks, days, hours and minutes: " + iso);
    }
    long[] parts = new long[4];
    for (int i = 0; i < parts.length; i++) {
      String digits = m.group(i + 1);
      if (digits != null && digits.length() > 7) {
        throw new TooLong(iso);
      }
      parts[i] = number(digits);
    }
    long days = parts[0] * 5 + parts[1];
    Duration time = Duration.ofHours(parts[2]).plusMinutes(parts[3]);
    if (days > LONGEST.toDays() || time.compareTo(LONGEST) > 0
        || Duration.ofDays(days).plus(time).compareTo(LONGEST) > 0) {
      throw new TooLong(iso);
    }
    return new BusinessDuration(days, time);
  }

  /** The same duration on the wall clock, for complaints that are worked around the clock. */
  public Duration asWallClock() {
    return Duration.ofDays(workingDays).plus(workingTime);
  }

  private static long number(String group) {
    return group == null ? 0 : Long.parseLong(group);
  }
}
