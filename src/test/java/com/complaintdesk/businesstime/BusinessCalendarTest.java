package com.complaintdesk.businesstime;

import com.complaintdesk.businesstime.BusinessHoursProperties;
import com.complaintdesk.businesstime.BusinessDuration;
import com.complaintdesk.businesstime.BusinessCalendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

public class BusinessCalendarTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  public static final Set<DayOfWeek> WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
      DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

  static BusinessCalendar calendar(boolean enabled, List<LocalDate> extraHolidays) {
    return new BusinessCalendar(new BusinessHoursProperties(enabled, BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0),
        WEEKDAYS, "de", "", extraHolidays));
  }

  final BusinessCalendar calendar = calendar(true, List.of());

  static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
      "2026-11-23T10:00, PT2H, 2026-11-23T12:00",   // Monday, within the day
      "2026-11-23T16:00, PT2H, 2026-11-24T10:00",   // across the night
      "2026-11-27T16:00, PT2H, 2026-11-30T10:00",   // Friday afternoon: over the weekend
      "2026-11-28T10:00, PT1H, 2026-11-30T10:00",   // submitted on Saturday
      "2026-11-23T20:00, PT1H, 2026-11-24T10:00",   // submitted in the evening
      "2026-11-23T10:00, P1D, 2026-11-24T10:00",    // a working day is 8 working hours
      "2026-11-23T10:00, P5D, 2026-11-30T10:00",    // a working week
      "2026-12-24T16:00, PT2H, 2026-12-28T10:00",   // Christmas Day and Boxing Day are holidays in Germany
      "2026-12-31T16:30, PT1H, 2027-01-04T09:30",   // New Year's Day, then the weekend
      "2026-03-27T16:00, PT2H, 2026-03-30T10:00"})  // the clocks change on Sunday
  void workingTimeSkipsNightsWeekendsAndHolidays(String from, String duration, String expected) {
    assertThat(calendar.add(berlin(from), BusinessDuration.parse(duration), false)).isEqualTo(berlin(expected));
  }

  @Test
  void criticalComplaintsCountAroundTheClock() {
    assertThat(calendar.add(berlin("2026-11-27T16:00"), BusinessDuration.parse("PT2H"), true))
        .isEqualTo(berlin("2026-11-27T18:00"));
    assertThat(calendar.add(berlin("2026-11-27T16:00"), BusinessDuration.parse("P1D"), true))
        .isEqualTo(berlin("2026-11-28T16:00"));
  }

  @Test
  void switchedOffEveryDurationRunsOnTheWallClock() {
    assertThat(calendar(false, List.of()).add(berlin("2026-11-27T16:00"), BusinessDuration.parse("PT2H"), false))
        .isEqualTo(berlin("2026-11-27T18:00"));
  }

  @Test
  void extraHolidaysAreConfigurable() {
    BusinessCalendar withCompanyDay = calendar(true, List.of(LocalDate.parse("2026-11-24")));
    assertThat(withCompanyDay.add(berlin("2026-11-23T16:00"), BusinessDuration.parse("PT2H"), false))
        .isEqualTo(berlin("2026-11-25T10:00"));
  }

  @Test
  void theReminderComesAtThreeQuartersOfTheWorkingTime() {
    assertThat(calendar.addFraction(berlin("2026-11-23T09:00"), BusinessDuration.parse("P1D"), 0.75, false))
        .isEqualTo(berlin("2026-11-23T15:00"));
    assertThat(calendar.addFraction(berlin("2026-11-27T15:00"), BusinessDuration.parse("PT4H"), 0.75, false))
        .as("over the weekend").isEqualTo(berlin("2026-11-30T10:00"));
  }

  @Test
  void pausedAndResumedTheClockKeepsTheTimeThatWasLeft() {
    Instant due = calendar.add(berlin("2026-11-23T10:00"), BusinessDuration.parse("P1D"), false);  // Tue 10:00
    Duration left = calendar.between(berlin("2026-11-23T15:00"), due, false);                       // paused Mon 15:00
    assertThat(left).isEqualTo(Duration.ofHours(3));
    Instant resumed = calendar.addTime(berlin("2026-11-25T16:00"), left, false);                    // reply Wed 16:00
    assertThat(resumed).isEqualTo(berlin("2026-11-26T11:00"));
    assertThat(calendar.between(due, berlin("2026-11-23T10:00"), false)).isZero();
  }

  @Test
  void durationsAreReadAsWorkingDaysAndHours() {
    assertThat(BusinessDuration.parse("P2DT4H")).isEqualTo(new BusinessDuration(2, Duration.ofHours(4)));
    assertThat(BusinessDuration.parse("P1W")).isEqualTo(new BusinessDuration(5, Duration.ZERO));
    assertThat(BusinessDuration.parse("PT90M").asWallClock()).isEqualTo(Duration.ofMinutes(90));
    assertThatThrownBy(() -> BusinessDuration.parse("1D")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BusinessDuration.parse("P")).isInstanceOf(IllegalArgumentException.class);
  }
}
