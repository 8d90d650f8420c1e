package com.complaintdesk.resolution;

import com.complaintdesk.complaint.ProcessVariables;
import com.complaintdesk.complaint.SubmissionRefused;
import com.complaintdesk.complaint.SubmittedForm;
import com.complaintdesk.complaint.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Checks and stores the follow-up of a dissatisfied customer; the process carries the follow-up's id. */
@Component("validateFollowUp")
public class ValidateFollowUpListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(ValidateFollowUpListener.class);

  private final FollowUpService followUps;

  public ValidateFollowUpListener(FollowUpService followUps) {
    this.followUps = followUps;
  }

  @Override
  public void notify(DelegateTask task) {
    String complaintId = ProcessVariables.complaintId(task);
    SubmittedForm form = SubmittedForm.of(task);
    FollowUp submitted = new FollowUp(form.text("followUpMessage"), form.text("goodwillType"),
        form.amount("goodwillAmount"));
    String decidedBy = TaskActor.of(task);
    long id;
    try {
      id = followUps.decide(complaintId, task.getId(), submitted, decidedBy);
    } catch (ResolutionRejectedException e) {
      LOG.info("Refused {}'s follow-up of {}: {}", decidedBy, complaintId, e.getMessage());
      throw new SubmissionRefused(e.getMessage());
    }
    form.discard();
    task.getExecution().setVariable(ProcessVariables.FOLLOW_UP_ID, id);
  }
}
