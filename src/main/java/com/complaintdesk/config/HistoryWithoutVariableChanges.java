package com.complaintdesk.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.stereotype.Component;

/**
 * History level "full" without the change log of variables ({@code ACT_HI_DETAIL}): every variable update was
 * one more row there, and nothing reads them (Cockpit Community shows the current values, the KPIs read the
 * app's tables and the engine's activity and task history). {@code ACT_HI_VARINST} keeps each variable's last
 * value. The level keeps the id of "full" (3), so an existing database, which records the level by id, starts
 * unchanged, and the engine treats it as full everywhere else. It applies while {@code camunda.bpm.history-level}
 * is {@code full} (the default here).
 */
@Component
public class HistoryWithoutVariableChanges extends AbstractProcessEnginePlugin {

  static final HistoryLevelFull LEVEL = new HistoryLevelFull() {
    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL;
    }
  };

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // the engine picks the last level of the configured name ("full"), and custom levels come after its own
    List<HistoryLevel> custom = new ArrayList<>();
    if (configuration.getCustomHistoryLevels() != null) {
      custom.addAll(configuration.getCustomHistoryLevels());
    }
    custom.add(LEVEL);
    configuration.setCustomHistoryLevels(custom);
  }
}
