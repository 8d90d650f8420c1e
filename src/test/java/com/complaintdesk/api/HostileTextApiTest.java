package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Customer data is never a format pattern or an expression: names and texts with {@code %}, {@code {}},
 * {@code ${}} and {@code #{}} go through every message of a complaint's life (acknowledgement, request for
 * information, referral, supervisor, executive office, resolution, survey, follow-up, staff reminders) and the
 * complaint still closes, with the text as written in the letters.
 */
class HostileTextApiTest extends ApiTestSupport {

  @ParameterizedTest
  @ValueSource(strings = {"Ana %d", "Bob 100% sure", "Cy %s%s {} ${customerName} #{1+1} {0}"})
  void textThatLooksLikeAPatternTravelsThroughEveryMessageAndTheComplaintCloses(String name) {
    String text = "About " + name + ": %n %1$s ${x} #{y} {}";
    String id = submitAndSettle(KETTLE_COMPLAINT.replace("Dana Whitfield", name)
        .replace("The kettle switches off before the water boils.", text));

    assertThat(completeTask(openTask(id).getId(), "carla", """
        {"outcome":{"value":"NEED_INFORMATION"},"informationRequest":{"value":"%s"}}""".formatted(text)).status())
        .isEqualTo(204);
    runDueJobs();
    assertThat(event(id, "{\"type\":\"CUSTOMER_REPLIED\",\"message\":\"" + text + "\"}").status()).isEqualTo(202);
    runDueJobs();
    assertThat(completeTask(openTask(id).getId(), "carla", "{\"outcome\":{\"value\":\"REFER_TO_EXPERT\"}}")
        .status()).isEqualTo(204);
    runDueJobs();
    fireTimer(id, "BoundaryEvent_Level2DeadlineNear");
    fireTimer(id, "BoundaryEvent_Level2DeadlinePassed");
    assertThat(event(id, "{\"type\":\"CUSTOMER_SELF_ESCALATED\",\"channel\":\"REGULATOR\",\"message\":\"" + text
        + "\"}").status()).isEqualTo(202);
    runDueJobs();
    assertThat(openTask(id).getTaskDefinitionKey()).isEqualTo("Task_RespondAsExecutiveOffice");
    Response answered = completeTask(openTask(id).getId(), "erin", """
        {"outcome":{"value":"RESOLVED"},"resolutionType":{"value":"REFUND"},"resolutionAmount":{"value":100},
         "customerMessage":{"value":"%1$s"},"apology":{"value":"%1$s"},"explanation":{"value":"%1$s"}}"""
        .formatted(text));
    assertThat(answered.status()).as(answered.body()).isEqualTo(204);
    runDueJobs();
    fireTimer(id, "Event_SurveyDelayElapsed");
    assertThat(runtimeService.createIncidentQuery().count()).as("no message failed").isZero();
    assertThat(post("/api/surveys/" + surveyToken(id), null, "{\"score\":1,\"comment\":\"" + text + "\"}").status())
        .isEqualTo(204);
    runDueJobs();
    assertThat(completeTask(openTask(id).getId(), "sam", """
        {"followUpMessage":{"value":"%s"},"goodwillType":{"value":"NONE"}}""".formatted(text)).status())
        .isEqualTo(204);
    runDueJobs();

    JsonNode closed = complaint(id);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertThat(kinds(closed)).contains("ACKNOWLEDGEMENT", "SURVEY", "FOLLOW_UP");
    for (JsonNode letter : closed.get("communications")) {
      if (letter.get("direction").asText().equals("OUTBOUND")) {
        assertThat(letter.get("text").asText()).as(letter.get("kind").asText()).contains("Dear " + name);
      }
    }
    assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE body LIKE ?", "%Dear " + name + "%"))
        .as("the customer's own mail, survey link included").isGreaterThanOrEqualTo(5);
  }
}
