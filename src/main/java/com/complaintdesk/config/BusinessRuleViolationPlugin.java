package com.complaintdesk.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a listener throws into a generic ProcessEngineException, which
 * Camunda's REST API answers with 500. Our listeners refuse bad input with a
 * FormFieldValidationException: this brings it back to the surface (after the rollback), so the REST
 * API answers 400 and Tasklist shows the plain reason.
 */
@Component
public class BusinessRuleViolationPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new UnwrapValidationFailure());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static class UnwrapValidationFailure extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof FormFieldValidationException invalid) {
            throw invalid;
          }
        }
        throw e;
      }
    }
  }
}
