package com.complaintdesk.decision;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of a table, in a plain DMN engine: the tables are consulted several
 * times per complaint (acknowledgement, triage, each level's deadline and offers, reads of the offers), and
 * their answers are kept in the complaint record (priority, level, deadline, reason), so nothing is written to
 * the engine's decision history. A table is a function of its inputs: answers are cached per table version and
 * inputs. A table an analyst redeploys takes effect within {@link #RELOAD}.
 */
@Component
public class EngineDecisions implements Decisions {

  static final Duration RELOAD = Duration.ofSeconds(10);

  private final RepositoryService repositoryService;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Cache<String, Table> latest = Caffeine.newBuilder().expireAfterWrite(RELOAD).build();
  private final Cache<Answer, DmnDecisionResult> answers = Caffeine.newBuilder().maximumSize(10_000).build();

  public EngineDecisions(RepositoryService repositoryService, ReloadTablesOnDeployment deployments) {
    this.repositoryService = repositoryService;
    deployments.onDeployment(this::reload);
  }

  @Override
  public DmnDecisionResult evaluate(String decisionKey, Map<String, Object> inputs) {
    Table table = latest.get(decisionKey, this::load);
    return answers.get(new Answer(table.definitionId(), Collections.unmodifiableMap(new HashMap<>(inputs))),
        answer -> dmn.evaluateDecision(table.decision(), inputs));
  }

  /** Reads every table again on its next use (after a deployment on this node). */
  void reload() {
    latest.invalidateAll();
  }

  @Override
  public String describe(String decisionKey) {
    Table table = latest.get(decisionKey, this::load);
    return decisionKey + " v" + table.version();
  }

  private Table load(String decisionKey) {
    DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey).latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("No decision table " + decisionKey + " is deployed");
    }
    try (InputStream xml = repositoryService.getDecisionModel(definition.getId())) {
      return new Table(definition.getId(), definition.getVersion(), dmn.parseDecision(decisionKey, xml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Table(String definitionId, int version, DmnDecision decision) {}

  private record Answer(String definitionId, Map<String, Object> inputs) {}
}
