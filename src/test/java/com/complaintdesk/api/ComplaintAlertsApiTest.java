package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Deadline alerts are events of the complaint: shown with it, and a breach is visible in Cockpit. */
class ComplaintAlertsApiTest extends AppTestSupport {

  @Test
  void aReminderAndThenAPassedDeadlineAreRecordedAndTheBreachIsFlaggedForCockpit() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    Instant level1Due = Instant.parse(complaint(id).get("levelDueAt").asText());

    fireTimer(id, "BoundaryEvent_Level1DeadlineNear");
    JsonNode reminded = complaint(id).get("alerts");
    assertThat(reminded).hasSize(1);
    assertAlert(reminded.get(0), "REMINDER", 1, level1Due);
    assertThat(slaBreached(id, "complaint-resolution")).isNull();

    fireTimer(id, "BoundaryEvent_Level1DeadlinePassed");
    JsonNode complaint = complaint(id);
    assertThat(complaint.get("level").asInt()).isEqualTo(2);
    JsonNode alerts = complaint.get("alerts");
    assertThat(alerts).hasSize(2);
    assertAlert(alerts.get(1), "BREACH", 1, level1Due);
    assertThat(slaBreached(id, "complaint-resolution")).as("Cockpit: slaBreached = true on the complaint").isTrue();
    assertThat(slaBreached(id, "complaint-escalation")).as("and on its escalation path").isTrue();
  }

  @Test
  void anOverdueExecutiveOfficeAnswerIsABreachOfLevelFour() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    event(id, "{\"type\":\"CUSTOMER_SELF_ESCALATED\",\"channel\":\"REGULATOR\"}");
    runDueJobs();
    Instant level4Due = Instant.parse(complaint(id).get("levelDueAt").asText());
    assertThat(complaint(id).get("alerts")).as("a self-escalation is no breach").isEmpty();

    fireTimer(id, "BoundaryEvent_Level4DeadlinePassed");
    JsonNode alerts = complaint(id).get("alerts");
    assertThat(alerts).hasSize(1);
    assertAlert(alerts.get(0), "BREACH", 4, level4Due);
    assertThat(slaBreached(id, "complaint-resolution")).isTrue();
  }

  @Test
  void aComplaintResolvedInTimeHasNoAlerts() {
    String id = surveyed();
    JsonNode complaint = complaint(id);
    assertThat(complaint.get("alerts")).isEmpty();
    assertThat(slaBreached(id, "complaint-resolution")).isNull();
  }

  private static void assertAlert(JsonNode alert, String kind, int level, Instant dueAt) {
    assertThat(alert.get("kind").asText()).isEqualTo(kind);
    assertThat(alert.get("level").asInt()).isEqualTo(level);
    assertThat(Instant.parse(alert.get("dueAt").asText())).isEqualTo(dueAt.truncatedTo(ChronoUnit.MILLIS));
    assertThat(Instant.parse(alert.get("raisedAt").asText())).isBeforeOrEqualTo(Instant.now());
  }

  private Boolean slaBreached(String complaintId, String processKey) {
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintId)
        .processDefinitionKey(processKey).singleResult().getId();
    return (Boolean) runtimeService.getVariable(instanceId, "slaBreached");
  }
}
