package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.complaintdesk.tasklist.TasklistFilterSeeder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tasklist's "All open complaints": leads see every group's open tasks, most urgent first, and work none of them. */
class AllOpenComplaintsApiTest extends AppTestSupport {

  static final String CRITICAL_COMPLAINT = """
      {"customerId":"C-1002","customerName":"Ben Okafor","customerEmail":"ben@example.com",
       "orderId":"O-5002","productSku":"SKU-HEATER-1","category":"SAFETY","severity":"CRITICAL","channel":"PHONE",
       "description":"The heater's cable melted and the socket is scorched."}""";

  @Autowired FilterService filterService;

  @Test
  void leadsSeeEveryGroupsOpenTasksMostUrgentComplaintFirst() {
    String medium = submitAndSettle(KETTLE_COMPLAINT);
    String critical = submitAndSettle(CRITICAL_COMPLAINT);

    List<String> samSees = businessKeysInAllOpen("sam");
    List<String> quinnSees = businessKeysInAllOpen("quinn");

    assertThat(openTask(critical).getPriority()).isGreaterThan(openTask(medium).getPriority());
    assertThat(samSees).containsSubsequence(critical, medium);
    assertThat(quinnSees).containsSubsequence(critical, medium);
    assertThat(get("/engine-rest/filter/" + allOpen() + "/list", "admin").json()).isNotEmpty();
  }

  @Test
  void agentsDoNotHaveTheFilterAndLeadsCannotWorkOtherGroupsTasks() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    String frontLineTask = openTask(id).getId();

    assertThat(get("/engine-rest/filter", "carla").body()).doesNotContain(TasklistFilterSeeder.ALL_OPEN);
    assertThat(get("/engine-rest/filter/" + allOpen() + "/list", "carla").status()).isIn(403, 404);
    Response claim = send(request("/engine-rest/task/" + frontLineTask + "/claim", "sam")
        .header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"userId\":\"sam\"}")).build());
    assertThat(claim.status()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(frontLineTask).singleResult().getAssignee()).isNull();
  }

  private String allOpen() {
    return filterService.createFilterQuery().filterName(TasklistFilterSeeder.ALL_OPEN).singleResult().getId();
  }

  private List<String> businessKeysInAllOpen(String user) {
    Response list = get("/engine-rest/filter/" + allOpen() + "/list", user);
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    List<String> keys = new ArrayList<>();
    for (JsonNode task : list.json()) {
      String instance = task.get("processInstanceId").asText();
      keys.add(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey());
    }
    return keys;
  }
}
