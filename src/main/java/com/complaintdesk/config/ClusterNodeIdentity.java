package com.complaintdesk.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Names this node in a cluster of identical nodes on one database: the job executor's lock owner
 * ({@code ACT_RU_JOB.LOCK_OWNER_}, shown in Cockpit) and the engine's host name (job log, metrics)
 * start with {@code complaints.node-name} (env {@code COMPLAINTS_NODE_NAME}, default: the host name),
 * so operators can tell which node holds or ran a job. A random suffix keeps a restarted node distinct
 * from its former self, whose locks simply expire.
 */
@Component
public class ClusterNodeIdentity implements BeanPostProcessor {

  private final String nodeName;
  private final String lockOwner;

  public ClusterNodeIdentity(@Value("${complaints.node-name:}") String configured) {
    this.nodeName = configured == null || configured.isBlank() ? hostName() : configured.trim();
    this.lockOwner = nodeName + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public String nodeName() {
    return nodeName;
  }

  public String lockOwner() {
    return lockOwner;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof JobExecutor jobExecutor) {
      jobExecutor.setLockOwner(lockOwner);
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
