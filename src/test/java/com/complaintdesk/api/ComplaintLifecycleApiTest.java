package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole life of a complaint through the REST APIs, as an integrator and the agents' clients see it. */
class ComplaintLifecycleApiTest extends AppTestSupport {

  static String resolution(String type, int amount) {
    return """
        {"outcome":{"value":"RESOLVED"},"resolutionType":{"value":"%s"},"resolutionAmount":{"value":%d},
         "customerMessage":{"value":"We are sorry about your kettle."}}""".formatted(type, amount);
  }


  @Test
  void fromIntakeThroughResolutionAndSurveyToClosure() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    JsonNode offers = get("/api/complaints/" + id + "/offers", "carla").json();
    assertThat(offers.get("level").asInt()).isEqualTo(1);
    List<String> types = new ArrayList<>();
    offers.get("offers").forEach(o -> types.add(o.get("type").asText()));
    assertThat(types).contains("REFUND", "REPLACEMENT", "DISCOUNT", "REPAIR", "APOLOGY");

    String taskId = openTask(id).getId();
    Response tooMuch = completeTask(taskId, "carla", resolution("REFUND", 500));
    assertThat(tooMuch.status()).isEqualTo(400);
    assertThat(tooMuch.json().get("message").asText()).contains("beyond level 1 authority", "refer").doesNotContain("ENGINE-");
    assertThat(openTask(id).getId()).as("the task stays open").isEqualTo(taskId);

    assertThat(completeTask(taskId, "carla", resolution("REFUND", 20)).status()).isEqualTo(204);
    runDueJobs();
    JsonNode resolved = complaint(id);
    assertThat(resolved.get("resolution").get("resolutionType").asText()).isEqualTo("REFUND");
    assertThat(resolved.get("resolution").get("decidedBy").asText()).isEqualTo("carla");
    assertThat(kinds(resolved)).containsSubsequence("ACKNOWLEDGEMENT", "RESOLUTION");
    assertThat(resolved.get("communications").get(1).get("text").asText()).contains("refund €20.00", "5 business days");
    assertThat(count("SELECT COUNT(*) FROM fulfilment WHERE complaint_id = ? AND kind = 'REFUND'", id)).isOne();

    fireTimer(id, "Event_SurveyDelayElapsed");
    JsonNode surveyed = complaint(id);
    assertThat(surveyed.get("status").asText()).isEqualTo("AWAITING_FEEDBACK");
    String token = surveyToken(id);
    assertThat(token).hasSizeGreaterThanOrEqualTo(43);
    assertThat(surveyed.get("communications").get(2).get("text").asText()).contains("[survey link sent]")
        .doesNotContain(token);
    assertThat(surveyed.toString()).as("staff never see the customer's credential").doesNotContain(token);
    assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE body LIKE ?", "%/survey.html#token=" + token + "%"))
        .as("the customer gets the link").isOne();

    assertThat(post("/api/surveys/" + token, null, "{\"score\":9}").status()).isEqualTo(400);
    assertThat(post("/api/surveys/not-a-token", null, "{\"score\":4}").status()).isEqualTo(404);
    assertThat(post("/api/surveys/" + token, null, "{\"score\":5,\"comment\":\"Quick and fair\"}").status())
        .isEqualTo(204);
    assertThat(post("/api/surveys/" + token, null, "{\"score\":5}").status()).as("single use").isEqualTo(409);
    runDueJobs();

