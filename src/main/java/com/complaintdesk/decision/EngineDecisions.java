package com.complaintdesk.decision;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Evaluates the latest deployed version, so a table an analyst redeploys takes effect at once. */
@Component
public class EngineDecisions implements Decisions {

  private final DecisionService decisionService;

  public EngineDecisions(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  @Override
  public DmnDecisionResult evaluate(String decisionKey, Map<String, Object> inputs) {
    return decisionService.evaluateDecisionByKey(decisionKey).variables(inputs).evaluate();
  }
}
