package com.complaintdesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HistoryWithoutVariableChangesTest extends AppTestSupport {

  @Autowired ProcessEngine engine;
  @Autowired HistoryService historyService;

  @Test
  void aComplaintMovingUpAlevelKeepsItsVariablesLastValuesButWritesNoChangeLog() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    List<String> instances = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).list().stream()
        .map(ProcessInstance::getId).toList();
    Job deadline = managementService.createJobQuery().timers().activityId("BoundaryEvent_Level1DeadlinePassed").list()
        .stream().filter(j -> instances.contains(j.getProcessInstanceId())).findFirst().orElseThrow();
    managementService.setJobDuedate(deadline.getId(), new Date());
    managementService.executeJob(deadline.getId());
    assertThat(openTask(id).getTaskDefinitionKey()).isEqualTo("Task_ResolveAsExpert");

    for (String instance : instances) {
      assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).count())
          .as("ACT_HI_DETAIL of " + instance).isZero();
    }
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(instances.toArray(String[]::new))
        .variableName("currentLevel").list()).extracting(v -> v.getValue()).contains(2);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(deadline.getProcessInstanceId())
        .activityId("BoundaryEvent_Level1DeadlinePassed").count()).as("activity history kept").isOne();
  }

  @Test
  void theLevelIsFullToTheEngineAndToAnExistingDatabase() {
    HistoryLevel level = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel();
    assertThat(level).isSameAs(HistoryWithoutVariableChanges.LEVEL);
    assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
    assertThat(level.getName()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getName());
    assertThat(engine.getManagementService().getHistoryLevel()).as("what the REST API and the webapps read")
        .isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
    assertThat(jdbc.sql("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'").query(String.class)
        .single()).isEqualTo("3");
  }
}
