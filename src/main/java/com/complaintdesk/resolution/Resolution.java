package com.complaintdesk.resolution;

import com.complaintdesk.letters.Signature;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A level's final answer: a resolution, or a complaint not upheld (no type, no amount; the customer message
 * gives the reasons).
 */
public record Resolution(String outcome, int level, String resolutionType, BigDecimal amount, String customerMessage,
    String apology, String explanation, String decidedBy, Instant decidedAt) {

  /**
   * Who follows up when the customer answers the survey with a low score: the executive office reviews a decision
   * not to uphold taken by a supervisor or by itself; the supervisors follow up everything else. The resolution
   * process draws the same rule as its "Who reviews?" gateway.
   */
  public Signature reviewer() {
    return !upheld() && level >= 3 ? Signature.EXECUTIVE_OFFICE : Signature.SUPERVISORS;
  }

  /** {@link #reviewer()} of the complaint's latest answer; the supervisors when there is none. */
  public static Signature reviewerOf(java.util.Optional<Resolution> latest) {
    return latest.map(Resolution::reviewer).orElse(Signature.SUPERVISORS);
  }

  public boolean upheld() {
    return !Outcome.NOT_UPHELD.name().equals(outcome);
  }
}
