package com.complaintdesk.config;

import com.complaintdesk.complaint.PlainFailure;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.bpmn.delegate.JavaDelegateInvocation;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.springframework.stereotype.Component;

/**
 * A failed job's exception message is the incident message ops read in Cockpit. A service task that fails
 * says in plain words what failed ("Investigation lookup failed: order service (ERP) timed out",
 * "Send satisfaction survey failed: timed out"), not a Java exception's text; the full exception stays in
 * the incident's stack trace and in the log.
 */
@Component
public class PlainIncidentMessages extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getDelegateInterceptor() == null) {
      configuration.setDelegateInterceptor(new Interceptor());
    }
  }

  static class Interceptor extends DefaultDelegateInterceptor {

    @Override
    public void handleInvocation(DelegateInvocation invocation) throws Exception {
      if (!(invocation instanceof JavaDelegateInvocation)) {
        super.handleInvocation(invocation);
        return;
      }
      try {
        super.handleInvocation(invocation);
      } catch (BpmnError | OptimisticLockingException passThrough) {
        throw passThrough;
      } catch (Exception e) {
        if (e instanceof PlainFailure) {
          throw e;
        }
        String step = invocation.getContextExecution() instanceof DelegateExecution execution
            && execution.getCurrentActivityName() != null ? execution.getCurrentActivityName() : "A service task";
        throw new StepFailedException(step + " failed: " + PlainFailure.describe(e), e);
      }
    }
  }

  static class StepFailedException extends RuntimeException implements PlainFailure {

    StepFailedException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
