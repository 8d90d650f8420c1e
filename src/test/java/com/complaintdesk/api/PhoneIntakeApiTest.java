package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22, case 8: a caller may have no e-mail address (a phone number reaches them, and the desk's letters become
 * calls), and the phone agent has the reference to read back before the caller hangs up.
 */
class PhoneIntakeApiTest extends AppTestSupport {

  static final String CALLER = """
      {"customerId":"C-1001","customerName":"Dana Whitfield","customerPhone":"+49 30 1234567",
       "orderId":"O-5001","productSku":"SKU-KETTLE-2","category":"PRODUCT_DEFECT","channel":"PHONE",
       "description":"The kettle switches off before the water boils."}""";

  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;

  @Test
  void aCallerWithoutEmailIsCalledWithEveryLetterAndGetsNoSurvey() {
    String id = submitAndSettle(CALLER);

    assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE complaint_id = ? AND kind <> 'STAFF_ALERT'", id))
        .as("nothing is mailed to a customer without an address").isZero();
    JsonNode complaint = complaint(id);
    assertThat(complaint.at("/customer/phone").asText()).isEqualTo("+49 30 1234567");
    assertThat(complaint.at("/customer/email").isMissingNode() || complaint.at("/customer/email").isNull()).isTrue();
    JsonNode acknowledgement = complaint.at("/communications/0");
    assertThat(acknowledgement.get("channel").asText()).isEqualTo("PHONE");
    assertThat(acknowledgement.get("kind").asText()).isEqualTo("ACKNOWLEDGEMENT");
    assertThat(acknowledgement.get("text").asText()).doesNotContain("upload").doesNotContain("link");
    String alert = jdbc.sql("SELECT body FROM outbox_message WHERE complaint_id = ? AND kind = 'STAFF_ALERT'"
        + " AND subject LIKE 'Call the customer%' ORDER BY id").param(id).query(String.class).list().get(0);
    assertThat(alert).contains("+49 30 1234567").contains("Dana Whitfield").contains("We have received your complaint");
    assertThat(count("SELECT COUNT(*) FROM upload_link WHERE complaint_id = ?", id)).isZero();

    assertThat(formVariables(openTask(id).getId(), "carla").at("/customerEmail/value").asText())
        .isEqualTo("No e-mail: call +49 30 1234567 (letters are read to the caller)");
    assertThat(completeTask(openTask(id).getId(), "carla", """
        {"outcome":{"value":"RESOLVED"},"resolutionType":{"value":"APOLOGY"},"resolutionAmount":{"value":0},
         "customerMessage":{"value":"Sorry."}}""").status()).isEqualTo(204);
    runDueJobs();
    fireTimer(id, "Event_SurveyDelayElapsed");

    assertThat(count("SELECT COUNT(*) FROM survey WHERE complaint_id = ?", id)).as("no survey by phone").isZero();
    assertThat(complaint(id).get("status").asText()).isEqualTo("AWAITING_FEEDBACK");
    assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE complaint_id = ? AND kind <> 'STAFF_ALERT'", id))
        .isZero();
  }

  @Test
  void onlyAPhoneComplaintMayComeWithoutEmailAndThenWithAPhoneNumber() {
    Response byEmail = post("/api/complaints", "webchannel", CALLER.replace("\"PHONE\"", "\"EMAIL\""));
    assertThat(byEmail.status()).isEqualTo(400);
    assertThat(byEmail.body()).contains("customerEmail").contains("customerPhone instead");

    Response noNumber = post("/api/complaints", "webchannel", CALLER.replace("\"customerPhone\":\"+49 30 1234567\",", ""));
    assertThat(noNumber.status()).isEqualTo(400);
    assertThat(noNumber.body()).contains("customerEmail");

    Response badNumber = post("/api/complaints", "webchannel", CALLER.replace("+49 30 1234567", "call me later"));
    assertThat(badNumber.status()).isEqualTo(400);
    assertThat(badNumber.body()).contains("customerPhone");

    Response tooLong = post("/api/complaints", "webchannel", CALLER.replace("+49 30 1234567", "+49 " + "1".repeat(40)));
    assertThat(tooLong.status()).isEqualTo(400);
  }

  @Test
  void theStartFormShowsTheReferenceBeforeStartAndOneFormLogsOneComplaint() {
    WebappSession carla = WebappSession.login(port, "carla", "demo");
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaint-resolution")
        .latestVersion().singleResult().getId();
    Response form = carla.engine("GET", "process-definition/" + definition + "/deployed-start-form", null);
    assertThat(form.status()).isEqualTo(200);
    String reference = referenceIn(form.json());
    assertThat(reference).matches("CMP-\\d{8}-[0-9A-Z]{8}");
    assertThat(referenceIn(carla.engine("GET", "process-definition/" + definition + "/deployed-start-form", null)
        .json())).as("each form its own").isNotEqualTo(reference);

    String submit = "process-definition/" + definition + "/submit-form";
    String variables = """
        {"variables":{"complaintReference":{"value":"%s"},"customerId":{"value":"C-1001"},
         "customerName":{"value":"Dana Whitfield"},"customerPhone":{"value":"+49 30 1234567"},
         "category":{"value":"PRODUCT_DEFECT"},"channel":{"value":"PHONE"},"severity":{"value":"MEDIUM"},
         "description":{"value":"Switches off early."}}}""".formatted(reference);
    Response started = carla.engine("POST", submit, variables);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(count("SELECT COUNT(*) FROM complaint WHERE id = ?", reference)).isEqualTo(1);
    assertThat(complaint(reference).get("createdBy").asText()).isEqualTo("carla");

    Response again = carla.engine("POST", submit, variables);
    assertThat(again.status()).as("a second Start of the same form").isEqualTo(400);
    assertThat(again.body()).contains("logged already as " + reference);
    assertThat(count("SELECT COUNT(*) FROM complaint WHERE customer_phone = ? AND created_by = 'carla'"
        + " AND description = 'Switches off early.'", "+49 30 1234567")).isEqualTo(1);

    // a reference reserved for another agent is not carla's to use: her complaint gets an id of its own
    WebappSession frank = WebappSession.login(port, secondFrontLineAgent(), "demo");
    String franksReference = referenceIn(frank.engine("GET", "process-definition/" + definition
        + "/deployed-start-form", null).json());
    Response borrowed = carla.engine("POST", submit, variables.replace(reference, franksReference));
    assertThat(borrowed.status()).as(borrowed.body()).isEqualTo(200);
    assertThat(count("SELECT COUNT(*) FROM complaint WHERE id = ?", franksReference)).isZero();
  }

  private String secondFrontLineAgent() {
    if (identityService.createUserQuery().userId("frank").count() == 0) {
      User user = identityService.newUser("frank");
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership("frank", "front-line");
    }
    return "frank";
  }

  private static String referenceIn(JsonNode form) {
    List<JsonNode> found = form.findParents("key").stream()
        .filter(c -> c.get("key").asText().equals("complaintReference")).toList();
    assertThat(found).as(form.toString()).hasSize(1);
    return found.get(0).path("defaultValue").asText();
  }
}
