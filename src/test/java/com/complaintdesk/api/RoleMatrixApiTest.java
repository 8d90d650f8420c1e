package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every demo role against every call of the app's API and the engine REST calls that matter: an allowed
 * call is never answered 401/403 (it may still be 400/404, a refusal of what was sent or what the user may
 * see), a call outside the role is 403, and without credentials 401. The matrix is written to
 * {@code target/security/role-matrix.md}; docs/security.md shows the same.
 */
class RoleMatrixApiTest extends AppTestSupport {

  static final List<String> USERS = List.of("admin", "carla", "ed", "sam", "erin", "quinn", "dora", "olga",
      "webchannel");
  static final Set<String> DESK = Set.of("carla", "ed", "sam", "erin", "quinn", "dora");
  static final String ALL = "*";
  /** a multipart body with a photo (every call gets a new one) */
  static final String FILE = "<photo>";
  /** no such file: a reader's group passes (404 for the file), the others get 403 */
  static final String NO_SUCH_FILE = "0";

  record Call(String label, String method, String path, String body, Set<String> allowed) {}

  static Set<String> users(String... names) {
    return Set.of(names);
  }

  List<Call> calls(String complaintId) {
    String c = "/api/complaints/" + complaintId;
    return List.of(
        new Call("submit a complaint", "POST", "/api/complaints", "{}", users("admin", "carla", "webchannel")),
        new Call("list complaints", "GET", "/api/complaints", null, users("admin", "carla", "ed", "sam",
            "erin", "quinn", "dora", "olga")),
        new Call("read a complaint", "GET", c, null, users("admin", "carla", "ed", "sam", "erin", "quinn", "dora",
            "olga", "webchannel")),
        new Call("offers of a complaint", "GET", c + "/offers", null, users("admin", "carla", "ed", "sam", "erin")),
        new Call("attach a file", "POST", c + "/attachments", FILE, users("admin", "carla", "ed", "sam", "erin",
            "quinn", "dora", "webchannel")),
        new Call("list a complaint's files", "GET", c + "/attachments", null, users("admin", "carla", "ed", "sam",
            "erin", "quinn", "dora", "olga", "webchannel")),
        new Call("download a file", "GET", c + "/attachments/" + NO_SUCH_FILE, null, users("admin", "carla", "ed",
            "sam", "erin", "quinn", "dora", "olga", "webchannel")),
        new Call("send a file with the customer's link (token)", "POST", "/api/uploads/" + "t".repeat(43), FILE,
            users(ALL)),
        new Call("post a customer event", "POST", c + "/events", "{\"type\":\"NONE\"}", users("admin", "webchannel")),
        new Call("escalation report", "GET", "/api/reports/escalations", null, users("admin", "sam")),
        new Call("dashboard data", "GET", "/api/reports/dashboard", null, users("admin", "sam")),
        new Call("dashboard page", "GET", "/dashboard", null, users("admin", "sam")),
        new Call("demo mailbox (demo profile only)", "GET", "/api/demo/mail", null, users("admin")),
        new Call("answer a survey (token)", "POST", "/api/surveys/" + "t".repeat(43), "{\"score\":0}", users(ALL)),
        new Call("API documentation", "GET", "/v3/api-docs", null, users("admin", "carla", "ed", "sam", "erin", "quinn",
            "dora", "olga", "webchannel")),
        new Call("metrics", "GET", "/actuator/metrics", null, users("admin", "olga")),
        new Call("Prometheus scrape", "GET", "/actuator/prometheus", null, users("admin", "olga")),
        new Call("engine: list tasks", "GET", "/engine-rest/task", null, users("admin", "carla", "ed", "sam", "erin",
            "quinn", "dora")),
        new Call("engine: count open tasks (Cockpit's start page)", "GET", "/engine-rest/task/count", null,
            users("admin", "carla", "ed", "sam", "erin", "quinn", "dora", "olga")),
        // Tasklist's start dialog lists case definitions for the desk; operations only count them
        new Call("engine: count case definitions (Cockpit's start page)", "GET", "/engine-rest/case-definition/count",
            null, users("admin", "carla", "ed", "sam", "erin", "quinn", "dora", "olga")),
        new Call("engine: list case definitions", "GET", "/engine-rest/case-definition", null, users("admin", "carla",
            "ed", "sam", "erin", "quinn", "dora")),
        new Call("engine: complete a task", "POST", "/engine-rest/task/no-such-task/complete", "{}",
            users("admin", "carla", "ed", "sam", "erin", "quinn", "dora")),
        new Call("engine: comment on a task", "POST", "/engine-rest/task/no-such-task/comment/create",
            "{\"message\":\"m\"}", users("admin", "carla", "ed", "sam", "erin", "quinn", "dora")),
        new Call("engine: read a task's comments", "GET", "/engine-rest/task/no-such-task/comment", null,
            users("admin", "carla", "ed", "sam", "erin", "quinn", "dora")),
        new Call("engine: task-local variables", "POST", "/engine-rest/task/no-such-task/localVariables",
            "{\"modifications\":{}}", users("admin")),
        new Call("engine: update a task", "PUT", "/engine-rest/task/no-such-task", "{}", users("admin")),
        new Call("engine: start with instructions", "POST", "/engine-rest/process-definition/key/no-such-process/start",
            "{\"startInstructions\":[],\"skipCustomListeners\":true}", users("admin")),
        new Call("engine: delete a process instance", "DELETE", "/engine-rest/process-instance/no-such-instance", null,
            users("admin")),
        new Call("engine: list process instances", "GET", "/engine-rest/process-instance", null, users("admin", "olga")),
        new Call("engine: list incidents", "GET", "/engine-rest/incident", null, users("admin", "olga")),
        new Call("engine: execute a job", "POST", "/engine-rest/job/no-such-job/execute", null, users("admin")),
        new Call("engine: set job retries", "PUT", "/engine-rest/job/no-such-job/retries", "{\"retries\":1}",
            users("admin", "olga")),
        new Call("engine: retries that move a due date", "PUT", "/engine-rest/job/no-such-job/retries",
            "{\"retries\":1,\"dueDate\":\"2020-01-01T00:00:00.000+0000\"}", users("admin")),
        new Call("engine: set retries of many jobs", "POST", "/engine-rest/job/retries",
            "{\"jobIds\":[\"no-such-job\"],\"retries\":1}", users("admin")),
        new Call("engine: set a job definition's retries", "PUT", "/engine-rest/job-definition/no-such-def/retries",
            "{\"retries\":1}", users("admin")),
        new Call("engine: claim a task for someone else", "POST", "/engine-rest/task/no-such-task/claim",
            "{\"userId\":\"somebody-else\"}", users("admin")),
        new Call("engine: set a job's due date", "PUT", "/engine-rest/job/no-such-job/duedate", "{\"duedate\":null}",
            users("admin")),
        new Call("engine: throw a signal", "POST", "/engine-rest/signal", "{\"name\":\"nobody-listens\"}",
            users("admin")),
        new Call("engine: correlate a message", "POST", "/engine-rest/message", "{\"messageName\":\"Nobody\"}",
            users("admin")),
        new Call("engine: history cleanup", "POST", "/engine-rest/history/cleanup", null, users("admin")),
        new Call("engine: create an authorization", "POST", "/engine-rest/authorization/create",
            "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"carla\",\"resourceType\":0,\"resourceId\":\"*\"}",
            users("admin")));
  }

