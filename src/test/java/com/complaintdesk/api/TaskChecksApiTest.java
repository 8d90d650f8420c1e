package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every user task checks what it receives on the server, with the same plain 400 answer, and a completion
 * that passes can never leave the process to fail later.
 */
class TaskChecksApiTest extends AppTestSupport {

  @Autowired HistoryService historyService;

  /** A kettle complaint (79.90) whose customer rated the resolution 1: the supervisor's follow-up is open. */
  Task followUp() {
    String id = surveyed();
    String token = surveyToken(id);
    assertThat(post("/api/surveys/" + token, null, "{\"score\":1}").status()).isEqualTo(204);
    runDueJobs();
    Task task = openTask(id);
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_FollowUpDissatisfiedCustomer");
    return task;
  }

  @Test
  void goodwillInAFollowUpIsBoundedByTheSupervisorsAuthority() {
    Task task = followUp();
    Response tooMuch = completeTask(task.getId(), "sam", """
        {"followUpMessage":{"value":"We refund you generously."},"goodwillType":{"value":"REFUND"},
         "goodwillAmount":{"value":10000}}""");
    assertThat(tooMuch.status()).isEqualTo(400);
    assertThat(tooMuch.json().get("message").asText()).contains("beyond a supervisor's authority", "79.90");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isOne();
    assertThat(count("SELECT COUNT(*) FROM fulfilment WHERE complaint_id = ? AND amount > 100", businessKey(task)))
        .isZero();

    Response withinAuthority = completeTask(task.getId(), "sam", """
        {"followUpMessage":{"value":"We refund the kettle."},"goodwillType":{"value":"REFUND"},
         "goodwillAmount":{"value":79.90}}""");
    assertThat(withinAuthority.status()).isEqualTo(204);
    runDueJobs();
    JsonNode closed = complaint(businessKey(task));
    assertThat(closed.get("closeReason").asText()).isEqualTo("FOLLOWED_UP");
    assertThat(closed.get("communications").get(closed.get("communications").size() - 1).get("text").asText())
        .contains("We refund the kettle.", "refund €79.90");
  }

  @Test
  void aFollowUpWithoutAMessageIsRefusedAndNothingFailsLater() {
    Task task = followUp();
    Response empty = completeTask(task.getId(), "sam", "{}");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("message").asText()).contains("followUpMessage is required");
    runDueJobs();
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(incidents(businessKey(task))).isZero();
    assertThat(complaint(businessKey(task)).get("status").asText()).isEqualTo("REOPENED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}",
      "{\"rootCause\":{\"value\":\"Thermostat\"},\"consultedTeam\":{\"value\":\"PRODUCTION\"}}",
      "{\"rootCause\":{\"value\":\" \"},\"consultedTeam\":{\"value\":\"PRODUCTION\"},\"correctiveAction\":{\"value\":\"Recall\"}}",
      "{\"rootCause\":{\"value\":\"Thermostat\"},\"consultedTeam\":{\"value\":\"ASTROLOGY\"},\"correctiveAction\":{\"value\":\"Recall\"}}"})
  void aRootCauseReviewNeedsItsRequiredFindings(String findings) {
    Task review = review();
    Response response = completeTask(review.getId(), "quinn", findings);
    assertThat(response.status()).isEqualTo(400);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
  }

  @Test
  void aCompleteRootCauseReviewIsStored() {
    Task review = review();
    assertThat(completeTask(review.getId(), "quinn", """
        {"rootCause":{"value":"Thermostat batch 42"},"consultedTeam":{"value":"QUALITY_CONTROL"},
         "correctiveAction":{"value":"Batch recalled"},"procedureUpdated":{"value":true}}""").status()).isEqualTo(204);
    assertThat(count("SELECT COUNT(*) FROM improvement_review WHERE complaint_id = ? AND root_cause = 'Thermostat batch 42'"
        + " AND reviewed_by = 'quinn'", businessKey(review))).isOne();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"outcome\":{\"value\":\"RESOLVED\"}}", "{\"outcome\":{\"value\":\"ESCALATE\"}}",
      "{\"outcome\":{\"value\":\"NEED_INFORMATION\"}}",
      "{\"outcome\":{\"value\":\"RESOLVED\"},\"resolutionType\":{\"value\":\"REFUND\"},\"resolutionAmount\":{\"value\":-5},\"customerMessage\":{\"value\":\"x\"}}"})
  void aLevelTaskWithoutAUsableDecisionIsRefused(String decision) {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String taskId = openTask(id).getId();
    Response response = completeTask(taskId, "carla", decision);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("message").asText()).doesNotContain("ENGINE-", "Exception");
    assertThat(openTask(id).getId()).isEqualTo(taskId);
  }

  Task review() {
    String id = submitAndSettle(KETTLE_COMPLAINT.replace("C-1001", "C-1002").replace("O-5001", "O-5002"));
    // the same product again: a recurring problem, reviewed by the quality team
    String again = submitAndSettle(KETTLE_COMPLAINT.replace("C-1001", "C-1003").replace("O-5001", "O-5003"));
    return taskService.createTaskQuery().processInstanceBusinessKey(again).taskDefinitionKey("Task_ReviewRootCause")
        .list().stream().findFirst().orElseGet(() -> taskService.createTaskQuery().processInstanceBusinessKey(id)
            .taskDefinitionKey("Task_ReviewRootCause").singleResult());
  }

  String businessKey(Task task) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
  }
}
