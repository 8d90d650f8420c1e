package com.complaintdesk.department;

import com.complaintdesk.complaint.ProcessVariables;
import com.complaintdesk.complaint.SubmittedForm;
import com.complaintdesk.complaint.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Checks and stores a department's answer when its task completes; a refusal keeps the task open. */
@Component("validateDepartmentAnswer")
public class ValidateDepartmentAnswerListener implements TaskListener {

  private final DepartmentQuestionService questions;

  public ValidateDepartmentAnswerListener(DepartmentQuestionService questions) {
    this.questions = questions;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    questions.answer(ProcessVariables.complaintId(task),
        ProcessVariables.longValue(task, ProcessVariables.DEPARTMENT_QUESTION_ID), form.text("departmentAnswer"),
        TaskActor.of(task));
    form.discard();
  }
}
