package com.complaintdesk.businesstime;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * Deadline arithmetic in working time: working days, hours, time zone and public holidays.
 * Switched off ({@code complaints.business-hours.enabled=false}) every duration runs on the wall clock.
 */
@Component
public class BusinessCalendar {

  private final BusinessHoursProperties hours;
  private final HolidayManager holidays;
  private final String[] region;

  public BusinessCalendar(BusinessHoursProperties hours) {
    this.hours = hours;
    this.holidays = hours.holidayCountry() == null || hours.holidayCountry().isBlank() ? null
        : HolidayManager.getInstance(ManagerParameters.create(hours.holidayCountry()));
    this.region = hours.holidayRegion() == null || hours.holidayRegion().isBlank()
        ? new String[0] : hours.holidayRegion().split("/");
  }

  public boolean enabled() {
    return hours.enabled();
  }

  /** The moment {@code duration} of working time after {@code from}; wall-clock time when around the clock. */
  public Instant add(Instant from, BusinessDuration duration, boolean aroundTheClock) {
    if (aroundTheClock || !hours.enabled()) {
      return from.plus(duration.asWallClock());
    }
    Duration workingDay = Duration.between(hours.start(), hours.end());
    return addWorkingTime(from, workingDay.multipliedBy(duration.workingDays()).plus(duration.workingTime()));
  }

  /** {@code fraction} of the way from {@code from} to {@code from + duration}, in the same time. */
  public Instant addFraction(Instant from, BusinessDuration duration, double fraction, boolean aroundTheClock) {
    Instant due = add(from, duration, aroundTheClock);
    Duration whole = between(from, due, aroundTheClock);
    return addTime(from, Duration.ofMillis(Math.round(whole.toMillis() * fraction)), aroundTheClock);
  }

  /** Plain working time (or wall-clock time) after {@code from}. */
  public Instant addTime(Instant from, Duration time, boolean aroundTheClock) {
    return aroundTheClock || !hours.enabled() ? from.plus(time) : addWorkingTime(from, time);
  }

  /** Working time (or wall-clock time) between two moments; zero when {@code to} is not after {@code from}. */
  public Duration between(Instant from, Instant to, boolean aroundTheClock) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    if (aroundTheClock || !hours.enabled()) {
      return Duration.between(from, to);
    }
    Duration total = Duration.ZERO;
    ZonedDateTime cursor = from.atZone(hours.zone());
    ZonedDateTime end = to.atZone(hours.zone());
    while (cursor.isBefore(end)) {
      LocalDate day = cursor.toLocalDate();
      if (isWorkingDay(day)) {
        ZonedDateTime open = day.atTime(hours.start()).atZone(hours.zone());
        ZonedDateTime close = day.atTime(hours.end()).atZone(hours.zone());
        ZonedDateTime a = cursor.isAfter(open) ? cursor : open;
        ZonedDateTime b = end.isBefore(close) ? end : close;
        if (b.isAfter(a)) {
          total = total.plus(Duration.between(a, b));
        }
      }
      cursor = day.plusDays(1).atStartOfDay(hours.zone());
    }
    return total;
  }

  public boolean isWorkingDay(LocalDate day) {
    return hours.workingDays().contains(day.getDayOfWeek())
        && !hours.extraHolidays().contains(day)
        && (holidays == null || !holidays.isHoliday(day, region));
  }

  private Instant addWorkingTime(Instant from, Duration time) {
    Duration left = time;
    ZonedDateTime cursor = from.atZone(hours.zone());
    while (true) {
      LocalDate day = cursor.toLocalDate();
      ZonedDateTime open = day.atTime(hours.start()).atZone(hours.zone());
      ZonedDateTime close = day.atTime(hours.end()).atZone(hours.zone());
      if (isWorkingDay(day) && cursor.isBefore(close)) {
        ZonedDateTime a = cursor.isAfter(open) ? cursor : open;
        Duration available = Duration.between(a, close);
        if (left.compareTo(available) <= 0) {
          return a.plus(left).toInstant();
        }
        left = left.minus(available);
      }
      cursor = day.plusDays(1).atStartOfDay(hours.zone());
    }
  }
}
