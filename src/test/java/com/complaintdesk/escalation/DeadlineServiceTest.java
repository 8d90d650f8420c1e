package com.complaintdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.decision.ModelDecisions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The escalation matrix's durations, counted in business hours or around the clock. */
class DeadlineServiceTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  final DeadlineService deadlines = new DeadlineService(new ModelDecisions(), new BusinessCalendar(
      new BusinessHoursProperties(true, BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0),
          Set.copyOf(BusinessCalendarTest.WEEKDAYS), "de", "", List.of())));

  static Instant berlin(String t) {
    return LocalDateTime.parse(t).atZone(BERLIN).toInstant();
  }

  @Test
  void aMediumComplaintOnFridayAfternoonIsDueMondayAfternoon() {
    LevelDeadline d = deadlines.deadline("MEDIUM", "BILLING", 1, berlin("2026-11-27T15:00"));
    assertThat(d.dueAt()).isEqualTo(berlin("2026-11-30T15:00"));        // P1D = one working day
    assertThat(d.remindAt()).isEqualTo(berlin("2026-11-30T13:00"));     // 75 % of 8 working hours: 2 h Friday, 4 h Monday
  }

  @Test
  void criticalAndSafetyComplaintsRunAroundTheClock() {
    assertThat(deadlines.deadline("CRITICAL", "BILLING", 1, berlin("2026-11-27T16:00")).dueAt())
        .isEqualTo(berlin("2026-11-27T18:00"));
    assertThat(deadlines.deadline("HIGH", "SAFETY", 2, berlin("2026-11-27T16:00")).dueAt())
        .isEqualTo(berlin("2026-11-28T16:00"));
  }

  @Test
  void aResumedLevelKeepsItsRemainingTimeAndRemindsAtTheSameShare() {
    LevelDeadline resumed = deadlines.resume("MEDIUM", "BILLING", 1, berlin("2026-11-30T09:00"), Duration.ofHours(4));
    assertThat(resumed.dueAt()).isEqualTo(berlin("2026-11-30T13:00"));
    assertThat(resumed.remindAt()).isEqualTo(berlin("2026-11-30T12:00"));
    assertThat(deadlines.remaining("MEDIUM", "BILLING", berlin("2026-11-27T15:00"), berlin("2026-11-30T15:00")))
        .isEqualTo(Duration.ofHours(8));
  }
}
