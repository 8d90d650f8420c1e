package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import java.net.http.HttpRequest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ops role (group {@code operations}, demo user olga) in Cockpit and over the engine REST API: reads
 * processes, instances, incidents and jobs, retries a failed job and resolves an incident, but deletes,
 * modifies, suspends or deploys nothing.
 */
class OperationsRoleApiTest extends AppTestSupport {

  @Autowired RepositoryService repositoryService;

  String complaintId;
  Job failedJob;

  /** A complaint whose next asynchronous step failed for good: a failed-job incident, as ops meet them. */
  @BeforeEach
  void aComplaintWithAnIncident() {
    Response created = post("/api/complaints", "carla", KETTLE_COMPLAINT);
    complaintId = created.json().get("complaintId").asText();
    failedJob = managementService.createJobQuery().processInstanceId(created.json().get("processInstanceId").asText())
        .singleResult();
    managementService.setJobRetries(failedJob.getId(), 0);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(failedJob.getProcessInstanceId()).count()).isOne();
  }

  @Test
  void opsLogIntoCockpitButNotIntoTasklistOrAdmin() {
    assertThat(WebappSession.loginStatus(port, "olga", "demo", "cockpit")).isEqualTo(200);
    assertThat(WebappSession.loginStatus(port, "olga", "demo", "admin")).isIn(401, 403);
    assertThat(WebappSession.loginStatus(port, "carla", "demo", "cockpit")).as("a front-line agent").isIn(401, 403);
  }

  @Test
  void opsSeeProcessesInstancesIncidentsAndJobsInCockpit() {
    WebappSession olga = WebappSession.login(port, "olga", "demo", "cockpit");
    assertThat(olga.engine("GET", "process-definition/statistics?incidents=true", null).body())
        .contains("complaint-resolution").contains("failedJob");
    assertThat(olga.engine("GET", "process-instance?businessKey=" + complaintId, null).body())
        .contains(failedJob.getProcessInstanceId());
    assertThat(olga.engine("GET", "incident?processInstanceId=" + failedJob.getProcessInstanceId(), null).body())
        .contains("failedJob");
    assertThat(olga.engine("GET", "job?processInstanceId=" + failedJob.getProcessInstanceId(), null).body())
        .contains(failedJob.getId());
    assertThat(olga.engine("GET", "history/activity-instance?processInstanceId=" + failedJob.getProcessInstanceId(),
        null).status()).isEqualTo(200);
  }

  @Test
  void opsRetryAFailedJobAndTheComplaintCarriesOn() {
    WebappSession olga = WebappSession.login(port, "olga", "demo", "cockpit");

    Response retry = olga.engine("PUT", "job/" + failedJob.getId() + "/retries", "{\"retries\":1}");

    assertThat(retry.status()).as(retry.body()).isEqualTo(204);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(failedJob.getProcessInstanceId()).count()).isZero();
    runDueJobs();
    assertThat(openTask(complaintId).getTaskDefinitionKey()).isEqualTo("Task_ResolveAtFrontLine");
  }

  @Test
  void opsResolveAnIncidentOverTheRestApi() {
    String execution = failedJob.getProcessInstanceId();
    Incident raised = runtimeService.createIncident("complaintDeskCheck", execution, "order service", "checked by hand");

    Response resolved = send(request("/engine-rest/incident/" + raised.getId(), "olga").DELETE().build());

    assertThat(resolved.status()).as(resolved.body()).isEqualTo(204);
    assertThat(runtimeService.createIncidentQuery().incidentId(raised.getId()).count()).isZero();
  }

  @Test
  void opsAnnotateAnIncidentAsCockpitSendsItAndClearTheNote() {
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(failedJob.getProcessInstanceId())
        .singleResult();
    WebappSession olga = WebappSession.login(port, "olga", "demo", "cockpit");

    Response annotated = olga.engine("PUT", "incident/" + incident.getId() + "/annotation",
        "{\"id\":\"" + incident.getId() + "\",\"annotation\":\"ERP down, retry after 10:00\"}");
    assertThat(annotated.status()).as(annotated.body()).isEqualTo(204);
    assertThat(runtimeService.createIncidentQuery().incidentId(incident.getId()).singleResult().getAnnotation())
        .isEqualTo("ERP down, retry after 10:00");

    assertThat(olga.engine("DELETE", "incident/" + incident.getId() + "/annotation", null).status()).isEqualTo(204);
    assertThat(runtimeService.createIncidentQuery().incidentId(incident.getId()).singleResult().getAnnotation()).isNull();
  }

  @Test
  void opsChangeNothingElse() {
    String instance = failedJob.getProcessInstanceId();
    long deployments = repositoryService.createDeploymentQuery().count();
    String deploymentId = repositoryService.createDeploymentQuery().list().get(0).getId();
    WebappSession olga = WebappSession.login(port, "olga", "demo", "cockpit");

    assertThat(olga.engine("DELETE", "process-instance/" + instance, null).status()).as("delete").isEqualTo(403);
    assertThat(olga.engine("POST", "process-instance/" + instance + "/modification",
        "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_AcknowledgeComplaint\"}]}").status())
        .as("modify").isEqualTo(403);
    assertThat(olga.engine("PUT", "process-instance/" + instance + "/suspended", "{\"suspended\":true}").status())
        .as("suspend").isEqualTo(403);
    assertThat(olga.engine("POST", "job/" + failedJob.getId() + "/execute", null).status())
        .as("execute a job").isEqualTo(403);
    assertThat(olga.engine("DELETE", "deployment/" + deploymentId + "?cascade=true", null).status())
        .as("delete a deployment").isEqualTo(403);
    assertThat(send(request("/engine-rest/process-instance/" + instance, "olga").DELETE().build()).status())
        .as("delete over REST").isEqualTo(403);
    assertThat(send(request("/engine-rest/deployment/create", "olga")
        .header("Content-Type", "multipart/form-data; boundary=x")
        .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n"
            + "\r\nops\r\n--x--\r\n")).build()).status()).as("deploy over REST").isEqualTo(403);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult().isSuspended())
        .isFalse();
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(managementService.createJobQuery().jobId(failedJob.getId()).singleResult().getRetries()).isZero();
  }

  /** Cockpit's decision view: each complaint's triage, with what the table was asked and what it answered. */
  @Test
  void opsSeeEachComplaintsTriageDecision() {
    String complaintId = submitAndSettle(KETTLE_COMPLAINT);
    String resolution = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintId)
        .processDefinitionKey("complaint-resolution").singleResult().getId();

    Response decisions = get("/engine-rest/history/decision-instance?processInstanceId=" + resolution
        + "&includeInputs=true&includeOutputs=true", "olga");

    assertThat(decisions.status()).as(decisions.body()).isEqualTo(200);
    assertThat(decisions.json()).hasSize(1);
    assertThat(decisions.json().get(0).get("decisionDefinitionKey").asText()).isEqualTo("complaint-triage");
    assertThat(decisions.json().get(0).get("activityId").asText()).isEqualTo("Task_TriageComplaint");
    assertThat(decisions.json().get(0).get("outputs").toString()).contains("priority");
  }
}
