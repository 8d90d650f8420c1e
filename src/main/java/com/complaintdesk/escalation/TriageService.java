package com.complaintdesk.escalation;

import com.complaintdesk.decision.Decisions;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Service;

/** Evaluates DMN {@code complaint-triage}. */
@Service
public class TriageService {

  private final Decisions decisions;

  public TriageService(Decisions decisions) {
    this.decisions = decisions;
  }

  public Triage triage(String category, String severity, String customerTier, boolean recurring, boolean regulatory) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("category", category);
    inputs.put("severity", severity);
    inputs.put("customerTier", customerTier);
    inputs.put("recurring", recurring);
    inputs.put("regulatory", regulatory);
    DmnDecisionResultEntries result = decisions.evaluate("complaint-triage", inputs).getSingleResult();
    return new Triage(result.getEntry("priority"), ((Number) result.getEntry("startLevel")).intValue(),
        Boolean.TRUE.equals(result.getEntry("informSupervisor")));
  }
}
