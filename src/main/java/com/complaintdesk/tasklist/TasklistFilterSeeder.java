package com.complaintdesk.tasklist;

import com.complaintdesk.complaint.EngineKeys;
import com.complaintdesk.identity.DeskGroups;
import com.complaintdesk.identity.IdempotentIdentity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist's filters per role, created at every start if missing (all profiles). Filters are found
 * by name: once created, an administrator may adjust them in Tasklist and the change survives restarts.
 *
 * <p>Filter names have no unique constraint in the engine, so two nodes starting together may both
 * create one. Each node then keeps the filter with the lowest id and deletes the others: all nodes
 * apply the same rule and converge on one filter per name (also healing duplicates from earlier starts).
 */
@Component
@Order(10)
public class TasklistFilterSeeder implements ApplicationRunner {

  public static final String ALL_OPEN = "All open complaints";
  public static final String MY_GROUPS = "My group's complaints";
  public static final String DUE_TODAY = "Due today";
  public static final String OVERDUE_ESCALATED = "Overdue / escalated";
  public static final String EXECUTIVE = "Level 4 — executive";

  /** Leads see every open task (they read every task: GroupAuthorizationSeeder); admin reads every filter. */
  static final List<String> LEADS = List.of(DeskGroups.SUPERVISORS, DeskGroups.QUALITY_TEAM);

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilterSeeder.class);

  /** Groups that work tasks in Tasklist; camunda-admin reads every filter through its ALL grant. */
  private static final List<String> AGENT_GROUPS =
      DeskGroups.WORKING_GROUPS.stream().map(DeskGroups.GroupDefinition::id).toList();

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  public TasklistFilterSeeder(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  /** The filters this app ensures, in Tasklist's order (lowest priority value first). */
  List<FilterDefinition> definitions() {
    return List.of(
        new FilterDefinition(ALL_OPEN, -50, "#2ca02c",
            "Every open complaint task of every group, most urgent complaint first, then earliest deadline",
            () -> taskService.createTaskQuery()
                .processDefinitionKeyIn(EngineKeys.PROCESSES.toArray(String[]::new))
                .orderByTaskPriority().desc()
                .orderByDueDate().asc(),
            LEADS),
        new FilterDefinition(MY_GROUPS, -40, "#1f77b4",
            "Open complaints for your groups, claimed or not, earliest deadline first",
            () -> taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .orderByDueDate().asc(),
            AGENT_GROUPS),
        new FilterDefinition(DUE_TODAY, -30, "#ff7f0e",
            "Your groups' tasks whose deadline is before the end of today (overdue ones included)",
            () -> taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(1)}")
                .orderByDueDate().asc(),
            AGENT_GROUPS),
        new FilterDefinition(OVERDUE_ESCALATED, -20, "#d62728",
            "Your groups' escalation tasks past their deadline or at level 2 and above",
            () -> taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .processDefinitionKey(EngineKeys.ESCALATION_PROCESS)
                .or()
                  .dueBeforeExpression("${now()}")
                  .processVariableValueGreaterThanOrEquals("currentLevel", 2)
                .endOr()
                .orderByDueDate().asc(),
            AGENT_GROUPS),
        new FilterDefinition(EXECUTIVE, -10, "#9467bd",
            "Level 4 answers of the executive office",
            () -> taskService.createTaskQuery()
                .taskDefinitionKey(EngineKeys.EXECUTIVE_OFFICE_TASK)
                .orderByDueDate().asc(),
            List.of(DeskGroups.EXECUTIVE_OFFICE)));
  }

  @Override
  public void run(ApplicationArguments args) {
    for (FilterDefinition definition : definitions()) {
      String filterId = ensureFilter(definition);
      for (String group : definition.readers()) {
        grantRead(group, filterId);
      }
    }
  }

  private String ensureFilter(FilterDefinition definition) {
    if (findByName(definition.name()).isEmpty()) {
      Filter filter = filterService.newTaskFilter(definition.name());
      filter.setQuery(definition.query().get());
      filter.setProperties(definition.properties());
      filterService.saveFilter(filter);
      LOG.info("Created Tasklist filter '{}'", definition.name());
    }
    return keepOne(definition.name());
  }

  /** Another node may have created the same filter meanwhile: keep the lowest id, delete the rest. */
  private String keepOne(String name) {
    List<Filter> filters = findByName(name);
    for (Filter duplicate : filters.subList(1, filters.size())) {
      try {
        filterService.deleteFilter(duplicate.getId());
        LOG.info("Deleted duplicate Tasklist filter '{}' ({}), created concurrently by another node", name,
            duplicate.getId());
      } catch (ProcessEngineException e) {
        LOG.info("Duplicate Tasklist filter '{}' ({}) was already deleted by another node", name, duplicate.getId());
      }
    }
    return filters.get(0).getId();
  }

  private List<Filter> findByName(String name) {
    return filterService.createFilterQuery().filterName(name).orderByFilterId().asc().list();
  }

  private void grantRead(String groupId, String filterId) {
    IdempotentIdentity.grant(authorizationService, groupId, Resources.FILTER, filterId, Permissions.READ);
  }

  record FilterDefinition(String name, int priority, String color, String description,
      Supplier<TaskQuery> query, List<String> readers) {

    /** Tasklist's filter properties: order in the list, colour, tooltip, auto-refresh, list columns. */
    Map<String, Object> properties() {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("priority", priority);
      properties.put("color", color);
      properties.put("description", description);
      properties.put("refresh", true);
      properties.put("showUndefinedVariable", false);
      // the due date and the priority are the task's own (set from the complaint); the level is a process variable
      properties.put("variables", List.of(Map.of("name", "currentLevel", "label", "Level")));
      return properties;
    }
  }
}
