package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Date;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/** A customer event that comes before the complaint can take it is kept and applied, never lost to timing. */
class CustomerEventTimingApiTest extends AppTestSupport {

  String submitted() {
    Response created = post("/api/complaints", "webchannel", KETTLE_COMPLAINT);
    assertThat(created.status()).isEqualTo(201);
    return created.json().get("complaintId").asText();
  }

  @Test
  void aSupervisorRequestDuringTheInvestigationStartsTheComplaintAtLevelThree() {
    String id = submitted();
    Response early = event(id, "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}");
    assertThat(early.status()).isEqualTo(202);
    assertThat(early.json().get("status").asText()).isEqualTo("PENDING");

    runDueJobs();
    JsonNode complaint = complaint(id);
    assertThat(complaint.get("level").asInt()).isEqualTo(3);
    assertThat(complaint.get("levelReason").asText()).isEqualTo("CUSTOMER_REQUESTED_SUPERVISOR");
    assertThat(complaint.get("escalations").size()).as("straight to level 3, no stop at level 1").isOne();
    assertThat(levelTask(complaint).get("candidateGroups").get(0).asText()).isEqualTo("supervisors");
    assertThat(applyPendingEvents()).as("nothing left to apply").isZero();
  }

  @Test
  void aSelfEscalationBeforeTheFirstLevelIsAppliedOnceTheLevelExists() {
    String id = submitted();
    assertThat(event(id, "{\"type\":\"CUSTOMER_SELF_ESCALATED\",\"channel\":\"REGULATOR\"}").json().get("status")
        .asText()).isEqualTo("PENDING");
    runDueJobs();
    assertThat(complaint(id).get("level").asInt()).isEqualTo(1);
    assertThat(applyPendingEvents()).isOne();
    runDueJobs();
    JsonNode complaint = complaint(id);
    assertThat(complaint.get("level").asInt()).isEqualTo(4);
    assertThat(complaint.get("levelReason").asText()).isEqualTo("CUSTOMER_SELF_ESCALATED");
    assertThat(applyPendingEvents()).isZero();
  }

  /** A passed deadline enters the next level in its own transaction: there is no moment between two levels. */
  @Test
  void aSupervisorRequestRightAfterADeadlinePassedIsAppliedAtTheNewLevel() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    Job deadline = managementService.createJobQuery().timers().activityId("BoundaryEvent_Level1DeadlinePassed").list()
        .stream().filter(j -> runtimeService.createProcessInstanceQuery().processInstanceId(j.getProcessInstanceId())
            .singleResult().getBusinessKey().equals(id)).findFirst().orElseThrow();
    managementService.setJobDuedate(deadline.getId(), new Date());
    managementService.executeJob(deadline.getId());
    assertThat(openTask(id).getTaskDefinitionKey()).isEqualTo("Task_ResolveAsExpert");
    assertThat(complaint(id).get("level").asInt()).isEqualTo(2);

    Response right = event(id, "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}");
    assertThat(right.status()).isEqualTo(202);
    assertThat(right.json().get("status").asText()).isEqualTo("APPLIED");
    runDueJobs();
    assertThat(complaint(id).get("level").asInt()).isEqualTo(3);
    assertThat(applyPendingEvents()).isZero();
  }

  @Test
  void anEventThatCanNoLongerApplyIsRefusedAtOnceNotKeptAndDropped() {
    String id = submitted();
    assertThat(event(id, "{\"type\":\"CUSTOMER_SELF_ESCALATED\",\"channel\":\"SOCIAL_MEDIA\"}").json().get("status")
        .asText()).isEqualTo("PENDING");
    Response again = event(id, "{\"type\":\"CUSTOMER_SELF_ESCALATED\",\"channel\":\"REGULATOR\"}");
    assertThat(again.status()).as("the same escalation again").isEqualTo(409);
    assertThat(again.json().get("detail").asText()).contains("already waiting to be applied");
    Response supervisor = event(id, "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}");
    assertThat(supervisor.status()).as("a supervisor behind the executive office").isEqualTo(409);
    assertThat(count("SELECT COUNT(*) FROM communication WHERE complaint_id = ? AND direction = 'INBOUND'", id))
        .as("a refused event leaves no trace").isOne();

    runDueJobs();
    assertThat(applyPendingEvents()).isOne();
    runDueJobs();
    assertThat(complaint(id).get("level").asInt()).isEqualTo(4);
    assertThat(applyPendingEvents()).isZero();
    assertThat(count("SELECT COUNT(*) FROM escalation_step WHERE complaint_id = ? AND to_level = 4", id))
        .as("the executive office once").isOne();
    assertThat(count("SELECT COUNT(*) FROM customer_event WHERE complaint_id = ?", id)).isOne();
  }
}
