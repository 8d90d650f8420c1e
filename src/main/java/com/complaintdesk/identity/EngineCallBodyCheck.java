package com.complaintdesk.identity;

import com.complaintdesk.identity.EngineApiAllowList.BodyCheck;
import com.complaintdesk.identity.SubmissionCheck.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The bodies of the allow-listed engine calls that change something, field by field: a call may carry only
 * the fields its role may change. A retry is a number of retries and nothing else (Camunda's retries call
 * also takes a {@code dueDate}, which would fire or postpone a deadline) of a job that failed; a claim is for oneself; a task is
 * assigned only to a member of one of its candidate groups; a profile keeps its id.
 */
@Component
public class EngineCallBodyCheck {

  static final int MAX_RETRIES = 10;

  private final ObjectMapper json;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final ManagementService managementService;

  public EngineCallBodyCheck(ObjectMapper json, TaskService taskService, IdentityService identityService,
      ManagementService managementService) {
    this.managementService = managementService;
    this.json = json;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  public Optional<Refusal> check(BodyCheck kind, String enginePath, byte[] body, String userId, List<String> groups) {
    JsonNode parsed;
    try {
      parsed = body.length == 0 ? null : json.readTree(body);
    } catch (IOException e) {
      return Refusal.of(HttpStatus.BAD_REQUEST, "Malformed request body", "The request body is not valid JSON");
    }
    JsonNode root = parsed == null || parsed.isMissingNode() ? json.createObjectNode() : parsed;
    if (!root.isObject()) {
      return Refusal.of(HttpStatus.BAD_REQUEST, "Malformed request body", "The request body must be a JSON object");
    }
    String id = enginePath.split("/")[2];
    return switch (kind) {
      case RETRIES -> retries(root, id).or(() -> failedJob(id));
      case CLAIM -> onlyFields(root, Set.of("userId"))
          .or(() -> userId.equals(root.path("userId").asText(null)) ? Optional.empty()
              : Refusal.of(HttpStatus.FORBIDDEN, "Not allowed", "You may claim a task only for yourself"))
          .or(() -> candidate(id, userId, groups, userId, HttpStatus.FORBIDDEN));
      case ASSIGNEE -> onlyFields(root, Set.of("userId")).or(() -> assignee(id, root.path("userId"), userId, groups));
      case PROFILE -> onlyFields(root, Set.of("id", "firstName", "lastName", "email"))
          .or(() -> root.path("id").isMissingNode() || userId.equals(root.path("id").asText(null)) ? Optional.empty()
              : Refusal.of(HttpStatus.FORBIDDEN, "Not allowed", "Your profile keeps your user id"));
      case CREDENTIALS -> onlyFields(root, Set.of("password", "authenticatedUserPassword"));
      // comments on the tasks one may work (the task's candidate groups), read on the tasks one may see
      case COMMENT -> onlyFields(root, Set.of("message", "processInstanceId")).or(() -> ownInstance(id, root, userId,
          groups)).or(() -> candidate(id, userId, groups, userId, HttpStatus.FORBIDDEN));
      case COMMENTS -> visible(id, userId, groups);
      case ANNOTATION -> onlyFields(root, Set.of("annotation", "id")).or(() -> ownId(root, id));
      case NONE, TASK_FORM, START_FORM, DEPLOYMENT -> Optional.empty();
    };
  }

  /** Cockpit sends {@code {"retries":1}}, its batch view also the job's own {@code id}. */
  private static Optional<Refusal> retries(JsonNode root, String jobId) {
    if (root.has("dueDate")) {
      return Refusal.of(HttpStatus.FORBIDDEN, "Not allowed",
          "Only administrators move a job's due date; retry without dueDate to keep the deadline as it is");
    }
    return onlyFields(root, Set.of("retries", "id")).or(() -> ownId(root, jobId)).or(() -> {
      JsonNode retries = root.path("retries");
      return retries.isIntegralNumber() && retries.asInt() >= 1 && retries.asInt() <= MAX_RETRIES
          ? Optional.empty()
          : Refusal.of(HttpStatus.BAD_REQUEST, "Invalid request", "retries must be a whole number from 1 to " + MAX_RETRIES);
    });
  }

  /**
   * Ops retry what failed. Retries on a healthy job would hold a deadline back: at 0 a timer never fires, and
   * whoever raises it again chooses when it does.
   */
  private Optional<Refusal> failedJob(String jobId) {
    Job job = AsUser.system(identityService, () -> managementService.createJobQuery().jobId(jobId).singleResult());
    if (job == null) {
      return Refusal.of(HttpStatus.NOT_FOUND, "Job not found", "No job " + jobId);
    }
    return job.getRetries() == 0 ? Optional.empty() : Refusal.of(HttpStatus.FORBIDDEN, "Not allowed",
        "Job " + jobId + " has not failed: only administrators change a working job's retries");
  }

  /** Cockpit's client sends the resource's own id in the body as well. */
  private static Optional<Refusal> ownId(JsonNode root, String pathId) {
    return !root.has("id") || pathId.equals(root.path("id").asText(null)) ? Optional.empty()
        : Refusal.of(HttpStatus.BAD_REQUEST, "Invalid request", "id must be the id in the path");
  }

  private Optional<Refusal> visible(String taskId, String userId, List<String> groups) {
    return AsUser.call(identityService, userId, groups, () -> taskService.createTaskQuery().taskId(taskId).count()) > 0
        ? Optional.empty() : Refusal.of(HttpStatus.NOT_FOUND, "Task not found", "No open task " + taskId + " for you");
  }

  /** A comment goes to the task's own process instance, not to any instance's history. */
  private Optional<Refusal> ownInstance(String taskId, JsonNode root, String userId, List<String> groups) {
    if (!root.hasNonNull("processInstanceId")) {
      return Optional.empty();
    }
    Task task = AsUser.call(identityService, userId, groups,
        () -> taskService.createTaskQuery().taskId(taskId).singleResult());
    return task != null && root.path("processInstanceId").asText().equals(task.getProcessInstanceId())
        ? Optional.empty()
        : Refusal.of(HttpStatus.BAD_REQUEST, "Invalid request", "processInstanceId must be the task's own");
  }

  private Optional<Refusal> assignee(String taskId, JsonNode target, String userId, List<String> groups) {
    if (target.isNull() || target.isMissingNode()) {
      return candidate(taskId, userId, groups, userId, HttpStatus.FORBIDDEN);
    }
    if (!target.isTextual() || target.asText().isBlank()) {
      return Refusal.of(HttpStatus.BAD_REQUEST, "Invalid request", "userId must be a user id or null");
    }
    return candidate(taskId, userId, groups, target.asText(), HttpStatus.BAD_REQUEST);
  }

  /**
   * The task exists for the caller, and {@code assignee} is a member of one of its candidate groups; if not, the
   * refusal has {@code status} (403 for the caller's own claim, 400 for naming someone who may not work it).
   */
  private Optional<Refusal> candidate(String taskId, String userId, List<String> groups, String assignee,
      HttpStatus status) {
    Task task = AsUser.call(identityService, userId, groups,
        () -> taskService.createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      return Refusal.of(HttpStatus.NOT_FOUND, "Task not found", "No open task " + taskId + " for you");
    }
    // who is in which group is not the caller's to read (Camunda grants users READ on themselves only)
    List<String> candidateGroups = AsUser.system(identityService, () -> taskService.getIdentityLinksForTask(taskId))
        .stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).toList();
    boolean member = AsUser.system(identityService, () -> candidateGroups.stream()
        .anyMatch(group -> identityService.createUserQuery().userId(assignee).memberOfGroup(group).count() > 0));
    return member ? Optional.empty() : Refusal.of(status, status == HttpStatus.FORBIDDEN ? "Not allowed" : "Invalid request",
        "'" + assignee + "' is not a member of this task's groups " + candidateGroups + "; a task goes only to them");
  }

  static Optional<Refusal> onlyFields(JsonNode root, Set<String> allowed) {
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        return Refusal.of(HttpStatus.BAD_REQUEST, "Invalid request",
            name + " is not accepted here; this call may carry only " + allowed.stream().sorted().toList());
      }
    }
    return Optional.empty();
  }
}
