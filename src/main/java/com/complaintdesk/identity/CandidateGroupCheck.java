package com.complaintdesk.identity;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, a warning for every candidate group of the deployed models and tables that has no members:
 * the fixed {@code camunda:candidateGroups} of user tasks and the outputs named {@code ...Group} of the
 * decision tables (the expert directory). Tasks of such a group wait for nobody until their deadline.
 */
@Component
@Order(30)
public class CandidateGroupCheck implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(CandidateGroupCheck.class);

  private final RepositoryService repositoryService;
  private final GroupMembers members;

  public CandidateGroupCheck(RepositoryService repositoryService, GroupMembers members) {
    this.repositoryService = repositoryService;
    this.members = members;
  }

  @Override
  public void run(ApplicationArguments args) {
    emptyGroups().forEach((group, usedBy) -> LOG.warn("Candidate group '{}' has no members (used by {}): its tasks "
        + "wait for nobody until their deadline. Add users to it in Camunda Admin.", group, usedBy));
  }

  /** Groups without members, each with where it is used. */
  public Map<String, String> emptyGroups() {
    Map<String, String> empty = new TreeMap<>();
    candidateGroups().forEach((group, usedBy) -> {
      if (!members.hasMembers(group)) {
        empty.put(group, usedBy);
      }
    });
    return empty;
  }

  /** Every candidate group the latest models name, with the first model that names it. */
  Map<String, String> candidateGroups() {
    Map<String, String> groups = new TreeMap<>();
    for (ProcessDefinition process : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      for (UserTask task : repositoryService.getBpmnModelInstance(process.getId()).getModelElementsByType(UserTask.class)) {
        String candidates = task.getCamundaCandidateGroups();
        if (candidates == null || candidates.contains("${") || candidates.contains("#{")) {
          continue;
        }
        Stream.of(candidates.split(",")).map(String::strip).filter(g -> !g.isEmpty())
            .forEach(g -> groups.putIfAbsent(g, process.getKey() + "/" + task.getId()));
      }
    }
    for (DecisionDefinition decision : repositoryService.createDecisionDefinitionQuery().latestVersion().list()) {
      for (DecisionTable table : repositoryService.getDmnModelInstance(decision.getId())
          .getModelElementsByType(DecisionTable.class)) {
        groupOutputs(table, decision.getKey(), groups);
      }
    }
    return groups;
  }

  private static void groupOutputs(DecisionTable table, String decisionKey, Map<String, String> groups) {
    int column = 0;
    for (Output output : table.getOutputs()) {
      if (output.getName() != null && output.getName().toLowerCase().endsWith("group")) {
        for (Rule rule : table.getRules()) {
          OutputEntry entry = (OutputEntry) rule.getOutputEntries().toArray()[column];
          String text = entry.getTextContent().strip();
          if (text.length() > 2 && text.startsWith("\"") && text.endsWith("\"")) {
            groups.putIfAbsent(text.substring(1, text.length() - 1), decisionKey);
          }
        }
      }
      column++;
    }
  }
}