  @org.springframework.beans.factory.annotation.Autowired org.camunda.bpm.engine.AuthorizationService authorizations;

  /** admin's allowed "create an authorization" gave carla every application: take it back for the tests after. */
  @org.junit.jupiter.api.AfterEach
  void withdrawTheGrantAdminMade() {
    authorizations.createAuthorizationQuery().userIdIn("carla")
        .resourceType(org.camunda.bpm.engine.authorization.Resources.APPLICATION).resourceId("*").list()
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }

  Response call(Call call, String user) {
    if (FILE.equals(call.body())) {
      return upload(call.path(), user, "photo.png", com.complaintdesk.evidence.EvidenceFiles.png());
    }
    HttpRequest.Builder request = request(call.path(), user).header("Content-Type", "application/json");
    HttpRequest.BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(call.body());
    return send(request.method(call.method(), body).build());
  }

  @Test
  void everyRoleMayMakeExactlyTheCallsOfItsRole() throws IOException {
    String complaintId = post("/api/complaints", "webchannel", KETTLE_COMPLAINT).json().get("complaintId").asText();
    runDueJobs();
    List<String> wrong = new ArrayList<>();
    Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
    for (Call call : calls(complaintId)) {
      Map<String, String> row = new LinkedHashMap<>();
      for (String user : USERS) {
        boolean allowed = call.allowed().contains(ALL) || call.allowed().contains(user);
        int status = call(call, user).status();
        row.put(user, allowed ? "yes" : "—");
        if (allowed ? status == 401 || status == 403 || status >= 500 : status != 403) {
          wrong.add(call.label() + " as " + user + ": " + status);
        }
      }
      int anonymous = call(call, null).status();
      boolean open = call.allowed().contains(ALL);
      row.put("no login", open ? "yes" : "—");
      if (open ? anonymous == 401 || anonymous >= 500 : anonymous != 401) {
        wrong.add(call.label() + " without credentials: " + anonymous);
      }
      matrix.put(call.label() + " (" + call.method() + " " + call.path().replace(complaintId, "{id}")
          .replace("t".repeat(43), "{token}") + ")", row);
    }
    write(matrix);
    assertThat(wrong).isEmpty();
    assertThat(complaint(complaintId, "admin").get("level").asInt()).as("no call moved the complaint").isEqualTo(1);
  }

  com.fasterxml.jackson.databind.JsonNode complaint(String id, String user) {
    return get("/api/complaints/" + id, user).json();
  }

  static void write(Map<String, Map<String, String>> matrix) throws IOException {
    StringBuilder md = new StringBuilder("| call | " + String.join(" | ", USERS) + " | no login |\n|---|");
    md.append("---|".repeat(USERS.size() + 1)).append('\n');
    matrix.forEach((call, row) -> md.append("| ").append(call).append(" | ")
        .append(String.join(" | ", row.values())).append(" |\n"));
    Path out = Path.of("target", "security", "role-matrix.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, md);
  }
}
