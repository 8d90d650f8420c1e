package com.complaintdesk.survey;

import com.complaintdesk.complaint.EngineKeys;
import com.complaintdesk.complaint.ProcessVariables;
import com.complaintdesk.resolution.ResolutionRejectedException;
import com.complaintdesk.resolution.ResolutionValidator;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a quality-team review (process {@code improvement-review}) beside the complaint, so the
 * customer's complaint never waits for it, and checks and stores the review's findings.
 */
@Service
public class ImprovementReviewService {
  static final Set<String> TEAMS = Set.of("PRODUCTION", "QUALITY_CONTROL", "LOGISTICS", "BILLING", "CUSTOMER_SERVICE");
  static final int MAX_TEXT = 4000;

  private final RuntimeService runtimeService;
  private final ImprovementReviewRepository reviews;

  public ImprovementReviewService(RuntimeService runtimeService, ImprovementReviewRepository reviews) {
    this.runtimeService = runtimeService;
    this.reviews = reviews;
  }

  @Transactional
  public long request(String complaintId, String reason) {
    long reviewId = reviews.create(complaintId, reason);
    runtimeService.createMessageCorrelation(EngineKeys.MESSAGE_REVIEW_REQUESTED)
        .processInstanceBusinessKey(complaintId)
        .setVariable(ProcessVariables.COMPLAINT_ID, complaintId)
        .setVariable(ProcessVariables.REVIEW_ID, reviewId)
        .setVariable(ProcessVariables.REVIEW_REASON, reason)
        .correlateStartMessage();
    return reviewId;
  }

  /** Throws {@link ResolutionRejectedException} when a required finding is missing or malformed. */
  @Transactional
  public void complete(String complaintId, long reviewId, ReviewFindings submitted, String reviewedBy) {
    String rootCause = ResolutionValidator.requireText(submitted.rootCause(), "rootCause", "the root cause found",
        MAX_TEXT);
    if (submitted.consultedTeam() == null || !TEAMS.contains(submitted.consultedTeam())) {
      throw new ResolutionRejectedException("consultedTeam is required: one of " + TEAMS.stream().sorted().toList());
    }
    String action = ResolutionValidator.requireText(submitted.correctiveAction(), "correctiveAction",
        "the corrective action taken or planned", MAX_TEXT);
    reviews.saveFindings(complaintId, reviewId, new ReviewFindings(rootCause, submitted.consultedTeam(), action,
        Boolean.TRUE.equals(submitted.procedureUpdated())), reviewedBy);
  }
}
