package com.complaintdesk.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

import com.complaintdesk.resolution.ResolutionRejectedException;
import com.complaintdesk.survey.ReviewFindings;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/improvement-review.bpmn")
class ImprovementReviewProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = engineWithCoverage(1.0);

  @Test
  void theQualityTeamReviewsTheRootCause() {
    ProcessInstance pi = runtimeService().createMessageCorrelation("ImprovementReviewRequested")
        .processInstanceBusinessKey(COMPLAINT_ID)
        .setVariables(Map.of("complaintId", COMPLAINT_ID, "reviewId", 3L, "reviewReason", "RECURRING_PROBLEM"))
        .correlateStartMessage();
    assertThat(pi).isWaitingAt("Task_ReviewRootCause");
    assertThat(task()).hasCandidateGroup("quality-team");
    complete(task(), withVariables("rootCause", "Thermostat batch 42", "consultedTeam", "QUALITY_CONTROL",
        "correctiveAction", "Batch recalled; incoming inspection added", "procedureUpdated", true));
    assertThat(pi).isEnded();
    verify(reviews).complete(COMPLAINT_ID, 3L, new ReviewFindings("Thermostat batch 42", "QUALITY_CONTROL",
        "Batch recalled; incoming inspection added", true), null);
  }

  @Test
  void incompleteFindingsAreRefusedAndTheReviewStaysOpen() {
    ProcessInstance pi = runtimeService().createMessageCorrelation("ImprovementReviewRequested")
        .processInstanceBusinessKey(COMPLAINT_ID)
        .setVariables(Map.of("complaintId", COMPLAINT_ID, "reviewId", 3L, "reviewReason", "LOW_SATISFACTION"))
        .correlateStartMessage();
    doThrow(new ResolutionRejectedException("rootCause is required: the root cause found"))
        .when(reviews).complete(anyString(), anyLong(), any(), any());
    String taskId = task(pi).getId();
    assertThatThrownBy(() -> taskService().complete(taskId, Map.of("consultedTeam", "PRODUCTION")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("rootCause is required");
    assertThat(pi).isWaitingAt("Task_ReviewRootCause");
  }
}
