package com.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.complaintdesk.investigation.LookupFailedException;
import com.complaintdesk.resolution.FollowUp;
import com.complaintdesk.resolution.ResolutionRejectedException;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.QueryTimeoutException;

@Deployment(resources = {"processes/complaint-resolution.bpmn", "processes/complaint-escalation.bpmn",
    "processes/complaint-triage.dmn"})
class ComplaintResolutionProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = engineWithCoverage(1.0, "complaint-escalation");

  ProcessInstance submit() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("complaint-resolution", COMPLAINT_ID,
        complaintVariables());
    assertThat(pi).isStarted();
    runAsyncContinuations();
    return pi;
  }

  Task levelTask() {
    return taskService().createTaskQuery().processInstanceBusinessKey(COMPLAINT_ID).singleResult();
  }

  ProcessInstance resolvedAndSurveyed(String type, int amount) {
    ProcessInstance pi = submit();
    complete(levelTask(), withVariables("outcome", "RESOLVED", "resolutionType", type, "resolutionAmount", amount,
        "customerMessage", "We are sorry: here is what we will do."));
    runAsyncContinuations();
    assertThat(pi).isWaitingAt("Event_SurveyDelayElapsed");
    execute(timerJob("Event_SurveyDelayElapsed"));
    runAsyncContinuations();
    assertThat(pi).isWaitingAt("Gateway_SurveyAnswered");
    return pi;
  }

  @Test
  void acknowledgesInvestigatesTriagesAndHandsTheComplaintToTheEscalationPath() {
    ProcessInstance pi = submit();
    verify(acknowledgements).acknowledge(COMPLAINT_ID);
    verify(investigations).investigate(COMPLAINT_ID);
    verify(triage).apply(eq(COMPLAINT_ID), argThat(answer -> "MEDIUM".equals(answer.getEntry("priority"))));
    HistoricDecisionInstance decision = historyService().createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
        .includeInputs().includeOutputs().singleResult();
    assertThat(decision.getDecisionDefinitionKey()).as("Cockpit shows the triage of each complaint").isEqualTo("complaint-triage");
    assertThat(decision.getActivityId()).isEqualTo("Task_TriageComplaint");
    assertThat(decision.getInputs()).extracting(HistoricDecisionInputInstance::getValue)
        .contains("PRODUCT_DEFECT", "STANDARD");
    assertThat(pi).isWaitingAt("CallActivity_ResolveComplaint").hasPassed("Gateway_RecurringProblemJoin")
        .hasNotPassed("Task_RequestRecurringProblemReview")
        .variables().containsOnlyKeys("complaintId", "recurring", "startLevel", "informSupervisor", "escalationReason")
        .containsEntry("recurring", false).containsEntry("startLevel", 1);
    assertThat(levelTask().getTaskDefinitionKey()).isEqualTo("Task_ResolveAtFrontLine");
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(COMPLAINT_ID).count())
        .as("the escalation path runs under the complaint id too").isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"REPLACEMENT", "REFUND", "DISCOUNT", "REPAIR", "APOLOGY"})
  void aSatisfiedCustomerClosesTheComplaint(String offerType) {
    ProcessInstance pi = resolvedAndSurveyed(offerType, 20);
    verify(levelDecisions).decide(eq(COMPLAINT_ID), anyString(), argThat(d -> d.resolutionType().equals(offerType)
        && d.resolutionAmount().compareTo(new BigDecimal("20")) == 0), any());
    verify(resolutions).record(COMPLAINT_ID, DECISION_ID);
    verify(resolutions).communicate(COMPLAINT_ID);
    verify(resolutions).carryOut(COMPLAINT_ID);
    verify(surveys).send(COMPLAINT_ID);

    runtimeService().correlateMessage("SurveyAnswered", COMPLAINT_ID, Map.of("surveyScore", 4));
    assertThat(pi).isEnded().hasPassed("EndEvent_ComplaintClosed");
    verify(lifecycle).close(COMPLAINT_ID, "SATISFIED");
    verify(reviews, never()).request(anyString(), anyString());
  }

  @Test
  void aDissatisfiedCustomerReopensTheComplaintForASupervisorAndStartsAnImprovementReview() {
    ProcessInstance pi = resolvedAndSurveyed("REFUND", 20);
    runtimeService().correlateMessage("SurveyAnswered", COMPLAINT_ID, Map.of("surveyScore", 2));
    runAsyncContinuations();
    verify(reviews).request(COMPLAINT_ID, "LOW_SATISFACTION");
    verify(lifecycle).reopen(COMPLAINT_ID);
    assertThat(pi).isWaitingAt("Task_FollowUpDissatisfiedCustomer");
    assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(pi)).hasCandidateGroup("supervisors");

    complete(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(pi),
        withVariables("followUpMessage", "I have personally arranged a new kettle.", "goodwillType", "DISCOUNT",
            "goodwillAmount", 15));
    runAsyncContinuations();
    verify(followUps).decide(eq(COMPLAINT_ID), anyString(), eq(new FollowUp("I have personally arranged a new kettle.",
        "DISCOUNT", new BigDecimal("15"))), any());
    verify(resolutions).followUp(COMPLAINT_ID, FOLLOW_UP_ID);
    assertThat(pi).isEnded().hasPassed("EndEvent_ClosedAfterFollowUp");
    verify(lifecycle).close(COMPLAINT_ID, "FOLLOWED_UP");
  }

  /** Issue 22, case 1: a complaint not upheld is answered and surveyed, with nothing to carry out. */
  ProcessInstance notUpheldAndSurveyed(String... referralsFirst) {
    ProcessInstance pi = submit();
    for (String referral : referralsFirst) {
      complete(levelTask(), withVariables("outcome", referral));
      runAsyncContinuations();
    }
    complete(levelTask(), withVariables("outcome", "NOT_UPHELD", "customerMessage",
        "The kettle works as specified; our test found no fault."));
    runAsyncContinuations();
    assertThat(pi).isWaitingAt("Event_SurveyDelayElapsed").hasPassed("Task_CommunicateResolution",
        "Gateway_ComplaintUpheld", "Gateway_AnswerCarriedOut").hasNotPassed("Task_CarryOutResolution");
    verify(resolutions).record(COMPLAINT_ID, DECISION_ID);
    verify(resolutions).communicate(COMPLAINT_ID);
    verify(resolutions, never()).carryOut(anyString());
    execute(timerJob("Event_SurveyDelayElapsed"));
    runAsyncContinuations();
    verify(surveys).send(COMPLAINT_ID);
    return pi;
  }

  @Test
  void aComplaintNotUpheldAtTheFrontLineIsReviewedByASupervisorWhenTheCustomerDisagrees() {
    ProcessInstance pi = notUpheldAndSurveyed();
    runtimeService().correlateMessage("SurveyAnswered", COMPLAINT_ID, Map.of("surveyScore", 1));
    runAsyncContinuations();
    assertThat(pi).isWaitingAt("Task_FollowUpDissatisfiedCustomer");
    assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(pi)).hasCandidateGroup("supervisors");
  }

  @Test
  void aSupervisorsDecisionNotToUpholdIsReviewedByTheExecutiveOfficeWhenTheCustomerDisagrees() {
    ProcessInstance pi = notUpheldAndSurveyed("REFER_TO_SUPERVISOR");
    assertThat(pi).variables().containsEntry("outcome", "NOT_UPHELD").containsEntry("answeredAtLevel", 3);
    runtimeService().correlateMessage("SurveyAnswered", COMPLAINT_ID, Map.of("surveyScore", 2));
    runAsyncContinuations();
    assertThat(pi).isWaitingAt("Task_ReviewDecisionAsExecutiveOffice");
    Task review = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(pi);
    assertThat(review).hasCandidateGroup("executive-office");
    complete(review, withVariables("followUpMessage", "I have reviewed the decision; it stands, and here is why."));
    runAsyncContinuations();
    verify(resolutions).followUp(COMPLAINT_ID, FOLLOW_UP_ID);
    assertThat(pi).isEnded().hasPassed("Gateway_FollowedUp", "EndEvent_ClosedAfterFollowUp")
        .hasNotPassed("Task_FollowUpDissatisfiedCustomer");
  }

  @Test
  void withoutAnAnswerTheComplaintClosesAsNoFeedback() {
    ProcessInstance pi = resolvedAndSurveyed("REPLACEMENT", 79);
    execute(timerJob("Event_SurveyAnswerWindowClosed"));
    assertThat(pi).isEnded().hasPassed("EndEvent_ClosedWithoutFeedback");
    verify(surveys).expire(COMPLAINT_ID);
    verify(lifecycle).close(COMPLAINT_ID, "NO_FEEDBACK");
  }

  @Test
  void aRecurringProblemStartsAnImprovementReviewWithoutHoldingUpTheComplaint() {
    when(investigations.investigate(anyString())).thenReturn(report(true));
    ProcessInstance pi = submit();
    verify(reviews).request(COMPLAINT_ID, "RECURRING_PROBLEM");
    assertThat(pi).hasPassed("Task_RequestRecurringProblemReview").isWaitingAt("CallActivity_ResolveComplaint");
  }

  @Test
  void aFailingLookupIsRetriedAndThenBecomesAnIncidentThatSaysWhatFailed() {
    when(investigations.investigate(anyString())).thenThrow(
        new LookupFailedException("order service (ERP)", new QueryTimeoutException("statement timeout")));
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("complaint-resolution", COMPLAINT_ID,
        complaintVariables());
    execute(managementService().createJobQuery().activityId("Task_AcknowledgeComplaint").singleResult());
    for (int attempt = 1; attempt <= 3; attempt++) {
      Job job = managementService().createJobQuery().activityId("Task_InvestigateComplaint").singleResult();
      assertThat(job.getRetries()).isEqualTo(4 - attempt);
      assertThatThrownBy(() -> managementService().executeJob(job.getId())).hasMessageContaining("timed out");
    }
    Incident incident = runtimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("Task_InvestigateComplaint");
    assertThat(incident.getIncidentMessage()).isEqualTo("Investigation lookup failed: order service (ERP) timed out");
    assertThat(pi).isActive().isWaitingAt("Task_InvestigateComplaint");
  }

  @Test
  void aServiceTaskThatFailsSaysWhichStepFailedInPlainWords() {
    when(acknowledgements.acknowledge(anyString())).thenThrow(new IllegalStateException("SQL [INSERT ...] broke"));
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("complaint-resolution", COMPLAINT_ID,
        complaintVariables());
    for (int attempt = 1; attempt <= 3; attempt++) {
      Job job = managementService().createJobQuery().activityId("Task_AcknowledgeComplaint").singleResult();
      assertThatThrownBy(() -> managementService().executeJob(job.getId())).hasMessageNotContaining("SQL");
    }
    assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult().getIncidentMessage())
        .isEqualTo("Acknowledge complaint failed: failed (IllegalStateException)");
  }

  @Test
  void aComplaintLoggedThroughTheStartFormIsRegisteredLikeARestComplaint() {
    when(intake.registerStarted(any(), any(), anyString(), any(), any())).thenReturn("CMP-20261122-FROMFORM");
    Map<String, Object> form = startForm();
    form.put("description", "d".repeat(10_000));
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("complaint-resolution", form);
    verify(intake).registerStarted(argThat(r -> r.channel().equals("PHONE") && r.customerId().equals("C-1001")
        && r.description().length() == 10_000), any(), eq(pi.getId()), any(), any());
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey()).isEqualTo("CMP-20261122-FROMFORM");
    assertThat(pi).variables().containsOnlyKeys("complaintId").containsEntry("complaintId", "CMP-20261122-FROMFORM");
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
        .extracting(v -> v.getName()).containsOnly("complaintId");
  }

  @Test
  void aStartFormCannotChooseTheComplaintId() {
    when(intake.registerStarted(any(), any(), anyString(), any(), any())).thenReturn("CMP-20261122-SERVERID");
    Map<String, Object> form = startForm();
    form.put("complaintId", COMPLAINT_ID);
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("complaint-resolution", "CMP-20261122-REUSED", form);
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getBusinessKey()).isEqualTo("CMP-20261122-SERVERID");
    assertThat(pi).variables().containsEntry("complaintId", "CMP-20261122-SERVERID");
  }

  @Test
  void aFollowUpBeyondTheSupervisorsAuthorityIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = resolvedAndSurveyed("REFUND", 20);
    runtimeService().correlateMessage("SurveyAnswered", COMPLAINT_ID, Map.of("surveyScore", 1));
    runAsyncContinuations();
    org.mockito.Mockito.doThrow(new ResolutionRejectedException("A goodwill REFUND of 10000 is beyond a supervisor's authority"))
        .when(followUps).decide(anyString(), anyString(), any(), any());
    String taskId = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(pi).getId();
    assertThatThrownBy(() -> taskService().complete(taskId, Map.of("followUpMessage", "Sorry", "goodwillType", "REFUND",
        "goodwillAmount", 10_000)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("beyond a supervisor");
    assertThat(pi).isWaitingAt("Task_FollowUpDissatisfiedCustomer");
    verify(resolutions, never()).followUp(anyString(), org.mockito.ArgumentMatchers.anyLong());
  }

  @Test
  void anInvalidStartFormIsRefusedAndNothingStarts() {
    Map<String, Object> form = startForm();
    form.put("customerEmail", "not-an-address");
    form.put("category", "WEATHER");
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey("complaint-resolution", form))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("category").hasMessageContaining("customerEmail");
    assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
  }
}
