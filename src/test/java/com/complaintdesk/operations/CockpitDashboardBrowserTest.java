package com.complaintdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Browser;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 23, case 6: olga (operations) opens Cockpit and its start page shows the true counts of what is deployed and
 * of the open human tasks, with no refused call in the console. The engine API guard allows operations the
 * dashboard's read-only counts and nothing more (RoleMatrixApiTest keeps the rest refused).
 */
@Tag("browser")
@Tag(AppTestSupport.OWN_CONTEXT)
@DirtiesContext
class CockpitDashboardBrowserTest extends AppTestSupport {

  @Autowired RepositoryService repositoryService;

  @RegisterExtension final Browser browser = new Browser("1280,1400");
  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void browser() {
    driver = browser.driver();
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  @Test
  void olgaReadsTheTrueCountsOnCockpitsStartPage() {
    submitAndSettle(KETTLE_COMPLAINT);
    submitAndSettle(KETTLE_COMPLAINT);
    long openTasks = taskService.createTaskQuery().count();
    assertThat(openTasks).isGreaterThanOrEqualTo(2);

    driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[ng-model='username'], input#inputUsername, input[name='username']")));
    username.sendKeys("olga");
    driver.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
    driver.findElement(By.cssSelector("button[type='submit']")).click();

    // the page shows 0 until a section has loaded; a refused call leaves its whole section at 0
    assertThat(shown(".stats-section.processes a.value",
        repositoryService.createProcessDefinitionQuery().latestVersion().count())).isPositive();
    assertThat(shown(".stats-section.decisions a.value",
        repositoryService.createDecisionDefinitionQuery().latestVersion().count())).isPositive();
    assertThat(shown(".stats-section.deployments a.value", repositoryService.createDeploymentQuery().count()))
        .isPositive();
    assertThat(driver.findElements(By.cssSelector(".stats-section.cases a.value"))).as("no case definitions: Cockpit"
        + " hides the number").isEmpty();
    assertThat(shown(".stats-section.open-human-tasks a.value", openTasks)).isEqualTo(openTasks);

    List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage)
        .filter(m -> m.contains("403") || m.contains("may not call")).toList();
    assertThat(refused).as("calls Cockpit's start page makes that the guard refused").isEmpty();
  }

  /** The number a dashboard section shows, once it is the expected one or the wait is over. */
  private long shown(String css, long expected) {
    try {
      wait.until(d -> d.findElements(By.cssSelector(css)).stream()
          .anyMatch(e -> e.getText().strip().equals(Long.toString(expected))));
    } catch (org.openqa.selenium.TimeoutException notThere) {
      // the assertion below says what it shows instead
    }
    String text = driver.findElement(By.cssSelector(css)).getText().strip();
    assertThat(text).as(css).isEqualTo(Long.toString(expected));
    return Long.parseLong(text);
  }
}
