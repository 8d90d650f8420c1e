package com.complaintdesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PostgresTestDatabaseTest {

  static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 13, 20, 0);

  @Test
  void onlyDatabasesOfEarlierBuildsAreSweptNotTheNeighbouringTestJvmsOne() {
    assertThat(PostgresTestDatabase.leftOverLongAgo("cdtest_it_1123131735_77e31f", NOW)).isFalse();
    assertThat(PostgresTestDatabase.leftOverLongAgo("cdtest_it_1123120000_77e31f", NOW)).isTrue();
    assertThat(PostgresTestDatabase.leftOverLongAgo("cdtest_it_1231235959_77e31f", NOW.withMonth(1).withDayOfMonth(1)
        .withHour(0).withMinute(10))).as("created last year").isFalse();
    assertThat(PostgresTestDatabase.leftOverLongAgo("cdtest_it_1122235959_77e31f", NOW)).isTrue();
    assertThat(PostgresTestDatabase.leftOverLongAgo("cdtest_somethingelse", NOW)).isTrue();
  }
}
