package com.complaintdesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.complaintdesk.survey.SurveyRepository;
import com.complaintdesk.testsupport.Browser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Agents in Tasklist, in a real (headless) Chromium: carla works a complaint through its Camunda Form,
 * sam does not see it. Needs Debian's {@code chromium} and {@code chromium-driver} (installed by .ci/run);
 * skipped where {@code /usr/bin/chromedriver} is missing.
 */
@Tag("browser")
@Tag(AppTestSupport.OWN_CONTEXT)
@DirtiesContext
class TasklistBrowserTest extends AppTestSupport {

  /** The README's screenshot; refreshed in docs/ with -Ddocs.screenshots=true, else kept in target/. */
  static final Path SCREENSHOT = Boolean.getBoolean("docs.screenshots")
      ? Path.of("docs", "tasklist-task-form.png") : Path.of("target", "browser-tests", "tasklist-task-form.png");
  static final Duration WAIT = Duration.ofSeconds(30);
  static final Duration ENGINE_WAIT = Duration.ofSeconds(30);
  static final String COMPLAINT_TEXT = "The kettle switches off before the water boils.";

  @Autowired HistoryService historyService;
  @Autowired ObjectMapper objectMapper;
  @Autowired SurveyRepository surveys;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;

  @RegisterExtension final Browser browser = new Browser("1280,1400");
  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void browser() {
    driver = browser.driver();
    wait = new WebDriverWait(driver, WAIT);
  }

