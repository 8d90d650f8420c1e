package com.complaintdesk.config;

import com.complaintdesk.complaint.EngineKeys;
import com.complaintdesk.complaint.ComplaintLifecycle;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * When an administrator deletes a complaint's process instance, the complaint is marked CANCELLED with who
 * and why, instead of staying "in resolution" forever. A built-in listener of the engine, not one in the
 * model: it runs even when the deletion skips custom listeners, and analysts cannot draw it away.
 */
@Component
public class CancelledInstancePlugin extends AbstractProcessEnginePlugin {

  private final ComplaintLifecycle lifecycle;

  public CancelledInstancePlugin(@Lazy ComplaintLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        if (EngineKeys.RESOLUTION_PROCESS.equals(processDefinition.getKey())) {
          processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, execution -> {
            ExecutionEntity instance = (ExecutionEntity) execution;
            if (instance.isProcessInstanceExecution() && instance.isCanceled() && instance.getBusinessKey() != null) {
              lifecycle.cancel(instance.getBusinessKey(), Context.getCommandContext().getAuthenticatedUserId(),
                  instance.getDeleteReason());
            }
          });
        }
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }
}
