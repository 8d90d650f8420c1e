package com.complaintdesk.config;

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
 */
@Component
@Order(0)
public class EngineIndexes implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  private final JdbcClient jdbc;

  public EngineIndexes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    create("CD_IDX_JOB_ACQUISITION", "ACT_RU_JOB (TYPE_, DUEDATE_)");
  }

  private void create(String name, String on) {
    try {
      jdbc.sql("CREATE INDEX IF NOT EXISTS " + name + " ON " + on).update();
    } catch (DataAccessException e) {
      LOG.info("Index {} not created here (another node may be creating it): {}", name, e.getMessage());
    }
  }
}
