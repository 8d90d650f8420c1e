package com.complaintdesk.config;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for how this app uses it. With {@code job-executor-acquire-by-due-date}
 * and {@code job-executor-prefer-timer-jobs}, job acquisition orders the job table by type and due date:
 * without an index every acquisition reads every job, and ten thousand due deadlines fall behind. Created
 * after the engine has created its tables (Flyway runs before them); idempotent, and a node losing the race
 * to create one only logs it.
 * <p>On H2 the engine's query for the variables of one scope ({@code EXECUTION_ID_ = ? AND TASK_ID_ IS NULL}),
 * run whenever an expression such as {@code ${levelDueAt}} or a delegate's bean name is resolved, is planned on
 * the index of {@code TASK_ID_}, whose {@code IS NULL} matches every variable of every open complaint: each
 * lookup read the whole table (12,000 rows at 300 open complaints; 10 % of the CPU of intake). An index on both
 * columns makes it a lookup of the scope's own rows. PostgreSQL plans it on the engine's index of
 * {@code EXECUTION_ID_} and needs none.
 */
@Component
@Order(0)
public class EngineIndexes implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  static final String VARIABLES_OF_A_SCOPE = "CD_IDX_VARIABLE_SCOPE";

  private final JdbcClient jdbc;
  private final DataSource dataSource;

  public EngineIndexes(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.dataSource = dataSource;
  }

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    create("CD_IDX_JOB_ACQUISITION", "ACT_RU_JOB (TYPE_, DUEDATE_)");
    if (isH2()) {
      create(VARIABLES_OF_A_SCOPE, "ACT_RU_VARIABLE (EXECUTION_ID_, TASK_ID_)");
    }
  }

  private boolean isH2() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return "H2".equals(connection.getMetaData().getDatabaseProductName());
    }
  }

  private void create(String name, String on) {
    try {
      jdbc.sql("CREATE INDEX IF NOT EXISTS " + name + " ON " + on).update();
    } catch (DataAccessException e) {
      LOG.info("Index {} not created here (another node may be creating it): {}", name, e.getMessage());
    }
  }
}
