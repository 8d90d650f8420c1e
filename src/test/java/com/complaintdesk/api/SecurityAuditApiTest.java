package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.complaint.Tier;
import com.complaintdesk.complaint.Category;
import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.complaintdesk.resolution.Offer;
import com.complaintdesk.resolution.ResolutionPolicyService;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second security audit's findings, each as its attacker or its busy desk tried it: ops cannot move a
 * deadline through the retries call, an integration acts only on the complaints it may read, JSON is the only
 * input format, a race is a 409, hostile paths and periods are 4xx problems, a task goes only to its groups'
 * members, one wrong password counts once, no exception class reaches a client, invisible characters stay out
 * of names, the app's pages send CSP and no Referer, integrations stay out of the webapps, and offers are measured
 * against the customer's own order only.
 */
class SecurityAuditApiTest extends AppTestSupport {

  @Autowired ResolutionPolicyService policy;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;

  private Job timer(String complaintId, String activityId) {
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintId)
        .processDefinitionKey("complaint-escalation").singleResult().getId();
    return managementService.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"retries\":3,\"dueDate\":\"2020-01-01T00:00:00.000+0000\"}",
      "{\"retries\":3,\"dueDate\":\"2099-01-01T00:00:00.000+0000\"}",
      "{\"retries\":3,\"dueDate\":null}"})
  void opsRetryJobsButNeverMoveADeadline(String body) {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    Job deadline = timer(id, "BoundaryEvent_Level1DeadlinePassed");
    Date due = deadline.getDuedate();

    Response overRest = put("/engine-rest/job/" + deadline.getId() + "/retries", "olga", body);
    WebappSession olga = WebappSession.login(port, "olga", "demo", "cockpit");
    Response inCockpit = olga.engine("PUT", "job/" + deadline.getId() + "/retries", body);

    assertThat(overRest.status()).as(overRest.body()).isEqualTo(403);
    assertThat(overRest.json().get("detail").asText()).contains("due date");
    assertThat(inCockpit.status()).as(inCockpit.body()).isEqualTo(403);
    assertThat(timer(id, "BoundaryEvent_Level1DeadlinePassed").getDuedate()).isEqualTo(due);
    runDueJobs();
    assertThat(complaint(id).get("level").asInt()).as("the deadline did not fire").isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM complaint_alert WHERE complaint_id = ?", id)).isZero();
  }

  @Test
  void opsRetryOnlyFailedJobsAndAdminStillMovesATimer() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    Job deadline = timer(id, "BoundaryEvent_Level1DeadlinePassed");
    for (String holdBack : List.of("{\"retries\":0}", "{\"retries\":2}")) {
      assertThat(put("/engine-rest/job/" + deadline.getId() + "/retries", "olga", holdBack).status())
          .as("retries on a working deadline: " + holdBack).isIn(400, 403);
    }
    assertThat(timer(id, "BoundaryEvent_Level1DeadlinePassed").getRetries()).isEqualTo(3);

    managementService.setJobRetries(deadline.getId(), 0);
    assertThat(put("/engine-rest/job/" + deadline.getId() + "/retries", "olga", "{\"retries\":2}").status())
        .isEqualTo(204);
    managementService.setJobRetries(deadline.getId(), 0);
    assertThat(put("/engine-rest/job/" + deadline.getId() + "/retries", "olga", "{\"id\":\"" + deadline.getId()
        + "\",\"retries\":2}").status()).as("as Cockpit's batch view sends it").isEqualTo(204);
    assertThat(put("/engine-rest/job/" + deadline.getId() + "/retries", "olga", "{\"retries\":2,\"priority\":9}")
        .status()).as("an unknown field").isEqualTo(400);
    assertThat(put("/engine-rest/job/" + deadline.getId() + "/retries", "olga", "{\"retries\":-1}").status())
        .isEqualTo(400);
    managementService.setJobRetries(deadline.getId(), 2);
    assertThat(send(request("/engine-rest/job/retries", "olga").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"jobIds\":[\"" + deadline.getId() + "\"],\"retries\":3,"
            + "\"dueDate\":\"2020-01-01T00:00:00.000+0000\"}")).build()).status()).as("batch retries").isEqualTo(403);
    assertThat(put("/engine-rest/job-definition/" + deadline.getJobDefinitionId() + "/retries", "olga",
        "{\"retries\":3}").status()).as("job definition retries").isEqualTo(403);
    assertThat(timer(id, "BoundaryEvent_Level1DeadlinePassed").getRetries()).isEqualTo(2);

    assertThat(put("/engine-rest/job/" + deadline.getId() + "/retries", "admin",
        "{\"retries\":3,\"dueDate\":\"2020-01-01T00:00:00.000+0000\"}").status()).isEqualTo(204);
    runDueJobs();
    assertThat(complaint(id).get("level").asInt()).as("admin may fire a deadline").isEqualTo(2);
  }

  @Test
  void anIntegrationCannotPostEventsToAComplaintItCannotRead() {
    Response logged = post("/api/complaints", "carla", KETTLE_COMPLAINT.replace("\"EMAIL\"", "\"PHONE\""));
    String id = logged.json().get("complaintId").asText();
    runDueJobs();
    int communications = count("SELECT COUNT(*) FROM communication WHERE complaint_id = ?", id);

    Response escalated = event(id, "{\"type\":\"CUSTOMER_SELF_ESCALATED\",\"channel\":\"REGULATOR\","
        + "\"message\":\"I complained to the regulator.\"}");
    Response unknown = event("CMP-NO-SUCH-ONE", "{\"type\":\"CUSTOMER_SELF_ESCALATED\",\"channel\":\"REGULATOR\"}");

    assertThat(get("/api/complaints/" + id, "webchannel").status()).isEqualTo(404);
    assertThat(escalated.status()).as(escalated.body()).isEqualTo(404);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(escalated.json().get("title")).isEqualTo(unknown.json().get("title"));
    assertThat(escalated.json().get("detail").asText().replace(id, "X"))
        .isEqualTo(unknown.json().get("detail").asText().replace("CMP-NO-SUCH-ONE", "X"));
    runDueJobs();
    assertThat(complaint(id).get("level").asInt()).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM communication WHERE complaint_id = ?", id)).isEqualTo(communications);
    assertThat(count("SELECT COUNT(*) FROM customer_event WHERE complaint_id = ?", id)).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/yaml", "application/x-yaml", "application/xml", "text/xml"})
  void theApiReadsJsonOnly(String contentType) {
    String body = contentType.contains("yaml")
        ? "customerId: 12345\ncustomerEmail: a@example.com\ncategory: SAFETY\nchannel: WEB\nregulatory: 2\n"
            + "description: YAML\n"
        : "<ComplaintRequest><customerId>C-1</customerId><customerId>C-2</customerId>"
            + "<customerEmail>a@example.com</customerEmail><category>SAFETY</category><channel>WEB</channel>"
            + "<description>XML</description></ComplaintRequest>";
    int before = count("SELECT COUNT(*) FROM complaint");

    Response refused = send(request("/api/complaints", "webchannel").header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());

    assertThat(refused.status()).as(refused.body()).isEqualTo(415);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(count("SELECT COUNT(*) FROM complaint")).isEqualTo(before);
  }

  @Test
  void aSurveyAnswerInYamlUsesNoToken() {
    String id = surveyed();
    String token = surveyToken(id);

    Response yaml = send(request("/api/surveys/" + token, null).header("Content-Type", "application/yaml")
        .POST(HttpRequest.BodyPublishers.ofString("score: 3.5\n")).build());
    Response duplicate = post("/api/surveys/" + token, null, "{\"score\":1,\"score\":5}");

    assertThat(yaml.status()).isEqualTo(415);
    assertThat(duplicate.status()).as("a duplicate key").isEqualTo(400);
    assertThat(post("/api/surveys/" + token, null, "{\"score\":4}").status()).as("the token still works")
        .isEqualTo(204);
  }

  @Test
  void tenClicksOnOneTaskCompleteItOnceAndTheOthersAreConflicts() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      for (int round = 0; round < 3; round++) {
        String id = submitAndSettle(KETTLE_COMPLAINT);
        String taskId = openTask(id).getId();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> clicks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          Callable<Integer> click = () -> {
            start.await();
            return completeTask(taskId, "carla", """
                {"outcome":{"value":"RESOLVED"},"resolutionType":{"value":"APOLOGY"},"resolutionAmount":{"value":0},
                 "customerMessage":{"value":"Sorry."}}""").status();
          };
          clicks.add(pool.submit(click));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> click : clicks) {
          statuses.add(click.get());
        }
        assertThat(statuses).as("round " + round).containsOnly(204, 409).containsOnlyOnce(204);
        runDueJobs();
        assertThat(count("SELECT COUNT(*) FROM resolution WHERE complaint_id = ?", id)).isOne();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void tenCopiesOfOneCustomerEventAtOnceMoveTheComplaintOnce() throws Exception {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> posts = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        posts.add(pool.submit(() -> {
          start.await();
          return event(id, "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}").status();
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> post : posts) {
        statuses.add(post.get());
      }
      assertThat(statuses).as("accepted, or a conflict to retry").isSubsetOf(202, 409)
          .contains(202);
    } finally {
      pool.shutdownNow();
    }
    runDueJobs();
    applyPendingEvents();
    runDueJobs();
    assertThat(complaint(id).get("level").asInt()).isEqualTo(3);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(id).processDefinitionKey("complaint-escalation")
        .count()).as("one level task").isOne();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-%72est/task", "/camunda/api/%65ngine/engine/default/task",
      "/api/complaints/%43MP-1", "/api/complaints/a%00b", "/api/complaints/a%2Fb"})
  void percentEncodedPathsAreAProblemDocumentNotA500(String path) {
    for (String user : new String[] {null, "carla"}) {
      Response response = get(path, user);
      assertThat(response.status()).as(path + " as " + user + ": " + response.body()).isEqualTo(400);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.body()).doesNotContain("Exception", "<html");
    }
  }

  @Test
  void oversizedRequestsAreAProblemDocumentNotTomcatsPage() {
    Response longUrl = get("/api/complaints/" + "a".repeat(9_000), "carla");
    Response longKey = post("/api/complaints", "carla", KETTLE_COMPLAINT, java.util.Map.of("Idempotency-Key",
        "k".repeat(8_000)));

    for (Response response : List.of(longUrl, longKey)) {
      assertThat(response.status()).isBetween(400, 431);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.json().get("status").asInt()).isEqualTo(response.status());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"to=-1000000000-01-01T00:00:00Z", "from=+1000000000-01-01T00:00:00Z",
      "from=0001-01-01", "to=+10000-01-01T00:00:01Z"})
  void reportPeriodsOutsideTheCalendarAreRefused(String query) {
    for (String path : List.of("/api/reports/escalations?", "/api/reports/dashboard?", "/api/complaints?")) {
      String parameter = path.startsWith("/api/complaints") ? query.replace("to=", "createdTo=")
          .replace("from=", "createdFrom=") : query;
      Response response = get(path + parameter, "sam");
      assertThat(response.status()).as(path + parameter + ": " + response.body()).isEqualTo(400);
    }
  }

  @Test
  void aTaskGoesOnlyToMembersOfItsGroups() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    Task task = openTask(id);
    String assign = "/engine-rest/task/" + task.getId() + "/assignee";

    assertThat(post(assign, "carla", "{\"userId\":\"ed\"}").status()).as("an expert").isEqualTo(400);
    assertThat(post(assign, "carla", "{\"userId\":\"nobody-at-all\"}").status()).as("no such user").isEqualTo(400);
    assertThat(post("/engine-rest/task/" + task.getId() + "/claim", "carla", "{\"userId\":\"ed\"}").status())
        .as("a claim for someone else").isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();

    assertThat(post("/engine-rest/task/" + task.getId() + "/claim", "carla", "{\"userId\":\"carla\"}").status())
        .isEqualTo(204);
    assertThat(post(assign, "carla", "{\"userId\":null}").status()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();

    // a colleague of the front line: carla may hand the task over, over REST and in Tasklist alike
    org.camunda.bpm.engine.identity.User fiona = identityService.newUser("fiona");
    fiona.setPassword("demo");
    identityService.saveUser(fiona);
    identityService.createMembership("fiona", "front-line");
    assertThat(post(assign, "carla", "{\"userId\":\"fiona\"}").status()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("fiona");
    WebappSession carla = WebappSession.login(port, "carla", "demo", "tasklist");
    assertThat(carla.engine("POST", "task/" + task.getId() + "/assignee", "{\"userId\":\"carla\"}").status())
        .isEqualTo(204);
  }

  @Test
  void oneWrongPasswordCountsOnce() {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      statuses.add(get("/api/complaints/CMP-NONE", "erin:wrong-" + i).status());
    }
    assertThat(statuses.subList(0, 6)).as("the five free failures, and the sixth that starts the back-off")
        .containsOnly(401);
    assertThat(statuses.get(6)).isEqualTo(429);
  }

  @Test
  void engineRefusalsNameNoExceptionClass() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    List<Response> refusals = List.of(
        get("/engine-rest/task/no-such-task", "carla"),
        get("/engine-rest/process-definition/key/no-such-process", "olga"),
        get("/engine-rest/job/no-such-job", "olga"),
        send(request("/engine-rest/task?maxResults=abc", "carla").GET().build()),
        get("/engine-rest/process-instance/" + id + "/variables/nope", "admin"));
    for (Response refusal : refusals) {
      assertThat(refusal.status()).as(refusal.body()).isBetween(400, 499);
      assertThat(refusal.body()).doesNotContainPattern("[A-Za-z]+Exception").doesNotContain("org.camunda", "java.");
      assertThat(refusal.json().get("message").asText()).isNotBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u202Eevil\u202C", "Dana\u200BWhitfield", "Dana\u200DW", "\uFEFFDana", "Dana\u2029W",
      "Dana\u2066W\u2069"})
  void invisibleAndBidiCharactersAreRefusedInNamesAndAddresses(String text) {
    int before = count("SELECT COUNT(*) FROM complaint");
    Response name = post("/api/complaints", "webchannel", KETTLE_COMPLAINT.replace("Dana Whitfield", text));
    Response email = post("/api/complaints", "webchannel", KETTLE_COMPLAINT.replace("dana@example.com",
        text.replaceAll("[A-Za-z ]+", "dana") + "@example.com"));

    assertThat(name.status()).as(name.body()).isEqualTo(400);
    assertThat(name.body()).contains("customerName");
    assertThat(email.status()).as(email.body()).isEqualTo(400);
    assertThat(email.body()).contains("customerEmail");
    assertThat(count("SELECT COUNT(*) FROM complaint")).isEqualTo(before);
  }

  @Test
  void anInternationalisedAddressIsRefusedWithoutSmtpUtf8() {
    Response refused = post("/api/complaints", "webchannel", KETTLE_COMPLAINT.replace("dana@example.com",
        "ünï@exämple.com"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("customerEmail");
    Response plain = post("/api/complaints", "webchannel", KETTLE_COMPLAINT.replace("Dana Whitfield", "Zoë Ünal"));
    assertThat(plain.status()).as("letters beyond ASCII in a name are fine").isEqualTo(201);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/survey.html", "/survey.js", "/dashboard", "/api-docs.html"})
  void theAppsOwnPagesSendAContentSecurityPolicyAndNoReferrer(String path) {
    Response page = get(path, path.startsWith("/survey") ? null : "sam");
    assertThat(page.status()).isIn(200, 302);
    assertThat(page.header("Content-Security-Policy")).contains("default-src", "frame-ancestors 'none'");
    assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
  }

  @Test
  void theSurveyPageKeepsItsTokenOutOfRequests() {
    String page = get("/survey.html", null).body();
    assertThat(page).doesNotContain("<script>", "<style>").contains("src=\"/survey.js\"");
    assertThat(get("/survey.js", null).body()).contains("location.hash", "history.replaceState");
  }

  @Test
  void integrationsDoNotLogIntoAnyWebapp() {
    for (String app : List.of("welcome", "tasklist", "cockpit", "admin")) {
      assertThat(WebappSession.loginStatus(port, "webchannel", "demo", app)).as(app).isEqualTo(403);
    }
    assertThat(WebappSession.loginStatus(port, "carla", "demo", "welcome")).as("people still do").isEqualTo(200);
  }

  @Test
  void offersAreMeasuredAgainstTheCustomersOwnOrderOnly() {
    // O-5004 (59.00) belongs to C-1004, not to C-1001
    String foreign = submitAndSettle(KETTLE_COMPLAINT.replace("O-5001", "O-5004"));
    JsonNode investigation = complaint(foreign).get("investigation");
    Tier tier = Tier.valueOf(investigation.get("customerTier").asText());
    boolean recurring = investigation.get("recurring").asBoolean();

    Map<String, BigDecimal> offers = new TreeMap<>();
    get("/api/complaints/" + foreign + "/offers", "carla").json().get("offers").forEach(o ->
        offers.put(o.get("type").asText(), o.get("maxAmount").decimalValue().stripTrailingZeros()));

    // without an order of their own, the kettle is measured by its catalogue price (issue 23, case 3)
    Map<String, BigDecimal> withoutOrder = limits(policy.offers(Category.PRODUCT_DEFECT, new BigDecimal("79.90"), tier, 1,
        recurring));
    Map<String, BigDecimal> withTheirOrder = limits(policy.offers(Category.PRODUCT_DEFECT, new BigDecimal("59.00"), tier, 1,
        recurring));
    assertThat(withTheirOrder).as("the case is one where the order's value matters").isNotEqualTo(withoutOrder);
    assertThat(offers).as("another customer's order counts for nothing").isEqualTo(withoutOrder);
    assertThat(investigation.get("summary").asText()).contains("belongs to another customer");
    assertThat(investigation.get("orderFound").asBoolean()).as("not shown as the complaint's order").isFalse();
  }

  static Map<String, BigDecimal> limits(List<Offer> offers) {
    Map<String, BigDecimal> limits = new TreeMap<>();
    offers.forEach(o -> limits.put(o.type(), o.maxAmount().stripTrailingZeros()));
    return limits;
  }
}
