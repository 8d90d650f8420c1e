package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.identity.ReadScope;
import com.complaintdesk.reporting.ComplaintListParameters;
import com.complaintdesk.reporting.ComplaintListQuery;
import com.complaintdesk.reporting.ComplaintListRepository;
import com.complaintdesk.reporting.ComplaintListRepository.Statement;
import com.complaintdesk.testsupport.TestDatabasePerContext;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every query shape of the complaint list can be answered from an index, on H2 and on PostgreSQL (its build
 * runs this test again there). The database's own plan is read: H2 names the index it uses or a table scan;
 * PostgreSQL, told to avoid sequential scans, still falls back to one when no index fits (for example a
 * range on the word index that the column's collation could not use). How fast at volume is measured, not
 * asserted: ComplaintListScaleApiTest, docs/operations.md.
 */
class ComplaintListIndexApiTest extends AppTestSupport {

  @Autowired ComplaintListRepository repository;
  @Autowired TransactionTemplate transaction;

  @ParameterizedTest
  @ValueSource(strings = {"", "sort=id", "sort=createdAt,asc", "status=IN_RESOLUTION", "status=CLOSED,RESOLVED",
      "overdue=true&sort=levelDueAt", "overdue=true", "sort=levelDueAt,desc", "level=3,4&sort=priority,desc",
      "level=2", "priority=CRITICAL", "sort=priority,desc", "category=SAFETY", "customerId=C-1001",
      "customerEmail=Dana@Example.com", "createdFrom=2026-01-01&createdTo=2026-02-01", "q=kettle", "q=ke",
      "q=kettle+refund", "q=zz", "q=kettle&overdue=true&sort=levelDueAt"})
  void everyQueryOfTheListReadsAnIndex(String parameters) {
    ComplaintListQuery query = ComplaintListParameters.parse(
        UriComponentsBuilder.fromUriString("/api/complaints?" + parameters).build().getQueryParams());
    assertUsesIndexes(repository.statement(query, new ReadScope(true, "sam", List.of()), Instant.now(), 21));
    assertUsesIndexes(repository.statement(query, new ReadScope(false, "ed", List.of("experts", "experts-product")),
        Instant.now(), 21));
  }

  private void assertUsesIndexes(Statement statement) {
    String plan = transaction.execute(status -> {
      if (TestDatabasePerContext.onPostgres()) {
        jdbc.sql("SET LOCAL enable_seqscan = off").update();
      }
      return String.join("\n", jdbc.sql("EXPLAIN " + statement.sql()).params(statement.parameters())
          .query(String.class).list());
    });
    assertThat(plan).as(statement.sql()).doesNotContain("Seq Scan").doesNotContainIgnoringCase("tableScan");
  }
}
