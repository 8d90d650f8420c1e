package com.complaintdesk.resolution;

import com.complaintdesk.config.Variables;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the policy's inputs from the variables intake and investigation set. */
public final class CaseFactsReader {

  private CaseFactsReader() {}

  public static CaseFacts read(VariableScope scope) {
    BigDecimal orderValue = Variables.decimal(scope, "orderValue");
    return new CaseFacts(Variables.requiredString(scope, "category"), orderValue == null ? BigDecimal.ZERO : orderValue,
        Variables.string(scope, "customerTier"), Variables.bool(scope, "recurring"));
  }

  public static ResolutionDecision decision(VariableScope scope) {
    return new ResolutionDecision(Variables.string(scope, "outcome"), Variables.string(scope, "resolutionType"),
        Variables.decimal(scope, "resolutionAmount"), Variables.string(scope, "customerMessage"),
        Variables.string(scope, "apology"), Variables.string(scope, "explanation"),
        Variables.string(scope, "informationRequest"));
  }
}
