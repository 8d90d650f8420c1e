package bench.bare;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Names the node as the app does ({@code COMPLAINTS_NODE_NAME}): the engine's host name (job log, metrics)
 * and the job executor's lock owner, so two bare nodes on one database can be told apart like two app nodes.
 */
@Component
public class NodeIdentity implements BeanPostProcessor {

  private final String nodeName;

  public NodeIdentity(@Value("${COMPLAINTS_NODE_NAME:}") String configured) {
    String name = configured == null || configured.isBlank() ? hostName() : configured.trim();
    this.nodeName = name;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof JobExecutor jobExecutor) {
      jobExecutor.setLockOwner(nodeName + "-" + UUID.randomUUID().toString().substring(0, 8));
    } else if (bean instanceof ProcessEngineConfigurationImpl configuration) {
      configuration.setHostname(nodeName);
    }
    return bean;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "node";
    }
  }
}
