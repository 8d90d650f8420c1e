package com.complaintdesk.metrics;

import com.complaintdesk.testsupport.Http.Response;
import com.complaintdesk.testsupport.AppTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;

/**
 * Prometheus scrapes /actuator/prometheus with the credentials of admin or operations. (Spring Boot tests
 * export no metrics unless asked: {@link AutoConfigureObservability} asks, as the running app does.)
 */
@AutoConfigureObservability(tracing = false)
@org.junit.jupiter.api.Tag(AppTestSupport.OWN_CONTEXT)
@org.springframework.test.annotation.DirtiesContext
class MetricsApiTest extends AppTestSupport {

  @Test
  void countersGaugesAndTheEngineAreScrapedAfterComplaintsWereWorked() {
    String closed = surveyed();
    assertThat(post("/api/surveys/" + surveyToken(closed), null, "{\"score\":4}").status()).isEqualTo(204);
    runDueJobs();
    String late = submitAndSettle(KETTLE_COMPLAINT);
    fireTimer(late, "BoundaryEvent_Level1DeadlineNear");
    fireTimer(late, "BoundaryEvent_Level1DeadlinePassed");

    Response scrape = get("/actuator/prometheus", "admin");
    assertThat(scrape.status()).as(scrape.body()).isEqualTo(200);
    assertThat(scrape.header("Content-Type")).startsWith("text/plain");
    String metrics = scrape.body();
    assertThat(value(metrics, "complaints_received_total", "category=\"PRODUCT_DEFECT\"", "channel=\"EMAIL\""))
        .isEqualTo(2.0);
    assertThat(value(metrics, "complaints_closed_total", "reason=\"SATISFIED\"")).isEqualTo(1.0);
    assertThat(value(metrics, "complaints_escalations_total", "level=\"2\"", "reason=\"DEADLINE_PASSED\""))
        .isEqualTo(1.0);
    assertThat(value(metrics, "complaints_deadline_breaches_total", "level=\"1\"")).isEqualTo(1.0);
    assertThat(value(metrics, "complaints_deadline_reminders_total", "level=\"1\"")).isEqualTo(1.0);
    assertThat(value(metrics, "complaints_survey_score_count")).isEqualTo(1.0);
    assertThat(value(metrics, "complaints_survey_score_sum")).isEqualTo(4.0);
    assertThat(value(metrics, "complaints_open", "level=\"1\"")).isEqualTo(0.0);
    assertThat(value(metrics, "complaints_open", "level=\"2\"")).as("the late one, now with the expert").isEqualTo(1.0);
    assertThat(value(metrics, "camunda_incidents_open")).isEqualTo(0.0);
    assertThat(value(metrics, "camunda_jobs_failed")).isEqualTo(0.0);
    assertThat(value(metrics, "camunda_jobs_executable")).isEqualTo(0.0);

    assertThat(get("/actuator/prometheus", "olga").status()).as("operations").isEqualTo(200);
  }

  @Test
  void theScrapeNeedsCredentialsOfAdminOrOperations() {
    assertThat(get("/actuator/prometheus", null).status()).isEqualTo(401);
    for (String user : List.of("carla", "ed", "sam", "erin", "quinn", "webchannel")) {
      assertThat(get("/actuator/prometheus", user).status()).as(user).isEqualTo(403);
    }
  }

  /** The sample of a metric with all the given labels; fails when there is none. */
  private static double value(String metrics, String name, String... labels) {
    return metrics.lines()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .filter(line -> Arrays.stream(labels).allMatch(line::contains))
        .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " " + Arrays.toString(labels) + " in\n"
            + metrics.lines().filter(l -> l.startsWith(name)).toList()));
  }
}
