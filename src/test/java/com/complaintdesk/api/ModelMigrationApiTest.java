package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An analyst moves open complaints to the latest version of the escalation path and of the resolution process:
 * first a dry run, then for real; the complaint keeps its task and deadline, and the changelog records the move.
 * Each test moves only its own complaint (a filter on complaintId): other tests share the database.
 */
class ModelMigrationApiTest extends AppTestSupport {

  @Autowired RepositoryService repositoryService;

  @Test
  void anAnalystMovesAnOpenComplaintToTheLatestEscalationPathAfterADryRun() throws IOException {
    String complaintId = submitAndSettle(KETTLE_COMPLAINT);
    ProcessInstance path = escalationPath(complaintId);
    String taskId = openTask(complaintId).getId();
    Date deadline = deadline(path);
    ProcessDefinition latest = redeploy("processes/complaint-escalation.bpmn", "complaint-escalation");
    String body = "{\"process\":\"complaint-escalation\",\"where\":{\"complaintId\":\"" + complaintId + "\"}";

    Response dry = post("/api/models/migrations", "anna", body + ",\"dryRun\":true}");
    assertThat(dry.status()).as(dry.body()).isEqualTo(200);
    assertThat(dry.json().get("migrated").asInt()).isEqualTo(1);
    assertThat(dry.json().get("refused")).isEmpty();
    assertThat(dry.json().get("plans").get(0).get("instructions").toString())
        .contains("Task_ResolveAtFrontLine -> Task_ResolveAtFrontLine", "BoundaryEvent_Level1DeadlinePassed");
    assertThat(escalationPath(complaintId).getProcessDefinitionId()).as("a dry run moves nothing")
        .isEqualTo(path.getProcessDefinitionId());
    int changes = get("/api/models/changelog", "anna").json().size();

    Response moved = post("/api/models/migrations", "anna", body + "}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("migrated").asInt()).isEqualTo(1);
    assertThat(escalationPath(complaintId).getProcessDefinitionId()).isEqualTo(latest.getId());
    assertThat(openTask(complaintId).getId()).as("the same task").isEqualTo(taskId);
    assertThat(deadline(path)).as("the same deadline").isEqualTo(deadline);
    JsonNode change = get("/api/models/changelog", "anna").json().get(0);
    assertThat(change.get("kind").asText()).isEqualTo("migration");
    assertThat(change.get("deployedBy").asText()).isEqualTo("anna");
    assertThat(change.get("definitions").get(0).asText()).contains("-> complaint-escalation v" + latest.getVersion())
        .contains("1 moved, 0 could not move");
    assertThat(get("/api/models/changelog", "anna").json().size()).isGreaterThan(Math.min(changes, 99));
  }

  @Test
  void theResolutionProcessMovesWhileItsComplaintIsOnTheEscalationPath() throws IOException {
    String complaintId = submitAndSettle(KETTLE_COMPLAINT);
    ProcessDefinition latest = redeploy("processes/complaint-resolution.bpmn", "complaint-resolution");

    Response moved = post("/api/models/migrations", "admin", "{\"process\":\"complaint-resolution\","
        + "\"where\":{\"complaintId\":\"" + complaintId + "\"}}");

    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("migrated").asInt()).isEqualTo(1);
    ProcessInstance resolution = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintId)
        .processDefinitionKey("complaint-resolution").singleResult();
    assertThat(resolution.getProcessDefinitionId()).isEqualTo(latest.getId());
    assertThat(escalationPath(complaintId)).as("its escalation path still runs").isNotNull();
  }

  @Test
  void aPlanCamundaRefusesMovesNothingAndOnlyAnalystsAndAdminMayMove() {
    String complaintId = submitAndSettle(KETTLE_COMPLAINT);
    String onItsVersion = escalationPath(complaintId).getProcessDefinitionId();
    String body = "{\"process\":\"complaint-escalation\",\"where\":{\"complaintId\":\"CMP-NONE\"},"
        + "\"instructions\":[{\"from\":\"Task_ResolveAsExpert\",\"to\":\"Task_NoSuchTask\"}]}";
    redeployQuietly();
    Response refused = post("/api/models/migrations", "anna", body);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("Task_NoSuchTask", "only a renamed element takes an instruction");
    Response sideways = post("/api/models/migrations", "anna", "{\"process\":\"complaint-escalation\","
        + "\"where\":{\"complaintId\":\"" + complaintId + "\"},\"instructions\":[{\"from\":\"Task_ResolveAtFrontLine\","
        + "\"to\":\"Task_RespondAsExecutiveOffice\"}]}");
    assertThat(sideways.status()).as("no complaint is sent to another level by an instruction").isEqualTo(400);
    assertThat(escalationPath(complaintId).getProcessDefinitionId()).isEqualTo(onItsVersion);
    assertThat(post("/api/models/migrations", "anna", "{\"process\":\"complaint-escalation\","
        + "\"where\":{\"customerEmail\":\"dana@example.com\"},\"dryRun\":true}").status())
        .as("a filter on what analysts may not read").isEqualTo(400);
    assertThat(post("/api/models/migrations", "anna", "{\"process\":\"complaint-escalation\","
        + "\"where\":{\"currentLevel\":{\"a\":1}}}").status()).isEqualTo(400);
    assertThat(post("/api/models/migrations", "anna", "{\"process\":\"complaint-escalation\","
        + "\"where\":{\"currentLevel\":null}}").status()).isEqualTo(400);
    assertThat(post("/api/models/migrations", "anna", "{\"process\":\"complaint-escalation\","
        + "\"instructions\":[null]}").status()).isEqualTo(400);
    assertThat(post("/api/models/migrations", "anna", "{\"process\":\"complaint-escalation\",\"steps\":[null]}")
        .status()).isEqualTo(400);
    assertThat(post("/api/models/migrations", "anna", "{\"process\":\"no-such-process\"}").status()).isEqualTo(404);
    assertThat(post("/api/models/migrations", "anna", "{\"process\":\"complaint-escalation\",\"fromVersion\":99999}")
        .status()).isEqualTo(400);
    assertThat(post("/api/models/migrations", "anna", "{}").status()).isEqualTo(400);
    String harmless = "{\"process\":\"complaint-escalation\",\"where\":{\"complaintId\":\"CMP-NONE\"},\"dryRun\":true}";
    for (String other : new String[] {"carla", "ed", "sam", "erin", "quinn", "olga", "webchannel"}) {
      assertThat(post("/api/models/migrations", other, harmless).status()).as(other).isEqualTo(403);
    }
    assertThat(post("/api/models/migrations", null, harmless).status()).isEqualTo(401);
  }

  private void redeployQuietly() {
    try {
      redeploy("processes/complaint-escalation.bpmn", "complaint-escalation");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The release file again as a new version: identical content, so the other tests see no change. */
  private ProcessDefinition redeploy(String file, String key) throws IOException {
    String id = repositoryService.createDeployment().name("migration test")
        .addString(Path.of(file).getFileName().toString(), Files.readString(Path.of(file))).deploy().getId();
    return repositoryService.createProcessDefinitionQuery().deploymentId(id).processDefinitionKey(key).singleResult();
  }

  private ProcessInstance escalationPath(String complaintId) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintId)
        .processDefinitionKey("complaint-escalation").singleResult();
  }

  private Date deadline(ProcessInstance path) {
    return managementService.createJobQuery().processInstanceId(path.getId()).timers()
        .activityId("BoundaryEvent_Level1DeadlinePassed").singleResult().getDuedate();
  }
}
