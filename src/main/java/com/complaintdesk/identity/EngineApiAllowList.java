package com.complaintdesk.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What each role may call on Camunda's engine API ({@code /engine-rest/...} and the webapps'
 * {@code /camunda/api/engine/engine/{name}/...}), beyond what Camunda's authorizations can express.
 * {@code camunda-admin} may call everything; everyone else only what is listed here. Camunda authorizations
 * still apply on top: a call allowed here shows a user only the tasks of their groups.
 *
 * <p>Not listed, so refused for everyone but admin: starting a process except through the start form
 * (start instructions, skipCustomListeners), process instance modification and deletion, messages,
 * signals, job execution and due dates (also through the retries call's {@code dueDate}, the batch retries and
 * job definitions), variables written outside a form, task-local variables,
 * identity links, deleting or redeploying deployments, authorizations, batches and history cleanup.
 */
public final class EngineApiAllowList {

  /** How the guard checks a call's body before it reaches the engine. */
  public enum BodyCheck {
    NONE, TASK_FORM, START_FORM, RETRIES, CLAIM, ASSIGNEE, PROFILE, CREDENTIALS, COMMENT, COMMENTS, ANNOTATION,
    DEPLOYMENT;

    boolean isForm() {
      return this == TASK_FORM || this == START_FORM;
    }
  }

  public record Rule(String method, PathPattern pattern, Set<String> groups, BodyCheck bodyCheck, boolean self) {}

  static final Set<String> DESK = Set.copyOf(DeskGroups.WORKING_GROUPS.stream().map(DeskGroups.GroupDefinition::id)
      .toList());
  static final Set<String> FRONT_LINE = Set.of(DeskGroups.FRONT_LINE);
  static final Set<String> OPERATIONS = Set.of(DeskGroups.OPERATIONS);
  static final Set<String> ANALYSTS = Set.of(DeskGroups.ANALYSTS);
  static final Set<String> EVERY_USER = union(union(DESK, OPERATIONS), ANALYSTS);

  private static final PathPatternParser PARSER = new PathPatternParser();

