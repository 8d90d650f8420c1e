package com.complaintdesk.config;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The app's tables must exist before the engine starts: Flyway refuses to migrate a schema that
 * Camunda has already filled, and the engine may run jobs that write complaint records at once.
 */
@Component
public class FlywayBeforeProcessEngine extends AbstractDependsOnBeanFactoryPostProcessor {

  public FlywayBeforeProcessEngine() {
    super(ProcessEngine.class, ProcessEngineFactoryBean.class, "flywayInitializer");
  }
}
