package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IntakeApiTest extends AppTestSupport {

  int complaints() {
    return count("SELECT COUNT(*) FROM complaint");
  }

  long processInstances() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-resolution").count();
  }

  @Test
  void aValidComplaintIsStoredWithItsProcessAndAcknowledged() {
    Response created = post("/api/complaints", "carla", KETTLE_COMPLAINT);
    assertThat(created.status()).isEqualTo(201);
    JsonNode body = created.json();
    String id = body.get("complaintId").asText();
    assertThat(id).matches("CMP-\\d{8}-[0-9A-Z]{8}");
    assertThat(created.header("Location")).isEqualTo("/api/complaints/" + id);
    assertThat(body.get("status").asText()).isEqualTo("RECEIVED");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(body.get("processInstanceId").asText())
        .singleResult().getBusinessKey()).isEqualTo(id);

    runDueJobs();
    JsonNode complaint = complaint(id);
    assertThat(complaint.get("level").asInt()).isEqualTo(1);
    assertThat(complaint.get("severity").asText()).as("default severity").isEqualTo("MEDIUM");
    JsonNode acknowledgement = complaint.get("communications").get(0);
    assertThat(acknowledgement.get("kind").asText()).isEqualTo("ACKNOWLEDGEMENT");
    assertThat(acknowledgement.get("text").asText())
        .contains("Dear Dana Whitfield", id, "order O-5001", "Aurora Electric Kettle", "You will hear from us by");
    JsonNode task = levelTask(complaint);
    assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_ResolveAtFrontLine");
    assertThat(task.get("candidateGroups").get(0).asText()).isEqualTo("front-line");
    assertThat(task.get("due").asText()).isNotBlank();
  }

  @Test
  void textComesBackExactlyAsSubmitted() {
    String text = "Ünïcødé ✓ \"quoted\" <script>alert('x')</script> & more";
    String body = KETTLE_COMPLAINT.replace("The kettle switches off before the water boils.",
        text.replace("\"", "\\\""));
    String id = post("/api/complaints", "carla", body).json().get("complaintId").asText();
    assertThat(complaint(id).get("description").asText()).isEqualTo(text);
  }

  @Test
  void badInputIsRefusedNamingEveryFieldAndNothingIsStored() {
    int before = complaints();
    long instancesBefore = processInstances();
    Response response = post("/api/complaints", "carla", """
        {"customerEmail":"not-an-address","category":"WEATHER","channel":"PIGEON","severity":"APOCALYPTIC",
         "description":"  "}""");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    Set<String> fields = new java.util.HashSet<>();
    response.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).containsExactlyInAnyOrder("customerId", "customerEmail", "category", "channel", "severity",
        "description");
    assertThat(response.json().get("detail").asText()).contains("customerEmail", "category");
    assertThat(complaints()).isEqualTo(before);
    assertThat(processInstances()).isEqualTo(instancesBefore);
  }

  @Test
  void aDescriptionOverTenThousandCharactersIsRefused() {
    String body = KETTLE_COMPLAINT.replace("The kettle switches off before the water boils.", "x".repeat(10_001));
    Response response = post("/api/complaints", "carla", body);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("description");
  }

  @Test
  void malformedJsonIsABadRequest() {
    int before = complaints();
    Response response = post("/api/complaints", "carla", "{\"customerId\": \"C-1\", ");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("title").asText()).isEqualTo("Malformed request body");
    assertThat(complaints()).isEqualTo(before);
  }

  @Test
  void aBodyOverOneMegabyteIsRefusedWith413() {
    String body = KETTLE_COMPLAINT.replace("The kettle switches off before the water boils.", "y".repeat(1_100_000));
    Response response = post("/api/complaints", "carla", body);
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void chunkedBodiesAreAcceptedUpToTheLimitAndRefusedBeyondIt() {
    Response small = send(request("/api/complaints", "carla").header("Content-Type", "application/json")
        .POST(chunked(KETTLE_COMPLAINT)).build());
    assertThat(small.status()).isEqualTo(201);
    String big = KETTLE_COMPLAINT.replace("The kettle switches off before the water boils.", "z".repeat(1_100_000));
    int before = complaints();
    Response large = send(request("/api/complaints", "carla").header("Content-Type", "application/json")
        .POST(chunked(big)).build());
    assertThat(large.status()).isEqualTo(413);
    assertThat(complaints()).isEqualTo(before);
  }

  /** A body publisher of unknown length: the JDK client then sends it chunked. */
  static java.net.http.HttpRequest.BodyPublisher chunked(String body) {
    return java.net.http.HttpRequest.BodyPublishers.ofInputStream(
        () -> new java.io.ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }

  @Test
  void theSameIdempotencyKeyAndBodyReturnTheFirstComplaint() {
    String key = UUID.randomUUID().toString();
    Response first = post("/api/complaints", "carla", KETTLE_COMPLAINT, Map.of("Idempotency-Key", key));
    Response again = post("/api/complaints", "carla", KETTLE_COMPLAINT.replace(",", " ,"), Map.of("Idempotency-Key", key));
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.json().get("complaintId").asText()).isEqualTo(first.json().get("complaintId").asText());
    assertThat(count("SELECT COUNT(*) FROM complaint WHERE idempotency_key = ?", key)).isEqualTo(1);
  }

  @Test
  void theSameIdempotencyKeyWithAnotherBodyIsAConflict() {
    String key = UUID.randomUUID().toString();
    post("/api/complaints", "carla", KETTLE_COMPLAINT, Map.of("Idempotency-Key", key));
    Response other = post("/api/complaints", "carla", KETTLE_COMPLAINT.replace("boils", "starts"),
        Map.of("Idempotency-Key", key));
    assertThat(other.status()).isEqualTo(409);
    assertThat(other.json().get("detail").asText()).contains(key);
  }

  @Test
  void concurrentRetriesWithOneKeyCreateOneComplaintAndOneProcess() throws Exception {
    String key = UUID.randomUUID().toString();
    long instancesBefore = processInstances();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Response>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(() -> post("/api/complaints", "carla", KETTLE_COMPLAINT, Map.of("Idempotency-Key", key)));
      }
      List<Response> responses = new ArrayList<>();
      for (Future<Response> future : pool.invokeAll(calls)) {
        responses.add(future.get());
      }
      assertThat(responses).extracting(Response::status).containsOnly(201);
      assertThat(responses.stream().map(r -> r.json().get("complaintId").asText()).collect(Collectors.toSet()))
          .hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(count("SELECT COUNT(*) FROM complaint WHERE idempotency_key = ?", key)).isEqualTo(1);
    assertThat(processInstances()).isEqualTo(instancesBefore + 1);
  }

  @Test
  void anUnknownComplaintIsNotFound() {
    Response response = get("/api/complaints/CMP-19990101-NOTTHERE", "carla");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().get("detail").asText()).contains("CMP-19990101-NOTTHERE");
  }
}