  static final List<Rule> RULES = List.of(
      // Tasklist: tasks of one's groups
      rule("GET", "/task", DESK), rule("POST", "/task", DESK),
      rule("GET", "/task/count", DESK), rule("POST", "/task/count", DESK),
      rule("GET", "/task/{id}", DESK),
      rule("GET", "/task/{id}/form", DESK), rule("GET", "/task/{id}/deployed-form", DESK),
      rule("GET", "/task/{id}/form-variables", DESK), rule("GET", "/task/{id}/variables", DESK),
      rule("GET", "/task/{id}/identity-links", DESK),
      checked("GET", "/task/{id}/comment", DESK, BodyCheck.COMMENTS),
      checked("POST", "/task/{id}/comment/create", DESK, BodyCheck.COMMENT),
      checked("POST", "/task/{id}/claim", DESK, BodyCheck.CLAIM), rule("POST", "/task/{id}/unclaim", DESK),
      checked("POST", "/task/{id}/assignee", DESK, BodyCheck.ASSIGNEE),
      new Rule("POST", PARSER.parse("/task/{id}/complete"), DESK, BodyCheck.TASK_FORM, false),
      new Rule("POST", PARSER.parse("/task/{id}/submit-form"), DESK, BodyCheck.TASK_FORM, false),
      rule("GET", "/filter", DESK), rule("GET", "/filter/count", DESK), rule("GET", "/filter/{id}", DESK),
      rule("GET", "/filter/{id}/list", DESK), rule("POST", "/filter/{id}/list", DESK),
      rule("GET", "/filter/{id}/count", DESK), rule("POST", "/filter/{id}/count", DESK),
      rule("GET", "/history/user-operation", DESK), rule("GET", "/history/user-operation/count", DESK),
      // Tasklist: the start form, for the front line only (a phone complaint)
      rule("GET", "/process-definition", EVERY_USER), rule("GET", "/process-definition/count", EVERY_USER),
      rule("GET", "/process-definition/{id}", EVERY_USER), rule("GET", "/process-definition/{id}/xml", EVERY_USER),
      rule("GET", "/process-definition/key/{key}", EVERY_USER),
      rule("GET", "/process-definition/key/{key}/xml", EVERY_USER),
      rule("GET", "/process-definition/{id}/startForm", FRONT_LINE),
      rule("GET", "/process-definition/key/{key}/startForm", FRONT_LINE),
      rule("GET", "/process-definition/{id}/deployed-start-form", FRONT_LINE),
      rule("GET", "/process-definition/key/{key}/deployed-start-form", FRONT_LINE),
      rule("GET", "/process-definition/{id}/form-variables", FRONT_LINE),
      new Rule("POST", PARSER.parse("/process-definition/{id}/submit-form"), FRONT_LINE, BodyCheck.START_FORM, false),
      new Rule("POST", PARSER.parse("/process-definition/key/{key}/submit-form"), FRONT_LINE, BodyCheck.START_FORM,
          false),
      rule("GET", "/case-definition", DESK), rule("GET", "/case-definition/count", DESK),
      // who is who
      rule("GET", "/user", EVERY_USER), rule("GET", "/user/count", EVERY_USER),
      rule("GET", "/user/{id}/profile", EVERY_USER), rule("GET", "/group", EVERY_USER),
      rule("GET", "/group/count", EVERY_USER), rule("GET", "/identity/groups", EVERY_USER),
      new Rule("PUT", PARSER.parse("/user/{id}/profile"), EVERY_USER, BodyCheck.PROFILE, true),
      new Rule("PUT", PARSER.parse("/user/{id}/credentials"), EVERY_USER, BodyCheck.CREDENTIALS, true),
      rule("GET", "/authorization", EVERY_USER), rule("GET", "/authorization/count", EVERY_USER),
      rule("GET", "/version", EVERY_USER), rule("GET", "/engine", EVERY_USER), rule("GET", "/", EVERY_USER),
      // the webapps ask which actions a resource offers the user (HAL links); answers only, changes nothing
      rule("OPTIONS", "/**", EVERY_USER),
      // operations (Cockpit): read processes, instances, incidents and jobs; retry a job; resolve an incident
      // Cockpit's start page: what is deployed (case definitions too: none, but a refused count blanks the whole
      // section) and how many human tasks are open, counts only
      rule("GET", "/case-definition/count", OPERATIONS), rule("GET", "/task/count", OPERATIONS),
      rule("GET", "/process-definition/**", OPERATIONS), rule("POST", "/process-definition/statistics", OPERATIONS),
      rule("GET", "/process-instance", OPERATIONS), rule("POST", "/process-instance", OPERATIONS),
      rule("GET", "/process-instance/count", OPERATIONS), rule("POST", "/process-instance/count", OPERATIONS),
      rule("GET", "/process-instance/{id}", OPERATIONS), rule("GET", "/process-instance/{id}/**", OPERATIONS),
      rule("GET", "/execution", OPERATIONS), rule("POST", "/execution", OPERATIONS),
      rule("GET", "/execution/count", OPERATIONS), rule("POST", "/execution/count", OPERATIONS),
      rule("GET", "/variable-instance", OPERATIONS), rule("POST", "/variable-instance", OPERATIONS),
      rule("GET", "/variable-instance/count", OPERATIONS), rule("POST", "/variable-instance/count", OPERATIONS),
      rule("GET", "/incident", OPERATIONS), rule("GET", "/incident/count", OPERATIONS),
      rule("GET", "/incident/{id}", OPERATIONS), rule("DELETE", "/incident/{id}", OPERATIONS),
      checked("PUT", "/incident/{id}/annotation", OPERATIONS, BodyCheck.ANNOTATION),
      rule("DELETE", "/incident/{id}/annotation", OPERATIONS),
      rule("GET", "/job", OPERATIONS), rule("POST", "/job", OPERATIONS), rule("GET", "/job/count", OPERATIONS),
      rule("POST", "/job/count", OPERATIONS), rule("GET", "/job/{id}", OPERATIONS),
      rule("GET", "/job/{id}/stacktrace", OPERATIONS),
      // retries only: the same call takes a dueDate, which would fire or postpone a deadline
      checked("PUT", "/job/{id}/retries", OPERATIONS, BodyCheck.RETRIES),
      rule("GET", "/job-definition", OPERATIONS), rule("POST", "/job-definition", OPERATIONS),
      rule("GET", "/job-definition/count", OPERATIONS), rule("GET", "/job-definition/{id}", OPERATIONS),
      rule("GET", "/history/**", OPERATIONS), rule("POST", "/history/process-instance", OPERATIONS),
      rule("POST", "/history/process-instance/count", OPERATIONS), rule("POST", "/history/activity-instance", OPERATIONS),
      rule("POST", "/history/activity-instance/count", OPERATIONS), rule("POST", "/history/task", OPERATIONS),
      rule("POST", "/history/task/count", OPERATIONS), rule("POST", "/history/variable-instance", OPERATIONS),
      rule("POST", "/history/variable-instance/count", OPERATIONS),
      rule("GET", "/deployment", OPERATIONS), rule("GET", "/deployment/count", OPERATIONS),
      rule("GET", "/deployment/{id}", OPERATIONS), rule("GET", "/deployment/{id}/resources", OPERATIONS),
      rule("GET", "/deployment/{id}/resources/{resourceId}", OPERATIONS),
      rule("GET", "/deployment/{id}/resources/{resourceId}/data", OPERATIONS),
      rule("GET", "/decision-definition", OPERATIONS), rule("GET", "/decision-definition/**", OPERATIONS),
      rule("GET", "/metrics/**", OPERATIONS), rule("GET", "/batch", OPERATIONS), rule("GET", "/batch/**", OPERATIONS),
      // analysts (Camunda Modeler's deploy dialog): read deployments and definitions, deploy; never delete
      // or redeploy a deployment, nor schedule its activation (DeploymentUploadCheck)
      rule("GET", "/deployment", ANALYSTS), rule("GET", "/deployment/count", ANALYSTS),
      rule("GET", "/deployment/{id}", ANALYSTS), rule("GET", "/deployment/{id}/resources", ANALYSTS),
      rule("GET", "/deployment/{id}/resources/{resourceId}", ANALYSTS),
      rule("GET", "/deployment/{id}/resources/{resourceId}/data", ANALYSTS),
      checked("POST", "/deployment/create", ANALYSTS, BodyCheck.DEPLOYMENT),
      rule("GET", "/decision-definition", ANALYSTS), rule("GET", "/decision-definition/count", ANALYSTS),
      rule("GET", "/decision-definition/{id}", ANALYSTS), rule("GET", "/decision-definition/{id}/xml", ANALYSTS),
      rule("GET", "/decision-definition/key/{key}", ANALYSTS), rule("GET", "/decision-definition/key/{key}/xml", ANALYSTS),
      rule("GET", "/decision-requirements-definition", ANALYSTS),
      rule("GET", "/decision-requirements-definition/count", ANALYSTS),
      rule("GET", "/decision-requirements-definition/{id}", ANALYSTS),
      rule("GET", "/decision-requirements-definition/{id}/xml", ANALYSTS));

