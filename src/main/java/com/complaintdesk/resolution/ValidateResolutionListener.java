package com.complaintdesk.resolution;

import static com.complaintdesk.complaint.ProcessVariables.DECISION_ID;
import static com.complaintdesk.complaint.ProcessVariables.OUTCOME;

import com.complaintdesk.complaint.ProcessVariables;
import com.complaintdesk.complaint.SubmissionRefused;
import com.complaintdesk.complaint.SubmittedForm;
import com.complaintdesk.complaint.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks a level's decision when the task completes and stores it; the process carries only the outcome
 * and the decision's id, and every later step reads the stored decision. A refusal rolls the completion
 * back: the task stays open and Tasklist (or the REST client, as a 400) shows the reason.
 */
@Component("validateResolution")
public class ValidateResolutionListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(ValidateResolutionListener.class);

  private final LevelDecisionService decisions;

  public ValidateResolutionListener(LevelDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    String complaintId = ProcessVariables.complaintId(task);
    SubmittedForm form = SubmittedForm.of(task);
    ResolutionDecision decision = new ResolutionDecision(form.text(OUTCOME), form.text("resolutionType"),
        form.amount("resolutionAmount"), form.text("customerMessage"), form.text("apology"),
        form.text("explanation"), form.text("informationRequest"));
    String decidedBy = TaskActor.of(task);
    long decisionId;
    try {
      decisionId = decisions.decide(complaintId, task.getId(), decision, decidedBy);
    } catch (ResolutionRejectedException e) {
      LOG.info("Refused {}'s decision on {} ({}): {}", decidedBy, complaintId, task.getTaskDefinitionKey(),
          e.getMessage());
      throw new SubmissionRefused(e.getMessage());
    }
    form.discard();
    task.getExecution().setVariable(OUTCOME, decision.outcome());
    task.getExecution().setVariable(DECISION_ID, decisionId);
  }
}
