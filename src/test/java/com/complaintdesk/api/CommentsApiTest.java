package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Issue 22, case 5: agents comment on the tasks they work, and the comments are part of the complaint's history. */
class CommentsApiTest extends AppTestSupport {

  private Response comment(String taskId, String user, String text) {
    return post("/engine-rest/task/" + taskId + "/comment/create", user,
        json.createObjectNode().put("message", text).toString());
  }

  @Test
  void anAgentCommentsOnTheirTaskReadsItBackAndTheComplaintShowsIt() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String taskId = openTask(id).getId();

    Response created = comment(taskId, "carla", "Called the customer: the kettle is two weeks old.");
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    Response read = get("/engine-rest/task/" + taskId + "/comment", "carla");
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().get(0).get("message").asText()).isEqualTo("Called the customer: the kettle is two weeks old.");
    assertThat(read.json().get(0).get("userId").asText()).isEqualTo("carla");

    JsonNode comments = complaint(id).get("comments");
    assertThat(comments).hasSize(1);
    assertThat(comments.get(0).get("by").asText()).isEqualTo("carla");
    assertThat(comments.get(0).get("text").asText()).startsWith("Called the customer");
    assertThat(comments.get(0).get("taskName").asText()).startsWith("Resolve at front line");
  }

  @Test
  void onlyTheTasksGroupsCommentAndOnlyThoseWhoSeeTheTaskReadTheComments() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String taskId = openTask(id).getId();
    assertThat(comment(taskId, "carla", "First call done.").status()).isEqualTo(200);

    assertThat(comment(taskId, "ed", "Not my task.").status()).as("an expert on a front-line task").isEqualTo(404);
    assertThat(comment(taskId, "sam", "A lead sees it but does not work it.").status()).isEqualTo(403);
    assertThat(get("/engine-rest/task/" + taskId + "/comment", "ed").status()).isEqualTo(404);
    assertThat(get("/engine-rest/task/" + taskId + "/comment", "sam").status()).as("a lead reads").isEqualTo(200);
    assertThat(comment(taskId, "carla", "{\"processInstanceId\":\"other\"}").status()).isEqualTo(200);
    assertThat(post("/engine-rest/task/" + taskId + "/comment/create", "carla",
        "{\"message\":\"x\",\"processInstanceId\":\"someone-elses\"}").status()).isEqualTo(400);
    assertThat(complaint(id).get("comments")).hasSize(2);
  }
}
