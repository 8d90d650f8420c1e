package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One clock: moving the engine's clock moves every time the app writes, not only the timers. */
class EngineClockApiTest extends AppTestSupport {

  static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T09:00:00Z");

  private String complaintId;

  /** Back to real time; the complaint's timers (due in March) must not fire in the other tests of this app. */
  @AfterEach
  void realTime() {
    ClockUtil.reset();
    if (complaintId != null) {
      runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintId).list().forEach(instance ->
          runtimeService.deleteProcessInstanceIfExists(instance.getId(), "test done", true, true, true, true));
    }
  }

  @Test
  void aComplaintTakenWhileTheEngineClockIsMovedCarriesTheEnginesTimeEverywhere() {
    ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING));

    complaintId = submitAndSettle(KETTLE_COMPLAINT);
    JsonNode complaint = complaint(complaintId);

    assertThat(Instant.parse(complaint.get("createdAt").asText())).isEqualTo(MONDAY_MORNING);
    assertThat(complaint.get("communications")).isNotEmpty();
    complaint.get("communications").forEach(message ->
        assertThat(Instant.parse(message.get("sentAt").asText())).as(message.toString()).isEqualTo(MONDAY_MORNING));
    assertThat(complaint.get("escalations")).isNotEmpty();
    complaint.get("escalations").forEach(step ->
        assertThat(Instant.parse(step.get("enteredAt").asText())).as(step.toString()).isEqualTo(MONDAY_MORNING));
    Instant due = Instant.parse(complaint.get("levelDueAt").asText());
    assertThat(due).as("counted from the engine's time").isAfter(MONDAY_MORNING)
        .isBefore(MONDAY_MORNING.plus(Duration.ofDays(14)));
    assertThat(Instant.parse(complaint.get("answerPromisedBy").asText())).isAfter(MONDAY_MORNING)
        .isBefore(MONDAY_MORNING.plus(Duration.ofDays(30)));
  }
}
