package com.complaintdesk.policy;

import com.complaintdesk.complaint.InvalidParametersException;
import com.complaintdesk.complaint.InvalidParametersException.ParameterProblem;
import com.complaintdesk.complaint.NotFoundException;
import com.complaintdesk.complaint.Timestamps;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves open complaints from older versions of a process to the latest with Camunda's migration API, for analysts
 * and admin: this endpoint is the gate, so the engine calls run without the caller's Camunda authorizations
 * (analysts may read no complaint). A real run is recorded in the policy changelog.
 */
@Service
public class MigrationService {

  private static final Logger LOG = LoggerFactory.getLogger(MigrationService.class);
  /** the variables a migration may be limited by */
  static final List<String> FILTERS = List.of("complaintId", "currentLevel");

  /** what a run answers: the plans, how many complaints moved (or would), and the ones that cannot */
  public record MigrationReport(String process, String to, boolean dryRun, List<MigrationRun.PlanOutcome> plans,
      int migrated, List<MigrationPlanner.Refusal> refused) {}

  private final ProcessEngine engine;
  private final IdentityService identity;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  public MigrationService(ProcessEngine engine, JdbcClient jdbc, TransactionTemplate transactions) {
    this.engine = engine;
    this.identity = engine.getIdentityService();
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  public MigrationReport migrate(MigrationRequest request, String user) {
    List<ParameterProblem> problems = problems(request);
    if (!problems.isEmpty()) {
      throw new InvalidParametersException(problems);
    }
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return run(request, user);
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private MigrationReport run(MigrationRequest request, String user) {
    List<ProcessDefinition> versions = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(request.process()).withoutTenantId().orderByProcessDefinitionVersion().desc().list();
    if (versions.isEmpty()) {
      throw new NotFoundException("No such process", "No process '" + request.process() + "' is deployed");
    }
    ProcessDefinition latest = versions.get(0);
    List<ProcessDefinition> older = versions.subList(1, versions.size()).stream()
        .filter(v -> request.fromVersion() == null || v.getVersion() == request.fromVersion()).toList();
    if (request.fromVersion() != null && (older.isEmpty() || request.fromVersion() >= latest.getVersion())) {
      throw new InvalidParametersException(List.of(new ParameterProblem("fromVersion", "must be an older version of "
          + request.process() + " (the latest is v" + latest.getVersion() + ")")));
    }
    MigrationRun.Outcome outcome;
    try {
      outcome = MigrationRun.run(engine, older, latest, request.effectiveSteps(),
          request.checkOnly() ? this::tryAndRollBack : MigrationRun.DIRECT);
    } catch (MigrationRun.PlanRefused e) {
      throw new InvalidParametersException(List.of(new ParameterProblem("instructions",
          "Camunda refuses the migration plan, nothing was moved: " + e.getMessage())));
    }
    String to = MigrationRun.describe(latest);
    if (!request.checkOnly() && (outcome.migrated() > 0 || !outcome.refused().isEmpty())) {
      String from = older.stream().map(MigrationRun::describe).collect(Collectors.joining(", "));
      jdbc.sql("""
              INSERT INTO policy_migration (migrated_at, migrated_by, process_key, from_versions, to_version, migrated,
                  refused) VALUES (?, ?, ?, ?, ?, ?, ?)
              """).params(Timestamps.of(ClockUtil.now().toInstant()), user, request.process(), clip(from, 1000),
              clip(to, 300), outcome.migrated(), outcome.refused().size()).update();
      LOG.info("Policy change: {} moved {} open complaints from {} to {} ({} could not move)", user,
          outcome.migrated(), from, to, outcome.refused().size());
    }
    return new MigrationReport(request.process(), to, request.checkOnly(), outcome.plans(), outcome.migrated(),
        outcome.refused());
  }

  /** A filter names what a migration is about (a complaint, a level), nothing else; instructions name elements. */
  private static List<ParameterProblem> problems(MigrationRequest request) {
    List<ParameterProblem> problems = new ArrayList<>();
    if (request == null || request.process() == null || request.process().isBlank()) {
      problems.add(new ParameterProblem("process", "name the process key"));
      return problems;
    }
    if (request.steps() != null && !request.steps().isEmpty()
        && (request.where() != null || request.instructions() != null)) {
      problems.add(new ParameterProblem("steps", "give either steps or a top-level where and instructions"));
    }
    if (request.steps() != null && request.steps().contains(null)) {
      problems.add(new ParameterProblem("steps", "a step may not be null"));
      return problems;
    }
    for (MigrationRequest.Step step : request.effectiveSteps()) {
      step.where().forEach((name, value) -> {
        if (!FILTERS.contains(name)) {
          problems.add(new ParameterProblem("where", "may filter on " + FILTERS + ", not on '" + name + "'"));
        } else if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
          problems.add(new ParameterProblem("where", name + " must be a string or a number"));
        }
      });
      for (MigrationPlanner.Instruction instruction : step.instructions()) {
        if (instruction == null || instruction.from() == null || instruction.from().isBlank()
            || instruction.to() == null || instruction.to().isBlank()) {
          problems.add(new ParameterProblem("instructions", "each instruction names an element 'from' and 'to'"));
        }
      }
    }
    return problems;
  }

  private MigrationPlanner.Refusal tryAndRollBack(MigrationPlanner planner,
      MigrationPlan plan, ProcessInstance instance) {
    return transactions.execute(status -> {
      status.setRollbackOnly();
      return planner.migrate(plan, instance.getId(), instance.getBusinessKey());
    });
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
