package com.complaintdesk.survey;

import com.complaintdesk.config.Variables;
import java.util.HashMap;
import java.util.Map;
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
    Map<String, Object> context = new HashMap<>();
    for (String name : new String[] {"complaintId", "category", "productSku", "investigationSummary", "surveyComment"}) {
      context.put(name, execution.getVariable(name));
    }
    reviews.request(Variables.requiredString(execution, "complaintId"),
        Variables.requiredString(execution, "reviewReason"), context);
  }
}
