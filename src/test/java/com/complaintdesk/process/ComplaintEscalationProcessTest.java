package com.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.complaintdesk.complaint.EscalationReason;
import com.complaintdesk.resolution.ResolutionDecision;
import com.complaintdesk.resolution.ResolutionRejectedException;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import com.complaintdesk.department.DepartmentQuestion;
import java.time.Instant;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Deployment(resources = "processes/complaint-escalation.bpmn")
class ComplaintEscalationProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = engineWithCoverage(1.0);

  static final String[] LEVEL_TASKS = {null, "Task_ResolveAtFrontLine", "Task_ResolveAsExpert",
      "Task_ResolveAsSupervisor", "Task_RespondAsExecutiveOffice"};
  static final String[] LEVEL_GROUPS = {null, "front-line", "experts-product", "supervisors", "executive-office"};

  ProcessInstance startAt(int level) {
    Map<String, Object> variables = complaintVariables();
    variables.put("startLevel", level);
    variables.put("informSupervisor", false);
    variables.put("escalationReason", "TRIAGE");
    ProcessInstance pi = runtimeService().startProcessInstanceByKey("complaint-escalation", COMPLAINT_ID, variables);
    assertThat(pi).isStarted();
    runAsyncContinuations();
    return pi;
  }

  /** Reaches a level the way a complaint really does: triage, then referrals. */
  ProcessInstance reach(int level) {
    ProcessInstance pi = startAt(Math.min(level, 3));
    if (level == 4) {
        runtimeService().correlateMessage("CustomerSelfEscalated", COMPLAINT_ID);
      runAsyncContinuations();
    }
    return pi;
  }

  void assertAtLevel(ProcessInstance pi, int level) {
    assertThat(pi).isWaitingAt(LEVEL_TASKS[level]);
    assertThat(task()).hasCandidateGroup(LEVEL_GROUPS[level]).hasDueDate(Date.from(DUE));
    assertThat(task().getName()).contains(COMPLAINT_ID).contains("Dana Whitfield");
    assertThat(task().getPriority()).as("the complaint's HIGH priority").isEqualTo(70);
    assertThat(pi).variables().containsEntry("currentLevel", level).containsEntry("levelGroup", LEVEL_GROUPS[level]);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void triageDecidesTheStartingLevel(int level) {
    ProcessInstance pi = startAt(level);
    assertAtLevel(pi, level);
    verify(escalation).enterLevel(COMPLAINT_ID, level, EscalationReason.TRIAGE, false);
    assertThat(pi).variables().containsOnlyKeys("complaintId", "startLevel", "informSupervisor", "currentLevel",
        "levelGroup", "levelDueAt", "levelRemindAt", level == 2 ? "expertGroup" : "levelGroup");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void resolvingAtAnyLevelRecordsTheResolution(int level) {
    ProcessInstance pi = reach(level);
    String taskId = task().getId();
    complete(task(), withVariables("outcome", "RESOLVED", "resolutionType", "REFUND", "resolutionAmount", 50,
        "customerMessage", "We refund the kettle."));
    assertThat(pi).isEnded().hasPassed(level == 4 ? "Task_RecordExecutiveOfficeResolution" : "Task_RecordResolution");
    verify(levelDecisions).decide(COMPLAINT_ID, taskId, new ResolutionDecision("RESOLVED", "REFUND",
        new BigDecimal("50"), "We refund the kettle.", null, null, null), null);
    verify(resolutions).record(COMPLAINT_ID, DECISION_ID);
  }

  /** Issue 22, case 1: every level may decide that a complaint is not upheld; the path ends like a resolution. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void decidingNotUpheldAtAnyLevelEndsThePathWithTheReasons(int level) {
    ProcessInstance pi = reach(level);
    String taskId = task().getId();
    complete(task(), withVariables("outcome", "NOT_UPHELD", "customerMessage", "The kettle works as specified."));
    assertThat(pi).isEnded().hasPassed(level == 4 ? "Task_RecordExecutiveOfficeResolution" : "Task_RecordResolution");
    verify(levelDecisions).decide(COMPLAINT_ID, taskId, new ResolutionDecision("NOT_UPHELD", null, null,
        "The kettle works as specified.", null, null, null), null);
    verify(resolutions).record(COMPLAINT_ID, DECISION_ID);
  }

  /**
   * Issue 22, case 4: a level task asks a department; the question goes out and the task comes back at once, with
   * the deadline it had (the level's clock keeps running).
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void askingADepartmentBringsTheLevelTaskBackWithItsDeadline(int level) {
    ProcessInstance pi = reach(level);
    org.mockito.Mockito.when(departmentQuestions.ask(anyString(), anyString(), anyString(), any())).thenReturn(11L);
    org.mockito.Mockito.when(departmentQuestions.send(COMPLAINT_ID, 11L)).thenReturn(new DepartmentQuestion(11L,
        COMPLAINT_ID, level, "production", "Does batch 2026-11 have the thermostat fault?", "carla", Instant.now(),
        Instant.now(), DepartmentQuestion.PENDING, null, null, null));
    java.util.Date due = timerJob(deadlineTimer(level)).getDuedate();
    String first = task().getId();
    complete(task(), withVariables("outcome", "ASK_DEPARTMENT", "department", "production", "departmentQuestion",
        "Does batch 2026-11 have the thermostat fault?"));
    assertThat(pi).hasPassed("Task_Level" + level + "AskDepartment").isActive();
    verify(departmentQuestions).ask(COMPLAINT_ID, "production", "Does batch 2026-11 have the thermostat fault?", null);
    verify(departmentQuestions).send(COMPLAINT_ID, 11L);
    assertThat(task().getId()).as("the level task is back").isNotEqualTo(first);
    assertThat(timerJob(deadlineTimer(level)).getDuedate()).as("the clock kept running").isEqualTo(due);
    assertThat(pi).variables().doesNotContainKeys("outcome", "departmentQuestionId", "departmentQuestion");
    verify(levelDecisions, never()).decide(anyString(), anyString(), any(), any());
  }

  static String deadlineTimer(int level) {
    return "BoundaryEvent_Level" + level + "DeadlinePassed";
  }

  @Test
  void theDecisionsTextsAreStoredByTheAppAndNeverWrittenToTheEngine() {
    ProcessInstance pi = startAt(1);
    complete(task(), withVariables("outcome", "RESOLVED", "resolutionType", "REFUND", "resolutionAmount", 50,
        "customerMessage", "x".repeat(5000)));
    assertThat(pi).isEnded();
    for (String captured : List.of("resolutionType", "resolutionAmount", "customerMessage")) {
      assertThat(historyService().createHistoricVariableInstanceQuery().variableName(captured).count())
          .as(captured).isZero();
      assertThat(historyService().createHistoricDetailQuery().variableUpdates().list())
          .noneMatch(d -> captured.equals(((HistoricVariableUpdate) d).getVariableName()));
    }
    assertThat(historyService().createHistoricVariableInstanceQuery().variableName("decisionId").singleResult()
        .getValue()).isEqualTo(DECISION_ID);
  }

  @Test
  void aTaskLocalCopyOfADecisionFieldIsRefused() {
    ProcessInstance pi = startAt(1);
    String taskId = task().getId();
    taskService().setVariableLocal(taskId, "resolutionType", "APOLOGY");
    taskService().setVariableLocal(taskId, "resolutionAmount", 0);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(taskId,
            Map.of("outcome", "RESOLVED", "resolutionType", "REFUND", "resolutionAmount", 5000, "customerMessage", "x")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("task-local");
    assertThat(pi).isWaitingAt(LEVEL_TASKS[1]);
    verify(levelDecisions, never()).decide(anyString(), anyString(), any(), any());
  }

  @ParameterizedTest
  @CsvSource({"1, REFER_TO_EXPERT, 2", "1, REFER_TO_SUPERVISOR, 3", "2, REFER_TO_SUPERVISOR, 3",
      "3, REFER_TO_EXECUTIVE_OFFICE, 4"})
  void agentsReferUp(int from, String outcome, int to) {
    ProcessInstance pi = startAt(from);
    complete(task(), withVariables("outcome", outcome));
    runAsyncContinuations();
    assertAtLevel(pi, to);
    verify(escalation).enterLevel(COMPLAINT_ID, to, EscalationReason.valueOf(outcome), false);
    assertThat(pi).variables().doesNotContainKey("slaBreached");
  }

  @ParameterizedTest
  @CsvSource({"1, 2", "2, 3", "3, 4"})
  void aPassedDeadlineMovesTheComplaintUp(int from, int to) {
    ProcessInstance pi = startAt(from);
    execute(timerJob("BoundaryEvent_Level" + from + "DeadlinePassed"));
    runAsyncContinuations();
    assertAtLevel(pi, to);
    verify(escalation).enterLevel(COMPLAINT_ID, to, EscalationReason.DEADLINE_PASSED, false);
    assertThat(pi).hasPassed("BoundaryEvent_Level" + from + "DeadlinePassed");
    assertThat(pi).as("Cockpit: variable slaBreached = true").variables().containsEntry("slaBreached", true);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void aReminderGoesOutBeforeTheDeadlineAndTheTaskStays(int level) {
    ProcessInstance pi = reach(level);
    String taskId = task().getId();
    execute(timerJob("BoundaryEvent_Level" + level + "DeadlineNear"));
    runAsyncContinuations();
    assertThat(pi).isWaitingAt(LEVEL_TASKS[level]).hasPassed("EndEvent_Level" + level + "ReminderSent");
    assertThat(task().getId()).isEqualTo(taskId);
    verify(escalation).remind(eq(COMPLAINT_ID), eq(level), eq(LEVEL_GROUPS[level]), any(), any(), eq(false));
    assertThat(pi).as("a reminder is no breach").variables().doesNotContainKey("slaBreached");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void resolvingWhenTheReminderIsDueRecordsTheResolutionAndDropsTheReminder(int level) {
    ProcessInstance pi = reach(level);
    assertThat(timerJob("BoundaryEvent_Level" + level + "DeadlineNear")).as("due, not yet run").isNotNull();

    complete(task(), withVariables("outcome", "RESOLVED", "resolutionType", "REFUND", "resolutionAmount", 50,
        "customerMessage", "We refund the kettle."));

    verify(resolutions).record(COMPLAINT_ID, DECISION_ID);
    verify(escalation, never()).remind(any(), anyInt(), any(), any(), any(), anyBoolean());
    assertThat(pi).isEnded();
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void anOverdueExecutiveAnswerAlertsButKeepsTheTaskOpen() {
    ProcessInstance pi = reach(4);
    execute(timerJob("BoundaryEvent_Level4DeadlinePassed"));
    runAsyncContinuations();
    assertThat(pi).isWaitingAt(LEVEL_TASKS[4]).hasPassed("EndEvent_Level4OverdueAlerted");
    verify(escalation).remind(eq(COMPLAINT_ID), eq(4), eq("executive-office"), any(), any(), eq(true));
    assertThat(pi).variables().containsEntry("slaBreached", true);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void theCustomerMayAskForASupervisorAtLevelsOneAndTwo(int level) {
    ProcessInstance pi = startAt(level);
    runtimeService().correlateMessage("CustomerRequestedSupervisor", COMPLAINT_ID);
    runAsyncContinuations();
    assertAtLevel(pi, 3);
    verify(escalation).enterLevel(COMPLAINT_ID, 3, EscalationReason.CUSTOMER_REQUESTED_SUPERVISOR, false);
    assertThat(taskService().createTaskQuery().taskDefinitionKey(LEVEL_TASKS[level]).count()).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void aCustomerWhoEscalatesOutsideReachesTheExecutiveOffice(int level) {
    ProcessInstance pi = startAt(level);
    runtimeService().correlateMessage("CustomerSelfEscalated", COMPLAINT_ID);
    runAsyncContinuations();
    assertAtLevel(pi, 4);
    verify(escalation).enterLevel(COMPLAINT_ID, 4, EscalationReason.CUSTOMER_SELF_ESCALATED, false);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void askingTheCustomerPausesTheClockAndTheReplyResumesIt(int level) {
    ProcessInstance pi = startAt(level);
    complete(task(), withVariables("outcome", "NEED_INFORMATION", "informationRequest", "Which water do you use?"));
    runAsyncContinuations();
    assertThat(pi).isWaitingAt("Gateway_Level" + level + "CustomerResponse");
    verify(levelDecisions).decide(eq(COMPLAINT_ID), anyString(),
        eq(new ResolutionDecision("NEED_INFORMATION", null, null, null, null, null, "Which water do you use?")), any());
    verify(escalation).pauseForCustomer(COMPLAINT_ID, DUE, DECISION_ID);
    assertThat(pi).variables().containsEntry("levelTimeLeftMillis", Duration.ofHours(5).toMillis());

    runtimeService().correlateMessage("CustomerReplied", COMPLAINT_ID);
    assertThat(pi).isWaitingAt(LEVEL_TASKS[level]).hasPassed("Event_Level" + level + "CustomerReplied", "Task_Level" + level + "ResumeClock");
    verify(escalation).resumeAfterCustomer(eq(COMPLAINT_ID), eq(level), any(), eq(Duration.ofHours(5)));
    assertThat(pi).variables().doesNotContainKey("levelTimeLeftMillis");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void withoutAReplyTheClockResumesWhenTheReplyWindowCloses(int level) {
    ProcessInstance pi = startAt(level);
    complete(task(), withVariables("outcome", "NEED_INFORMATION", "informationRequest", "Photo please"));
    runAsyncContinuations();
    execute(timerJob("Event_Level" + level + "NoReplyInTime"));
    assertThat(pi).isWaitingAt(LEVEL_TASKS[level]).hasPassed("Event_Level" + level + "NoReplyInTime");
    verify(escalation).resumeAfterCustomer(eq(COMPLAINT_ID), eq(level), any(), eq(Duration.ofHours(5)));
  }

  @Test
  void whileWaitingForTheCustomerTheyMayStillAskForASupervisor() {
    ProcessInstance pi = startAt(1);
    complete(task(), withVariables("outcome", "NEED_INFORMATION", "informationRequest", "Photo please"));
    runAsyncContinuations();
    runtimeService().correlateMessage("CustomerRequestedSupervisor", COMPLAINT_ID);
    runAsyncContinuations();
    assertAtLevel(pi, 3);
    verify(escalation).enterLevel(COMPLAINT_ID, 3, EscalationReason.CUSTOMER_REQUESTED_SUPERVISOR, false);
  }

  @Test
  void whileWaitingForTheCustomerTheyMayStillEscalateOutside() {
    ProcessInstance pi = startAt(2);
    complete(task(), withVariables("outcome", "NEED_INFORMATION", "informationRequest", "Photo please"));
    runAsyncContinuations();
    runtimeService().correlateMessage("CustomerSelfEscalated", COMPLAINT_ID);
    runAsyncContinuations();
    assertAtLevel(pi, 4);
  }

  @Test
  void aDecisionBeyondTheLevelsAuthorityIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = startAt(1);
    doThrow(new ResolutionRejectedException("Offer REFUND of 500 is beyond level 1 authority"))
        .when(levelDecisions).decide(anyString(), anyString(), any(), any());
    String taskId = task().getId();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(taskId,
            Map.of("outcome", "RESOLVED", "resolutionType", "REFUND", "resolutionAmount", 500, "customerMessage", "x")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("beyond level 1 authority");
    assertThat(pi).isWaitingAt(LEVEL_TASKS[1]);
    verify(resolutions, never()).record(anyString(), anyLong());
    verify(escalation, never()).enterLevel(anyString(), eq(2), any(), anyBoolean());
  }
}
