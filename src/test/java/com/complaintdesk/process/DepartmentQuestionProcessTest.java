package com.complaintdesk.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.complaintdesk.complaint.ProcessVariables;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Issue 22, case 4: a department answers the desk's question in its own task, by its own deadline. */
@Deployment(resources = "processes/department-question.bpmn")
class DepartmentQuestionProcessTest extends ProcessTestSupport {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = engineWithCoverage(1.0);

  static final Date DUE = Date.from(Instant.parse("2030-01-08T16:00:00Z"));

  ProcessInstance asked() {
    ProcessInstance pi = runtimeService().startProcessInstanceByMessage("DepartmentQuestionAsked", COMPLAINT_ID,
        Map.of(ProcessVariables.COMPLAINT_ID, COMPLAINT_ID, ProcessVariables.DEPARTMENT_QUESTION_ID, 11L,
            ProcessVariables.DEPARTMENT_GROUP, "production", ProcessVariables.DEPARTMENT_DUE_AT, DUE));
    assertThat(pi).isWaitingAt("Task_AnswerDepartmentQuestion");
    assertThat(task(pi)).hasCandidateGroup("production").hasDueDate(DUE);
    return pi;
  }

  @Test
  void theDepartmentAnswersInItsTask() {
    ProcessInstance pi = asked();
    complete(task(pi), withVariables("departmentAnswer", "Yes: batch 2026-11 had a faulty thermostat."));
    verify(departmentQuestions).answer(COMPLAINT_ID, 11L, "Yes: batch 2026-11 had a faulty thermostat.", null);
    assertThat(pi).isEnded().hasPassed("EndEvent_DepartmentAnswered");
    verify(departmentQuestions, never()).expire(anyString(), anyLong());
  }

  @Test
  void withoutAnAnswerByTheDeadlineTheQuestionIsRecordedAsNotAnswered() {
    ProcessInstance pi = asked();
    execute(timerJob("BoundaryEvent_DepartmentAnswerDue"));
    verify(departmentQuestions).expire(COMPLAINT_ID, 11L);
    assertThat(pi).isEnded().hasPassed("EndEvent_DepartmentDidNotAnswer");
  }
}
