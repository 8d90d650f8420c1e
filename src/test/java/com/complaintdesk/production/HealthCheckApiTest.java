package com.complaintdesk.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.PostgresDatasourceRedirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The health endpoint that the container's HEALTHCHECK and the load balancer use answers without
 * credentials and reports UP with the database. In the PostgreSQL run it proves the redirect works.
 */
@Tag("any-database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:health-check;DB_CLOSE_DELAY=-1")
class HealthCheckApiTest {

  @LocalServerPort
  int port;

  @Autowired
  DataSource dataSource;

  @Test
  void healthIsUpWithoutCredentials() throws Exception {
    for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.body()).as(path).contains("\"UP\"");
    }
    String product = new JdbcTemplate(dataSource).execute(
        (org.springframework.jdbc.core.ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
    assertThat(product).isEqualTo(PostgresDatasourceRedirect.active() ? "PostgreSQL" : "H2");
  }
}
