package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.letters.LetterFormat;
import com.complaintdesk.letters.LetterWriter;
import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the customer reads (issue 21): their language, the right words, one promise date, the demo mailbox. */
class LettersApiTest extends AppTestSupport {

  @Autowired LetterWriter letters;

  private String letter(String complaintId, String kind) {
    return jdbc.sql("SELECT body FROM outbox_message WHERE complaint_id = ? AND kind = ? ORDER BY id DESC"
        + " FETCH FIRST 1 ROWS ONLY").params(complaintId, kind).query(String.class).single();
  }

  private String subject(String complaintId, String kind) {
    return jdbc.sql("SELECT subject FROM outbox_message WHERE complaint_id = ? AND kind = ? ORDER BY id DESC"
        + " FETCH FIRST 1 ROWS ONLY").params(complaintId, kind).query(String.class).single();
  }

  private String language(String complaintId) {
    return jdbc.sql("SELECT language FROM complaint WHERE id = ?").param(complaintId).query(String.class).single();
  }

  private String submit(String body, Map<String, String> headers) {
    Response created = post("/api/complaints", "webchannel", body, headers);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("complaintId").asText();
    runDueJobs();
    return id;
  }

  private String inEnglish(Instant instant) {
    return letters.format(Locale.ENGLISH).dateTime(instant);
  }

