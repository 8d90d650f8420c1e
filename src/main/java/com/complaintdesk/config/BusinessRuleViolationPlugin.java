package com.complaintdesk.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws into a generic ProcessEngineException, which
 * Camunda's REST API answers with 500. Our listeners refuse bad input with a BadUserRequestException:
 * this brings it back to the surface (after the rollback), so REST clients get a 400 and Tasklist
 * shows the plain reason.
 */
@Component
public class BusinessRuleViolationPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new UnwrapBadUserRequest());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static class UnwrapBadUserRequest extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof BadUserRequestException badRequest) {
            throw badRequest;
          }
        }
        throw e;
      }
    }
  }
}
