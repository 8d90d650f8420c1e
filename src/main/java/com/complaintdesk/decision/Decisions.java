package com.complaintdesk.decision;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;

/** Evaluates the analysts' DMN tables by key; the deployed tables in the app, the files in processes/ in unit tests. */
public interface Decisions {

  DmnDecisionResult evaluate(String decisionKey, Map<String, Object> inputs);
}
