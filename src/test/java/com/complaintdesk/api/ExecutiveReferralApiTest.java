package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Issue 22, case 2: level 3 refers a case to the executive office, with a reason the office reads. */
class ExecutiveReferralApiTest extends AppTestSupport {

  static final String REASON = "The customer has waited since spring; what is fair lies beyond my authority.";

  private String atSupervisor() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    assertThat(event(id, "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}").status()).isEqualTo(202);
    runDueJobs();
    assertThat(complaint(id).get("level").asInt()).isEqualTo(3);
    return id;
  }

  @Test
  void aSupervisorRefersTheCaseWithAReasonThatTheExecutiveOfficeSeesInItsForm() {
    String id = atSupervisor();
    String taskId = openTask(id).getId();
    Response withoutReason = completeTask(taskId, "sam", "{\"outcome\":{\"value\":\"REFER_TO_EXECUTIVE_OFFICE\"}}");
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.json().get("message").asText()).contains("referralReason");
    assertThat(openTask(id).getId()).as("the task stays open").isEqualTo(taskId);

    assertThat(completeTask(taskId, "sam", """
        {"outcome":{"value":"REFER_TO_EXECUTIVE_OFFICE"},"referralReason":{"value":"%s"}}""".formatted(REASON))
        .status()).isEqualTo(204);
    runDueJobs();

    JsonNode complaint = complaint(id);
    assertThat(complaint.get("level").asInt()).isEqualTo(4);
    assertThat(complaint.get("levelReason").asText()).isEqualTo("REFER_TO_EXECUTIVE_OFFICE");
    Task office = openTask(id);
    assertThat(office.getTaskDefinitionKey()).isEqualTo("Task_RespondAsExecutiveOffice");
    JsonNode form = formVariables(office.getId(), "erin");
    assertThat(form.get("referralReason").get("value").asText()).isEqualTo(REASON);
    assertThat(form.get("levelReason").get("value").asText())
        .isEqualTo("The supervisor referred it to the executive office.");
    assertThat(jdbc.sql("SELECT body FROM outbox_message WHERE complaint_id = ? AND kind = 'ESCALATED_TO_LEVEL_4'")
        .param(id).query(String.class).single())
        .contains("Our supervisor has asked our executive office to decide on your complaint.")
        .doesNotContain(REASON);
  }

  @Test
  void onlyLevelThreeMayReferToTheExecutiveOffice() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String taskId = openTask(id).getId();
    Response withReason = completeTask(taskId, "carla", """
        {"outcome":{"value":"REFER_TO_EXECUTIVE_OFFICE"},"referralReason":{"value":"Too hard for me."}}""");
    assertThat(withReason.status()).isEqualTo(400);
    assertThat(withReason.json().get("message").asText()).contains("referralReason is not a field of this task's form");
    Response refused = completeTask(taskId, "carla", "{\"outcome\":{\"value\":\"REFER_TO_EXECUTIVE_OFFICE\"}}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("REFER_TO_EXECUTIVE_OFFICE");
    assertThat(openTask(id).getId()).as("the task stays open").isEqualTo(taskId);
    assertThat(complaint(id).get("level").asInt()).isEqualTo(1);
  }
}
