package com.complaintdesk.policy;

import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The table checks of a deployment, for one table: what the tests of processes/ assert. */
public final class TableShape {

  private TableShape() {}

  public static List<Violation> check(String file, DmnDecision decision, Predicate<String> groupExists) {
    return new TableChecks(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine(), groupExists)
        .check(file, decision);
  }
}
