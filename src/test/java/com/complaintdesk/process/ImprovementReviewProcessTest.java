package com.complaintdesk.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/improvement-review.bpmn")
class ImprovementReviewProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.Companion.builder(ProcessTestSupport.ENGINE_CONFIGURATION)
      .assertClassCoverageAtLeast(1.0).build();

  @Test
  void theQualityTeamReviewsTheRootCause() {
    ProcessInstance pi = runtimeService().createMessageCorrelation("ImprovementReviewRequested")
        .processInstanceBusinessKey(COMPLAINT_ID)
        .setVariables(Map.of("complaintId", COMPLAINT_ID, "customerDisplayName", "Dana Whitfield",
            "reviewReason", "RECURRING_PROBLEM"))
        .correlateStartMessage();
    assertThat(pi).isWaitingAt("Task_ReviewRootCause");
    assertThat(task()).hasCandidateGroup("quality-team");
    complete(task(), withVariables("rootCause", "Thermostat batch 42", "consultedTeam", "QUALITY_CONTROL",
        "correctiveAction", "Batch recalled; incoming inspection added", "procedureUpdated", true));
    assertThat(pi).isEnded();
  }
}
