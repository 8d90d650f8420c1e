package com.complaintdesk.decision;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of a table. Consulting a table (deadlines, offers, expert groups:
 * several times per complaint, also on reads) runs the deployed table in a plain DMN engine, with no decision
 * history written; a table an analyst redeploys takes effect within {@link #RELOAD} . The triage, a decision
 * about the complaint, is evaluated by the process engine and kept in its decision history.
 */
@Component
public class EngineDecisions implements Decisions {

  static final Duration RELOAD = Duration.ofSeconds(10);

  private final DecisionService decisionService;
  private final RepositoryService repositoryService;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Cache<String, DmnDecision> latest = Caffeine.newBuilder().expireAfterWrite(RELOAD).build();

  public EngineDecisions(DecisionService decisionService, RepositoryService repositoryService) {
    this.decisionService = decisionService;
    this.repositoryService = repositoryService;
  }

  @Override
  public DmnDecisionResult evaluate(String decisionKey, Map<String, Object> inputs) {
    return dmn.evaluateDecision(latest.get(decisionKey, this::load), inputs);
  }

  @Override
  public DmnDecisionResult evaluateRecorded(String decisionKey, Map<String, Object> inputs) {
    return decisionService.evaluateDecisionByKey(decisionKey).variables(inputs).evaluate();
  }

  private DmnDecision load(String decisionKey) {
    DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey).latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("No decision table " + decisionKey + " is deployed");
    }
    try (InputStream xml = repositoryService.getDecisionModel(definition.getId())) {
      return dmn.parseDecision(decisionKey, xml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
