package com.complaintdesk.businesstime;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Working time for deadlines: {@code complaints.business-hours.*}. Holidays come from Jollyday's
 * calendar for the country (and region, e.g. {@code by} for Bavaria), plus any extra dates.
 */
@ConfigurationProperties("complaints.business-hours")
public record BusinessHoursProperties(
    boolean enabled,
    ZoneId zone,
    LocalTime start,
    LocalTime end,
    Set<DayOfWeek> workingDays,
    String holidayCountry,
    String holidayRegion,
    List<LocalDate> extraHolidays) {

  public BusinessHoursProperties {
    zone = zone == null ? ZoneId.of("Europe/Berlin") : zone;
    start = start == null ? LocalTime.of(9, 0) : start;
    end = end == null ? LocalTime.of(17, 0) : end;
    workingDays = workingDays == null || workingDays.isEmpty()
        ? Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)
        : Set.copyOf(workingDays);
    extraHolidays = extraHolidays == null ? List.of() : List.copyOf(extraHolidays);
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("complaints.business-hours.end must be after start");
    }
  }
}
