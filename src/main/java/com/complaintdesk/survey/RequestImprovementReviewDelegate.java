package com.complaintdesk.survey;

import com.complaintdesk.complaint.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Starts the quality team's review; input parameter {@code reviewReason} says why. */
@Component("requestImprovementReview")
public class RequestImprovementReviewDelegate implements JavaDelegate {

  private final ImprovementReviewService reviews;

  public RequestImprovementReviewDelegate(ImprovementReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.request(ProcessVariables.complaintId(execution),
        ProcessVariables.requiredString(execution, ProcessVariables.REVIEW_REASON));
  }
}
