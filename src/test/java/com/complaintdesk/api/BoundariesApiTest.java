package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every limit the API promises holds end to end, on H2 and (in the PostgreSQL run) on PostgreSQL: the
 * longest accepted value is stored, reaches a task, is shown and carried out; one character more is refused
 * with a 400 and changes nothing. Camunda keeps a String variable in varchar(4000) and a task name in
 * varchar(255): none of these texts may end up there.
 */
class BoundariesApiTest extends AppTestSupport {

  @Autowired HistoryService historyService;

  static String kettle(String customerName, String description) {
    return """
        {"customerId":"C-1001","customerName":"%s","customerEmail":"dana@example.com","orderId":"O-5001",
         "productSku":"SKU-KETTLE-2","category":"PRODUCT_DEFECT","channel":"EMAIL","description":"%s"}"""
        .formatted(customerName, description);
  }

  /** Text of a given length with non-ASCII characters, as customers write. */
  static String text(int length) {
    StringBuilder s = new StringBuilder();
    String words = "Der Wasserkocher schaltet sich ab, bevor das Wasser kocht. Ça coûte cher! ";
    while (s.length() < length) {
      s.append(words);
    }
    return s.substring(0, length);
  }

  @Test
  void aTenThousandCharacterDescriptionIsStoredReachesItsTaskAndIsShownInFull() {
    String description = text(10_000);
    String id = submitAndSettle(kettle("Dana Whitfield", description));
    JsonNode complaint = complaint(id);
    assertThat(complaint.get("description").asText()).isEqualTo(description);
    assertThat(levelTask(complaint).get("taskDefinitionKey").asText()).isEqualTo("Task_ResolveAtFrontLine");
    JsonNode form = formVariables(openTask(id).getId(), "carla");
    assertThat(form.get("description").get("value").asText()).as("the form shows the customer's full words")
        .isEqualTo(description);
    assertNoLongVariables(id);
  }

  @Test
  void oneCharacterMoreIsRefusedAndNothingIsStored() {
    int before = count("SELECT COUNT(*) FROM complaint");
    Response response = post("/api/complaints", "carla", kettle("Dana", text(10_001)));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("description");
    Response longName = post("/api/complaints", "carla", kettle("n".repeat(201), "Broken."));
    assertThat(longName.status()).isEqualTo(400);
    assertThat(longName.json().get("errors").get(0).get("field").asText()).isEqualTo("customerName");
    assertThat(count("SELECT COUNT(*) FROM complaint")).isEqualTo(before);
  }

  @Test
  void aTwoHundredCharacterNameKeepsEveryTaskNameWithinTheEnginesColumn() {
    String name = "Maximiliane-Charlotte " + "von und zu Hohenlohe-Langenburg-Schillingsfürst ".repeat(4);
    name = (name + "x".repeat(200)).substring(0, 200);
    String id = submitAndSettle(kettle(name, "Broken."));
    assertThat(openTask(id).getName()).hasSizeLessThanOrEqualTo(255).startsWith("Resolve at front line · " + id);
    assertThat(event(id, "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}").status()).isEqualTo(202);
    runDueJobs();
    Task supervisorTask = openTask(id);
    assertThat(supervisorTask.getTaskDefinitionKey()).isEqualTo("Task_ResolveAsSupervisor");
    assertThat(supervisorTask.getName()).hasSizeLessThanOrEqualTo(255).endsWith("…");
    assertThat(incidents(id)).isZero();
    assertThat(complaint(id).get("customer").get("name").asText()).isEqualTo(name);
  }

