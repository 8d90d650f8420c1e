package com.complaintdesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one base of the Spring Boot tests: the whole app on a random port, driven like a client (real HTTP with
 * Basic credentials, {@link Http}). The job executor is off, so a test runs due jobs itself and fires timers by
 * executing their jobs, never by waiting. Every context gets a database of its own
 * ({@link TestDatabasePerContext}); classes with the same configuration share one context.
 *
 * <p>Tagged {@value #TAG}: the build runs these classes once on H2 and, with a PostgreSQL configured, once
 * more on PostgreSQL. A class that changes the configuration (its own context) also carries {@value #OWN_CONTEXT},
 * so that the build runs it apart from the classes that share the common context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Tag(AppTestSupport.TAG)
public abstract class AppTestSupport {

  public static final String TAG = "app";
  public static final String OWN_CONTEXT = "own-context";

  protected static final String KETTLE_COMPLAINT = """
      {"customerId":"C-1001","customerName":"Dana Whitfield","customerEmail":"dana@example.com",
       "orderId":"O-5001","productSku":"SKU-KETTLE-2","category":"PRODUCT_DEFECT","channel":"EMAIL",
       "description":"The kettle switches off before the water boils."}""";

  @LocalServerPort protected int port;
  @Autowired protected ObjectMapper json;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected JdbcClient jdbc;
  @Autowired protected com.complaintdesk.escalation.PendingCustomerEvents pendingEvents;

  private Http http;

  /** The app on its random port, as a client calls it. */
  protected Http http() {
    if (http == null) {
      http = Http.onPort(port);
    }
    return http;
  }

  protected Response get(String path, String user) {
    return http().get(path, user);
  }

  protected Response post(String path, String user, String body) {
    return http().post(path, user, body);
  }

  protected Response put(String path, String user, String body) {
    return http().put(path, user, body);
  }

  protected Response post(String path, String user, String body, Map<String, String> headers) {
    return http().post(path, user, body, headers);
  }

  protected HttpRequest.Builder request(String path, String user) {
    return http().request(path, user);
  }

  /** A multipart body with one file part, as a browser form or curl -F sends it. */
  protected Response multipart(String path, String user, String field, String fileName, String content) {
    return http().multipart(path, user, field, fileName, content);
  }

  /** One file as the multipart field {@code file}, claimed to be application/octet-stream. */
  protected Response upload(String path, String user, String fileName, byte[] content) {
    return http().multipart(path, user, fileName, content, "application/octet-stream", Map.of());
  }

  protected Response send(HttpRequest request) {
    return http().send(request);
  }

  /**
   * Submits a complaint as the customer channel (which then posts the customer's events, {@link #event}) and runs
   * the process until it waits for a person or a timer.
   */
  protected String submitAndSettle(String body) {
    Response created = post("/api/complaints", "webchannel", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("complaintId").asText();
    runDueJobs();
    return id;
  }

  /**
   * Test classes share one application and its database: a batch a test started (Cockpit's batch retry, the
   * role matrix's refused ones) is removed when it ends, so that no later test executes its jobs.
   */
  @org.junit.jupiter.api.AfterEach
  void removeBatchesLeftBehind() {
    managementService.createBatchQuery().list().forEach(batch -> managementService.deleteBatch(batch.getId(), true));
  }

  /** the outbox rows each database's letters were checked up to, so each row is checked once */
  private static final java.util.Map<javax.sql.DataSource, Long> LETTERS_CHECKED = new java.util.concurrent.ConcurrentHashMap<>();
  @Autowired private javax.sql.DataSource dataSource;

  /**
   * Every letter any test made the desk write is checked (issue 21): no leftover placeholder, no amount without its
   * currency, no greeting by customer id, and no internal id (SKU, customer id) in the words of a customer's letter.
   * What people wrote themselves (the customer's name and quoted words, an agent's message: class "their-words" in
   * the templates) is theirs, and not checked.
   */
  @org.junit.jupiter.api.AfterEach
  void noLetterSaysWhatALetterMustNot() {
    long from = LETTERS_CHECKED.getOrDefault(dataSource, 0L);
    List<Map<String, Object>> rows = jdbc.sql("SELECT id, kind, subject, body, html_body FROM outbox_message"
        + " WHERE id > ? ORDER BY id").param(from).query().listOfRows();
    for (Map<String, Object> row : rows) {
      String html = (String) row.get("html_body");
      boolean toCustomer = !"STAFF_ALERT".equals(row.get("kind"));
      String text = html == null ? (String) row.get("body") : withoutQuotes(html);
      assertThat(com.complaintdesk.letters.LetterCheck.problems(row.get("subject") + "\n" + text, toCustomer))
          .as("outbox message %s (%s): %s", row.get("id"), row.get("kind"), text).isEmpty();
      LETTERS_CHECKED.put(dataSource, ((Number) row.get("id")).longValue());
    }
  }

  private static String withoutQuotes(String html) {
    org.jsoup.nodes.Document letter = org.jsoup.Jsoup.parse(html);
    letter.select(".their-words").remove();
    return letter.body().wholeText();
  }

  /** The incidents of a complaint's processes (other tests' complaints share the database). */
  protected long incidents(String... complaintIds) {
    long incidents = 0;
    for (String complaintId : complaintIds) {
      for (var instance : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintId).list()) {
        incidents += runtimeService.createIncidentQuery().processInstanceId(instance.getId()).count();
      }
    }
    return incidents;
  }

  /** Executes every due job (asynchronous continuations and due timers) until none is left. */
  protected void runDueJobs() {
    Jobs.runDue(managementService);
  }

  /** Fires a timer of the complaint now, as if its time had come, and runs what follows. */
  protected void fireTimer(String complaintId, String activityId) {
    List<String> instances = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintId).list()
        .stream().map(pi -> pi.getId()).toList();
    Job timer = managementService.createJobQuery().timers().activityId(activityId).list().stream()
        .filter(j -> instances.contains(j.getProcessInstanceId())).findFirst()
        .orElseThrow(() -> new AssertionError("no timer " + activityId + " for " + complaintId));
    managementService.setJobDuedate(timer.getId(), new Date());
    runDueJobs();
  }

  /** The complaint's own open task (an improvement review may run beside it under the same id). */
  protected Task openTask(String complaintId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(complaintId)
        .processDefinitionKeyIn("complaint-escalation", "complaint-resolution").singleResult();
  }

  protected static JsonNode levelTask(JsonNode complaint) {
    for (JsonNode task : complaint.get("openTasks")) {
      if (!task.get("taskDefinitionKey").asText().equals("Task_ReviewRootCause")) {
        return task;
      }
    }
    throw new AssertionError("no open level task: " + complaint.get("openTasks"));
  }

  /** The complaint as a supervisor reads it (supervisors read every complaint). */
  protected JsonNode complaint(String complaintId) {
    Response response = get("/api/complaints/" + complaintId, "sam");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** The kinds of the complaint's communications, oldest first. */
  protected static List<String> kinds(JsonNode complaint) {
    List<String> kinds = new java.util.ArrayList<>();
    complaint.get("communications").forEach(c -> kinds.add(c.get("kind").asText()));
    return kinds;
  }

  protected Response completeTask(String taskId, String user, String variablesJson) {
    return post("/engine-rest/task/" + taskId + "/complete", user, "{\"variables\":" + variablesJson + "}");
  }

  /** What Tasklist reads to fill a task's form. */
  protected JsonNode formVariables(String taskId, String user) {
    Response response = get("/engine-rest/task/" + taskId + "/form-variables", user);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** A kettle complaint resolved at level 1 with an apology, its survey sent: it waits for the answer. */
  protected String surveyed() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    assertThat(completeTask(openTask(id).getId(), "carla", """
        {"outcome":{"value":"RESOLVED"},"resolutionType":{"value":"APOLOGY"},"resolutionAmount":{"value":0},
         "customerMessage":{"value":"Sorry."}}""").status()).isEqualTo(204);
    runDueJobs();
    fireTimer(id, "Event_SurveyDelayElapsed");
    return id;
  }

  /** The customer's survey token, as the e-mail carries it (staff never see it through the API). */
  protected String surveyToken(String complaintId) {
    return jdbc.sql("SELECT token FROM survey WHERE complaint_id = ?").param(complaintId).query(String.class).single();
  }

  /** A customer event as the customer channel (an integration) posts it. */
  protected Response event(String complaintId, String json) {
    return post("/api/complaints/" + complaintId + "/events", "webchannel", json);
  }

  /** What the scheduler does every few seconds in a running app: apply customer events kept for later. */
  protected int applyPendingEvents() {
    return pendingEvents.applyPending();
  }

  protected int count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Integer.class).single();
  }
}
