package com.complaintdesk.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;

/**
 * A migration's steps for every older version: first every plan is built and checked (one bad plan and nothing
 * moves), then each complaint moves with the first step that can move it, in a transaction of its own.
 */
public final class MigrationRun {

  public record PlanOutcome(String from, Map<String, Object> where, List<String> instructions) {}

  public record Outcome(List<PlanOutcome> plans, int migrated, List<MigrationPlanner.Refusal> refused) {}

  /** A plan Camunda refuses, with its reasons. */
  public static final class PlanRefused extends RuntimeException {
    PlanRefused(String message) {
      super(message);
    }
  }

  /** How one complaint is moved; a dry run checks it and rolls back. */
  public interface Mover {
    MigrationPlanner.Refusal move(MigrationPlanner planner, MigrationPlan plan, ProcessInstance instance);
  }

  /** Moves each complaint in a transaction of its own. */
  public static final Mover DIRECT = (planner, plan, instance) -> planner.migrate(plan, instance.getId(),
      instance.getBusinessKey());

  private MigrationRun() {}

  private record Planned(ProcessDefinition source, MigrationRequest.Step step, MigrationPlan plan) {}

  public static Outcome run(ProcessEngine engine, List<ProcessDefinition> sources, ProcessDefinition target,
      List<MigrationRequest.Step> steps, Mover mover) {
    MigrationPlanner planner = new MigrationPlanner(engine);
    List<Planned> planned = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (ProcessDefinition source : sources) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(source.getId()).count() == 0) {
        continue; // no open complaint to move: its plan does not matter
      }
      for (MigrationRequest.Step step : steps) {
        try {
          planned.add(new Planned(source, step, planner.plan(source.getId(), target.getId(), step.instructions())));
        } catch (BadUserRequestException e) {
          problems.add(describe(source) + " " + step.where() + ": " + e.getMessage().replaceAll("\\s+", " ").strip());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new PlanRefused(String.join("; ", problems));
    }
    Map<String, MigrationPlanner.Refusal> refused = new LinkedHashMap<>();
    Set<String> moved = new HashSet<>();
    List<PlanOutcome> plans = new ArrayList<>();
    for (Planned p : planned) {
      plans.add(new PlanOutcome(describe(p.source()), p.step().where(), MigrationPlanner.describe(p.plan())));
      ProcessInstanceQuery query = engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionId(p.source().getId());
      p.step().where().forEach(query::variableValueEquals);
      for (ProcessInstance instance : query.list()) {
        if (moved.contains(instance.getId())) {
          continue; // a dry run leaves it where it was: a later step must not count it again
        }
        MigrationPlanner.Refusal refusal = mover.move(planner, p.plan(), instance);
        if (refusal == null) {
          moved.add(instance.getId());
          refused.remove(instance.getId());
        } else {
          refused.put(instance.getId(), refusal);
        }
      }
    }
    return new Outcome(plans, moved.size(), List.copyOf(refused.values()));
  }

  static String describe(ProcessDefinition definition) {
    return definition.getKey() + " v" + definition.getVersion()
        + (definition.getVersionTag() == null ? "" : " (" + definition.getVersionTag() + ")");
  }
}
