package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, case 4: from a level task an agent asks a department; the department answers in its own task with its own
 * deadline, the answer shows in the level task's form, and the level's clock keeps running.
 */
class DepartmentQuestionApiTest extends AppTestSupport {

  static final String QUESTION = "Does batch 2026-11 of this kettle have the thermostat fault?";

  static String ask(String department, String question) {
    return """
        {"outcome":{"value":"ASK_DEPARTMENT"},"department":{"value":"%s"},"departmentQuestion":{"value":"%s"}}"""
        .formatted(department, question);
  }

  private Task departmentTask(String complaintId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(complaintId)
        .processDefinitionKey("department-question").singleResult();
  }

  private String questions(String complaintId, String user) {
    return formVariables(openTask(complaintId).getId(), user).get("departmentQuestions").get("value").asText();
  }

  @Test
  void theFrontLineAsksProductionAndReadsTheAnswerInItsForm() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    Task level = openTask(id);
    assertThat(completeTask(level.getId(), "carla", ask("production", QUESTION)).status()).isEqualTo(204);
    runDueJobs();

    Task back = openTask(id);
    assertThat(back.getId()).as("the level task is back at once").isNotEqualTo(level.getId());
    assertThat(back.getTaskDefinitionKey()).isEqualTo("Task_ResolveAtFrontLine");
    assertThat(back.getDueDate()).as("the level's clock kept running").isEqualTo(level.getDueDate());
    assertThat(back.getAssignee()).as("back to who asked").isEqualTo("carla");
    assertThat(questions(id, "carla")).contains("Production, asked by carla", QUESTION, "Waiting for the answer");

    Task question = departmentTask(id);
    assertThat(question).as("a task for the department").isNotNull();
    assertThat(taskService.getIdentityLinksForTask(question.getId())).anyMatch(l -> "production".equals(l.getGroupId()));
    assertThat(get("/engine-rest/task?processDefinitionKey=department-question", "dora").json().toString())
        .contains(question.getId());
    assertThat(get("/engine-rest/task?processDefinitionKey=department-question", "carla").json().toString())
        .as("the front line does not see the department's work").doesNotContain(question.getId());
    assertThat(formVariables(question.getId(), "dora").get("departmentQuestion").get("value").asText())
        .isEqualTo(QUESTION);
    assertThat(get("/api/complaints/" + id, "dora").status()).as("the department reads the complaint it is asked about")
        .isEqualTo(200);

    assertThat(completeTask(question.getId(), "carla", "{\"departmentAnswer\":{\"value\":\"Not mine to say\"}}")
        .status()).as("only the department answers: not one of carla's tasks").isEqualTo(404);
    Response tooLong = completeTask(question.getId(), "dora",
        "{\"departmentAnswer\":{\"value\":\"" + "x".repeat(4001) + "\"}}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("message").asText()).contains("departmentAnswer must be at most 4000");
    assertThat(completeTask(question.getId(), "dora",
        "{\"departmentAnswer\":{\"value\":\"Yes: batch 2026-11 had a faulty thermostat; replace it.\"}}").status())
        .isEqualTo(204);

    assertThat(questions(id, "carla")).contains("Answer from dora", "batch 2026-11 had a faulty thermostat")
        .doesNotContain("Waiting for the answer");
    assertThat(departmentTask(id)).isNull();
    assertThat(jdbc.sql("SELECT status FROM department_question WHERE complaint_id = ?").param(id)
        .query(String.class).single()).isEqualTo("ANSWERED");
  }

  @Test
  void aBadQuestionChangesNothing() {
    String id = submitAndSettle(KETTLE_COMPLAINT.replace("C-1001", "C-1002").replace("O-5001", "O-5002"));
    String taskId = openTask(id).getId();
    Response unknown = completeTask(taskId, "carla", ask("marketing", QUESTION));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asText())
        .contains("department must be one of [production, quality-control, logistics, billing-ops], not marketing");
    Response empty = completeTask(taskId, "carla", ask("production", " "));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("message").asText()).contains("departmentQuestion is required");
    Response tooLong = completeTask(taskId, "carla", ask("production", "x".repeat(2001)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(completeTask(taskId, "dora", ask("production", QUESTION)).status())
        .as("a department does not work level tasks: not one of its tasks").isEqualTo(404);

    assertThat(openTask(id).getId()).as("the task stays open").isEqualTo(taskId);
    assertThat(count("SELECT COUNT(*) FROM department_question WHERE complaint_id = ?", id)).isZero();
    assertThat(get("/api/complaints/" + id, "dora").status()).as("no question, no reading").isEqualTo(404);
    assertThat(departmentTask(id)).isNull();
  }

  @Test
  void theAgentMayDecideWithoutTheAnswerAndASilentDepartmentIsShownAsSuch() {
    String id = submitAndSettle(KETTLE_COMPLAINT.replace("C-1001", "C-1003").replace("O-5001", "O-5003"));
    assertThat(completeTask(openTask(id).getId(), "carla", ask("quality-control", QUESTION)).status())
        .isEqualTo(204);
    runDueJobs();
    fireTimer(id, "BoundaryEvent_DepartmentAnswerDue");
    assertThat(departmentTask(id)).isNull();
    assertThat(questions(id, "carla")).contains("Quality control, asked by carla", "No answer by");

    assertThat(completeTask(openTask(id).getId(), "carla", """
        {"outcome":{"value":"RESOLVED"},"resolutionType":{"value":"APOLOGY"},"resolutionAmount":{"value":0},
         "customerMessage":{"value":"We are sorry about your kettle."}}""").status()).isEqualTo(204);
    runDueJobs();
    assertThat(complaint(id).get("status").asText()).isEqualTo("RESOLVED");
  }
}
