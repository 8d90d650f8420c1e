package bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the harness assumes about the app and its models, in one place. When the app or the models
 * change (a variable renamed, a task id, an endpoint, a credential), this is the file to update; the
 * scenarios use nothing else. bench/README.md ("Keeping the harness in sync") lists the same.
 */
final class Contract {

  private Contract() {}

  // ------------------------------------------------------------------ BPMN ids (processes/*.bpmn)

  /** The complaint's process, started by the app's intake (and by the harness on the bare engine). */
  static final String PROCESS_KEY = "complaint-resolution";
  /** The called escalation path; its activity statistics stand in for the app's escalation report. */
  static final String ESCALATION_PROCESS_KEY = "complaint-escalation";
  /** Level 1's user task: "the complaint's first level task". */
  static final String LEVEL1_TASK = "Task_ResolveAtFrontLine";
  /** Level 2's user task: where a complaint lands when level 1's deadline passes. */
  static final String LEVEL2_TASK = "Task_ResolveAsExpert";
  /** Level 1's interrupting deadline timer (boundary event on {@link #LEVEL1_TASK}). */
  static final String LEVEL1_DEADLINE_TIMER = "BoundaryEvent_Level1DeadlinePassed";
  /** The timer between carrying out the resolution and sending the survey. */
  static final String SURVEY_DELAY_TIMER = "Event_SurveyDelayElapsed";
  /** The message the survey answer correlates (by business key = complaint id). */
  static final String SURVEY_MESSAGE = "SurveyAnswered";

  // ------------------------------------------------------------------ the app

  /** Operations account; its password is COMPLAINTS_ADMIN_PASSWORD, which the demo profile honours. */
  static final String ADMIN_USER = "admin";
  /** readiness, not health: the app answers before its start-up runners (users, groups, filters) are done */
  static final String APP_HEALTH = "/actuator/health/readiness";
  static final String APP_INTAKE = "/api/complaints";
  static final String APP_REPORT = "/api/reports/escalations";
  /** Field of the intake's 201 body with the complaint id (= business key of the process). */
  static final String APP_COMPLAINT_ID = "complaintId";
  /** Field of the intake's 201 body with the id of the complaint's process instance. */
  static final String APP_PROCESS_INSTANCE_ID = "processInstanceId";
  /** Field of GET /api/complaints/{id}: escalation steps, each with {@code toLevel}. */
  static final String APP_ESCALATIONS = "escalations";

  static String appComplaint(String complaintId) {
    return "/api/complaints/" + complaintId;
  }

