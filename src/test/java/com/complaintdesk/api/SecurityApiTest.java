package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The findings of the security audit, each as the attack that worked before. */
class SecurityApiTest extends AppTestSupport {

  @Autowired IdentityService identityService;

  @ParameterizedTest
  @ValueSource(strings = {"/api/complaints/CMP-1", "/engine-rest/task", "/engine-rest/process-definition",
      "/v3/api-docs", "/api-docs.html", "/actuator/metrics", "/actuator/prometheus", "/api/reports/escalations",
      "/api/reports/dashboard", "/dashboard", "/dashboard/dashboard.js"})
  void apisAndTheirDocumentationNeedCredentials(String path) {
    Response response = get(path, null);
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void submittingWithoutCredentialsStoresNothing() {
    int before = count("SELECT COUNT(*) FROM complaint");
    assertThat(post("/api/complaints", null, KETTLE_COMPLAINT).status()).isEqualTo(401);
    assertThat(count("SELECT COUNT(*) FROM complaint")).isEqualTo(before);
  }

  @Test
  void eachGroupSeesOnlyItsOwnTasksAndLeadsReadThemAll() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String taskId = openTask(id).getId();
    assertThat(visibleTaskIds("carla")).contains(taskId);
    assertThat(visibleTaskIds("admin")).contains(taskId);
    assertThat(visibleTaskIds("sam")).as("supervisors lead: they read every task").contains(taskId);
    assertThat(visibleTaskIds("quinn")).as("the quality team reads every task").contains(taskId);
    assertThat(visibleTaskIds("erin")).doesNotContain(taskId);
    assertThat(visibleTaskIds("ed")).doesNotContain(taskId);
    assertThat(get("/engine-rest/task/" + taskId, "erin").status()).as("not even its existence").isEqualTo(404);
  }

  @Test
  void theWebappsKeepTheirOwnSessionLogin() {
    Response tasklist = get("/camunda/app/tasklist/default/", null);
    assertThat(tasklist.status()).isIn(200, 302);
    Response webappApi = get("/camunda/api/engine/engine/default/task", "carla");
    assertThat(webappApi.status()).as("the webapps' API wants a session, not Basic credentials").isEqualTo(401);
  }

  @Test
  void demoUsersExistInTheDemoProfile() {
    assertThat(identityService.checkPassword("carla", "demo")).isTrue();
    assertThat(identityService.createUserQuery().memberOfGroup("experts-product").userId("ed").count()).isOne();
    assertThat(identityService.createUserQuery().memberOfGroup("operations").userId("olga").count()).isOne();
    assertThat(identityService.createUserQuery().memberOfGroup("customer-channel").userId("webchannel").count()).isOne();
    assertThat(identityService.createGroupQuery().groupId("experts-logistics").count()).isOne();
  }

  // 1. authority bypass through task-local variables

