package com.complaintdesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.complaintdesk.testsupport.AppTestSupport;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EngineIndexesTest extends AppTestSupport {

  /** The statement behind every variable lookup of a scope (the engine's selectVariablesByExecutionId, 7.24). */
  private static final String VARIABLES_OF_A_SCOPE = """
      SELECT RES.* FROM ACT_RU_VARIABLE RES
      LEFT JOIN ACT_RU_EXECUTION EXECUTION ON RES.EXECUTION_ID_ = EXECUTION.ID_
      LEFT JOIN ACT_RU_EXECUTION PARENT_EXECUTION ON EXECUTION.PARENT_ID_ = PARENT_EXECUTION.ID_
      WHERE EXECUTION_ID_ = 'x' AND TASK_ID_ IS NULL""";

  @Autowired DataSource dataSource;

  @Test
  void onH2TheVariablesOfAScopeAreLookedUpByTheirScopeNotByScanningEveryVariable() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assumeThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
    }
    List<String> plan = jdbc.sql("EXPLAIN " + VARIABLES_OF_A_SCOPE).query(String.class).list();

    assertThat(String.join("\n", plan)).contains(EngineIndexes.VARIABLES_OF_A_SCOPE)
        .doesNotContain("ACT_IDX_VARIABLE_TASK_ID");
  }
}
