package com.complaintdesk.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SignalEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * A migration plan from one version of a process to another, built with Camunda's migration API: every element
 * that can hold a complaint (a task, a subprocess, a wait for an event, a deadline timer) is mapped to the element
 * with the same id in the new version, wherever it sits there, plus the analyst's own instructions for renamed
 * elements. Event triggers are not updated: a mapped deadline or reminder keeps its due date.
 */
public final class MigrationPlanner {

  public record Instruction(String from, String to) {}

  /** One complaint that could not be moved, with Camunda's reasons. */
  public record Refusal(String processInstanceId, String businessKey, List<String> problems) {}

  private final ProcessEngine engine;

  MigrationPlanner(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * An instruction renames: its element is missing from the new version and its target from the old one (an
   * instruction may not send a complaint from one task to another that both versions have). An instruction whose
   * element this older version does not have is for another version and is left out.
   */
  MigrationPlan plan(String sourceDefinitionId, String targetDefinitionId, List<Instruction> renamed) {
    BpmnModelInstance source = engine.getRepositoryService().getBpmnModelInstance(sourceDefinitionId);
    BpmnModelInstance target = engine.getRepositoryService().getBpmnModelInstance(targetDefinitionId);
    List<Instruction> applicable = new ArrayList<>();
    for (Instruction instruction : renamed) {
      if (source.getModelElementById(instruction.from()) == null) {
        continue;
      }
      if (target.getModelElementById(instruction.from()) != null
          || source.getModelElementById(instruction.to()) != null) {
        throw new BadUserRequestException(instruction.from() + " -> " + instruction.to()
            + ": only a renamed element takes an instruction (an element both versions have maps to itself)");
      }
      applicable.add(instruction);
    }
    Map<String, String> instructions = new LinkedHashMap<>();
    for (FlowNode node : source.getModelElementsByType(FlowNode.class)) {
      FlowNode counterpart = target.getModelElementById(node.getId()) instanceof FlowNode t ? t : null;
      if (holdsComplaints(node) && counterpart != null && holdsComplaints(counterpart)
          && counterpart.getElementType().equals(node.getElementType())) {
        instructions.put(node.getId(), node.getId());
      }
    }
    for (Instruction instruction : applicable) {
      instructions.put(instruction.from(), instruction.to());
    }
    MigrationPlanBuilder builder = engine.getRuntimeService().createMigrationPlan(sourceDefinitionId,
        targetDefinitionId);
    instructions.forEach(builder::mapActivities);
    return builder.build();
  }

  static List<String> describe(MigrationPlan plan) {
    List<String> lines = new ArrayList<>();
    for (MigrationInstruction instruction : plan.getInstructions()) {
      lines.add(instruction.getSourceActivityId() + " -> " + instruction.getTargetActivityId());
    }
    return lines;
  }

  /** Moves one process instance (its own transaction); a refusal leaves it where it was. */
  Refusal migrate(MigrationPlan plan, String processInstanceId, String businessKey) {
    try {
      engine.getRuntimeService().newMigration(plan).processInstanceIds(processInstanceId).execute();
      return null;
    } catch (MigratingProcessInstanceValidationException e) {
      return refusal(processInstanceId, businessKey, e);
    } catch (ProcessEngineException e) {
      // it ended, or a job of it ran, at the same moment: it stays where it is, and the run goes on
      return new Refusal(processInstanceId, businessKey, List.of(e.getMessage()));
    }
  }

  private static Refusal refusal(String processInstanceId, String businessKey,
      MigratingProcessInstanceValidationException e) {
    {
      List<String> problems = new ArrayList<>();
      e.getValidationReport().getFailures().forEach(problems::add);
      e.getValidationReport().getActivityInstanceReports().forEach(r -> r.getFailures()
          .forEach(f -> problems.add(r.getSourceScopeId() + ": " + f)));
      e.getValidationReport().getTransitionInstanceReports().forEach(r -> r.getFailures()
          .forEach(f -> problems.add(r.getSourceScopeId() + ": " + f)));
      return new Refusal(processInstanceId, businessKey, problems);
    }
  }

  /** Elements a complaint can wait in: Camunda migrates their instances, jobs, timers and subscriptions. */
  private static boolean holdsComplaints(FlowNode node) {
    if (node instanceof BoundaryEvent boundary) {
      return waitsFor(boundary.getEventDefinitions());
    }
    if (node instanceof IntermediateCatchEvent event) {
      return waitsFor(event.getEventDefinitions());
    }
    if (node instanceof StartEvent start) {
      return start.getParentElement() instanceof SubProcess sub && sub.triggeredByEvent()
          && waitsFor(start.getEventDefinitions());
    }
    return node instanceof UserTask || node instanceof ReceiveTask || node instanceof SubProcess
        || node instanceof CallActivity || node instanceof EventBasedGateway
        || node instanceof Activity && (node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter());
  }

  private static boolean waitsFor(Collection<EventDefinition> definitions) {
    return definitions.stream().anyMatch(d -> d instanceof TimerEventDefinition || d instanceof MessageEventDefinition
        || d instanceof SignalEventDefinition);
  }
}
