package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The customer's own moves, sent by the channels as events, and the deadlines that move a complaint up. */
class CustomerEventsApiTest extends AppTestSupport {


  @Test
  void aSupervisorRequestMovesALevelOneComplaintToLevelThree() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    assertThat(event(id, "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}").status()).isEqualTo(202);
    runDueJobs();
    JsonNode complaint = complaint(id);
    assertThat(complaint.get("level").asInt()).isEqualTo(3);
    assertThat(complaint.get("levelReason").asText()).isEqualTo("CUSTOMER_REQUESTED_SUPERVISOR");
    assertThat(levelTask(complaint).get("candidateGroups").get(0).asText()).isEqualTo("supervisors");
    assertThat(kinds(complaint)).contains("SUPERVISOR_REQUESTED", "ESCALATED_TO_LEVEL_3");

    Response again = event(id, "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}");
    assertThat(again.status()).as("already with a supervisor").isEqualTo(409);
  }

  @Test
  void aSelfEscalationReachesTheExecutiveOfficeFromAnyLevel() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    assertThat(event(id, "{\"type\":\"CUSTOMER_SELF_ESCALATED\",\"channel\":\"EXECUTIVE_LETTER\",\"message\":\"Dear CEO\"}")
        .status()).isEqualTo(202);
    runDueJobs();
    JsonNode complaint = complaint(id);
    assertThat(complaint.get("level").asInt()).isEqualTo(4);
    assertThat(levelTask(complaint).get("taskDefinitionKey").asText()).isEqualTo("Task_RespondAsExecutiveOffice");
    assertThat(complaint.get("communications").toString()).contains("Dear CEO", "executive office");
    assertThat(event(id, "{\"type\":\"CUSTOMER_SELF_ESCALATED\",\"channel\":\"SOCIAL_MEDIA\"}").status()).isEqualTo(409);
  }

  @Test
  void aPassedLevelOneDeadlineBringsInTheExpertAndTellsTheCustomerWhen() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    fireTimer(id, "BoundaryEvent_Level1DeadlinePassed");
    JsonNode complaint = complaint(id);
    assertThat(complaint.get("level").asInt()).isEqualTo(2);
    assertThat(complaint.get("levelReason").asText()).isEqualTo("DEADLINE_PASSED");
    assertThat(levelTask(complaint).get("candidateGroups").get(0).asText()).isEqualTo("experts-product");
    JsonNode notice = complaint.get("communications").get(complaint.get("communications").size() - 1);
    assertThat(notice.get("kind").asText()).isEqualTo("ESCALATED_TO_LEVEL_2");
    assertThat(notice.get("text").asText()).contains("experts", "You will have their answer by");
    JsonNode steps = complaint.get("escalations");
    assertThat(steps.get(steps.size() - 1).get("fromLevel").asInt()).isEqualTo(1);
  }

  @Test
  void aReplyWhileWeWaitResumesTheClockWithTheTimeThatWasLeft() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String taskId = openTask(id).getId();
    Date dueBefore = openTask(id).getDueDate();
    taskService.complete(taskId, java.util.Map.of("outcome", "NEED_INFORMATION",
        "informationRequest", "Could you send a photo of the base plate?"));
    runDueJobs();
    JsonNode waiting = complaint(id);
    assertThat(waiting.get("status").asText()).isEqualTo("AWAITING_CUSTOMER");
    assertThat(waiting.get("openTasks").toString()).doesNotContain("Task_ResolveAtFrontLine");
    assertThat(kinds(waiting)).contains("INFORMATION_REQUEST");

    Response reply = event(id, "{\"type\":\"CUSTOMER_REPLIED\",\"message\":\"Photo attached\"}");
    assertThat(reply.status()).isEqualTo(202);
    assertThat(reply.json().get("status").asText()).isEqualTo("APPLIED");
    JsonNode resumed = complaint(id);
    assertThat(levelTask(resumed).get("taskDefinitionKey").asText()).isEqualTo("Task_ResolveAtFrontLine");
    Date dueAfter = openTask(id).getDueDate();
    assertThat(Math.abs(dueAfter.getTime() - dueBefore.getTime()))
        .as("an immediate reply leaves the deadline where it was: the clock resumed, it did not restart")
        .isLessThan(60_000);
    assertThat(kinds(resumed)).contains("CUSTOMER_REPLY");
  }

  @Test
  void aReplyNobodyWaitedForIsAConflictAndChangesNothing() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    int before = complaint(id).get("communications").size();
    Response reply = event(id, "{\"type\":\"CUSTOMER_REPLIED\",\"message\":\"Any news?\"}");
    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    assertThat(reply.json().get("detail").asText()).contains("not waiting for a reply");
    assertThat(complaint(id).get("communications").size()).isEqualTo(before);
  }

  @Test
  void badEventsAreRefused() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    Response unknownType = event(id, "{\"type\":\"CUSTOMER_SANG\"}");
    assertThat(unknownType.status()).isEqualTo(400);
    assertThat(unknownType.json().get("errors").get(0).get("field").asText()).isEqualTo("type");
    assertThat(event(id, "{\"type\":\"CUSTOMER_SELF_ESCALATED\"}").status()).as("channel missing").isEqualTo(400);
    assertThat(event("CMP-19990101-NOTTHERE", "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}").status()).isEqualTo(404);
    assertThat(event(id, "{\"type\":\"CUSTOMER_REPLIED\",\"message\":\"" + "m".repeat(5001) + "\"}").status())
        .as("messages up to 5,000 characters").isEqualTo(400);
  }

  @Test
  void eventsOnAClosedComplaintAreAConflict() {
    String id = submitAndSettle(KETTLE_COMPLAINT.replace("PRODUCT_DEFECT", "SERVICE"));
    jdbc.sql("UPDATE complaint SET status = 'CLOSED' WHERE id = ?").param(id).update();
    Response response = event(id, "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}");
    assertThat(response.status()).isEqualTo(409);
    assertThat(response.json().get("detail").asText()).contains("closed");
  }
}
