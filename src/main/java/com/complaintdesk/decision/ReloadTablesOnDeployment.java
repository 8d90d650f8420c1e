package com.complaintdesk.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.stereotype.Component;

/**
 * A deployment made on this node takes effect here at once: once it commits, the cached tables are read again.
 * Other nodes read them within {@link EngineDecisions#RELOAD}.
 */
@Component
public class ReloadTablesOnDeployment extends AbstractProcessEnginePlugin {

  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  /** What to do once a deployment on this node has committed. */
  void onDeployment(Runnable listener) {
    listeners.add(listener);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> postDeployers = configuration.getCustomPostDeployers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomPostDeployers());
    Deployer reload = deployment -> {
      if (deployment.isNew()) {
        Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
            committed -> listeners.forEach(Runnable::run));
      }
    };
    postDeployers.add(reload);
    configuration.setCustomPostDeployers(postDeployers);
  }
}