  private EngineApiAllowList() {}

  /** The rule that allows the call for one of the caller's groups, if any. */
  public static Optional<Rule> find(String method, String enginePath, Set<String> callerGroups, String callerId) {
    PathContainer path = PathContainer.parsePath(enginePath.isEmpty() ? "/" : enginePath);
    for (Rule rule : RULES) {
      if (rule.method().equals(method) && rule.groups().stream().anyMatch(callerGroups::contains)) {
        PathPattern.PathMatchInfo match = rule.pattern().matchAndExtract(path);
        if (match != null && (!rule.self() || callerId.equals(match.getUriVariables().get("id")))) {
          return Optional.of(rule);
        }
      }
    }
    return Optional.empty();
  }

  /** Admin may call everything; form submissions still go through the check that their task exists. */
  public static Optional<Rule> forAdmin(String method, String enginePath) {
    PathContainer path = PathContainer.parsePath(enginePath.isEmpty() ? "/" : enginePath);
    return RULES.stream().filter(r -> r.bodyCheck().isForm() && r.method().equals(method)
            && r.pattern().matches(path)).findFirst()
        .or(() -> Optional.of(new Rule(method, PARSER.parse("/**"), Set.of(DeskGroups.ADMIN), BodyCheck.NONE, false)));
  }

  private static Rule checked(String method, String pattern, Set<String> groups, BodyCheck check) {
    return new Rule(method, PARSER.parse(pattern), groups, check, false);
  }

  private static Rule rule(String method, String pattern, Set<String> groups) {
    return new Rule(method, PARSER.parse(pattern), groups, BodyCheck.NONE, false);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(java.util.stream.Collectors.toSet());
  }
}
