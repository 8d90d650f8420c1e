package com.complaintdesk.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.complaintdesk.testsupport.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The schema is the same on H2 (embedded default) and PostgreSQL (production): the app's Flyway migrations
 * and the engine's own create scripts give the same tables, columns and nullability on both.
 */
@Tag("postgres")
class SchemaParityIT {

  @Test
  void sameTablesAndColumnsOnH2AndPostgres() throws Exception {
    assumeTrue(PostgresTestDatabase.configured(), "no test PostgreSQL (COMPLAINTS_TEST_PG_URL) configured");
    String h2 = "jdbc:h2:mem:parity-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    String pg = PostgresTestDatabase.createDatabase("parity");

    createSchema(h2, "sa", "");
    createSchema(pg, PostgresTestDatabase.user(), PostgresTestDatabase.password());

    SortedSet<String> onH2;
    try (Connection c = DriverManager.getConnection(h2, "sa", "")) {
      onH2 = columns(c, "PUBLIC");
    }
    SortedSet<String> onPg;
    try (Connection c = PostgresTestDatabase.connect(pg)) {
      onPg = columns(c, "public");
    }
    assertThat(onPg).as("tables.columns on PostgreSQL").hasSizeGreaterThan(500);
    // the app's tables: same columns, same nullability
    assertThat(appTables(onPg)).isNotEmpty().containsExactlyElementsOf(appTables(onH2));
    // the engine's tables: same columns; Camunda's own scripts differ in one nullability
    // (ACT_RU_VARIABLE.VAR_SCOPE_ is NOT NULL on H2 only), which the engine never relies on
    assertThat(withoutNullability(onPg)).containsExactlyElementsOf(withoutNullability(onH2));
  }

  private static SortedSet<String> appTables(SortedSet<String> columns) {
    return columns.stream().filter(c -> !c.startsWith("act_"))
        .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
  }

  private static SortedSet<String> withoutNullability(SortedSet<String> columns) {
    return columns.stream().map(c -> c.substring(0, c.indexOf(' ')))
        .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
  }

  private static void createSchema(String url, String user, String password) {
    Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
    ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setJdbcUrl(url).setJdbcUsername(user).setJdbcPassword(password)
        .setJdbcDriver(url.startsWith("jdbc:h2") ? "org.h2.Driver" : "org.postgresql.Driver")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false)
        .setProcessEngineName("parity-" + UUID.randomUUID())
        .buildProcessEngine();
    engine.close();
  }

  /** {@code table.column nullable|not-null}, lower case, without Flyway's own history table. */
  private static SortedSet<String> columns(Connection c, String schema) throws SQLException {
    SortedSet<String> result = new TreeSet<>();
    DatabaseMetaData meta = c.getMetaData();
    try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (table.equals("flyway_schema_history")) {
          continue;
        }
        result.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " "
            + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? "not-null" : "nullable"));
      }
    }
    return result;
  }
}