  @Test
  void fiveThousandCharacterMessagesAndTheLongestApologyAndExplanationAreCarriedOut() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    assertThat(event(id, "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}").status()).isEqualTo(202);
    runDueJobs();
    String message = text(5_000);
    String apology = text(2_000);
    String explanation = text(4_000);
    Task task = openTask(id);
    Response tooLong = completeTask(task.getId(), "sam", """
        {"outcome":{"value":"RESOLVED"},"resolutionType":{"value":"APOLOGY"},"resolutionAmount":{"value":0},
         "customerMessage":{"value":"%s"},"apology":{"value":"%s"},"explanation":{"value":"%s"}}"""
        .formatted(text(5_001), apology, explanation));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().get("message").asText()).contains("customerMessage must be at most 5000 characters");

    Response done = completeTask(task.getId(), "sam", """
        {"outcome":{"value":"RESOLVED"},"resolutionType":{"value":"APOLOGY"},"resolutionAmount":{"value":0},
         "customerMessage":{"value":"%s"},"apology":{"value":"%s"},"explanation":{"value":"%s"}}"""
        .formatted(message, apology, explanation));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    runDueJobs();
    JsonNode resolved = complaint(id);
    assertThat(resolved.get("resolution").get("customerMessage").asText()).isEqualTo(message);
    assertThat(resolved.get("resolution").get("apology").asText()).isEqualTo(apology);
    assertThat(resolved.get("resolution").get("explanation").asText()).isEqualTo(explanation);
    JsonNode letter = resolved.get("communications").get(resolved.get("communications").size() - 1);
    assertThat(letter.get("kind").asText()).isEqualTo("RESOLUTION");
    assertThat(letter.get("text").asText()).contains(message.strip(), apology.strip(), explanation.strip());
    assertNoLongVariables(id);
  }

  @Test
  void aFiveThousandCharacterReplyResumesTheLevel() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    assertThat(completeTask(openTask(id).getId(), "carla", """
        {"outcome":{"value":"NEED_INFORMATION"},"informationRequest":{"value":"%s"}}""".formatted(text(2_000)))
        .status()).isEqualTo(204);
    runDueJobs();
    String reply = text(5_000);
    Response response = event(id, "{\"type\":\"CUSTOMER_REPLIED\",\"message\":\"" + reply + "\"}");
    assertThat(response.status()).as(response.body()).isEqualTo(202);
    assertThat(response.json().get("status").asText()).isEqualTo("APPLIED");
    JsonNode resumed = complaint(id);
    assertThat(levelTask(resumed).get("taskDefinitionKey").asText()).isEqualTo("Task_ResolveAtFrontLine");
    assertThat(resumed.get("communications").toString()).contains(reply.substring(0, 100));
    assertNoLongVariables(id);
  }

  @Test
  void aCustomerWithFiveHundredEarlierComplaintsGetsTheNextOneToATask() {
    Instant recent = Instant.now().minus(2, ChronoUnit.DAYS);
    for (int i = 0; i < 500; i++) {
      jdbc.sql("""
              INSERT INTO complaint (id, customer_id, customer_name, customer_email, order_id, product_sku, category,
                channel, severity, regulatory, description, status, created_at, updated_at)
              VALUES (?, 'C-FREQUENT', 'Frequent Frank', 'frank@example.com', 'O-5001', 'SKU-KETTLE-2',
                'PRODUCT_DEFECT', 'EMAIL', 'MEDIUM', FALSE, ?, 'CLOSED', ?, ?)
              """)
          .params("CMP-20260101-F%07d".formatted(i), text(10_000), Timestamp.from(recent.plusSeconds(i)),
              Timestamp.from(recent.plusSeconds(i)))
          .update();
    }
    String id = submitAndSettle(KETTLE_COMPLAINT.replace("C-1001", "C-FREQUENT"));
    assertThat(incidents(id)).isZero();
    JsonNode complaint = complaint(id);
    assertThat(levelTask(complaint).get("taskDefinitionKey").asText()).isIn("Task_ResolveAtFrontLine",
        "Task_ResolveAsExpert");
    assertThat(complaint.get("investigation").get("recurring").asBoolean()).isTrue();
    assertThat(complaint.get("investigation").get("priorComplaintCount").asInt()).isGreaterThanOrEqualTo(500);
    assertThat(complaint.get("investigation").get("priorComplaints").size()).isLessThanOrEqualTo(20);
    String prior = formVariables(openTask(id).getId(), "admin").get("priorComplaintsSummary").get("value").asText();
    assertThat(prior).startsWith(complaint.get("investigation").get("priorComplaintCount").asInt()
        + " earlier complaint(s), latest 10 shown");
    assertNoLongVariables(id);
  }

  /** No variable of the complaint, now or in history, comes near what the engine can store. */
  void assertNoLongVariables(String complaintId) {
    List<String> instances = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(complaintId)
        .list().stream().map(pi -> pi.getId()).toList();
    historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(instances.toArray(String[]::new)).list()
        .forEach(v -> assertThat(String.valueOf(v.getValue())).as(v.getName()).hasSizeLessThan(1000));
  }
}
