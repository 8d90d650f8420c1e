package com.complaintdesk.escalation;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 duration read the way service levels are written: days (and weeks) are working days,
 * hours and minutes are working hours and minutes. {@code P1DT4H} is one working day and four working hours.
 */
public record BusinessDuration(long workingDays, Duration workingTime) {

  private static final Pattern ISO = Pattern.compile("P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?)?");

  public static BusinessDuration parse(String iso) {
    Matcher m = ISO.matcher(iso == null ? "" : iso.trim());
    if (!m.matches() || iso.trim().equals("P") || iso.trim().endsWith("T")) {
      throw new IllegalArgumentException("Not an ISO-8601 duration of weeks, days, hours and minutes: " + iso);
    }
    long days = number(m.group(1)) * 5 + number(m.group(2));
    Duration time = Duration.ofHours(number(m.group(3))).plusMinutes(number(m.group(4)));
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
