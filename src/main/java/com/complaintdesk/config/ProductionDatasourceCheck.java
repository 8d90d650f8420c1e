package com.complaintdesk.config;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * {@code prod} refuses to start without an explicit datasource: left to the defaults it would run on an H2
 * file (or an in-memory database), and the operators would find out when the data was gone.
 */
public class ProductionDatasourceCheck implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
      return;
    }
    String url = environment.getProperty("spring.datasource.url", "");
    if (url.isBlank()) {
      throw new IllegalStateException("The prod profile needs a database: set SPRING_DATASOURCE_URL (and "
          + "SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD), e.g. jdbc:postgresql://db:5432/complaints");
    }
  }
}
