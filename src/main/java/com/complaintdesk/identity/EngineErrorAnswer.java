package com.complaintdesk.identity;

import com.complaintdesk.api.Problems;
import com.complaintdesk.api.ErrorIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * What a client reads when the engine API refuses or fails, decided by the engine's exception type (the
 * {@code type} of its JSON answer, or the engine's error {@code code} for it), never by its message:
 * <ul>
 *   <li>a completion that failed because the task was completed at the same moment is a {@code 409};</li>
 *   <li>a concurrent change (an optimistic-locking conflict, e.g. two clicks completing one task) is a
 *       {@code 409} that says to retry; so is a job execution the engine answers {@code 404} while the job still
 *       exists (Camunda maps every failure of {@code /job/{id}/execute} to 404, a conflict included);</li>
 *   <li>a missing task, job or instance that the engine answers with a 500 is a 404: known by the exception's
 *       type, or, where the REST API wrapped it, by asking the engine whether the path's task, job or instance
 *       exists;</li>
 *   <li>any other 5xx gets an error id, its text goes to the log only;</li>
 *   <li>a 4xx keeps its message and fields but loses the exception class names: {@code type} says what kind of
 *       refusal it is in our words.</li>
 * </ul>
 */
final class EngineErrorAnswer {

  private static final Logger LOG = LoggerFactory.getLogger(EngineErrorAnswer.class);
  private static final Set<String> CONFLICTS = Set.of("OptimisticLockingException", "CrdbTransactionRetryException");
  /** the engine's own codes for the same: the REST API wraps the exception (type RestException) but keeps its code */
  private static final Set<Integer> CONFLICT_CODES = Set.of(BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode(),
      BuiltinExceptionCode.DEADLOCK.getCode());
  private static final Set<String> NOT_FOUND = Set.of("NullValueException", "NotFoundException");
  /** resources whose absence the engine answers with a 500: /task/{id}/..., /job/{id}/..., /process-instance/{id} */
  private static final Pattern RESOURCE = Pattern.compile("/(task|job|process-instance)/([^/]+)(?:/.*)?");
  private static final Pattern EXECUTE = Pattern.compile("/job/([^/]+)/execute");
  private static final Pattern COMPLETE = Pattern.compile("/task/([^/]+)/(?:complete|submit-form)");
  /** a Java class name in a message: org.camunda.bpm.engine.exception.NullValueException, java.lang.String */
  private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_$]*\\.){2,}[A-Za-z][A-Za-z0-9_$]*:?");

  record Answer(HttpStatus status, ProblemDetail problem) {}

  /** What the engine holds now, asked after a call failed. */
  record EngineFacts(Predicate<String> jobExists, Predicate<String> taskCompleted,
      BiPredicate<String, String> exists) {}

  private final ObjectMapper json;
  private final EngineFacts facts;

  EngineErrorAnswer(ObjectMapper json, EngineFacts facts) {
    this.json = json;
    this.facts = facts;
  }

  /** The answer to send instead of the engine's, or empty to pass the engine's on. */
  Optional<Answer> replace(int status, byte[] body, String method, String path, String user) {
    if (status < 400) {
      return Optional.empty();
    }
    JsonNode engine = parse(body);
    String type = engine.path("type").asText("");
    String message = engine.path("message").asText("");
    var execute = EXECUTE.matcher(path);
    boolean conflict = CONFLICTS.contains(type) || engine.path("code").isInt()
        && CONFLICT_CODES.contains(engine.path("code").asInt());
    var completion = COMPLETE.matcher(path);
    if (completion.matches() && facts.taskCompleted().test(completion.group(1))) {
      // the losing clicks of a double click fail in many ways (a lock, a variable or a grant already gone)
      LOG.info("Task completion {} by {} lost to a concurrent one: {}", path, user, message);
      return answer(HttpStatus.CONFLICT, "Task completed already",
          "This task was completed at the same moment (perhaps by a second click); reload to see what is open now");
    }
    if (conflict || (status == 404 && execute.matches() && facts.jobExists().test(execute.group(1)))) {
      LOG.info("Conflict on engine API {} {} by {}: {}", method, path, user, message);
      return answer(HttpStatus.CONFLICT, "Changed at the same moment",
          "Someone or something changed this at the same moment; reload and retry");
    }
    if (status >= 500) {
      var resource = RESOURCE.matcher(path);
      boolean gone = resource.matches() && !facts.exists().test(resource.group(1), resource.group(2));
      if (NOT_FOUND.contains(type) || gone) {
        return answer(HttpStatus.NOT_FOUND, "Not found", "No such " + path);
      }
      String errorId = ErrorIds.next();
      LOG.error("Error {} on engine API {} {} by {}: {}", errorId, method, path, user,
          new String(body, StandardCharsets.UTF_8));
      ProblemDetail problem = Problems.internalError(errorId);
      problem.setProperty("message", problem.getDetail());
      return Optional.of(new Answer(HttpStatus.INTERNAL_SERVER_ERROR, problem));
    }
    if (!(engine instanceof ObjectNode) || (type.isEmpty() && !CLASS_NAME.matcher(message).find())) {
      return Optional.empty();
    }
    HttpStatus refusal = HttpStatus.resolve(status);
    if (refusal == null) {
      refusal = HttpStatus.BAD_REQUEST;
    }
    String plain = CLASS_NAME.matcher(message).replaceAll("").strip();
    Optional<Answer> answer = answer(refusal, refusal.getReasonPhrase(), plain.isEmpty() ? refusal.getReasonPhrase() : plain);
    // what the webapps word their refusal pages with (missing authorizations, user, resource) stays
    engine.fields().forEachRemaining(field -> {
      if (!field.getKey().equals("type") && !field.getKey().equals("message")) {
        answer.get().problem().setProperty(field.getKey(), field.getValue());
      }
    });
    return answer;
  }

  private Optional<Answer> answer(HttpStatus status, String title, String detail) {
    ProblemDetail problem = Problems.problem(status, title, detail);
    // Camunda's clients (Tasklist, Cockpit) show an error's "message"; "type" is ours, not a class name
    problem.setProperty("message", detail);
    return Optional.of(new Answer(status, problem));
  }

  private JsonNode parse(byte[] body) {
    try {
      JsonNode node = json.readTree(body);
      return node == null ? json.createObjectNode() : node;
    } catch (IOException notJson) {
      return json.createObjectNode();
    }
  }
}
