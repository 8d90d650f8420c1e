package com.complaintdesk.complaint;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes the words of complaints stored before the word index existed (migration V3 lists them in
 * {@code complaint_search_backlog}). Once done, a start costs one empty lookup. Nodes starting together share
 * the work: whoever removes a complaint from the backlog indexes it, in the same transaction.
 */
@Component
@Order(1)
public class SearchTermBackfill implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(SearchTermBackfill.class);
  private static final int BATCH = 200;

  private final JdbcClient jdbc;
  private final ComplaintSearchIndex index;
  private final TransactionTemplate transaction;

  public SearchTermBackfill(JdbcClient jdbc, ComplaintSearchIndex index, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.index = index;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    int indexed = 0;
    long start = System.nanoTime();
    for (List<String> batch = next(); !batch.isEmpty(); batch = next()) {
      for (String complaintId : batch) {
        if (Boolean.TRUE.equals(transaction.execute(status -> indexOne(complaintId)))) {
          indexed++;
        }
      }
    }
    if (indexed > 0) {
      LOG.info("Indexed the words of {} earlier complaints in {} ms", indexed, (System.nanoTime() - start) / 1_000_000);
    }
  }

  private List<String> next() {
    return jdbc.sql("SELECT complaint_id FROM complaint_search_backlog ORDER BY complaint_id FETCH FIRST " + BATCH
        + " ROWS ONLY").query(String.class).list();
  }

  private boolean indexOne(String complaintId) {
    if (jdbc.sql("DELETE FROM complaint_search_backlog WHERE complaint_id = ?").param(complaintId).update() == 0) {
      return false; // another node took it
    }
    jdbc.sql("SELECT description FROM complaint WHERE id = ?").param(complaintId).query(String.class).optional()
        .ifPresent(description -> index.index(complaintId, description));
    return true;
  }
}
