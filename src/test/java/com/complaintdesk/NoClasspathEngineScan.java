package com.complaintdesk;

import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The test classpath holds {@code camunda.cfg.xml} for the process tests. Tasklist, Cockpit and the REST
 * API look engines up through {@link ProcessEngines}, whose first use scans the classpath for that file
 * and builds a second engine named "default" that replaces the app's. Marking the registry as
 * initialized skips the scan, so the webapps see the Spring Boot engine, as in production.
 */
public class NoClasspathEngineScan extends ProcessEngines
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    synchronized (ProcessEngines.class) {
      isInitialized = true;
    }
  }
}
