package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

class SecurityApiTest extends ApiTestSupport {

  @Autowired IdentityService identityService;

  @ParameterizedTest
  @ValueSource(strings = {"/api/complaints/CMP-1", "/engine-rest/task", "/engine-rest/process-definition"})
  void apisNeedCredentials(String path) {
    Response response = get(path, null);
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
  }

  @Test
  void aWrongPasswordIsRefused() {
    // quinn only: Camunda throttles a user's logins after a failed attempt, which other tests would feel
    assertThat(get("/engine-rest/task", "quinn:wrong").status()).isEqualTo(401);
    assertThat(post("/api/complaints", "nobody:demo", KETTLE_COMPLAINT).status()).isEqualTo(401);
  }

  @Test
  void submittingWithoutCredentialsStoresNothing() {
    int before = count("SELECT COUNT(*) FROM complaint");
    assertThat(post("/api/complaints", null, KETTLE_COMPLAINT).status()).isEqualTo(401);
    assertThat(count("SELECT COUNT(*) FROM complaint")).isEqualTo(before);
  }

  @Test
  void eachGroupSeesOnlyItsOwnTasks() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String taskId = openTask(id).getId();
    assertThat(visibleTaskIds("carla")).contains(taskId);
    assertThat(visibleTaskIds("admin")).contains(taskId);
    assertThat(visibleTaskIds("sam")).doesNotContain(taskId);
    assertThat(visibleTaskIds("erin")).doesNotContain(taskId);
    assertThat(get("/engine-rest/task/" + taskId, "sam").status()).as("not even its existence").isEqualTo(404);
  }

  @Test
  void theWebappsKeepTheirOwnSessionLogin() {
    Response tasklist = get("/camunda/app/tasklist/default/", null);
    assertThat(tasklist.status()).isIn(200, 302);
    Response webappApi = get("/camunda/api/engine/engine/default/task", "carla");
    assertThat(webappApi.status()).as("the webapps' API wants a session, not Basic credentials").isEqualTo(401);
  }

  @Test
  void demoUsersExistInTheDemoProfile() {
    assertThat(identityService.checkPassword("carla", "demo")).isTrue();
    assertThat(identityService.createUserQuery().memberOfGroup("experts-product").userId("ed").count()).isOne();
    assertThat(identityService.createGroupQuery().groupId("experts-logistics").count()).isOne();
  }

  List<String> visibleTaskIds(String user) {
    Response response = get("/engine-rest/task", user);
    assertThat(response.status()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode task : response.json()) {
      ids.add(task.get("id").asText());
    }
    return ids;
  }
}
