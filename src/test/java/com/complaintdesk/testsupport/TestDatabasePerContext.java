package com.complaintdesk.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every application context of the tests a database of its own, so that test JVMs can be reused: a context
 * that keeps the test profile's URL ({@value #TEST_PROFILE_URL}...) gets a fresh in-memory H2 database, or, when
 * the build's PostgreSQL run sets {@code -Dcomplaints.test.postgres=true} (and {@link PostgresTestDatabase} is
 * configured), a fresh PostgreSQL database. On that run, an explicit in-memory URL (a second node on the same
 * database) maps to one PostgreSQL database per URL. The property source is added first, so it wins over test
 * properties too.
 */
public class TestDatabasePerContext implements EnvironmentPostProcessor {

  public static final String SWITCH = "complaints.test.postgres";
  /** The datasource of application-test.yaml. */
  static final String TEST_PROFILE_URL = "jdbc:h2:mem:complaint-desk-test";
  private static final AtomicInteger CONTEXTS = new AtomicInteger();
  private static final Map<String, String> DATABASES = new ConcurrentHashMap<>();

  public static boolean onPostgres() {
    return Boolean.getBoolean(SWITCH) && PostgresTestDatabase.configured();
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String original = environment.getProperty("spring.datasource.url", "");
    if (original.isBlank() || original.startsWith("jdbc:postgresql:")) {
      // a blank URL is the test of prod refusing to start without one
      return;
    }
    boolean ownDatabase = original.startsWith(TEST_PROFILE_URL);
    if (onPostgres()) {
      String url = ownDatabase ? PostgresTestDatabase.createDatabase("it")
          : DATABASES.computeIfAbsent(original, key -> PostgresTestDatabase.createDatabase("it"));
      environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
          "spring.datasource.url", url,
          "spring.datasource.username", PostgresTestDatabase.user(),
          "spring.datasource.password", PostgresTestDatabase.password(),
          "spring.datasource.driver-class-name", "org.postgresql.Driver",
          "spring.test.database.replace", "none")));
    } else if (ownDatabase) {
      environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
          "spring.datasource.url", "jdbc:h2:mem:context-" + CONTEXTS.incrementAndGet() + ";DB_CLOSE_DELAY=-1")));
    }
  }
}