  @Test
  void carlaWorksAComplaintThroughItsFormInTasklist() throws IOException {
    String complaintId = submitComplaint();
    Task task = awaitTask(complaintId, "Task_ResolveAtFrontLine");
    assertThat(taskIdsInFilter("carla", TasklistFilterSeeder.MY_GROUPS)).contains(task.getId());
    assertThat(taskIdsInFilter("carla", TasklistFilterSeeder.OVERDUE_ESCALATED)).doesNotContain(task.getId());

    login("carla");
    // the task list of the first filter ("My group's complaints") names the complaint and the customer
    WebElement listEntry = wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'task')]//a[contains(normalize-space(.),'" + complaintId + "')]")));
    assertThat(listEntry.getText()).contains("Dana Whitfield");
    listEntry.click();

    // the Camunda Form shows the customer's words without leaving the task
    WebElement description = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("textarea[id$='Field_description']")));
    wait.until(d -> COMPLAINT_TEXT.equals(description.getDomProperty("value")));

    click(By.xpath("//button[normalize-space()='Claim'] | //a[normalize-space()='Claim']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space()='Claim']")));

    click(By.xpath("//label[contains(@for,'Field_outcome') and normalize-space()='Resolve now']"));
    chooseFromDropdown("resolutionType", "Refund");
    type(By.cssSelector("input[id$='Field_resolutionAmount']"), "20");
    type(By.cssSelector("textarea[id$='Field_customerMessage']"),
        "We are sorry the kettle fails. We have refunded 20 EUR to your card.");

    screenshotOfTheForm();

    click(By.xpath("//button[normalize-space()='Complete']"));

    // the engine took the answer: the level 1 task is gone and the escalation path ended resolved
    awaitUntil("the L1 task is completed", () -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
    awaitUntil("the escalation path ended with the resolution recorded", () -> {
      HistoricProcessInstance escalation = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult();
      return escalation.getEndTime() != null && historyService.createHistoricActivityInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).activityId("EndEvent_ComplaintResolved").finished()
          .count() == 1;
    });
    // the decision is in the complaint record, as checked; the engine never held its texts
    assertThat(jdbc.sql("SELECT resolution_type || ' ' || amount || ' ' || decided_by FROM resolution WHERE complaint_id = ?")
        .param(complaintId).query(String.class).single()).isEqualTo("REFUND 20.00 carla");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .variableName("customerMessage").count()).isZero();
  }

  @Test
  void otherGroupsDoNotSeeFrontLineTasksAndLeadsSeeThemOnlyInAllOpenComplaints() throws IOException {
    String complaintId = submitComplaint();
    Task task = awaitTask(complaintId, "Task_ResolveAtFrontLine");

    login("erin");
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[contains(normalize-space(.),\"My group's complaints\")]")));
    // the task list has loaded (empty, or with erin's own complaints) and has no trace of carla's complaint
    wait.until(d -> d.getPageSource().contains("No task matching filters found")
        || !d.findElements(By.xpath("//*[contains(@class,'task')]//a[contains(normalize-space(.),'CMP-')]")).isEmpty());
    assertThat(driver.getPageSource()).doesNotContain(complaintId);
    // nor does opening the task directly show its form
    driver.get(tasklist() + "#/?task=" + task.getId());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("body")));
    assertThat(driver.findElements(By.cssSelector("textarea[id$='Field_description']"))).isEmpty();
    assertThat(driver.getPageSource()).doesNotContain(COMPLAINT_TEXT);

    // a supervisor's own filters hold only the supervisors' work; the lead's view holds everything
    for (String filter : List.of(TasklistFilterSeeder.MY_GROUPS, TasklistFilterSeeder.DUE_TODAY,
        TasklistFilterSeeder.OVERDUE_ESCALATED)) {
      assertThat(taskIdsInFilter("sam", filter)).as(filter).doesNotContain(task.getId());
    }
    assertThat(taskIdsInFilter("sam", TasklistFilterSeeder.ALL_OPEN)).contains(task.getId());
  }

  @ParameterizedTest(name = "level {0}: {2} opens {1}")
  @CsvSource({
      "2, Task_ResolveAsExpert, ed",
      "3, Task_ResolveAsSupervisor, sam",
      "4, Task_RespondAsExecutiveOffice, erin"})
  void eachLevelsFormShowsTheCaseToItsGroup(int level, String taskDefinitionKey, String user) throws IOException {
    String complaintId = submitComplaint();
    Task frontLine = awaitTask(complaintId, "Task_ResolveAtFrontLine");
    switch (level) {
      case 2 -> taskService.complete(frontLine.getId(), Map.of("outcome", "REFER_TO_EXPERT"));
      case 3 -> postEvent(complaintId, Map.of("type", "CUSTOMER_REQUESTS_SUPERVISOR"));
      default -> postEvent(complaintId, Map.of("type", "CUSTOMER_SELF_ESCALATED", "channel", "REGULATOR"));
    }
    Task task = awaitTask(complaintId, taskDefinitionKey);
    assertThat(taskIdsInFilter(user, TasklistFilterSeeder.OVERDUE_ESCALATED)).contains(task.getId());
    String photo = upload("/api/complaints/" + complaintId + "/attachments", "webchannel", "kettle_base.png",
        com.complaintdesk.evidence.EvidenceFiles.png()).json().get("link").asText();

    login(user);
    driver.get(tasklist() + "#/?task=" + task.getId());
    WebElement description = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("textarea[id$='Field_description']")));
    wait.until(d -> COMPLAINT_TEXT.equals(description.getDomProperty("value")));
    assertThat(driver.findElement(By.cssSelector("input[id$='Field_currentLevel']")).getDomProperty("value"))
        .isEqualTo(String.valueOf(level));
    assertThat(driver.findElement(By.cssSelector("input[id$='Field_complaintId']")).getDomProperty("value"))
        .isEqualTo(complaintId);
    assertThat(driver.findElement(By.cssSelector("textarea[id$='Field_offersSummary']")).getDomProperty("value"))
        .isNotBlank();
    assertThat(driver.findElement(By.cssSelector("input[id$='Field_levelDueText']")).getDomProperty("value"))
        .isNotBlank();
    // the evidence: a link per file that opens with the Tasklist login, and the page to add files
    WebElement file = driver.findElement(By.cssSelector("a[href='" + photo + "']"));
    assertThat(file.getText()).isEqualTo("kettle_base.png");
    assertThat(driver.findElements(By.cssSelector("a[href='/attachments.html#complaint=" + complaintId + "']")))
        .hasSize(1);
    Object status = ((JavascriptExecutor) driver).executeAsyncScript(
        "fetch(arguments[0]).then(r => arguments[1](r.status))", photo);
    assertThat(status).as("the file opens with %s's Tasklist session", user).isEqualTo(200L);
  }

  /**
   * Camunda Modeler 5.40 saves forms with schemaVersion 19; 7.24's Tasklist bundles form-js 1.8.7 (schema 16),
   * which never reads the version: such a form renders as long as its components are ones 1.8.7 knows (the
   * deployment check refuses the others).
   */
  @Test
  void aFormSavedByTodaysModelerRendersInTasklist() throws IOException {
    String original = Files.readString(Path.of("forms/resolve-at-front-line.form"));
    String today = original.replaceFirst("\"schemaVersion\": \\d+", "\"schemaVersion\": 19");
    assertThat(today).contains("\"schemaVersion\": 19");
    repositoryService.createDeployment().name("resolve-at-front-line").source("Camunda Modeler")
        .addString("resolve-at-front-line.form", today).deploy();
    try {
      String complaintId = submitComplaint();
      Task task = awaitTask(complaintId, "Task_ResolveAtFrontLine");
      openFormAs("carla", task);
      WebElement description = wait.until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("textarea[id$='Field_description']")));
      wait.until(d -> COMPLAINT_TEXT.equals(description.getDomProperty("value")));
      assertThat(driver.findElements(By.xpath("//label[contains(@for,'Field_outcome') and normalize-space()='Resolve now']")))
          .isNotEmpty();
    } finally {
      repositoryService.createDeployment().name(com.complaintdesk.policy.ReleaseModels.DEPLOYMENT_NAME)
          .source(com.complaintdesk.policy.ReleaseModels.SOURCE).addString("forms/resolve-at-front-line.form", original)
          .deploy();
    }
  }

  /** The level 4 form has no outcome input: a hidden expression field submits RESOLVED for the server check. */
  @Test
  void erinAnswersALevel4ComplaintBeyondWhatLevel3CouldOffer() throws IOException {
    String complaintId = submitComplaint();
    awaitTask(complaintId, "Task_ResolveAtFrontLine");
    postEvent(complaintId, Map.of("type", "CUSTOMER_SELF_ESCALATED", "channel", "REGULATOR"));
    Task task = awaitTask(complaintId, "Task_RespondAsExecutiveOffice");

    login("erin");
    click(By.xpath("//*[contains(@class,'task-filter')]//h4/a[contains(normalize-space(.),'Level 4')]"));
    click(By.xpath("//*[contains(@class,'task')]//a[contains(normalize-space(.),'" + complaintId + "')]"));
    WebElement description = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("textarea[id$='Field_description']")));
    wait.until(d -> COMPLAINT_TEXT.equals(description.getDomProperty("value")));
    click(By.xpath("//button[normalize-space()='Claim'] | //a[normalize-space()='Claim']"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space()='Claim']")));
    click(By.xpath("//label[contains(@for,'Field_outcome') and normalize-space()='Resolve, beyond what level 3 could offer']"));
    chooseFromDropdown("resolutionType", "Refund");
    type(By.cssSelector("input[id$='Field_resolutionAmount']"), "100");
    type(By.cssSelector("textarea[id$='Field_customerMessage']"), "We refund 100 EUR, more than the kettle cost.");
    type(By.cssSelector("textarea[id$='Field_apology']"), "We are sorry that you had to take this further.");
    type(By.cssSelector("textarea[id$='Field_explanation']"), "A faulty thermostat batch; we missed it twice.");
    click(By.xpath("//button[normalize-space()='Complete']"));

    awaitUntil("the L4 task is completed", () -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
    awaitUntil("the escalation path ended resolved", () -> historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).activityId("EndEvent_ExecutiveOfficeResponded").finished()
        .count() == 1);
  }

  @Test
  void samSeesWhyADissatisfiedCustomerNeedsAFollowUp() throws IOException {
    String complaintId = submitComplaint();
    Task frontLine = awaitTask(complaintId, "Task_ResolveAtFrontLine");
    taskService.complete(frontLine.getId(), Map.of("outcome", "RESOLVED", "resolutionType", "REFUND",
        "resolutionAmount", 20, "customerMessage", "We refunded 20 EUR."));
    // the survey goes out after a delay of days: fire that timer now
    awaitUntil("the survey delay timer", () -> surveyTimer(complaintId) != null);
    managementService.executeJob(surveyTimer(complaintId).getId());
    awaitUntil("the survey sent", () -> surveys.findLatestByComplaint(complaintId).isPresent());
    String token = surveys.findLatestByComplaint(complaintId).orElseThrow().token();
    Response answer = post("/api/surveys/" + token, null,
        json(Map.of("score", 1, "comment", "Still annoyed: the refund took a week.")));
    assertThat(answer.status()).as(answer.body()).isBetween(200, 299);
    Task followUp = awaitTask(complaintId, "Task_FollowUpDissatisfiedCustomer");

    openFormAs("sam", followUp);
    assertThat(value("input[id$='Field_surveyScore']")).isEqualTo("1");
    assertThat(value("textarea[id$='Field_surveyComment']")).isEqualTo("Still annoyed: the refund took a week.");
    assertThat(value("textarea[id$='Field_description']")).isEqualTo(COMPLAINT_TEXT);
    assertThat(value("input[id$='Field_resolutionType']")).isEqualTo("REFUND");
  }

  @Test
  void quinnSeesTheRootCauseReviewOfARecurringProblem() throws IOException {
    submitComplaint();
    String recurring = submitComplaint();
    Task review = awaitTask(recurring, "Task_ReviewRootCause");

    openFormAs("quinn", review);
    assertThat(value("input[id$='Field_complaintId']")).isEqualTo(recurring);
    assertThat(value("input[id$='Field_reviewReason']")).isNotBlank();
    assertThat(value("textarea[id$='Field_investigationSummary']")).contains("RECURRING");
  }

  private org.camunda.bpm.engine.runtime.Job surveyTimer(String complaintId) {
    return managementService.createJobQuery().processInstanceId(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("complaint-resolution").processInstanceBusinessKey(complaintId).singleResult().getId())
        .activityId("Event_SurveyDelayElapsed").singleResult();
  }

  /** What the user's Tasklist lists under a filter, asked of the engine as that user. */
  private List<String> taskIdsInFilter(String user, String filterName) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    identityService.setAuthentication(user, groups);
    try {
      String filterId = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
      return filterService.<Task>list(filterId).stream().map(Task::getId).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void openFormAs(String user, Task task) {
    login(user);
    driver.get(tasklist() + "#/?task=" + task.getId());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
    wait.until(d -> !value("[id$='Field_complaintId']").isBlank());
  }

  private String value(String css) {
    return String.valueOf(driver.findElement(By.cssSelector(css)).getDomProperty("value"));
  }

  @Test
  @SuppressWarnings("rawtypes")
  void carlaLogsAPhoneComplaintThroughTheStartForm() {
    login("carla");
    click(By.xpath("//a[contains(normalize-space(.),'Start process')]"));
    click(By.xpath("//*[contains(@class,'modal')]//a[normalize-space()='Complaint resolution']"));
    // the reference to read to the caller is there before Start
    wait.until(d -> value("[id$='Field_complaintReference']").matches("CMP-\\d{8}-[0-9A-Z]{8}"));
    String reference = value("[id$='Field_complaintReference']");
    type(By.cssSelector("input[id$='Field_customerId']"), "C-1001");
    type(By.cssSelector("input[id$='Field_customerName']"), "Dana Whitfield");
    // a caller without e-mail: their phone number instead
    type(By.cssSelector("input[id$='Field_customerPhone']"), "+49 30 1234567");
    type(By.cssSelector("input[id$='Field_orderId']"), "O-5001");
    chooseFromDropdown("category", "Product defect");
    chooseFromDropdown("channel", "Phone");
    chooseFromDropdown("severity", "Medium");
    type(By.cssSelector("textarea[id$='Field_description']"), "Phoned in: the lid of the kettle does not close.");
    click(By.xpath("//*[contains(@class,'modal')]//button[normalize-space()='Start']"));

    String phoned = "SELECT id FROM complaint WHERE channel = 'PHONE' AND description = ?";
    awaitUntil("a complaint logged by phone", () -> jdbc.sql(phoned)
        .param("Phoned in: the lid of the kettle does not close.").query(String.class).list().size() == 1);
    String complaintId = jdbc.sql(phoned).param("Phoned in: the lid of the kettle does not close.")
        .query(String.class).single();
    HistoricProcessInstance started = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey("complaint-resolution").processInstanceBusinessKey(complaintId).singleResult();
    assertThat(started).as("its process runs under the complaint id").isNotNull();
    Response complaint = get("/api/complaints/" + complaintId, "carla");
    assertThat(complaint.status()).as(complaint.body()).isEqualTo(200);
    assertThat(complaint.json().get("complaintId").asText()).isEqualTo(complaintId).isEqualTo(reference);
    assertThat(complaint.json().get("createdBy").asText()).isEqualTo("carla");
    assertThat(complaint.json().at("/customer/phone").asText()).isEqualTo("+49 30 1234567");
  }

  /** As the customer channel: desk users may not post customer events. */
  private void postEvent(String complaintId, Map<String, Object> event) throws IOException {
    Response response = event(complaintId, json(event));
    assertThat(response.status()).as(response.body()).isBetween(200, 299);
  }

  private String json(Map<String, Object> value) throws IOException {
    return objectMapper.writeValueAsString(value);
  }

  private String submitComplaint() throws IOException {
    Map<String, Object> complaint = Map.of("customerId", "C-1001", "customerName", "Dana Whitfield",
        "customerEmail", "dana@example.com", "orderId", "O-5001", "productSku", "SKU-KETTLE-2",
        "category", "PRODUCT_DEFECT", "channel", "EMAIL", "description", COMPLAINT_TEXT);
    Response response = post("/api/complaints", "webchannel", json(complaint));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("complaintId").asText();
  }

  /** The complaint carried through intake, investigation and triage by running its jobs. */
  private Task awaitTask(String complaintId, String taskDefinitionKey) {
    awaitUntil("task " + taskDefinitionKey + " of " + complaintId, () -> taskService.createTaskQuery()
        .processVariableValueEquals("complaintId", complaintId).taskDefinitionKey(taskDefinitionKey).count() == 1);
    return taskService.createTaskQuery().processVariableValueEquals("complaintId", complaintId)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  /** Waits for what the browser set off, running the engine's due jobs meanwhile (the job executor is off). */
  private void awaitUntil(String what, java.util.function.BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(ENGINE_WAIT);
    while (!settled(condition)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Timed out after " + ENGINE_WAIT.toSeconds() + " s waiting for " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private boolean settled(java.util.function.BooleanSupplier condition) {
    runDueJobs();
    return condition.getAsBoolean();
  }

  private String tasklist() {
    return "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }

  private void login(String user) {
    driver.get(tasklist());
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("input[ng-model='username'], input#inputUsername, input[name='username']")));
    username.sendKeys(user);
    driver.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.invisibilityOf(username));
  }

  /** form-js renders selects as its own searchable dropdown, not a native select. */
  private void chooseFromDropdown(String key, String label) {
    WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("[id$='Field_" + key + "']")));
    WebElement container = field.findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
    centered(container.findElement(By.cssSelector(".fjs-input-group"))).click();
    centered(wait.until(ExpectedConditions.elementToBeClickable(container.findElement(
        By.xpath(".//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + label + "']"))))).click();
  }

  private void type(By locator, String text) {
    // form-js debounces input and re-renders from its own state: leave the field (Tab) so it takes the
    // value at once, before the next field's change re-renders this one empty
    WebElement field = centered(wait.until(ExpectedConditions.elementToBeClickable(locator)));
    field.sendKeys(text, Keys.TAB);
    wait.until(d -> text.equals(d.findElement(locator).getDomProperty("value")));
  }

  private void click(By locator) {
    centered(wait.until(ExpectedConditions.elementToBeClickable(locator))).click();
  }

  /** Tasklist's fixed footer covers the bottom of the task pane: bring elements to the middle first. */
  private WebElement centered(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    return element;
  }

  /** What the agent sees on opening the task: the task's head and the top of the form. */
  private void screenshotOfTheForm() throws IOException {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})",
        driver.findElement(By.cssSelector("h2.task")));
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.createDirectories(SCREENSHOT.getParent());
    Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(SCREENSHOT)).isLessThan(300 * 1024);
  }
}
