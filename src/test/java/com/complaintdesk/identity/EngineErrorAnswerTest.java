package com.complaintdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** How the engine's refusals and failures reach a client: by the engine's exception type, never its class name. */
class EngineErrorAnswerTest {

  final EngineErrorAnswer answers = new EngineErrorAnswer(new ObjectMapper(), new EngineErrorAnswer.EngineFacts(
      jobId -> jobId.equals("still-there"), taskId -> taskId.equals("done"),
      (resource, id) -> !id.equals("gone")));

  Optional<EngineErrorAnswer.Answer> answer(int status, String body, String path) {
    return answers.replace(status, body.getBytes(StandardCharsets.UTF_8), "POST", path, "carla");
  }

  @Test
  void anOptimisticLockingConflictIsA409ThatSaysRetry() {
    var answer = answer(500, "{\"type\":\"OptimisticLockingException\",\"message\":\"ENGINE-03005 Execution of "
        + "'DELETE TaskEntity[42]' failed. Entity was updated by another transaction concurrently.\"}",
        "/task/42/complete").orElseThrow();
    assertThat(answer.status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer.problem().getDetail()).contains("retry").doesNotContain("ENGINE-", "Exception");
  }

  @Test
  void aConflictWrappedByTheRestApiIsKnownByTheEnginesErrorCode() {
    var answer = answer(500, "{\"type\":\"RestException\",\"message\":\"Cannot complete task 42: ENGINE-03005 "
        + "Execution of 'DELETE EventSubscriptionEntity[7]' failed.\",\"code\":1}", "/task/42/complete").orElseThrow();
    assertThat(answer.status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer(500, "{\"type\":\"RestException\",\"message\":\"ENGINE-03005 looks alike\",\"code\":0}",
        "/task/42/complete").orElseThrow().status()).as("the message alone decides nothing")
        .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
  }

  @Test
  void aCompletionThatFailedWhileTheTaskWasCompletedIsAConflict() {
    String lost = "{\"type\":\"RestException\",\"message\":\"Cannot complete task done: Process variable "
        + "'complaintId' is missing\",\"code\":0}";
    assertThat(answer(500, lost, "/task/done/complete").orElseThrow().status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer(403, "{\"type\":\"AuthorizationException\",\"message\":\"no grant\"}", "/task/done/submit-form")
        .orElseThrow().status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer(500, lost, "/task/open/complete").orElseThrow().status()).as("the task is still open")
        .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
  }

  @Test
  void aJobExecutionAnswered404WhileTheJobExistsIsAConflict() {
    String conflict = "{\"type\":\"InvalidRequestException\",\"message\":\"ENGINE-03005 Execution of 'UPDATE "
        + "MessageEntity[still-there]' failed. Entity was updated by another transaction concurrently.\"}";
    assertThat(answer(404, conflict, "/job/still-there/execute").orElseThrow().status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer(404, "{\"type\":\"InvalidRequestException\",\"message\":\"No job found with id 'gone'\"}",
        "/job/gone/execute").orElseThrow().status()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aMissingTaskThatTheEngineAnswersWith500IsA404KnownByAskingNotByItsMessage() {
    String missing = "{\"type\":\"RestException\",\"message\":\"Cannot complete task gone: Cannot find task with "
        + "id gone: task is null\",\"code\":0}";
    assertThat(answer(500, missing, "/task/gone/complete").orElseThrow().status()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer(500, missing.replace("gone", "42"), "/task/42/complete").orElseThrow().status())
        .as("the task exists: the message alone decides nothing").isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(answer(500, "{\"type\":\"NullValueException\",\"message\":\"no such deployment\"}",
        "/deployment/7").orElseThrow().status()).as("by the exception's type").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aRefusalKeepsItsMessageButLosesTheClassNames() {
    var answer = answer(400, "{\"type\":\"InvalidRequestException\",\"message\":\"Cannot convert value 'abc' "
        + "to java type java.lang.Integer\"}", "/task").orElseThrow();
    assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.problem().getProperties()).containsEntry("message", "Cannot convert value 'abc' to java type");
    assertThat(answer.problem().getType().toString()).doesNotContain("Exception");
  }

  @Test
  void aFailureGetsAnErrorIdAndSuccessPassesUnchanged() {
    var failure = answer(500, "{\"type\":\"ProcessEngineException\",\"message\":\"SQL error in ACT_RU_TASK\"}",
        "/task/1/complete").orElseThrow();
    assertThat(failure.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(failure.problem().getProperties()).containsKey("errorId");
    assertThat(failure.problem().getDetail()).doesNotContain("SQL");
    assertThat(answer(204, "", "/task/1/complete")).isEmpty();
    assertThat(answer(404, "<html>not json</html>", "/task/1")).isEmpty();
  }
}
