package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clients that retry, guess and get things slightly wrong get a clear 4xx problem document, never a 500,
 * and a refused request changes nothing.
 */
class SloppyClientsApiTest extends AppTestSupport {

  int complaints() {
    return count("SELECT COUNT(*) FROM complaint");
  }

  @Test
  void completingATaskTwiceIsAConflictNotAServerError() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String taskId = openTask(id).getId();
    String body = """
        {"outcome":{"value":"REFER_TO_EXPERT"}}""";
    assertThat(completeTask(taskId, "carla", body).status()).isEqualTo(204);
    Response again = completeTask(taskId, "carla", body);
    assertThat(again.status()).as("a double click").isEqualTo(409);
    assertThat(again.header("Content-Type")).startsWith("application/problem+json");
    assertThat(again.json().get("detail").asText()).contains("completed already");
    Response asAdmin = completeTask(taskId, "admin", body);
    assertThat(asAdmin.status()).as("the engine's own answer to admin: no 500 either").isLessThan(500);
  }

  @Test
  void anUnsupportedMethodIsAProblemDocument() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    Response response = send(request("/api/complaints/" + id, "admin").DELETE().build());
    assertThat(response.status()).isEqualTo(405);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    Response unknown = get("/api/nothing-here", "admin");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"score\":2.5}", "{\"score\":3.7}", "{\"score\":\"4\"}", "{\"score\":true}",
      "{\"score\":4} {\"score\":1}", "{\"score\":4,\"comment\":\"a\\u0000b\"}", "{\"score\":4,\"comment\":\"\\ud800\"}",
      "{\"score\":4,\"extra\":1}"})
  void aSurveyAnswerThatIsNotExactlyRightIsRefusedAndTheSurveyStaysOpen(String body) {
    String id = surveyed();
    String token = surveyToken(id);
    Response response = post("/api/surveys/" + token, null, body);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.body()).doesNotContain("java.", "Exception");
    assertThat(jdbc.sql("SELECT status FROM survey WHERE token = ?").param(token).query(String.class).single())
        .isEqualTo("SENT");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // trailing garbage after the JSON
      "{\"customerId\":\"C-1\",\"customerEmail\":\"a@example.com\",\"category\":\"OTHER\",\"channel\":\"WEB\",\"description\":\"x\"} x",
      // a number where text belongs
      "{\"customerId\":1001,\"customerEmail\":\"a@example.com\",\"category\":\"OTHER\",\"channel\":\"WEB\",\"description\":\"x\"}",
      // a number where true/false belongs
      "{\"customerId\":\"C-1\",\"customerEmail\":\"a@example.com\",\"category\":\"OTHER\",\"channel\":\"WEB\",\"description\":\"x\",\"regulatory\":2}",
      // an id of nothing but a non-breaking space
      "{\"customerId\":\"\\u00a0\",\"customerEmail\":\"a@example.com\",\"category\":\"OTHER\",\"channel\":\"WEB\",\"description\":\"x\"}",
      // NUL and a lone surrogate in text
      "{\"customerId\":\"C-1\",\"customerEmail\":\"a@example.com\",\"category\":\"OTHER\",\"channel\":\"WEB\",\"description\":\"a\\u0000b\"}",
      "{\"customerId\":\"C-1\",\"customerEmail\":\"a@example.com\",\"category\":\"OTHER\",\"channel\":\"WEB\",\"description\":\"\\udc00\"}",
      // a control character in a name, a line break in an e-mail address, an unknown field
      "{\"customerId\":\"C-1\",\"customerName\":\"A\\u0007B\",\"customerEmail\":\"a@example.com\",\"category\":\"OTHER\",\"channel\":\"WEB\",\"description\":\"x\"}",
      "{\"customerId\":\"C-1\",\"customerEmail\":\"a@exa\\nmple.com\",\"category\":\"OTHER\",\"channel\":\"WEB\",\"description\":\"x\"}",
      "{\"customerId\":\"C-1\",\"customerEmail\":\"a@example.com\",\"category\":\"OTHER\",\"channel\":\"WEB\",\"description\":\"x\",\"priority\":\"HIGH\"}",
      // not an object at all
      "[]", "\"complaint\"", "null"})
  void lenientJsonIsRefusedAndNothingIsStored(String body) {
    int before = complaints();
    Response response = post("/api/complaints", "carla", body);
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.body()).doesNotContain("java.", "jackson", "Exception");
    assertThat(complaints()).isEqualTo(before);
  }

  @Test
  void aClientThatCannotReadJsonIsTurnedAwayBeforeAnythingIsStored() {
    int before = complaints();
    Response response = send(request("/api/complaints", "carla").header("Content-Type", "application/json")
        .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(KETTLE_COMPLAINT)).build());
    assertThat(response.status()).isEqualTo(406);
    assertThat(complaints()).isEqualTo(before);
  }

  @Test
  void idempotencyKeysBelongToTheUserWhoSentThem() {
    String key = "order-form-" + System.nanoTime();
    Response carlas = post("/api/complaints", "carla", KETTLE_COMPLAINT, Map.of("Idempotency-Key", key));
    assertThat(carlas.status()).isEqualTo(201);
    Response channels = post("/api/complaints", "webchannel", KETTLE_COMPLAINT, Map.of("Idempotency-Key", key));
    assertThat(channels.status()).as("the same key from another user is another request").isEqualTo(201);
    assertThat(channels.json().get("complaintId").asText()).isNotEqualTo(carlas.json().get("complaintId").asText());
    Response conflict = post("/api/complaints", "webchannel", KETTLE_COMPLAINT.replace("boils", "starts"),
        Map.of("Idempotency-Key", key));
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.body()).doesNotContain(carlas.json().get("complaintId").asText());
  }

  @ParameterizedTest
  @ValueSource(ints = {201, 1000})
  void anIdempotencyKeyOverTwoHundredCharactersIsABadRequest(int length) {
    int before = complaints();
    Response response = post("/api/complaints", "carla", KETTLE_COMPLAINT, Map.of("Idempotency-Key", "k".repeat(length)));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
    assertThat(complaints()).isEqualTo(before);
    assertThat(post("/api/complaints", "carla", KETTLE_COMPLAINT, Map.of("Idempotency-Key", "k".repeat(200))).status())
        .isEqualTo(201);
  }
}
