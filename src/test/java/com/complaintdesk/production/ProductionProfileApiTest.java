package com.complaintdesk.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.complaintdesk.ComplaintDeskApplication;
import com.complaintdesk.config.ProductionDatasourceCheck;
import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http;
import com.complaintdesk.testsupport.Http.Response;
import com.complaintdesk.testsupport.TestDatabasePerContext;
import com.complaintdesk.testsupport.PostgresTestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/**
 * The promises of docs/operations.md ("Profiles", "Environment variables") about the {@code prod} profile: it refuses to start without an admin password,
 * starts with one from the environment, creates no demo users and no sample data, and takes its job
 * executor and history settings from the documented environment variables. It starts its own apps (no test
 * context), so it runs with the classes that have contexts of their own.
 */
@Tag(AppTestSupport.TAG)
@Tag(AppTestSupport.OWN_CONTEXT)
class ProductionProfileApiTest {

  private static final String SECRET = "s3cret-" + UUID.randomUUID();
  private static String datasourceUrl;
  private static String datasourceUser;
  private static String datasourcePassword;

  @BeforeAll
  static void database() {
    datasourceUrl = freshDatabase("prod");
    if (TestDatabasePerContext.onPostgres()) {
      datasourceUser = PostgresTestDatabase.user();
      datasourcePassword = PostgresTestDatabase.password();
    } else {
      datasourceUser = "sa";
      datasourcePassword = "";
    }
  }

  /** A file on H2: prod refuses an in-memory database. */
  private static String freshDatabase(String name) {
    return TestDatabasePerContext.onPostgres() ? PostgresTestDatabase.createDatabase(name)
        : "jdbc:h2:file:./target/prod-test/" + name + "-" + UUID.randomUUID() + ";WRITE_DELAY=0";
  }

  private static ConfigurableApplicationContext start(String adminPassword, String... extra) {
    return startOn(datasourceUrl, adminPassword, extra);
  }

  private static ConfigurableApplicationContext startOn(String url, String adminPassword, String... extra) {
    List<String> args = new ArrayList<>(List.of(
        "--spring.profiles.active=prod",
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + datasourceUser,
        "--spring.datasource.password=" + datasourcePassword,
        "--server.port=0",
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--complaints.admin.password=" + adminPassword));
    args.addAll(List.of(extra));
    return new SpringApplicationBuilder(ComplaintDeskApplication.class)
        .web(WebApplicationType.SERVLET)
        .run(args.toArray(String[]::new));
  }

  @Test
  void refusesToStartWithoutAdminPassword() {
    assertThatThrownBy(() -> start("").close())
        .hasStackTraceContaining("COMPLAINTS_ADMIN_PASSWORD");
  }

  @Test
  void refusesToStartWithoutAnExplicitDatasource() {
    assertThatThrownBy(() -> startOn("", SECRET).close())
        .hasStackTraceContaining("SPRING_DATASOURCE_URL");
  }

  /** Checked on the environment itself: on the PostgreSQL run every test context is redirected to PostgreSQL. */
  @Test
  void refusesAnInMemoryDatabase() {
    MockEnvironment environment = new MockEnvironment()
        .withProperty("spring.datasource.url", "jdbc:h2:mem:prod;DB_CLOSE_DELAY=-1")
        .withProperty("complaints.admin.password", SECRET);
    environment.setActiveProfiles("prod");
    assertThatThrownBy(() -> new ProductionDatasourceCheck().postProcessEnvironment(environment, null))
        .hasMessageContaining("not an in-memory one");
    environment.setProperty("spring.datasource.url", "jdbc:postgresql://db:5432/complaints");
    new ProductionDatasourceCheck().postProcessEnvironment(environment, null);
    environment.setActiveProfiles("prod", "demo");
    assertThatThrownBy(() -> new ProductionDatasourceCheck().postProcessEnvironment(environment, null))
        .hasMessageContaining("cannot run together with demo");
  }

  @Test
  void refusesADemoPasswordForAdmin() {
    String elsewhere = freshDatabase("prod-demo");
    assertThatThrownBy(() -> startOn(elsewhere, "demo").close()).hasStackTraceContaining("demo password");
  }

  @Test
  void startsWithAdminPasswordFromEnvironmentWithoutDemoUsersOrSampleData() throws Exception {
    try (ConfigurableApplicationContext app = start(SECRET,
        "--COMPLAINTS_NODE_NAME=prod-test",
        "--COMPLAINTS_JOB_LOCK_TIME_MS=45000",
        "--COMPLAINTS_JOB_MAX_WAIT_MS=7000",
        "--COMPLAINTS_HISTORY_TTL=P30D")) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("admin");
      assertThat(identity.checkPassword("admin", SECRET)).isTrue();

      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      assertThat(jdbc.queryForObject("select count(*) from customer", Integer.class)).isZero();
      assertThat(jdbc.queryForObject("select count(*) from product", Integer.class)).isZero();

      ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl)
          app.getBean(ProcessEngine.class).getProcessEngineConfiguration();
      assertThat(config.getJobExecutor().getLockTimeInMillis()).isEqualTo(45000);
      assertThat(config.getJobExecutor().getLockOwner()).startsWith("prod-test-");
      assertThat(config.getHostname()).isEqualTo("prod-test");
      assertThat(config.getHistoryTimeToLive()).isEqualTo("P30D");
      assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
      assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");

      String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
      assertThat(get(base + "/api/complaints/CMP-NONE", "admin", SECRET).status()).isEqualTo(404);
      assertThat(get(base + "/api/complaints/CMP-NONE", "carla", "demo").status()).isEqualTo(401);
      assertThat(get(base + "/api/complaints/CMP-NONE", "admin", "demo").status()).isEqualTo(401);
      assertThat(get(base + "/actuator/health", null, null).status()).isEqualTo(200);
      assertThat(get(base + "/v3/api-docs", null, null).status()).as("API docs behind login").isEqualTo(401);
      assertThat(get(base + "/api-docs.html", null, null).status()).isEqualTo(401);
      assertThat(get(base + "/v3/api-docs", "admin", SECRET).status()).isEqualTo(200);
      assertThat(get(base + "/api/demo/mail", "admin", SECRET).status()).as("no demo mailbox in prod").isEqualTo(404);

      // a client that reaches the node directly cannot dodge the back-off with a new X-Forwarded-For each time
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        Http node = Http.on(base);
        statuses.add(node.send(node.request("/api/complaints/CMP-NONE", "admin:guess-" + i)
            .header("X-Forwarded-For", "203.0.113." + (i + 1)).GET()).status());
      }
      assertThat(statuses).as("X-Forwarded-For from an untrusted peer is ignored").contains(429);

      // as if this database had once run the demo profile
      org.camunda.bpm.engine.identity.User carla = identity.newUser("carla");
      carla.setPassword("demo");
      identity.saveUser(carla);
    }
    assertThatThrownBy(() -> start(SECRET).close()).as("a demo account with its demo password")
        .hasStackTraceContaining("keep the demo password: [carla]");
  }

  private static Response get(String url, String user, String password) {
    return Http.on("").get(url, user == null ? null : user + ":" + password);
  }
}
