package com.complaintdesk.department;

import com.complaintdesk.complaint.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Sends the level's question to the department: its task starts in the same transaction. */
@Component("askDepartment")
public class AskDepartmentDelegate implements JavaDelegate {

  private final DepartmentQuestionService questions;

  public AskDepartmentDelegate(DepartmentQuestionService questions) {
    this.questions = questions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String complaintId = ProcessVariables.complaintId(execution);
    long questionId = ProcessVariables.longValue(execution, ProcessVariables.DEPARTMENT_QUESTION_ID);
    // transient: read when the level task is created again in this transaction, never stored
    String askedBy = questions.send(complaintId, questionId).askedBy();
    if (askedBy != null) {
      execution.setVariable(ProcessVariables.DEPARTMENT_ASKED_BY, Variables.stringValue(askedBy, true));
    }
    execution.removeVariable(ProcessVariables.DEPARTMENT_QUESTION_ID);
    execution.removeVariable(ProcessVariables.OUTCOME);
  }
}
