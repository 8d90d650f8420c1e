package com.complaintdesk.escalation;

import com.complaintdesk.businesstime.BusinessHoursProperties;
import com.complaintdesk.businesstime.BusinessCalendar;
import com.complaintdesk.businesstime.BusinessCalendarTest;
import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.Priority;
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
    LevelDeadline d = deadlines.deadline(Priority.MEDIUM, Category.BILLING, 1, berlin("2026-11-27T15:00"));
    assertThat(d.dueAt()).isEqualTo(berlin("2026-11-30T15:00"));        // P1D = one working day
    assertThat(d.remindAt()).isEqualTo(berlin("2026-11-30T13:00"));     // 75 % of 8 working hours: 2 h Friday, 4 h Monday
  }

  @Test
  void criticalAndSafetyComplaintsRunAroundTheClock() {
    assertThat(deadlines.deadline(Priority.CRITICAL, Category.BILLING, 1, berlin("2026-11-27T16:00")).dueAt())
        .isEqualTo(berlin("2026-11-27T18:00"));
    assertThat(deadlines.deadline(Priority.HIGH, Category.SAFETY, 2, berlin("2026-11-27T16:00")).dueAt())
        .isEqualTo(berlin("2026-11-28T16:00"));
  }

  @Test
  void aResumedLevelKeepsItsRemainingTimeAndRemindsAtTheSameShare() {
    LevelDeadline resumed = deadlines.resume(Priority.MEDIUM, Category.BILLING, 1, berlin("2026-11-30T09:00"), Duration.ofHours(4));
    assertThat(resumed.dueAt()).isEqualTo(berlin("2026-11-30T13:00"));
    assertThat(resumed.remindAt()).isEqualTo(berlin("2026-11-30T12:00"));
    assertThat(deadlines.remaining(Priority.MEDIUM, Category.BILLING, berlin("2026-11-27T15:00"), berlin("2026-11-30T15:00")))
        .isEqualTo(Duration.ofHours(8));
  }

  /** What ops read in Cockpit when a table gives an answer the code cannot use (one deployed before the checks). */
  @Test
  void aTableAnswerTheCodeCannotUseFailsWithTheTableItsVersionTheQuestionAndTheValue() throws java.io.IOException {
    String xml = java.nio.file.Files.readString(java.nio.file.Path.of("processes/escalation-matrix.dmn"))
        .replace("<outputEntry id=\"OutputEntry_9_1\">\n          <text>\"P1D\"</text>",
            "<outputEntry id=\"OutputEntry_9_1\">\n          <text>\"4 hours\"</text>")
        .replaceAll("(?s)<rule id=\"Rule_13\">.*?</rule>", "");
    var dmn = org.camunda.bpm.dmn.engine.DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    var matrix = dmn.parseDecision("escalation-matrix",
        new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    com.complaintdesk.decision.Decisions version4 = new com.complaintdesk.decision.Decisions() {
      @Override
      public org.camunda.bpm.dmn.engine.DmnDecisionResult evaluate(String key, java.util.Map<String, Object> inputs) {
        return dmn.evaluateDecision(matrix, inputs);
      }

      @Override
      public String describe(String key) {
        return key + " v4";
      }
    };
    DeadlineService broken = new DeadlineService(version4, new BusinessCalendar(new BusinessHoursProperties(true,
        BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0), Set.copyOf(BusinessCalendarTest.WEEKDAYS), "de", "",
        List.of())));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> broken.deadline(Priority.MEDIUM, Category.BILLING, 1, Instant.now()))
        .isInstanceOf(com.complaintdesk.complaint.PlainFailure.class)
        .hasMessage("escalation-matrix v4: deadline '4 hours' for MEDIUM level 1 is not an ISO-8601 duration");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> broken.deadline(Priority.LOW, Category.BILLING, 1, Instant.now()))
        .hasMessage("escalation-matrix v4: no rule for LOW level 1");
  }
}
