package com.complaintdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.complaintdesk.policy.MigrationRequest;
import com.complaintdesk.policy.MigrationRun;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Complaints open on the escalation path as released before the redraw (1.0.0: one task per level with its
 * boundary events) move to the redrawn path (2.x: a subprocess per level) with their tasks, deadlines, reminders
 * and waits.
 */
class EscalationMigrationProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = engineWithCoverage(0.0);

  ProcessDefinition previous;
  ProcessDefinition latest;

  @BeforeEach
  void deployBothVersions() {
    repositoryService().createDeployment().addClasspathResource("models/complaint-escalation-1.0.0.bpmn").deploy();
    previous = repositoryService().createProcessDefinitionQuery().processDefinitionKey("complaint-escalation")
        .latestVersion().singleResult();
  }

  void deployLatest() {
    repositoryService().createDeployment().addClasspathResource("processes/complaint-escalation.bpmn").deploy();
    latest = repositoryService().createProcessDefinitionQuery().processDefinitionKey("complaint-escalation")
        .latestVersion().singleResult();
  }

  @AfterEach
  void removeDeployments() {
    repositoryService().createDeploymentQuery().list()
        .forEach(d -> repositoryService().deleteDeployment(d.getId(), true, true));
  }

  ProcessInstance startOnPrevious(int level) {
    Map<String, Object> variables = complaintVariables();
    variables.put("startLevel", level);
    variables.put("informSupervisor", false);
    variables.put("escalationReason", "TRIAGE");
    ProcessInstance pi = runtimeService().startProcessInstanceById(previous.getId(), COMPLAINT_ID, variables);
    assertThat(pi).isStarted();
    runAsyncContinuations();
    return pi;
  }

  /** The release's own plan, as docs/models.md shows it and an analyst sends it to POST /api/models/migrations. */
  List<String> migrate() {
    return MigrationRun.run(processEngine(), List.of(previous), latest, release().effectiveSteps(), MigrationRun.DIRECT)
        .refused().stream().map(Object::toString).toList();
  }

  static MigrationRequest release() {
    try {
      return new ObjectMapper().readValue(Path.of("docs/migrations/complaint-escalation-1.0.0-to-2.0.0.json").toFile(),
          MigrationRequest.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aComplaintAtAnyLevelKeepsItsTaskDeadlineAndReminder() {
    ProcessInstance pi = startOnPrevious(1);
    String taskId = task().getId();
    Date deadline = timerJob("BoundaryEvent_Level1DeadlinePassed").getDuedate();
    Date reminder = timerJob("BoundaryEvent_Level1DeadlineNear").getDuedate();
    deployLatest();

    assertThat(migrate()).isEmpty();

    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(latest.getId());
    assertThat(task().getId()).as("the same task, claimed or not").isEqualTo(taskId);
    assertThat(timerJob("BoundaryEvent_Level1DeadlinePassed").getDuedate()).isEqualTo(deadline);
    assertThat(timerJob("BoundaryEvent_Level1DeadlineNear").getDuedate()).isEqualTo(reminder);
    runtimeService().correlateMessage("CustomerRequestedSupervisor", COMPLAINT_ID);
    runAsyncContinuations();
    assertThat(pi).isWaitingAt("Task_ResolveAsSupervisor");
  }

  @Test
  void aComplaintWaitingForTheCustomerKeepsWaitingAtItsLevel() {
    ProcessInstance pi = startOnPrevious(2);
    complete(task(), withVariables("outcome", "NEED_INFORMATION", "informationRequest", "A photo, please"));
    runAsyncContinuations();
    assertThat(pi).isWaitingAt("Gateway_CustomerResponse");
    Date window = timerJob("Event_CustomerReplyWindowClosed").getDuedate();
    deployLatest();

    assertThat(migrate()).isEmpty();

    assertThat(pi).isWaitingAt("Gateway_Level2CustomerResponse");
    assertThat(timerJob("Event_Level2NoReplyInTime").getDuedate()).isEqualTo(window);
    runtimeService().correlateMessage("CustomerReplied", COMPLAINT_ID);
    assertThat(pi).isWaitingAt("Task_ResolveAsExpert");
  }

  @Test
  void aComplaintAtTheExecutiveOffice() {
    ProcessInstance pi = startOnPrevious(3);
    runtimeService().correlateMessage("CustomerSelfEscalated", COMPLAINT_ID);
    runAsyncContinuations();
    assertThat(pi).isWaitingAt("Task_RespondAsExecutiveOffice");
    deployLatest();

    String taskId = task().getId();
    Date overdue = timerJob("BoundaryEvent_Level4DeadlinePassed").getDuedate();

    assertThat(migrate()).isEmpty();

    assertThat(pi).isWaitingAt("Task_RespondAsExecutiveOffice");
    assertThat(task().getId()).isEqualTo(taskId);
    assertThat(timerJob("BoundaryEvent_Level4DeadlinePassed").getDuedate()).isEqualTo(overdue);
    complete(task(), withVariables("outcome", "RESOLVED", "resolutionType", "REFUND", "resolutionAmount", 100,
        "customerMessage", "We refund it."));
    assertThat(pi).isEnded().hasPassed("Task_RecordExecutiveOfficeResolution");
  }

  /** 2.1.0 sends reminders in the timer's own transaction; a 1.0.0 reminder still queued moves once it is sent. */
  @Test
  void aReminderOnItsWayOutIsRefusedUntilSentAndThenMoves() {
    ProcessInstance reminded = startOnPrevious(1);
    managementService().executeJob(timerJob("BoundaryEvent_Level1DeadlineNear").getId());
    assertThat(managementService().createJobQuery().activityId("Task_RemindLevel1").count()).isOne();
    deployLatest();

    assertThat(migrate()).singleElement().asString().contains(reminded.getId(), "Task_RemindLevel1");
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(reminded.getId()).singleResult()
        .getProcessDefinitionId()).as("left where it was").isEqualTo(previous.getId());

    runAsyncContinuations();
    assertThat(reminded).hasPassed("EndEvent_Level1ReminderSent").isWaitingAt("Task_ResolveAtFrontLine");
    assertThat(migrate()).isEmpty();
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(reminded.getId()).singleResult()
        .getProcessDefinitionId()).isEqualTo(latest.getId());
  }

  /** docs/models.md: a supervisor on a complaint still on a version without the referral is refused, not stuck. */
  @Test
  void anOutcomeOnlyANewerVersionRoutesIsRefusedOnAnOlderOne() throws IOException {
    previous = deploy(Files.readString(Path.of("processes/complaint-escalation.bpmn"))
        .replace("&#x27;REFER_TO_EXECUTIVE_OFFICE&#x27;", "&#x27;NOT_IN_THIS_VERSION&#x27;"));
    ProcessInstance pi = startOnPrevious(3);
    String taskId = task().getId();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(),
            withVariables("outcome", "REFER_TO_EXECUTIVE_OFFICE", "referralReason", "Beyond my authority.")))
        .isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
        .hasMessageContaining("earlier version of the escalation path");
    assertThat(pi).isWaitingAt("Task_ResolveAsSupervisor");
    assertThat(task().getId()).isEqualTo(taskId);
  }

  /** docs/models.md's typical change: the expert task renamed, a second reminder added to it. */
  @Test
  void aRenamedTaskWithAnAddedReminderKeepsItsTaskAndDeadlineAndGetsTheNewReminder() throws IOException {
    previous = deploy(Files.readString(Path.of("processes/complaint-escalation.bpmn")));
    ProcessInstance pi = startOnPrevious(2);
    String taskId = task().getId();
    Date deadline = timerJob("BoundaryEvent_Level2DeadlinePassed").getDuedate();
    latest = deploy(Files.readString(Path.of("processes/complaint-escalation.bpmn"))
        .replace("Task_ResolveAsExpert", "Task_ResolveAsProductExpert")
        .replace("<bpmn:endEvent id=\"EndEvent_Level2ReminderSent\"", """
            <bpmn:boundaryEvent id="BoundaryEvent_Level2FinalReminder" name="Deadline very near" \
            attachedToRef="Task_ResolveAsProductExpert" cancelActivity="false">
              <bpmn:outgoing>SequenceFlow_Level2FinalReminderNoted</bpmn:outgoing>
              <bpmn:timerEventDefinition><bpmn:timeDate>${levelDueAt}</bpmn:timeDate></bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:endEvent id="EndEvent_Level2FinalReminderNoted" name="Noted">
              <bpmn:incoming>SequenceFlow_Level2FinalReminderNoted</bpmn:incoming>
            </bpmn:endEvent>
            <bpmn:sequenceFlow id="SequenceFlow_Level2FinalReminderNoted" sourceRef="BoundaryEvent_Level2FinalReminder" \
            targetRef="EndEvent_Level2FinalReminderNoted" />
            <bpmn:endEvent id="EndEvent_Level2ReminderSent\"""".stripTrailing()));
    MigrationRequest renamed = new ObjectMapper().readValue("""
        {"process": "complaint-escalation",
         "instructions": [{"from": "Task_ResolveAsExpert", "to": "Task_ResolveAsProductExpert"}]}""",
        MigrationRequest.class);

    assertThat(MigrationRun.run(processEngine(), List.of(previous), latest, renamed.effectiveSteps(),
        MigrationRun.DIRECT).refused()).isEmpty();

    assertThat(pi).isWaitingAt("Task_ResolveAsProductExpert");
    assertThat(task().getId()).isEqualTo(taskId);
    assertThat(timerJob("BoundaryEvent_Level2DeadlinePassed").getDuedate()).isEqualTo(deadline);
    assertThat(timerJob("BoundaryEvent_Level2FinalReminder")).as("the added reminder is set").isNotNull();
  }

  ProcessDefinition deploy(String xml) {
    String id = repositoryService().createDeployment().addString("complaint-escalation.bpmn", xml).deploy().getId();
    return repositoryService().createProcessDefinitionQuery().deploymentId(id).singleResult();
  }

  @Test
  void theReleasePlanStillMovesEveryOlderVersionAfterAnotherDeployment() {
    ProcessDefinition first = previous;
    ProcessInstance onTheFirst = startOnPrevious(1);
    deployLatest();
    ProcessDefinition redrawn = latest;
    previous = redrawn;
    ProcessInstance onTheRedrawn = startOnPrevious(2);
    deployLatest();

    List<String> refused = MigrationRun.run(processEngine(), List.of(redrawn, first), latest, release().effectiveSteps(),
        MigrationRun.DIRECT)
        .refused().stream().map(Object::toString).toList();

    assertThat(refused).isEmpty();
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionId(latest.getId()).count()).isEqualTo(2);
    assertThat(onTheFirst).isWaitingAt("Task_ResolveAtFrontLine");
    assertThat(onTheRedrawn).isWaitingAt("Task_ResolveAsExpert");
  }

  @Test
  void onlyTheLatestVersionIsTheTarget() {
    ProcessInstance pi = startOnPrevious(1);
    deployLatest();
    assertThat(migrate()).isEmpty();
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionId(previous.getId()).count()).isZero();
    assertThat(pi).isWaitingAt("Task_ResolveAtFrontLine");
  }
}
