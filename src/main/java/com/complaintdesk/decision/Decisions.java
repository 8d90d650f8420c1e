package com.complaintdesk.decision;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;

/** Evaluates the analysts' DMN tables by key; the deployed tables in the app, the files in processes/ in unit tests. */
public interface Decisions {

  DmnDecisionResult evaluate(String decisionKey, Map<String, Object> inputs);

  /** The table as ops and analysts name it in a message: its key and the version evaluated ("escalation-matrix v4"). */
  default String describe(String decisionKey) {
    return decisionKey;
  }
}
