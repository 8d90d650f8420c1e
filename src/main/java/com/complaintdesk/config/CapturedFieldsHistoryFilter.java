package com.complaintdesk.config;

import com.complaintdesk.complaint.EngineKeys;
import com.complaintdesk.complaint.ProcessVariables;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * A submitted form's captured fields ({@link ProcessVariables#CAPTURED_FORM_FIELDS}) pass through the engine
 * for a moment: the form submission sets them as variables, a listener stores them in the app's tables and
 * removes them in the same transaction, so no runtime row is ever written. Their history events are dropped
 * here, so no history row is written either: a 5,000-character message never meets the engine's
 * varchar(4000), and the texts live in one place. Only the complaint processes are concerned.
 */
@Component
public class CapturedFieldsHistoryFilter extends AbstractProcessEnginePlugin {


  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Filter(configuration.getHistoryEventHandler()));
  }

  static boolean isCaptured(HistoryEvent event) {
    String process = event.getProcessDefinitionKey();
    if (process == null || !EngineKeys.PROCESSES.contains(process)) {
      return false;
    }
    String name = event instanceof HistoricVariableUpdateEventEntity variable ? variable.getVariableName()
        : event instanceof HistoricFormPropertyEventEntity property ? property.getPropertyId() : null;
    return name != null && ProcessVariables.CAPTURED_FORM_FIELDS.contains(name);
  }

  static final class Filter implements HistoryEventHandler {

    private final HistoryEventHandler next;

    Filter(HistoryEventHandler next) {
      this.next = next;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isCaptured(event)) {
        next.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      next.handleEvents(events.stream().filter(e -> !isCaptured(e)).toList());
    }
  }
}
