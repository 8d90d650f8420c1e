package com.complaintdesk.resolution;

import java.time.Instant;

/** A decision as stored when the level's task was completed: what is carried out is read back from here. */
public record LevelDecision(long id, String complaintId, String taskId, int level, ResolutionDecision decision,
    String decidedBy, Instant decidedAt) {

  public String informationRequest() {
    return decision.informationRequest();
  }
}