    JsonNode closed = complaint(id);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(closed.get("closeReason").asText()).isEqualTo("SATISFIED");
    assertThat(closed.get("survey").get("score").asInt()).isEqualTo(5);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id)
        .processDefinitionKeyIn("complaint-resolution", "complaint-escalation").count()).isZero();
  }

  @Test
  void anUnhappyCustomerReopensTheComplaintForASupervisorAndTheQualityTeam() {
    String id = submitAndSettle(KETTLE_COMPLAINT.replace("C-1001", "C-1004").replace("SKU-KETTLE-2", "SKU-TOASTER-4")
        .replace("O-5001", "O-5004"));
    assertThat(completeTask(openTask(id).getId(), "carla", resolution("DISCOUNT", 10)).status()).isEqualTo(204);
    runDueJobs();
    fireTimer(id, "Event_SurveyDelayElapsed");
    assertThat(post("/api/surveys/" + surveyToken(id), null, "{\"score\":1,\"comment\":\"Useless\"}").status())
        .isEqualTo(204);
    runDueJobs();

    JsonNode reopened = complaint(id);
    assertThat(reopened.get("status").asText()).isEqualTo("REOPENED");
    List<String> openTasks = new ArrayList<>();
    reopened.get("openTasks").forEach(t -> openTasks.add(t.get("taskDefinitionKey").asText() + "@"
        + t.get("candidateGroups").get(0).asText()));
    assertThat(openTasks).contains("Task_FollowUpDissatisfiedCustomer@supervisors", "Task_ReviewRootCause@quality-team");

    assertThat(openTask(id).getDueDate()).as("due in two working days").isAfter(new java.util.Date());
    String followUp = openTask(id).getId();
    assertThat(completeTask(followUp, "sam", """
        {"followUpMessage":{"value":"I am sorry. A new toaster is on its way."},"goodwillType":{"value":"NONE"}}""")
        .status()).isEqualTo(204);
    runDueJobs();
    JsonNode closed = complaint(id);
    assertThat(closed.get("closeReason").asText()).isEqualTo("FOLLOWED_UP");
    assertThat(kinds(closed)).endsWith("FOLLOW_UP");
  }

  @Test
  void noAnswerToTheSurveyClosesTheComplaintAndTheLinkStopsWorking() {
    String id = submitAndSettle(KETTLE_COMPLAINT.replace("C-1001", "C-1003").replace("SKU-KETTLE-2", "SKU-HEATER-1")
        .replace("O-5001", "O-5003").replace("PRODUCT_DEFECT", "DELIVERY"));
    assertThat(completeTask(openTask(id).getId(), "carla", resolution("APOLOGY", 0)).status()).isEqualTo(204);
    runDueJobs();
    fireTimer(id, "Event_SurveyDelayElapsed");
    String token = surveyToken(id);
    fireTimer(id, "Event_SurveyAnswerWindowClosed");
    JsonNode closed = complaint(id);
    assertThat(closed.get("closeReason").asText()).isEqualTo("NO_FEEDBACK");
    assertThat(closed.get("survey").get("status").asText()).isEqualTo("EXPIRED");
    assertThat(post("/api/surveys/" + token, null, "{\"score\":5}").status()).isEqualTo(409);
  }

  @Test
  void aMissingOrderIsAFindingNotAFailure() {
    String id = submitAndSettle(KETTLE_COMPLAINT.replace("O-5001", "O-9999"));
    JsonNode investigation = complaint(id).get("investigation");
    assertThat(investigation.get("orderFound").asBoolean()).isFalse();
    assertThat(investigation.get("summary").asText()).contains("O-9999 was not found");
    assertThat(complaint(id).get("level").asInt()).isEqualTo(1);
  }

  /**
   * Customer data is never a format pattern or an expression: names and texts with {@code %}, {@code {}},
   * {@code ${}} and {@code #{}} go through every message of a complaint's life (acknowledgement, request for
   * information, referral, supervisor, executive office, resolution, survey, follow-up, staff reminders) and the
   * complaint still closes, with the text as written in the letters.
   */
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
    assertThat(incidents(id)).as("no message failed").isZero();
    assertThat(post("/api/surveys/" + surveyToken(id), null, "{\"score\":1,\"comment\":\"" + text + "\"}").status())
        .isEqualTo(204);
    runDueJobs();
    assertThat(completeTask(openTask(id).getId(), "sam", """
        {"followUpMessage":{"value":"%s"},"goodwillType":{"value":"NONE"}}""".formatted(text)).status())
        .isEqualTo(204);
    runDueJobs();

    JsonNode closed = complaint(id);
    assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
    assertThat(incidents(id)).isZero();
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
