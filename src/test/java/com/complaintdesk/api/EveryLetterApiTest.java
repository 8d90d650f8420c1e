package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A complaint's whole life, in each language the desk writes: every letter it sends the customer is in the
 * customer's language (the content is checked template by template in {@code LetterWriterTest}, and every
 * message of the run by {@code AppTestSupport}'s letter check).
 */
class EveryLetterApiTest extends AppTestSupport {

  private static final Map<String, String> GREETING = Map.of("en", "Dear Dana Whitfield,", "de",
      "Guten Tag Dana Whitfield,");

  private String inLanguage(String language) {
    return KETTLE_COMPLAINT.replace("\"channel\":\"EMAIL\",", "\"channel\":\"EMAIL\",\"language\":\"" + language + "\",");
  }

  private void complete(String complaintId, String user, String variables) {
    var response = completeTask(openTask(complaintId).getId(), user, variables);
    assertThat(response.status()).as(response.body()).isEqualTo(204);
    runDueJobs();
  }

  @ParameterizedTest(name = "in {0}")
  @ValueSource(strings = {"en", "de"})
  void everyLetterOfAComplaintsLifeIsInTheCustomersLanguage(String language) {
    String id = submitAndSettle(inLanguage(language));
    fireTimer(id, "BoundaryEvent_Level1DeadlinePassed");
    runDueJobs();
    complete(id, "ed", """
        {"outcome":{"value":"NEED_INFORMATION"},"informationRequest":{"value":"A photo of the type plate, please."}}""");
    assertThat(event(id, "{\"type\":\"CUSTOMER_REPLIED\",\"message\":\"Photo attached\"}").status()).isEqualTo(202);
    runDueJobs();
    complete(id, "ed", "{\"outcome\":{\"value\":\"REFER_TO_SUPERVISOR\"}}");
    complete(id, "sam", """
        {"outcome":{"value":"NEED_INFORMATION"},"informationRequest":{"value":"When did you buy it?"}}""");
    fireTimer(id, "Event_Level3NoReplyInTime");
    runDueJobs();
    complete(id, "sam", """
        {"outcome":{"value":"RESOLVED"},"resolutionType":{"value":"APOLOGY"},"resolutionAmount":{"value":0},
         "customerMessage":{"value":"Thank you for your patience."},"apology":{"value":"We are sorry."},
         "explanation":{"value":"A thermostat was faulty."}}""");
    fireTimer(id, "Event_SurveyDelayElapsed");
    assertThat(post("/api/surveys/" + surveyToken(id), null, "{\"score\":1}").status()).isEqualTo(204);
    runDueJobs();
    complete(id, "sam", """
        {"followUpMessage":{"value":"I have looked at your case again."},"goodwillType":{"value":"DISCOUNT"},
         "goodwillAmount":{"value":5}}""");
    String overTheirHeads = submitAndSettle(inLanguage(language));
    assertThat(event(overTheirHeads, "{\"type\":\"CUSTOMER_SELF_ESCALATED\",\"channel\":\"EXECUTIVE_LETTER\"}")
        .status()).isEqualTo(202);
    runDueJobs();
    // the executive office does not uphold it; the customer disagrees and the executive office reviews its no
    complete(overTheirHeads, "erin", """
        {"outcome":{"value":"NOT_UPHELD"},"customerMessage":{"value":"The kettle works as specified."}}""");
    fireTimer(overTheirHeads, "Event_SurveyDelayElapsed");
    assertThat(post("/api/surveys/" + surveyToken(overTheirHeads), null, "{\"score\":2}").status()).isEqualTo(204);
    runDueJobs();
    complete(overTheirHeads, "erin", """
        {"followUpMessage":{"value":"I have reviewed our decision; it stands."},"goodwillType":{"value":"NONE"}}""");

    List<Map<String, Object>> letters = jdbc.sql("SELECT kind, body, html_body FROM outbox_message"
        + " WHERE complaint_id IN (?, ?) AND kind <> 'STAFF_ALERT' ORDER BY id").params(id, overTheirHeads)
        .query().listOfRows();
    assertThat(letters).extracting(l -> l.get("kind")).containsExactly("ACKNOWLEDGEMENT", "ESCALATED_TO_LEVEL_2",
        "INFORMATION_REQUEST", "REPLY_RECEIVED", "ESCALATED_TO_LEVEL_3", "INFORMATION_REQUEST", "REPLY_WINDOW_CLOSED",
        "RESOLUTION", "SURVEY", "LOW_SCORE_ACKNOWLEDGEMENT", "FOLLOW_UP", "ACKNOWLEDGEMENT", "ESCALATED_TO_LEVEL_4",
        "NOT_UPHELD", "SURVEY", "LOW_SCORE_ACKNOWLEDGEMENT", "FOLLOW_UP");
    for (Map<String, Object> letter : letters) {
      assertThat((String) letter.get("html_body")).as("%s", letter.get("kind")).contains("<html lang=\"" + language + "\"");
      assertThat((String) letter.get("body")).as("%s", letter.get("kind")).startsWith(GREETING.get(language));
    }
  }
}
