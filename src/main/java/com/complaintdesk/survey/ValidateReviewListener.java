package com.complaintdesk.survey;

import com.complaintdesk.complaint.ProcessVariables;
import com.complaintdesk.complaint.SubmissionRefused;
import com.complaintdesk.complaint.SubmittedForm;
import com.complaintdesk.complaint.TaskActor;
import com.complaintdesk.resolution.ResolutionRejectedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Checks the quality team's findings and stores them with the review. */
@Component("validateReview")
public class ValidateReviewListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(ValidateReviewListener.class);

  private final ImprovementReviewService reviews;

  public ValidateReviewListener(ImprovementReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    String complaintId = ProcessVariables.complaintId(task);
    SubmittedForm form = SubmittedForm.of(task);
    ReviewFindings findings = new ReviewFindings(form.text("rootCause"), form.text("consultedTeam"),
        form.text("correctiveAction"), form.flag("procedureUpdated"));
    String reviewedBy = TaskActor.of(task);
    try {
      reviews.complete(complaintId, ProcessVariables.longValue(task, ProcessVariables.REVIEW_ID), findings, reviewedBy);
    } catch (ResolutionRejectedException e) {
      LOG.info("Refused {}'s review of {}: {}", reviewedBy, complaintId, e.getMessage());
      throw new SubmissionRefused(e.getMessage());
    }
    form.discard();
  }
}
