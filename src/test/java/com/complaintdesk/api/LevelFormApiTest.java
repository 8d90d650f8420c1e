package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.identity.DeskGroups;
import com.complaintdesk.testsupport.AppTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the agent has in front of them where they decide (issue 22, cases 6 and 7). */
class LevelFormApiTest extends AppTestSupport {

  static final String QUESTION = "Could you send us a photo of the type plate under the kettle?";

  @Autowired IdentityService identityService;

  private String askedByCarla() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String taskId = openTask(id).getId();
    assertThat(post("/engine-rest/task/" + taskId + "/claim", "carla", "{\"userId\":\"carla\"}").status())
        .isEqualTo(204);
    assertThat(completeTask(taskId, "carla", """
        {"outcome":{"value":"NEED_INFORMATION"},"informationRequest":{"value":"%s"}}""".formatted(QUESTION)).status())
        .isEqualTo(204);
    runDueJobs();
    return id;
  }

  @Test
  void afterTheCustomersReplyTheFormShowsQuestionAndAnswerInFullAndTheTaskIsBackWithWhoAsked() {
    String id = askedByCarla();
    String reply = "Here it is. " + "The plate says AK-17. ".repeat(220);
    assertThat(reply.length()).isLessThanOrEqualTo(5000);
    assertThat(event(id, json.createObjectNode().put("type", "CUSTOMER_REPLIED").put("message", reply).toString())
        .status()).isEqualTo(202);
    runDueJobs();

    Task back = openTask(id);
    assertThat(back.getAssignee()).as("back with the agent who asked").isEqualTo("carla");
    JsonNode form = formVariables(back.getId(), "carla");
    assertThat(form.get("questionAsked").get("value").asText()).isEqualTo(QUESTION);
    assertThat(form.get("customerReply").get("value").asText()).isEqualTo(reply);
  }

  @Test
  void whenTheReplyWindowClosesTheFormShowsTheQuestionWithoutAnAnswer() {
    String id = askedByCarla();
    fireTimer(id, "Event_Level1NoReplyInTime");
    runDueJobs();

    Task back = openTask(id);
    assertThat(back.getAssignee()).isEqualTo("carla");
    JsonNode form = formVariables(back.getId(), "carla");
    assertThat(form.get("questionAsked").get("value").asText()).isEqualTo(QUESTION);
    assertThat(form.has("customerReply")).isFalse();
  }

  @Test
  void anAgentWhoLeftTheGroupDoesNotGetTheTaskBack() {
    String id = askedByCarla();
    identityService.deleteMembership("carla", DeskGroups.FRONT_LINE);
    try {
      assertThat(event(id, "{\"type\":\"CUSTOMER_REPLIED\",\"message\":\"Photo attached\"}").status()).isEqualTo(202);
      runDueJobs();
      assertThat(openTask(id).getAssignee()).isNull();
    } finally {
      identityService.createMembership("carla", DeskGroups.FRONT_LINE);
    }
  }

  @Test
  void whyThisLevelAndTheRegulatorAreInPlainWords() {
    String regulator = submitAndSettle(KETTLE_COMPLAINT.replace("\"channel\":\"EMAIL\",",
        "\"channel\":\"EMAIL\",\"regulatory\":true,"));
    Task supervisorTask = openTask(regulator);
    assertThat(formVariables(supervisorTask.getId(), "sam").get("levelReason").get("value").asText())
        .isEqualTo("Forwarded by a regulator or consumer body: triage starts such complaints here.");

    String late = submitAndSettle(KETTLE_COMPLAINT);
    fireTimer(late, "BoundaryEvent_Level1DeadlinePassed");
    runDueJobs();
    assertThat(formVariables(openTask(late).getId(), "ed").get("levelReason").get("value").asText())
        .isEqualTo("The previous level's deadline passed.");
  }
}