  /** Body of POST /api/complaints (docs/api.md). */
  static Map<String, Object> appIntakeBody(Workload.Complaint c) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("customerId", c.customerId());
    body.put("customerName", c.customerName());
    body.put("customerEmail", c.customerEmail());
    if (c.orderId() != null) {
      body.put("orderId", c.orderId());
    }
    if (c.productSku() != null) {
      body.put("productSku", c.productSku());
    }
    body.put("category", c.category());
    body.put("channel", c.channel());
    body.put("severity", c.severity());
    body.put("description", c.description());
    return body;
  }

  // ------------------------------------------------------------------ the engine REST API (app and bare engine)

  static final String ENGINE = "/engine-rest";

  /** The bare engine is ready when the models are deployed. */
  static final String BARE_READY = ENGINE + "/process-definition/key/" + PROCESS_KEY;
  static final String BARE_START = ENGINE + "/process-definition/key/" + PROCESS_KEY + "/start";

  /** What the bare engine does instead of GET /api/complaints/{id}: the complaint's open tasks. */
  static String bareComplaintView(String businessKey) {
    return ENGINE + "/task?processInstanceBusinessKey=" + Http.q(businessKey);
  }

  /** What the bare engine does instead of the escalation report: instances per activity of the escalation path. */
  static final String BARE_REPORT = ENGINE + "/process-definition/key/" + ESCALATION_PROCESS_KEY + "/statistics";

  /**
   * Start variables on the bare engine: what the models' gateways, timers, due dates and candidate groups read,
   * which in the app the delegates (investigation, triage, enter level) set. Read from processes/*.bpmn:
   * {@code ${!recurring}}, {@code ${startLevel == 1}}, {@code candidateGroups="${expertGroup}"},
   * {@code dueDate="${levelDueAt}"}, {@code timeDate ${levelRemindAt}}/{@code ${levelDueAt}},
   * {@code ${currentLevel == 1}}. The bare engine's no-op delegates copy them into the called escalation path
   * if the call activity does not map them.
   */
  static Map<String, Object> bareStartBody(Workload.Complaint c, String businessKey) {
    Instant now = Instant.now();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("complaintId", typed(businessKey, "String"));
    variables.put("recurring", typed(c.recurring(), "Boolean"));
    variables.put("startLevel", typed(1, "Integer"));
    variables.put("currentLevel", typed(1, "Integer"));
    variables.put("informSupervisor", typed(false, "Boolean"));
    variables.put("expertGroup", typed("experts-product", "String"));
    // level deadlines: far enough away that only the harness makes them due
    variables.put("levelDueAt", typed(engineDate(now.plusSeconds(24 * 3600)), "Date"));
    variables.put("levelRemindAt", typed(engineDate(now.plusSeconds(18 * 3600)), "Date"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("businessKey", businessKey);
    body.put("variables", variables);
    return body;
  }

  /** POST /engine-rest/task/{id}/complete on the level-1 task: resolved at once, within level 1's authority. */
  static Map<String, Object> level1ResolvedDecision() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("outcome", typed("RESOLVED", "String"));
    variables.put("resolutionType", typed("APOLOGY", "String"));
    variables.put("resolutionAmount", typed(0, "Integer"));
    variables.put("customerMessage", typed("We are sorry: the kettle was faulty. Thank you for telling us.", "String"));
    return Map.of("variables", variables);
  }

  /**
   * POST /engine-rest/message answering the survey. The app's own path is POST /api/surveys/{token} with the
   * token from the survey e-mail (outbox table, which staff cannot read); the harness correlates the message as
   * admin instead, with the variable the app's SurveyService sets.
   */
  static Map<String, Object> surveyAnsweredMessage(String businessKey) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("surveyScore", typed(5, "Integer"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messageName", SURVEY_MESSAGE);
    body.put("businessKey", businessKey);
    body.put("processVariables", variables);
    return body;
  }

  static Map<String, Object> jobDueDate(Instant due) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("duedate", engineDate(due));
    body.put("cascade", false);
    return body;
  }

  // ------------------------------------------------------------------ the floor (bench/bare-engine: floor/floor.bpmn)

  /**
   * The floor's process, which the bare engine deploys alone with BENCH_MODEL=floor: start, user task
   * {@link #FLOOR_FIRST_TASK} with the interrupting timer {@link #FLOOR_DEADLINE_TIMER} (P1D) leading to
   * {@link #FLOOR_SECOND_TASK}; the first task completed, the process ends. No variables, no delegates.
   */
  static final String FLOOR_PROCESS_KEY = "floor";
  /** The floor's counterpart of {@link #LEVEL1_TASK}. */
  static final String FLOOR_FIRST_TASK = "Task_First";
  /** The floor's counterpart of {@link #LEVEL2_TASK}. */
  static final String FLOOR_SECOND_TASK = "Task_Second";
  /** The floor's counterpart of {@link #LEVEL1_DEADLINE_TIMER}. */
  static final String FLOOR_DEADLINE_TIMER = "BoundaryEvent_FirstDeadlinePassed";
  /** The floor engine is ready when its model is deployed. */
  static final String FLOOR_READY = ENGINE + "/process-definition/key/" + FLOOR_PROCESS_KEY;
  static final String FLOOR_START = ENGINE + "/process-definition/key/" + FLOOR_PROCESS_KEY + "/start";

  /** Start of a floor instance: a business key, nothing else (the complaint's fields do not matter to it). */
  static Map<String, Object> floorStartBody(String businessKey) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("businessKey", businessKey);
    return body;
  }

  /** POST /engine-rest/task/{id}/complete on the floor's first task: no variables. */
  static Map<String, Object> floorCompletion() {
    return Map.of("variables", Map.of());
  }

  // ------------------------------------------------------------------ engine REST date format

  static final DateTimeFormatter ENGINE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  static String engineDate(Instant instant) {
    return ENGINE_DATE.format(instant);
  }

  static long parseEngineDate(Object text) {
    return java.time.OffsetDateTime.parse((String) text,
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant().toEpochMilli();
  }

  private static Map<String, Object> typed(Object value, String type) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("value", value);
    v.put("type", type);
    return v;
  }
}
