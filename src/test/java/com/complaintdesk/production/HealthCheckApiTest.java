package com.complaintdesk.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.complaintdesk.testsupport.TestDatabasePerContext;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The health endpoint that the container's HEALTHCHECK and the load balancer use answers without
 * credentials and reports UP with the database. In the PostgreSQL run it proves the redirect works.
 */
class HealthCheckApiTest extends AppTestSupport {

  @Autowired
  DataSource dataSource;

  @Test
  void healthIsUpWithoutCredentials() {
    for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
      Response response = get(path, null);
      assertThat(response.status()).as(path).isEqualTo(200);
      assertThat(response.body()).as(path).contains("\"UP\"");
    }
    String product = new JdbcTemplate(dataSource).execute(
        (org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
    assertThat(product).isEqualTo(TestDatabasePerContext.onPostgres() ? "PostgreSQL" : "H2");
  }
}
