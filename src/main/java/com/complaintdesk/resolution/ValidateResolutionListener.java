package com.complaintdesk.resolution;

import com.complaintdesk.config.Variables;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks a level's decision when the task completes. A refusal rolls the completion back: the task
 * stays open and Tasklist (or the REST client, as a 400) shows the reason.
 */
@Component("validateResolution")
public class ValidateResolutionListener implements TaskListener {

  private final ResolutionValidator validator;

  public ValidateResolutionListener(ResolutionValidator validator) {
    this.validator = validator;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      validator.validate(Variables.integer(task, "currentLevel"), CaseFactsReader.read(task),
          CaseFactsReader.decision(task));
    } catch (ResolutionRejectedException | IllegalArgumentException e) {
      throw new BadUserRequestException(e.getMessage());
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
