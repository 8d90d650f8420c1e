package com.complaintdesk.survey;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Starts a quality-team review (process {@code improvement-review}) beside the complaint, so the
 * customer's complaint never waits for it.
 */
@Service
public class ImprovementReviewService {

  public static final String MESSAGE_REVIEW_REQUESTED = "ImprovementReviewRequested";

  private final RuntimeService runtimeService;

  public ImprovementReviewService(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  public String request(String complaintId, String reason, Map<String, Object> context) {
    return runtimeService.createMessageCorrelation(MESSAGE_REVIEW_REQUESTED)
        .processInstanceBusinessKey(complaintId)
        .setVariables(context)
        .setVariable("reviewReason", reason)
        .correlateStartMessage()
        .getId();
  }
}
