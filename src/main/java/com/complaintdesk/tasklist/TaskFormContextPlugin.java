package com.complaintdesk.tasklist;

import com.complaintdesk.complaint.ProcessVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Tasklist fills a Camunda Form from the task's form variables ({@code GET task/{id}/form-variables}).
 * This adds the complaint's context from the app's tables ({@link TaskFormContext}) to that answer, after
 * the engine has checked that the user may read the task: the forms show the record, and the process keeps
 * no copies of it.
 */
@Component
public class TaskFormContextPlugin extends AbstractProcessEnginePlugin {

  private final TaskFormContext context;

  public TaskFormContextPlugin(@Lazy TaskFormContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(new AddFormContext(context));
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
  }

  static class AddFormContext extends CommandInterceptor {

    private final TaskFormContext context;

    AddFormContext(TaskFormContext context) {
      this.context = context;
    }

    @Override
    public <T> T execute(Command<T> command) {
      T result = next.execute(command);
      if (command instanceof GetTaskFormVariablesCmd formVariables && result instanceof VariableMap variables) {
        TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(formVariables.resourceId);
        ExecutionEntity instance = task == null ? null : task.getProcessInstance();
        if (instance != null && TaskFormContext.isComplaintProcess(task.getProcessDefinition().getKey())
            && instance.getBusinessKey() != null) {
          // what the task is about beside the complaint: a review, or a question to a department
          Object itemId = instance.hasVariable(ProcessVariables.REVIEW_ID)
              ? instance.getVariable(ProcessVariables.REVIEW_ID)
              : instance.getVariable(ProcessVariables.DEPARTMENT_QUESTION_ID);
          Map<String, Object> values;
          // the engine has checked that the user may read the task; what the app reads for it is not theirs to check
          CommandContext commandContext = Context.getCommandContext();
          boolean authorizationChecks = commandContext.isAuthorizationCheckEnabled();
          commandContext.disableAuthorizationCheck();
          try {
            values = context.forTask(task.getProcessDefinition().getKey(), instance.getBusinessKey(),
                itemId instanceof Number n ? n.longValue() : null);
          } finally {
            if (authorizationChecks) {
              commandContext.enableAuthorizationCheck();
            }
          }
          values.forEach((name, value) -> {
            if (formVariables.formVariableNames == null || formVariables.formVariableNames.contains(name)) {
              variables.putValueTyped(name, typed(value));
            }
          });
        }
      }
      return result;
    }

    private static TypedValue typed(Object value) {
      if (value instanceof Integer i) {
        return Variables.integerValue(i);
      }
      if (value instanceof Boolean b) {
        return Variables.booleanValue(b);
      }
      if (value instanceof Double d) {
        return Variables.doubleValue(d);
      }
      return Variables.stringValue(String.valueOf(value));
    }
  }
}
