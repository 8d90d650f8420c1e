package com.complaintdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.complaint.Timestamps;
import com.complaintdesk.testsupport.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The dashboard in a real (headless) Chromium: sam (supervisors) logs in, the charts are drawn from the API's
 * numbers and nothing fails in the page. Needs Debian's {@code chromium} and {@code chromium-driver}; skipped
 * where {@code /usr/bin/chromedriver} is missing.
 */
@Tag("browser")
@Tag(AppTestSupport.OWN_CONTEXT)
@DirtiesContext
class DashboardBrowserTest extends AppTestSupport {

  /** The screenshot in docs/reporting.md; refreshed in docs/ with -Ddocs.screenshots=true, else kept in target/. */
  static final Path SCREENSHOT = Boolean.getBoolean("docs.screenshots")
      ? Path.of("docs", "dashboard.png") : Path.of("target", "browser-tests", "dashboard.png");
  static final List<String> CHARTS = List.of("chart-funnel", "chart-breaches", "chart-satisfaction", "chart-issues");


  @RegisterExtension final Browser browser = new Browser("1280,1200");
  private WebDriver driver;

  @BeforeEach
  void browser() {
    driver = browser.driver();
  }

  @Test
  void samSeesTheChartsAndTheNumbersOfTheLast30Days() throws IOException {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    // five complaints: two resolved at the front line, one each at levels 2 to 4 (one of them still open and overdue);
    // D-104 started at level 2 (triage), so it was never at level 1
    complaint("D-101", now.minus(Duration.ofDays(9)), "SKU-KETTLE-2", "PRODUCT_DEFECT", 1, "CLOSED", null);
    resolve("D-101", 1, now.minus(Duration.ofDays(9)).plus(Duration.ofHours(3)));
    survey("D-101", 5, now.minus(Duration.ofDays(6)));
    complaint("D-102", now.minus(Duration.ofDays(8)), "SKU-KETTLE-2", "PRODUCT_DEFECT", 1, "CLOSED", null);
    resolve("D-102", 1, now.minus(Duration.ofDays(8)).plus(Duration.ofHours(5)));
    survey("D-102", 4, now.minus(Duration.ofDays(5)));
    complaint("D-103", now.minus(Duration.ofDays(7)), "SKU-KETTLE-2", "PRODUCT_DEFECT", 2, "CLOSED", null);
    breach("D-103", 1, now.minus(Duration.ofDays(6)));
    resolve("D-103", 2, now.minus(Duration.ofDays(5)));
    survey("D-103", 2, now.minus(Duration.ofDays(2)));
    complaint("D-104", now.minus(Duration.ofDays(4)), "SKU-TOASTER-1", "DELIVERY", 3, "IN_RESOLUTION",
        now.minus(Duration.ofHours(20)));
    breach("D-104", 2, now.minus(Duration.ofDays(2)));
    complaint("D-105", now.minus(Duration.ofDays(3)), "SKU-TOASTER-1", "DELIVERY", 4, "IN_RESOLUTION",
        now.minus(Duration.ofHours(2)));
    breach("D-105", 1, now.minus(Duration.ofDays(2)));
    levels("D-101", 1);
    levels("D-102", 1);
    levels("D-103", 1, 2);
    levels("D-104", 2, 3);
    levels("D-105", 1, 4);

    // HTTP Basic, as for the app's API; the browser keeps the login for the page's own requests
    driver.get("http://sam:demo@localhost:" + port + "/dashboard");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-loaded") != null);
    assertThat(driver.findElement(By.tagName("body")).getDomAttribute("data-loaded"))
        .as(driver.findElement(By.id("status")).getText()).isEqualTo("true");

    assertThat(text("received")).isEqualTo("5");
    assertThat(text("fcr")).isEqualTo("66.7 %");
    assertThat(text("level4")).isEqualTo("20.0 %");
    assertThat(text("breaches")).isEqualTo("3");
    assertThat(text("satisfaction")).isEqualTo("3.7 / 5");
    assertThat(text("overdue-count")).isEqualTo("2");
    assertThat(text("breached-open")).as("D-104 and D-105: open, a deadline passed").isEqualTo("2");
    assertThat(text("at-risk")).isEqualTo("0");
    assertThat(driver.findElements(By.cssSelector("#overdue tbody tr"))).hasSize(2);
    assertThat(driver.findElement(By.cssSelector("#overdue tbody tr")).getText()).startsWith("D-104");

    for (String chart : CHARTS) {
      assertThat(driver.findElements(By.id(chart))).as(chart).hasSize(1);
      Object drawn = ((JavascriptExecutor) driver).executeScript(
          "const c = Chart.getChart(arguments[0]); return c ? c.data.datasets[0].data.length : -1;", chart);
      assertThat(((Number) drawn).intValue()).as(chart + " drawn with data").isPositive();
    }
    Object funnel = ((JavascriptExecutor) driver).executeScript(
        "return Chart.getChart('chart-funnel').data.datasets[0].data;");
    assertThat(funnel.toString()).as("complaints that were at each level").isEqualTo("[4, 2, 1, 1]");

    List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(errors).as("JavaScript errors").isEmpty();

    Files.createDirectories(SCREENSHOT.toAbsolutePath().getParent());
    Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void aFrontLineAgentIsRefused() {
    driver.get("http://carla:demo@localhost:" + port + "/dashboard");
    assertThat(driver.getPageSource()).contains("Not allowed").doesNotContain("chart-funnel");
  }

  private String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private void complaint(String id, Instant createdAt, String sku, String category, int level, String status,
      Instant dueAt) {
    jdbc.sql("""
            INSERT INTO complaint (id, customer_id, customer_email, product_sku, category, channel, severity, regulatory,
              description, status, escalation_level, level_due_at, created_at, updated_at)
            VALUES (?, 'C-1001', 'dana@example.com', ?, ?, 'EMAIL', 'MEDIUM', FALSE, 'dashboard', ?, ?, ?, ?, ?)
            """)
        .params(id, sku, category, status, level, Timestamps.of(dueAt), Timestamps.of(createdAt),
            Timestamps.of(createdAt))
        .update();
  }

  /** The levels a complaint was at, in order: the first from triage, each next from the one before. */
  private void levels(String id, int... levels) {
    Integer from = null;
    for (int level : levels) {
      jdbc.sql("INSERT INTO escalation_step (complaint_id, from_level, to_level, reason, entered_at)"
          + " VALUES (?, ?, ?, ?, ?)").params(id, from, level, from == null ? "TRIAGE" : "DEADLINE_PASSED",
              Timestamps.of(Instant.now())).update();
      from = level;
    }
  }

  private void resolve(String id, int level, Instant at) {
    jdbc.sql("INSERT INTO resolution (complaint_id, escalation_level, resolution_type, amount, customer_message,"
        + " decided_at) VALUES (?, ?, 'APOLOGY', 0, 'Sorry.', ?)").params(id, level, Timestamps.of(at)).update();
  }

  private void breach(String id, int level, Instant at) {
    jdbc.sql("INSERT INTO complaint_alert (complaint_id, kind, escalation_level, due_at, raised_at)"
        + " VALUES (?, 'BREACH', ?, ?, ?)").params(id, level, Timestamps.of(at), Timestamps.of(at)).update();
  }

  private void survey(String id, int score, Instant answeredAt) {
    jdbc.sql("INSERT INTO survey (token, complaint_id, sent_at, status, answered_at, score)"
        + " VALUES (?, ?, ?, 'ANSWERED', ?, ?)")
        .params("token-" + id, id, Timestamps.of(answeredAt), Timestamps.of(answeredAt), score).update();
  }
}