  @Test
  void taskLocalVariablesCannotShadowTheDecisionThatIsCarriedOut() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String taskId = openTask(id).getId();
    Response local = post("/engine-rest/task/" + taskId + "/localVariables", "carla", """
        {"modifications":{"resolutionType":{"value":"APOLOGY"},"resolutionAmount":{"value":0}}}""");
    assertThat(local.status()).isEqualTo(403);
    assertThat(taskService.getVariablesLocal(taskId)).isEmpty();
    Response payout = completeTask(taskId, "carla", """
        {"outcome":{"value":"RESOLVED"},"resolutionType":{"value":"REFUND"},"resolutionAmount":{"value":5000},
         "customerMessage":{"value":"Enjoy."}}""");
    assertThat(payout.status()).isEqualTo(400);
    assertThat(count("SELECT COUNT(*) FROM resolution WHERE complaint_id = ?", id)).isZero();
    assertThat(count("SELECT COUNT(*) FROM fulfilment WHERE complaint_id = ?", id)).isZero();
  }

  @Test
  void aCompletionMayCarryOnlyTheFieldsOfTheTasksForm() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String taskId = openTask(id).getId();
    Response extra = completeTask(taskId, "carla", """
        {"outcome":{"value":"RESOLVED"},"resolutionType":{"value":"APOLOGY"},"customerMessage":{"value":"Sorry"},
         "currentLevel":{"value":4}}""");
    assertThat(extra.status()).isEqualTo(400);
    assertThat(extra.json().get("message").asText()).contains("currentLevel is not a field of this task's form");
    Response typed = completeTask(taskId, "carla", """
        {"outcome":{"value":"RESOLVED","type":"Object","valueInfo":{"objectTypeName":"java.util.HashMap"}}}""");
    assertThat(typed.status()).isEqualTo(400);
    assertThat(openTask(id).getId()).isEqualTo(taskId);
  }

  // 2. starting the process at any step

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_CommunicateResolution\"}],"
          + "\"skipCustomListeners\":true,\"variables\":{\"complaintId\":{\"value\":\"%s\"}}}",
      "{\"businessKey\":\"%s\",\"variables\":{\"complaintId\":{\"value\":\"%s\"}}}"})
  void agentsCannotStartTheProcessAtAnyStepOrUnderAnExistingComplaint(String body) {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    long before = runtimeService.createProcessInstanceQuery().count();
    Response start = post("/engine-rest/process-definition/key/complaint-resolution/start", "carla",
        body.replace("%s", id));
    assertThat(start.status()).isEqualTo(403);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
    assertThat(count("SELECT COUNT(*) FROM communication WHERE complaint_id = ? AND kind = 'ACKNOWLEDGEMENT'", id))
        .isOne();
  }

  @Test
  void theStartFormCannotChooseTheBusinessKeyOrSetOtherVariables() {
    String definitionId = repositoryDefinitionId();
    long before = runtimeService.createProcessInstanceQuery().count();
    Response withKey = post("/engine-rest/process-definition/" + definitionId + "/submit-form", "carla", """
        {"businessKey":"CMP-20261122-TAKEOVER","variables":{"customerId":{"value":"C-1"}}}""");
    assertThat(withKey.status()).isEqualTo(400);
    Response withId = post("/engine-rest/process-definition/" + definitionId + "/submit-form", "carla", """
        {"variables":{"complaintId":{"value":"CMP-20261122-TAKEOVER"},"customerId":{"value":"C-1"}}}""");
    assertThat(withId.status()).isEqualTo(400);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);

    Response phone = post("/engine-rest/process-definition/" + definitionId + "/submit-form", "carla", """
        {"variables":{"customerId":{"value":"C-1002"},"customerEmail":{"value":"marcus.okafor@example.com"},
         "category":{"value":"DELIVERY"},"channel":{"value":"PHONE"},"severity":{"value":"LOW"},
         "description":{"value":"The parcel never came."}}}""");
    assertThat(phone.status()).as(phone.body()).isEqualTo(200);
    String businessKey = runtimeService.createProcessInstanceQuery().processInstanceId(phone.json().get("id").asText())
        .singleResult().getBusinessKey();
    assertThat(businessKey).matches("CMP-\\d{8}-[0-9A-Z]{8}");
    assertThat(complaint(businessKey).get("createdBy").asText()).isEqualTo("carla");
    assertThat(post("/engine-rest/process-definition/" + definitionId + "/submit-form", "sam", "{}").status())
        .as("the start form is the front line's").isEqualTo(403);
  }

  String repositoryDefinitionId() {
    return get("/engine-rest/process-definition/key/complaint-resolution", "admin").json().get("id").asText();
  }

  // 3. locked-out deadlines

  @ParameterizedTest
  @ValueSource(strings = {"carla", "sam", "quinn"})
  void refusedJobExecutionsCostTheDeadlineNothing(String user) {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    Job deadline = deadlineOf(id);
    for (int attempt = 0; attempt < 4; attempt++) {
      assertThat(post("/engine-rest/job/" + deadline.getId() + "/execute", user, "").status()).isEqualTo(403);
    }
    assertThat(managementService.createJobQuery().jobId(deadline.getId()).singleResult().getRetries()).isEqualTo(3);
    assertThat(incidents(id)).isZero();
    assertThat(put("/engine-rest/job/" + deadline.getId() + "/retries", user, "{\"retries\":0}").status())
        .isEqualTo(403);
    assertThat(put("/engine-rest/job/" + deadline.getId() + "/duedate", user, "{\"duedate\":null}").status())
        .isEqualTo(403);
    assertThat(managementService.createJobQuery().jobId(deadline.getId()).singleResult().getRetries()).isEqualTo(3);
  }

  @Test
  void theWebappsEngineApiHasTheSameAllowList() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    Job deadline = deadlineOf(id);
    WebappSession carla = WebappSession.login(port, "carla", "demo");
    assertThat(carla.engine("GET", "task", null).status()).isEqualTo(200);
    assertThat(carla.engine("POST", "job/" + deadline.getId() + "/execute", null).status()).isEqualTo(403);
    assertThat(carla.engine("POST", "signal", "{\"name\":\"x\"}").status()).isEqualTo(403);
    assertThat(managementService.createJobQuery().jobId(deadline.getId()).singleResult().getRetries()).isEqualTo(3);
  }

  Job deadlineOf(String complaintId) {
    String instance = openTask(complaintId).getProcessInstanceId();
    return managementService.createJobQuery().processInstanceId(instance).activityId("BoundaryEvent_Level1DeadlinePassed")
        .singleResult();
  }

  // 4. permanent lockout by anyone

  @Test
  void strangersCannotLockOutAdminAndOneTypoCostsNothing() throws IOException {
    assertThat(get("/engine-rest/version", "quinn:wrong").status()).isEqualTo(401);
    assertThat(get("/engine-rest/version", "quinn").status()).as("right after one typo").isEqualTo(200);

    List<Integer> statuses = new ArrayList<>();
    for (int attempt = 0; attempt < 15; attempt++) {
      statuses.add(rawGet("127.0.0.2", "/engine-rest/version", "admin:guess" + attempt));
    }
    assertThat(statuses).contains(401).contains(429).doesNotContain(200);
    assertThat(rawGet("127.0.0.2", "/engine-rest/version", "admin:demo")).as("the stranger's address waits")
        .isEqualTo(429);
    assertThat(rawGet("127.0.0.3", "/engine-rest/version", "admin:demo")).as("admin elsewhere is not locked out")
        .isEqualTo(200);
    assertThat(identityService.checkPassword("admin", "demo")).as("no lock in the engine").isTrue();
  }

  /** A request from a chosen loopback address, to play a client elsewhere. */
  int rawGet(String fromAddress, String path, String credentials) throws IOException {
    try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(fromAddress), 0)) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Basic "
          + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)) + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        head.write(b);
      }
      return Integer.parseInt(head.toString(StandardCharsets.US_ASCII).split(" ")[1]);
    }
  }

  // 5. /api scoped by role

  @Test
  void agentsReadTheComplaintsTheirGroupsHoldOrHeldSupervisorsReadAll() {
    String fromTheChannel = post("/api/complaints", "webchannel", KETTLE_COMPLAINT).json().get("complaintId").asText();
    runDueJobs();
    assertThat(get("/api/complaints/" + fromTheChannel, "carla").status()).as("front line holds it").isEqualTo(200);
    assertThat(get("/api/complaints/" + fromTheChannel, "ed").status()).as("not yet with the experts").isEqualTo(404);
    assertThat(get("/api/complaints/" + fromTheChannel + "/offers", "ed").status()).isEqualTo(404);
    assertThat(get("/api/complaints/" + fromTheChannel, "sam").status()).isEqualTo(200);
    assertThat(get("/api/complaints/" + fromTheChannel, "quinn").status()).isEqualTo(200);
    fireTimer(fromTheChannel, "BoundaryEvent_Level1DeadlinePassed");
    assertThat(get("/api/complaints/" + fromTheChannel, "ed").status()).as("now the experts hold it").isEqualTo(200);
    assertThat(get("/api/complaints/" + fromTheChannel, "carla").status()).as("the front line held it").isEqualTo(200);
    assertThat(get("/api/complaints/" + fromTheChannel + "/offers", "quinn").status()).isEqualTo(403);

    String regulatory = post("/api/complaints", "webchannel", KETTLE_COMPLAINT.replace("\"channel\":\"EMAIL\"",
        "\"channel\":\"EMAIL\",\"regulatory\":true")).json().get("complaintId").asText();
    runDueJobs();
    assertThat(complaint(regulatory, "sam").get("level").asInt()).isEqualTo(3);
    assertThat(get("/api/complaints/" + regulatory, "carla").status()).as("never with the front line").isEqualTo(404);
    assertThat(get("/api/complaints/" + regulatory, "erin").status()).isEqualTo(404);
  }

  @Test
  void onlyTheCustomerChannelPostsCustomerEventsAndOnlySupervisorsReadTheReport() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    for (String deskUser : List.of("carla", "ed", "sam", "quinn", "olga")) {
      assertThat(post("/api/complaints/" + id + "/events", deskUser, "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}")
          .status()).as(deskUser).isEqualTo(403);
    }
    assertThat(complaint(id).get("level").asInt()).isEqualTo(1);
    assertThat(event(id, "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}").status()).isEqualTo(202);
    for (String user : List.of("carla", "ed", "quinn", "olga", "webchannel")) {
      assertThat(get("/api/reports/escalations", user).status()).as(user).isEqualTo(403);
    }
    assertThat(get("/api/reports/escalations", "sam").status()).isEqualTo(200);
  }

  // 9. what carla could still do

  @Test
  void agentsCannotRunHistoryCleanupOrThrowSignals() {
    assertThat(post("/engine-rest/history/cleanup", "carla", "").status()).isEqualTo(403);
    assertThat(post("/engine-rest/signal", "carla", "{\"name\":\"anything\"}").status()).isEqualTo(403);
    assertThat(post("/engine-rest/message", "carla", "{\"messageName\":\"CustomerSelfEscalated\"}").status())
        .isEqualTo(403);
  }

  // 13. orphans

  @Test
  void deletingAComplaintsProcessInstanceCancelsTheComplaintWithWhoAndWhy() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String instance = complaint(id).get("processInstanceId").asText();
    assertThat(send(request("/engine-rest/process-instance/" + instance + "?skipCustomListeners=true", "carla")
        .DELETE().build()).status()).isEqualTo(403);
    Response deleted = send(request("/engine-rest/process-instance/" + instance + "?skipCustomListeners=true", "admin")
        .DELETE().build());
    assertThat(deleted.status()).isEqualTo(204);
    JsonNode cancelled = complaint(id, "admin");
    assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
    assertThat(cancelled.get("cancelledBy").asText()).isEqualTo("admin");
    assertThat(cancelled.get("cancelReason").asText()).as("the single delete of the REST API takes no reason")
        .isEqualTo("no reason given");
    assertThat(openTask(id)).as("no level task left (a quality review beside it may go on)").isNull();
    assertThat(event(id, "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}").status()).isEqualTo(409);

    String other = submitAndSettle(KETTLE_COMPLAINT);
    runtimeService.deleteProcessInstance(complaint(other).get("processInstanceId").asText(), "duplicate of " + id);
    assertThat(complaint(other, "sam").get("cancelReason").asText()).isEqualTo("duplicate of " + id);
  }

  JsonNode complaint(String id, String user) {
    Response response = get("/api/complaints/" + id, user);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  List<String> visibleTaskIds(String user) {
    Response response = get("/engine-rest/task", user);
    assertThat(response.status()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode task : response.json()) {
      ids.add(task.get("id").asText());
    }
    return ids;
  }
}
