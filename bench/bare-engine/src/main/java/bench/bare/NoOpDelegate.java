package bench.bare;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Stands in for every bean the models name in a delegate expression: does nothing, except one thing the
 * app's delegates do as a side effect that the models rely on. When a called process (the escalation path)
 * reads a variable the models use ({@code levelDueAt}, {@code expertGroup}, ...) that was not mapped into it,
 * it is copied from the calling process, where the load generator put it at start. With a call activity that
 * passes all variables this finds nothing to copy and costs one variable lookup per name.
 */
public class NoOpDelegate implements JavaDelegate, TaskListener, ExecutionListener {

  private final Set<String> modelVariables;

  public NoOpDelegate(Set<String> modelVariables) {
    this.modelVariables = modelVariables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inheritModelVariables(execution);
  }

  @Override
  public void notify(DelegateExecution execution) {
    inheritModelVariables(execution);
  }

  @Override
  public void notify(DelegateTask task) {
    // no-op
  }

  private void inheritModelVariables(DelegateExecution execution) {
    DelegateExecution processInstance = execution.getProcessInstance();
    if (processInstance == null || processInstance.getSuperExecution() == null) {
      return;
    }
    for (String name : modelVariables) {
      if (execution.hasVariable(name)) {
        continue;
      }
      for (DelegateExecution caller = processInstance.getSuperExecution(); caller != null;
          caller = caller.getProcessInstance().getSuperExecution()) {
        if (caller.hasVariable(name)) {
          processInstance.setVariable(name, caller.getVariable(name));
          break;
        }
      }
    }
  }
}
