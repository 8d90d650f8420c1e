package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, case 1: a level may decide that a complaint is not upheld. The customer reads the reasons and their next
 * step, nothing is fulfilled, the survey asks about the decision, and the KPIs count it apart from resolved.
 */
class NotUpheldApiTest extends AppTestSupport {

  static final String REASONS = "The kettle works as specified: it switches off at 96 degrees, as the manual says.";

  static String notUpheld(String reasons) {
    return """
        {"outcome":{"value":"NOT_UPHELD"},"customerMessage":{"value":"%s"}}""".formatted(reasons);
  }

  private String letter(String complaintId, String kind) {
    return jdbc.sql("SELECT body FROM outbox_message WHERE complaint_id = ? AND kind = ?").params(complaintId, kind)
        .query(String.class).single();
  }

  private JsonNode kpis(String complaintId) {
    String day = complaint(complaintId).get("createdAt").asText().substring(0, 10);
    return get("/api/reports/escalations?from=" + day + "&to=" + day, "admin").json();
  }

  private List<String> openTasks(String complaintId) {
    List<String> open = new ArrayList<>();
    complaint(complaintId).get("openTasks").forEach(t -> open.add(t.get("taskDefinitionKey").asText() + "@"
        + t.get("candidateGroups").get(0).asText()));
    return open;
  }

  @Test
  void theFrontLineSaysNoWithReasonsAndTheCustomerMayAskForASupervisor() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    JsonNode before = kpis(id);
    String taskId = openTask(id).getId();
    Response withoutReasons = completeTask(taskId, "carla", notUpheld(" "));
    assertThat(withoutReasons.status()).isEqualTo(400);
    assertThat(withoutReasons.json().get("message").asText())
        .contains("customerMessage is required: the reasons for the decision");
    assertThat(openTask(id).getId()).as("the task stays open").isEqualTo(taskId);

    assertThat(completeTask(taskId, "carla", notUpheld(REASONS)).status()).isEqualTo(204);
    runDueJobs();

    JsonNode answered = complaint(id);
    assertThat(answered.get("status").asText()).isEqualTo("NOT_UPHELD");
    assertThat(answered.get("resolution").get("outcome").asText()).isEqualTo("NOT_UPHELD");
    assertThat(answered.at("/resolution/resolutionType").asText(null)).as("no offer").isNull();
    assertThat(kinds(answered)).containsSubsequence("ACKNOWLEDGEMENT", "NOT_UPHELD").doesNotContain("RESOLUTION");
    assertThat(letter(id, "NOT_UPHELD")).contains("we have decided not to uphold it", REASONS,
            "ask for a supervisor to review it")
        .doesNotContain("No further action is needed", "independent body");
    assertThat(count("SELECT COUNT(*) FROM fulfilment WHERE complaint_id = ?", id)).as("nothing to carry out").isZero();

    JsonNode after = kpis(id);
    assertThat(after.get("notUpheld").asLong()).isEqualTo(before.get("notUpheld").asLong() + 1);
    assertThat(after.at("/notUpheldByLevel/1").asLong()).isEqualTo(before.at("/notUpheldByLevel/1").asLong() + 1);
    assertThat(after.get("resolved").asLong()).as("not upheld is not resolved")
        .isEqualTo(before.get("resolved").asLong());

    fireTimer(id, "Event_SurveyDelayElapsed");
    assertThat(letter(id, "SURVEY")).contains("We recently gave you our decision on your complaint",
        "a supervisor will review our decision").doesNotContain("Did our answer settle it");
    assertThat(post("/api/surveys/" + surveyToken(id), null, "{\"score\":1,\"comment\":\"I disagree\"}").status())
        .isEqualTo(204);
    runDueJobs();
    assertThat(letter(id, "LOW_SCORE_ACKNOWLEDGEMENT")).contains("our decision has not satisfied you",
        "A supervisor will review it");
    assertThat(openTasks(id)).contains("Task_FollowUpDissatisfiedCustomer@supervisors");
  }

  @Test
  void aSupervisorsNoIsReviewedByTheExecutiveOfficeWhenTheCustomerDisagrees() {
    String id = submitAndSettle(KETTLE_COMPLAINT.replace("C-1001", "C-1002").replace("O-5001", "O-5002"));
    assertThat(event(id, "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}").status()).isEqualTo(202);
    runDueJobs();
    assertThat(completeTask(openTask(id).getId(), "sam", notUpheld(REASONS)).status()).isEqualTo(204);
    runDueJobs();
    assertThat(letter(id, "NOT_UPHELD")).contains("ask our executive office to review it")
        .doesNotContain("ask for a supervisor");

    fireTimer(id, "Event_SurveyDelayElapsed");
    assertThat(letter(id, "SURVEY")).contains("our executive office will review our decision");
    assertThat(post("/api/surveys/" + surveyToken(id), null, "{\"score\":2}").status()).isEqualTo(204);
    runDueJobs();
    assertThat(letter(id, "LOW_SCORE_ACKNOWLEDGEMENT")).contains("Our executive office will review it");
    assertThat(openTasks(id)).contains("Task_ReviewDecisionAsExecutiveOffice@executive-office")
        .doesNotContain("Task_FollowUpDissatisfiedCustomer@supervisors");

    String review = openTask(id).getId();
    assertThat(taskService.createTaskQuery().taskId(review).singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_ReviewDecisionAsExecutiveOffice");
    assertThat(completeTask(review, "erin", """
        {"followUpMessage":{"value":"I have reviewed the decision with the team; it stands."},
         "goodwillType":{"value":"NONE"}}""").status()).isEqualTo(204);
    runDueJobs();
    assertThat(letter(id, "FOLLOW_UP")).contains("this is our final answer", "Universalschlichtungsstelle des Bundes",
        "The Executive Office").doesNotContain("ask for our executive office");
    JsonNode closed = complaint(id);
    assertThat(closed.get("closeReason").asText()).isEqualTo("FOLLOWED_UP");
    assertThat(closed.get("resolution").get("outcome").asText()).as("the answer stays on record")
        .isEqualTo("NOT_UPHELD");
  }

  @Test
  void theExecutiveOfficesNoNamesTheOutsideBodies() {
    String id = submitAndSettle(KETTLE_COMPLAINT.replace("C-1001", "C-1003").replace("O-5001", "O-5003"));
    assertThat(event(id, "{\"type\":\"CUSTOMER_SELF_ESCALATED\",\"channel\":\"EXECUTIVE_LETTER\"}").status()).isEqualTo(202);
    runDueJobs();
    assertThat(complaint(id).get("level").asInt()).isEqualTo(4);
    assertThat(completeTask(openTask(id).getId(), "erin", notUpheld(REASONS)).status())
        .as("level 4 may say no without going beyond level 3").isEqualTo(204);
    runDueJobs();
    assertThat(letter(id, "NOT_UPHELD")).contains("This is our final answer",
        "Universalschlichtungsstelle des Bundes", "https://www.universalschlichtungsstelle.de", "The Executive Office");
    assertThat(count("SELECT COUNT(*) FROM fulfilment WHERE complaint_id = ?", id)).isZero();
  }
}