  @Test
  void theLanguageComesFromTheComplaintTheClientOrTheCustomerRecordAndOtherwiseTheDefault() {
    String stated = submitAndSettle(KETTLE_COMPLAINT.replace("\"channel\":\"EMAIL\",",
        "\"channel\":\"EMAIL\",\"language\":\"de\","));
    assertThat(language(stated)).isEqualTo("de");
    assertThat(subject(stated, "ACKNOWLEDGEMENT")).isEqualTo("Wir haben Ihre Beschwerde erhalten [" + stated + "]");
    assertThat(letter(stated, "ACKNOWLEDGEMENT")).startsWith("Guten Tag Dana Whitfield,")
        .contains("Ihrem Produkt „Aurora Electric Kettle 1.7 l“ (Bestellung O-5001)", "Mit freundlichen Grüßen")
        .doesNotContain("SKU-", "Dear");

    String fromHeader = submit(KETTLE_COMPLAINT, Map.of("Accept-Language", "fr-CH, de-AT;q=0.8, en;q=0.5"));
    assertThat(language(fromHeader)).as("the best language the desk writes").isEqualTo("de");

    String fromRecord = submitAndSettle(KETTLE_COMPLAINT.replace("C-1001", "C-1005")
        .replace("Dana Whitfield", "Jonas Becker").replace("dana@example.com", "jonas.becker@example.com"));
    assertThat(language(fromRecord)).as("the CRM's language for C-1005").isEqualTo("de");
    assertThat(letter(fromRecord, "ACKNOWLEDGEMENT")).startsWith("Guten Tag Jonas Becker,");

    String unsupported = submit(KETTLE_COMPLAINT.replace("\"channel\":\"EMAIL\",",
        "\"channel\":\"EMAIL\",\"language\":\"fr\","), Map.of("Accept-Language", "fr"));
    assertThat(language(unsupported)).as("not an error: the default").isEqualTo("en");
    assertThat(letter(unsupported, "ACKNOWLEDGEMENT")).startsWith("Dear Dana Whitfield,");

    int before = count("SELECT COUNT(*) FROM complaint");
    Response malformed = post("/api/complaints", "webchannel", KETTLE_COMPLAINT.replace("\"channel\":\"EMAIL\",",
        "\"channel\":\"EMAIL\",\"language\":\"<b>de</b>\","));
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body()).contains("language");
    assertThat(count("SELECT COUNT(*) FROM complaint")).isEqualTo(before);
  }

  @Test
  void aCustomerWithoutANameIsGreetedNeutrallyNeverByTheirCustomerId() {
    String id = submitAndSettle(KETTLE_COMPLAINT.replace("\"customerName\":\"Dana Whitfield\",", "")
        .replace("C-1001", "C-1007"));

    assertThat(letter(id, "ACKNOWLEDGEMENT")).startsWith("Dear customer,").doesNotContain("C-1007");
    assertThat(openTask(id).getName()).endsWith("· " + id);
  }

  @Test
  void aReferralSaysWhoHasTheCaseAndByWhenAndThatDateIsThePromise() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    fireTimer(id, "BoundaryEvent_Level1DeadlinePassed");
    runDueJobs();

    JsonNode complaint = complaint(id);
    assertThat(complaint.get("level").asInt()).isEqualTo(2);
    Instant due = Instant.parse(complaint.get("levelDueAt").asText());
    assertThat(Instant.parse(complaint.get("answerPromisedBy").asText())).as("one promise").isEqualTo(due);
    assertThat(letter(id, "ESCALATED_TO_LEVEL_2"))
        .contains("one of our product experts", "quality control", "by " + inEnglish(due) + " at the latest",
            "we apologise", "Aurora Electric Kettle 1.7 l", "order O-5001")
        .endsWith("Kind regards\nCustomer Care\nAurora Home Appliances");
  }

  @Test
  void theRequestForInformationSaysByWhenAndTheReplyIsAnsweredWithTheNewDate() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    taskService.complete(openTask(id).getId(), Map.of("outcome", "NEED_INFORMATION",
        "informationRequest", "Could you send a photo of the base plate?"));
    Instant asked = com.complaintdesk.complaint.EngineClock.instant();
    runDueJobs();

    String request = letter(id, "INFORMATION_REQUEST");
    assertThat(request).contains("Could you send a photo of the base plate?", "Please reply to this message by ");
    Instant replyBy = asked.plus(Duration.ofDays(7));
    assertThat(request).containsAnyOf(inEnglish(replyBy), inEnglish(replyBy.plusSeconds(60)));

    assertThat(event(id, "{\"type\":\"CUSTOMER_REPLIED\",\"message\":\"Photo attached\"}").status()).isEqualTo(202);
    runDueJobs();
    JsonNode complaint = complaint(id);
    Instant due = Instant.parse(complaint.get("levelDueAt").asText());
    assertThat(letter(id, "REPLY_RECEIVED")).contains("Thank you for the information", inEnglish(due));
    assertThat(Instant.parse(complaint.get("answerPromisedBy").asText())).isEqualTo(due);
  }

  @Test
  void aLowScoreIsAnsweredAtOnceWithTheDateASupervisorWillCall() {
    String id = surveyed();
    assertThat(post("/api/surveys/" + surveyToken(id), null, "{\"score\":1}").status()).isEqualTo(204);
    runDueJobs();

    Task followUp = taskService.createTaskQuery().processInstanceBusinessKey(id)
        .taskDefinitionKey("Task_FollowUpDissatisfiedCustomer").singleResult();
    Instant promised = Instant.parse(complaint(id).get("answerPromisedBy").asText());
    assertThat(Duration.between(promised, followUp.getDueDate().toInstant()).abs())
        .as("the date told is the follow-up task's due date").isLessThan(Duration.ofSeconds(1));
    assertThat(letter(id, "LOW_SCORE_ACKNOWLEDGEMENT")).contains("We are sorry", "A supervisor will contact you",
        inEnglish(promised)).endsWith("The Customer Care supervisors\nAurora Home Appliances");
  }

  @Test
  void amountsCarryTheOrdersCurrencyInOffersFormsAndLetters() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    assertThat(get("/api/complaints/" + id + "/offers", "carla").json().get("currency").asText()).isEqualTo("EUR");
    String taskId = openTask(id).getId();
    assertThat(formVariables(taskId, "carla").get("offersSummary").get("value").asText())
        .contains("REFUND up to €79.90").doesNotContainPattern("up to \\d");

    assertThat(completeTask(taskId, "carla", ComplaintLifecycleApiTest.resolution("REFUND", 20)).status())
        .isEqualTo(204);
    runDueJobs();
    assertThat(letter(id, "RESOLUTION")).contains("We will refund €20.00 to your original payment method");
  }

  @Test
  void theDemoMailboxShowsAdminWhatTheCustomerReadWithItsLinks() {
    String id = surveyed();
    String token = surveyToken(id);
    long surveyMail = jdbc.sql("SELECT id FROM outbox_message WHERE complaint_id = ? AND kind = 'SURVEY'").param(id)
        .query(Long.class).single();

    Response mailbox = get("/api/demo/mail", "admin");
    assertThat(mailbox.status()).isEqualTo(200);
    assertThat(mailbox.header("Content-Type")).startsWith("text/html");
    assertThat(mailbox.body()).contains("How did we do? [" + id + "]", "/api/demo/mail/" + surveyMail);

    Response mail = get("/api/demo/mail/" + surveyMail, "admin");
    assertThat(mail.body()).contains("/survey.html#token=" + token);
    assertThat(mail.header("Content-Security-Policy")).contains("sandbox", "default-src 'none'");
    assertThat(complaint(id).toString()).as("staff still never see the link").doesNotContain(token);

    for (String user : new String[] {"carla", "olga", "sam"}) {
      assertThat(get("/api/demo/mail", user).status()).as(user).isEqualTo(403);
    }
    assertThat(get("/api/demo/mail/999999999", "admin").status()).isEqualTo(404);
  }

  @Test
  void aGermanCustomerReadsEveryLetterOfTheirComplaintInGerman() {
    String id = submitAndSettle(KETTLE_COMPLAINT.replace("\"channel\":\"EMAIL\",",
        "\"channel\":\"EMAIL\",\"language\":\"de\","));
    assertThat(complaint(id).get("language").asText()).isEqualTo("de");
    fireTimer(id, "BoundaryEvent_Level1DeadlinePassed");
    runDueJobs();
    Instant due = Instant.parse(complaint(id).get("levelDueAt").asText());
    assertThat(letter(id, "ESCALATED_TO_LEVEL_2")).startsWith("Guten Tag Dana Whitfield,")
        .contains("Produktfachleute", "spätestens bis " + letters.format(Locale.GERMAN).dateTime(due))
        .endsWith("Mit freundlichen Grüßen\nIhr Kundenservice\nAurora Home Appliances");

    assertThat(completeTask(openTask(id).getId(), "ed", ComplaintLifecycleApiTest.resolution("REFUND", 20)).status())
        .isEqualTo(204);
    runDueJobs();
    assertThat(letter(id, "RESOLUTION")).containsPattern("Wir erstatten Ihnen 20,00\\h€").contains("Um den ");
    fireTimer(id, "Event_SurveyDelayElapsed");
    assertThat(letter(id, "SURVEY")).contains("Ist Ihr Anliegen damit erledigt?", "/survey.html#token=" + surveyToken(id));
  }
}
