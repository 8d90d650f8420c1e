package com.complaintdesk.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * {@code prod} refuses to start without an explicit datasource, on an in-memory database (everything would be
 * gone at the next restart) and with a demo password for admin: left to the defaults it would run on an H2 file,
 * and the operators would find out when the data was gone.
 */
public class ProductionDatasourceCheck implements EnvironmentPostProcessor {

  static final Set<String> WEAK_PASSWORDS = Set.of("demo", "admin", "password", "camunda", "changeme");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    List<String> profiles = Arrays.asList(environment.getActiveProfiles());
    if (!profiles.contains("prod")) {
      return;
    }
    if (profiles.contains("demo")) {
      throw new IllegalStateException("The prod profile cannot run together with demo (demo users and sample data): "
          + "set SPRING_PROFILES_ACTIVE=prod alone");
    }
    String url = environment.getProperty("spring.datasource.url", "");
    if (url.isBlank()) {
      throw new IllegalStateException("The prod profile needs a database: set SPRING_DATASOURCE_URL (and "
          + "SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD), e.g. jdbc:postgresql://db:5432/complaints");
    }
    if (url.contains(":mem:") || url.startsWith("jdbc:hsqldb:mem") || url.startsWith("jdbc:derby:memory")) {
      throw new IllegalStateException("The prod profile needs a lasting database, not an in-memory one ("
          + url.replaceAll(";.*", "") + "): set SPRING_DATASOURCE_URL, e.g. jdbc:postgresql://db:5432/complaints");
    }
    String password = environment.getProperty("complaints.admin.password", "");
    if (WEAK_PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException("The prod profile refuses a demo password for admin: set "
          + "COMPLAINTS_ADMIN_PASSWORD to a password of your own");
    }
  }
}
