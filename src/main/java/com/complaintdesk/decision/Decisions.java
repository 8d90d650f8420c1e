package com.complaintdesk.decision;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;

/** Evaluates the analysts' DMN tables by key; the deployed tables in the app, the files in processes/ in unit tests. */
public interface Decisions {

  /** Consults a table: no trace in the engine's decision history (deadlines, offers, expert groups). */
  DmnDecisionResult evaluate(String decisionKey, Map<String, Object> inputs);

  /** A decision about a complaint that ops and analysts may want to retrace in Cockpit's decision history. */
  default DmnDecisionResult evaluateRecorded(String decisionKey, Map<String, Object> inputs) {
    return evaluate(decisionKey, inputs);
  }
}
