package com.complaintdesk.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the Spring Boot tests against PostgreSQL without touching them: when the build's PostgreSQL
 * execution sets {@code -Dcomplaints.test.postgres=true} (and {@link PostgresTestDatabase} is configured),
 * every application context whose datasource is not already PostgreSQL gets a fresh PostgreSQL database
 * instead. Contexts that shared one H2 URL share one PostgreSQL database, so tests see the same isolation
 * as on H2. The property source is added first, so it wins over test properties too.
 */
public class PostgresDatasourceRedirect implements EnvironmentPostProcessor {

  public static final String SWITCH = "complaints.test.postgres";
  private static final Map<String, String> DATABASES = new ConcurrentHashMap<>();

  public static boolean active() {
    return Boolean.getBoolean(SWITCH) && PostgresTestDatabase.configured();
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!active()) {
      return;
    }
    String original = environment.getProperty("spring.datasource.url", "");
    if (original.isBlank() || original.startsWith("jdbc:postgresql:")) {
      // a blank URL is the test of prod refusing to start without one
      return;
    }
    String url = DATABASES.computeIfAbsent(original, key -> PostgresTestDatabase.createDatabase("it"));
    environment.getPropertySources().addFirst(new MapPropertySource("postgresTestDatabase", Map.of(
        "spring.datasource.url", url,
        "spring.datasource.username", PostgresTestDatabase.user(),
        "spring.datasource.password", PostgresTestDatabase.password(),
        "spring.datasource.driver-class-name", "org.postgresql.Driver",
        "spring.test.database.replace", "none")));
  }
}
