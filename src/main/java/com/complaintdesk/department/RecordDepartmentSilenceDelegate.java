package com.complaintdesk.department;

import com.complaintdesk.complaint.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The department did not answer in time: the level's form says so. */
@Component("recordDepartmentSilence")
public class RecordDepartmentSilenceDelegate implements JavaDelegate {

  private final DepartmentQuestionService questions;

  public RecordDepartmentSilenceDelegate(DepartmentQuestionService questions) {
    this.questions = questions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    questions.expire(ProcessVariables.complaintId(execution),
        ProcessVariables.longValue(execution, ProcessVariables.DEPARTMENT_QUESTION_ID));
  }
}
