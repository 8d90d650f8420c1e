package com.complaintdesk.resolution;

import com.complaintdesk.complaint.EngineClock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a level's decision against the level's authority and stores it, in the transaction that completes
 * the task. The level and the case facts come from the complaint record, never from what was submitted.
 */
@Service
public class LevelDecisionService {

  private final ResolutionValidator validator;
  private final CaseFactsService caseFacts;
  private final LevelDecisionRepository decisions;

  public LevelDecisionService(ResolutionValidator validator, CaseFactsService caseFacts,
      LevelDecisionRepository decisions) {
    this.validator = validator;
    this.caseFacts = caseFacts;
    this.decisions = decisions;
  }

  /** @return the stored decision's id; throws {@link ResolutionRejectedException} when it breaks policy */
  @Transactional
  public long decide(String complaintId, String taskId, ResolutionDecision decision, String decidedBy) {
    int level = caseFacts.currentLevel(complaintId);
    ResolutionDecision checked = validator.validate(level, caseFacts.facts(complaintId), decision);
    return decisions.save(complaintId, taskId, level, checked, decidedBy, EngineClock.instant());
  }
}
