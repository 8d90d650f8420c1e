package com.complaintdesk.decision;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The analysts' DMN files from processes/, evaluated by a standalone DMN engine: no process engine needed. */
public class ModelDecisions implements Decisions {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnDecision> decisions = new HashMap<>();

  public ModelDecisions() {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".dmn")).toList()) {
        try (InputStream in = new FileInputStream(file.toFile())) {
          DMN.parseDecisions(in).forEach(d -> decisions.put(d.getKey(), d));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public DmnDecisionResult evaluate(String decisionKey, Map<String, Object> inputs) {
    DmnDecision decision = decisions.get(decisionKey);
    if (decision == null) {
      throw new IllegalArgumentException("No decision " + decisionKey + " in processes/");
    }
    return DMN.evaluateDecision(decision, inputs);
  }
}
