package com.complaintdesk.resolution;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks a level's decision when the task completes. A refusal rolls the completion back: the task
 * stays open and Tasklist (or the REST client, as a 400) shows the reason. Level and case facts come
 * from the complaint record, the decision from the submitted variables.
 */
@Component("validateResolution")
public class ValidateResolutionListener implements TaskListener {

  private final ResolutionValidator validator;
  private final CaseFactsService facts;

  public ValidateResolutionListener(ResolutionValidator validator, CaseFactsService facts) {
    this.validator = validator;
    this.facts = facts;
  }

  @Override
  public void notify(DelegateTask task) {
    String complaintId = task.getExecution().getProcessBusinessKey();
    try {
      validator.validate(facts.currentLevel(complaintId), facts.facts(complaintId), CaseFactsReader.decision(task));
    } catch (ResolutionRejectedException | IllegalArgumentException e) {
      throw new FormFieldValidationException("resolution", e.getMessage());
    }
    task.getExecution().setVariable("decidedBy", decidedBy(task));
  }

  private static String decidedBy(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }
}
