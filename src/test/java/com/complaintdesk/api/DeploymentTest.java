package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Everything analysts put in processes/ and forms/ is deployed, and every form reference resolves. */
class DeploymentTest extends AppTestSupport {

  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;

  @Test
  void allModelsAndFormsAreDeployed() {
    assertThat(repositoryService.createProcessDefinitionQuery().latestVersion().list())
        .extracting(ProcessDefinition::getKey)
        .contains("complaint-resolution", "complaint-escalation", "improvement-review");
    assertThat(repositoryService.createDecisionDefinitionQuery().latestVersion().list())
        .extracting(d -> d.getKey())
        .contains("complaint-triage", "escalation-matrix", "resolution-policy", "expert-directory");
    assertThat(deployedFormIds()).contains("log-phone-complaint", "resolve-at-front-line", "resolve-as-expert",
        "resolve-as-supervisor", "respond-as-executive-office", "follow-up-dissatisfied-customer", "review-root-cause");
  }

  @Test
  void everyUserTaskHasANameACandidateGroupADueDateAndADeployedForm() {
    Set<String> forms = deployedFormIds();
    int userTasks = 0;
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        userTasks++;
        assertThat(task.getName()).as(task.getId()).isNotBlank();
        assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
        assertThat(task.getCamundaDueDate()).as(task.getId() + " due date (Tasklist's deadline filters)").isNotBlank();
        assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
        assertThat(forms).as(task.getId() + " formRef").contains(task.getCamundaFormRef());
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          assertThat(forms).contains(start.getCamundaFormRef());
        }
      }
    }
    assertThat(userTasks).isEqualTo(8);
  }

  @Test
  void theFormsOfRealTasksResolveAtEveryLevel() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    assertDeployedFormOfOpenTask(id, "resolve-at-front-line");
    event(id, "{\"type\":\"CUSTOMER_REQUESTS_SUPERVISOR\"}");
    runDueJobs();
    assertDeployedFormOfOpenTask(id, "resolve-as-supervisor");
    event(id, "{\"type\":\"CUSTOMER_SELF_ESCALATED\",\"channel\":\"REGULATOR\"}");
    runDueJobs();
    assertDeployedFormOfOpenTask(id, "respond-as-executive-office");

    String safety = submitAndSettle(KETTLE_COMPLAINT.replace("PRODUCT_DEFECT", "SAFETY"));
    assertDeployedFormOfOpenTask(safety, "resolve-as-expert");

    ProcessDefinition resolution = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey("complaint-resolution").latestVersion().singleResult();
    assertThat(formService.getDeployedStartForm(resolution.getId())).isNotNull();
  }

  void assertDeployedFormOfOpenTask(String complaintId, String formId) {
    String taskId = openTask(complaintId).getId();
    try (InputStream form = formService.getDeployedTaskForm(taskId)) {
      assertThat(json.readTree(form).get("id").asText()).isEqualTo(formId);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  Set<String> deployedFormIds() {
    Set<String> ids = new HashSet<>();
    for (Deployment deployment : repositoryService.createDeploymentQuery().list()) {
      List<String> names = repositoryService.getDeploymentResourceNames(deployment.getId());
      for (String name : names) {
        if (name.endsWith(".form")) {
          try (InputStream in = repositoryService.getResourceAsStream(deployment.getId(), name)) {
            JsonNode form = json.readTree(in);
            ids.add(form.get("id").asText());
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    return ids;
  }
}
