package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.identity.CandidateGroupCheck;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * In the demo, only the product experts have members: the billing, logistics and service expert groups are
 * empty. Start warns about them, and a complaint for them goes to the generic experts at level 2.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoComplaintWithoutOwnerApiTest extends AppTestSupport {

  static final String BILLING_COMPLAINT = """
      {"customerId":"C-1001","customerName":"Dana Whitfield","customerEmail":"dana@example.com",
       "orderId":"O-5001","category":"BILLING","channel":"EMAIL",
       "description":"I was charged twice for my kettle."}""";

  @Autowired CandidateGroupCheck candidateGroups;

  @Test
  void startWarnsAboutEveryCandidateGroupWithoutMembers(CapturedOutput output) throws Exception {
    assertThat(candidateGroups.emptyGroups())
        .containsOnlyKeys("experts-billing", "experts-logistics", "experts-service")
        .containsEntry("experts-billing", "expert-directory");

    candidateGroups.run(null);

    assertThat(output.getOut()).contains("Candidate group 'experts-service' has no members");
    assertThat(output.getOut()).doesNotContain("Candidate group 'front-line' has no members");
  }

  @Test
  void aComplaintForAnEmptyExpertGroupGoesToTheGenericExpertsAndTheCustomerHearsWhichKind() {
    String id = submitAndSettle(BILLING_COMPLAINT);

    fireTimer(id, "BoundaryEvent_Level1DeadlinePassed");

    assertThat(openTask(id).getTaskDefinitionKey()).isEqualTo("Task_ResolveAsExpert");
    assertThat(taskService.getIdentityLinksForTask(openTask(id).getId())).extracting(IdentityLink::getGroupId)
        .containsExactly("experts");
    assertThat(get("/engine-rest/task?processInstanceBusinessKey=" + id, "ed").body()).contains(openTask(id).getId());
    String told = jdbc.sql("SELECT body FROM communication WHERE complaint_id = ? AND kind = 'ESCALATED_TO_LEVEL_2'")
        .param(id).query(String.class).single();
    assertThat(told).contains("one of our billing experts");
  }
}
