package com.complaintdesk.identity;

import com.complaintdesk.complaint.EngineKeys;
import com.complaintdesk.identity.EngineApiAllowList.BodyCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A form submission over the engine API may carry only the fields of the form the task (or the start
 * event) shows: the keys of the form's enabled fields in the deployed {@code .form} file. Agents cannot
 * write other process variables, typed objects or transient values, and a start form cannot choose the
 * business key (the complaint id is the server's).
 */
@Component
public class SubmissionCheck {
  private static final Set<String> TASK_BODY = Set.of("variables", "withVariablesInReturn");
  private static final Set<String> START_BODY = Set.of("variables", "businessKey");
  private static final Set<String> PLAIN_TYPES = Set.of("string", "integer", "long", "short", "double", "boolean",
      "date", "null");

  private final TaskService taskService;
  private final FormService formService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final CompletedTasks completedTasks;
  private final ObjectMapper json;
  private final Cache<String, Set<String>> fieldsByForm = Caffeine.newBuilder().maximumSize(500).build();

  public SubmissionCheck(TaskService taskService, FormService formService, RepositoryService repositoryService,
      IdentityService identityService, CompletedTasks completedTasks, ObjectMapper json) {
    this.completedTasks = completedTasks;
    this.taskService = taskService;
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.json = json;
  }

  public record Refusal(HttpStatus status, String title, String detail) {

    static Optional<Refusal> of(HttpStatus status, String title, String detail) {
      return Optional.of(new Refusal(status, title, detail));
    }
  }

  /** {@code admin}: may submit anything, but only to a task or process that exists. */
  public Optional<Refusal> check(BodyCheck kind, String enginePath, byte[] body, String userId, List<String> groups,
      boolean admin) {
    if (body.length > CachedBodyRequest.MAX_BODY) {
      return Refusal.of(HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large",
          "The request body must be at most " + CachedBodyRequest.MAX_BODY + " bytes");
    }
    JsonNode root;
    try {
      root = body.length == 0 ? json.createObjectNode() : json.readTree(body);
    } catch (IOException e) {
      return Refusal.of(HttpStatus.BAD_REQUEST, "Malformed request body", "The request body is not valid JSON");
    }
    if (root == null || !root.isObject()) {
      return Refusal.of(HttpStatus.BAD_REQUEST, "Malformed request body", "The request body must be a JSON object");
    }
    String[] segments = enginePath.split("/");
    return asUser(userId, groups, () -> kind == BodyCheck.TASK_FORM
        ? checkTaskForm(segments[2], root, admin)
        : checkStartForm(segments, root, admin));
  }

  private Optional<Refusal> checkTaskForm(String taskId, JsonNode root, boolean admin) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return gone(taskId);
    }
    if (admin) {
      return Optional.empty();
    }
    Set<String> fields;
    try {
      fields = fields(() -> formService.getDeployedTaskForm(taskId));
    } catch (NullPointerException completing) {
      // Camunda reads the task, then its execution: a click that completes the task in between leaves the
      // execution null (an NPE in GetDeployedTaskFormCmd); this click lost the race
      return taskService.createTaskQuery().taskId(taskId).count() == 0 ? gone(taskId)
          : Refusal.of(HttpStatus.CONFLICT, "Changed at the same moment",
              "Task " + taskId + " is being completed by another request; reload to see what is open now");
    }
    if (fields.isEmpty() && taskService.createTaskQuery().taskId(taskId).count() == 0) {
      // a second click: the first completed the task between our two reads, so its form is gone too
      return gone(taskId);
    }
    return checkBody(root, TASK_BODY, fields, "this task's form");
  }

  private Optional<Refusal> gone(String taskId) {
    return completedTasks.completed(taskId)
        ? Refusal.of(HttpStatus.CONFLICT, "Task completed already",
            "Task " + taskId + " was completed already (perhaps by a second click); reload to see what is open now")
        : Refusal.of(HttpStatus.NOT_FOUND, "Task not found",
            "No open task " + taskId + " for you: it is not one of your groups' tasks");
  }

  private Optional<Refusal> checkStartForm(String[] segments, JsonNode root, boolean admin) {
    boolean byKey = "key".equals(segments[2]);
    ProcessDefinition definition = byKey
        ? repositoryService.createProcessDefinitionQuery().processDefinitionKey(segments[3]).latestVersion().singleResult()
        : repositoryService.createProcessDefinitionQuery().processDefinitionId(segments[2]).singleResult();
    if (definition == null) {
      return Refusal.of(HttpStatus.NOT_FOUND, "Process not found", "No such process definition");
    }
    if (admin) {
      return Optional.empty();
    }
    if (!EngineKeys.RESOLUTION_PROCESS.equals(definition.getKey())) {
      return Refusal.of(HttpStatus.FORBIDDEN, "Not allowed", "Only complaints can be started from Tasklist");
    }
    if (root.hasNonNull("businessKey") && !root.get("businessKey").asText().isEmpty()) {
      return Refusal.of(HttpStatus.BAD_REQUEST, "Invalid request", "businessKey: the complaint id is given by the server");
    }
    Set<String> fields = fields(() -> formService.getDeployedStartForm(definition.getId()));
    return checkBody(root, START_BODY, fields, "the start form");
  }

  private static Optional<Refusal> checkBody(JsonNode root, Set<String> allowedTop, Set<String> fields, String form) {
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowedTop.contains(name)) {
        return Refusal.of(HttpStatus.BAD_REQUEST, "Invalid request", name + " is not accepted here");
      }
    }
    JsonNode variables = root.path("variables");
    if (variables.isMissingNode() || variables.isNull()) {
      return Optional.empty();
    }
    if (!variables.isObject()) {
      return Refusal.of(HttpStatus.BAD_REQUEST, "Invalid request", "variables must be a JSON object");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      if (!fields.contains(variable.getKey())) {
        return Refusal.of(HttpStatus.BAD_REQUEST, "Invalid request",
            variable.getKey() + " is not a field of " + form + "; it may carry only " + fields.stream().sorted().toList());
      }
      JsonNode value = variable.getValue();
      if (!value.isObject()) {
        return Refusal.of(HttpStatus.BAD_REQUEST, "Invalid request", variable.getKey() + " must be {\"value\": ...}");
      }
      JsonNode type = value.path("type");
      if (!type.isMissingNode() && !type.isNull()
          && !PLAIN_TYPES.contains(type.asText().toLowerCase(Locale.ROOT))) {
        return Refusal.of(HttpStatus.BAD_REQUEST, "Invalid request",
            variable.getKey() + ": type " + type.asText() + " is not accepted; send plain values");
      }
      JsonNode info = value.path("valueInfo");
      if (!info.isMissingNode() && !info.isNull() && !(info.isObject() && info.isEmpty())) {
        return Refusal.of(HttpStatus.BAD_REQUEST, "Invalid request", variable.getKey() + ": valueInfo is not accepted");
      }
    }
    return Optional.empty();
  }

  /**
   * The keys of the enabled fields of the form the task shows now (a redeployed form at once: its binding is
   * "latest"): what a person can fill in. Parsed once per form content.
   */
  private Set<String> fields(Supplier<InputStream> form) {
    byte[] content;
    try (InputStream in = form.get()) {
      content = in.readAllBytes();
    } catch (ProcessEngineException | IOException noForm) {
      return Set.of();
    }
    return fieldsByForm.get(HexFormat.of().formatHex(sha256(content)), k -> {
      try {
        Set<String> keys = new HashSet<>();
        collect(json.readTree(content).path("components"), keys);
        return Set.copyOf(keys);
      } catch (IOException notJson) {
        return Set.of();
      }
    });
  }

  private static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
        keys.add(component.get("key").asText());
      }
      collect(component.path("components"), keys);
    }
  }

  private <T> T asUser(String userId, List<String> groups, Supplier<T> call) {
    return AsUser.call(identityService, userId, groups, call);
  }
}
