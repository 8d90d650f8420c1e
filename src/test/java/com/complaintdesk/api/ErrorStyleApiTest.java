package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * One error style: a user's mistake is a 4xx problem document and one log line at INFO; a bug is a 500
 * with an error id that the log has too, with the stack trace there and nowhere in the answer.
 */
@ExtendWith(OutputCaptureExtension.class)
class ErrorStyleApiTest extends AppTestSupport {

  @Test
  void aRefusedOfferIsOneInfoLineNotAnErrorWithAStackTrace(CapturedOutput output) {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    int from = output.length();
    Response refused = completeTask(openTask(id).getId(), "carla", """
        {"outcome":{"value":"RESOLVED"},"resolutionType":{"value":"REFUND"},"resolutionAmount":{"value":5000},
         "customerMessage":{"value":"Here is all the money."}}""");
    assertThat(refused.status()).isEqualTo(400);
    String log = output.toString().substring(from);
    assertThat(log.lines().filter(l -> l.contains(" ERROR ")).toList()).isEmpty();
    assertThat(log.lines().filter(l -> l.contains("\tat ")).count()).as("stack trace lines").isZero();
    assertThat(log.lines().filter(l -> l.contains(" INFO ") && l.contains("beyond level 1 authority")).count())
        .isOne();
  }

  @Test
  void aBugIsA500WithAnErrorIdThatIsInTheLogAndNothingOfTheInternalsInTheAnswer(CapturedOutput output) {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    jdbc.sql("ALTER TABLE communication RENAME TO communication_unavailable").update();
    try {
      Response response = get("/api/complaints/" + id, "carla");
      assertThat(response.status()).isEqualTo(500);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      String errorId = response.json().get("errorId").asText();
      assertThat(errorId).matches("[0-9a-f]{12}");
      assertThat(response.body()).doesNotContain("SQL", "communication", "Exception", "at com.");
      assertThat(output.toString()).contains("Error " + errorId).contains("communication");
    } finally {
      jdbc.sql("ALTER TABLE communication_unavailable RENAME TO communication").update();
    }
  }

  @Test
  void aFailureOnTheEngineApiShowsAnErrorIdToAnAgentNotSqlText(CapturedOutput output) {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    jdbc.sql("ALTER TABLE resolution RENAME TO resolution_unavailable").update();
    try {
      Response response = completeTask(openTask(id).getId(), "carla", """
          {"outcome":{"value":"RESOLVED"},"resolutionType":{"value":"APOLOGY"},"resolutionAmount":{"value":0},
           "customerMessage":{"value":"Sorry."}}""");
      assertThat(response.status()).isEqualTo(500);
      String errorId = response.json().get("errorId").asText();
      assertThat(response.body()).doesNotContain("SQL", "INSERT", "resolution_", "Exception", "ENGINE-");
      assertThat(output.toString()).contains("Error " + errorId);
      assertThat(openTask(id)).as("nothing changed: the task is still open").isNotNull();
    } finally {
      jdbc.sql("ALTER TABLE resolution_unavailable RENAME TO resolution").update();
    }
  }
}
