package com.complaintdesk.complaint;

import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Every variable of the complaint processes, named once. The process carries only what its gateways,
 * timers and candidate groups need, plus references into the app's tables: each stays far below what
 * the engine can store (a String in varchar(4000)). Texts, decisions and facts live in the app's tables;
 * Tasklist's forms read them from there (see {@code tasklist.TaskFormContext}).
 */
public final class ProcessVariables {

  // complaint-resolution
  public static final String COMPLAINT_ID = "complaintId";
  public static final String RECURRING = "recurring";
  public static final String START_LEVEL = "startLevel";
  public static final String INFORM_SUPERVISOR = "informSupervisor";
  public static final String ESCALATION_REASON = "escalationReason";
  public static final String SURVEY_SCORE = "surveyScore";
  public static final String FOLLOW_UP_ID = "followUpId";
  /** input parameter of the closing tasks */
  public static final String CLOSE_REASON = "closeReason";
  /** input parameter of the tasks that request an improvement review; a variable of the review process */
  public static final String REVIEW_REASON = "reviewReason";
  public static final String REVIEW_ID = "reviewId";

  // complaint-escalation
  /** input parameter of "Enter level n" */
  public static final String LEVEL = "level";
  public static final String CURRENT_LEVEL = "currentLevel";
  public static final String LEVEL_GROUP = "levelGroup";
  public static final String EXPERT_GROUP = "expertGroup";
  public static final String LEVEL_DUE_AT = "levelDueAt";
  public static final String LEVEL_REMIND_AT = "levelRemindAt";
  public static final String LEVEL_TIME_LEFT_MILLIS = "levelTimeLeftMillis";
  public static final String OUTCOME = "outcome";
  public static final String DECISION_ID = "decisionId";
  /** a level's question to a department: set when the level task completes, read by "Ask a department" */
  public static final String DEPARTMENT_QUESTION_ID = "departmentQuestionId";
  /** transient: who asked the department, so the level task that comes back goes to them */
  public static final String DEPARTMENT_ASKED_BY = "departmentAskedBy";
  /** department-question: the department's group and when its answer is due */
  public static final String DEPARTMENT_GROUP = "departmentGroup";
  public static final String DEPARTMENT_DUE_AT = "departmentDueAt";
  /** complaint-resolution: the level whose answer ended the escalation path (mapped out of the call activity) */
  public static final String ANSWERED_AT_LEVEL = "answeredAtLevel";
  /** input parameter of the level 4 overdue alert */
  public static final String OVERDUE = "overdue";

  // both: a level's deadline passed; set on the escalation path and on the complaint-resolution instance calling it,
  // so Cockpit finds breached complaints with the variable filter "slaBreached = true"
  public static final String SLA_BREACHED = "slaBreached";

  /**
   * Form fields whose values are captured into the app's tables when the form is submitted and never stay
   * in the engine: not in runtime variables and not in history ({@code config.CapturedFieldsHistoryFilter}).
   * The start form's fields and every decision field of the task forms.
   */
  public static final Set<String> CAPTURED_FORM_FIELDS = Set.of(
      // start form: the complaint record
      "customerId", "customerName", "customerEmail", "orderId", "productSku", "category", "channel", "severity",
      "regulatory", "description", "language", "customerPhone", "complaintReference",
      // level tasks: the decision
      "resolutionType", "resolutionAmount", "customerMessage", "apology", "explanation", "informationRequest",
      "referralReason", "department", "departmentQuestion",
      // a department's answer
      "departmentAnswer",
      // follow-up of a dissatisfied customer
      "followUpMessage", "goodwillType", "goodwillAmount",
      // improvement review
      "rootCause", "consultedTeam", "correctiveAction", "procedureUpdated");

  private ProcessVariables() {}

  public static String complaintId(VariableScope scope) {
    return requiredString(scope, COMPLAINT_ID);
  }

  public static int currentLevel(VariableScope scope) {
    return integer(scope, CURRENT_LEVEL);
  }

  public static Instant levelDueAt(VariableScope scope) {
    return instant(scope, LEVEL_DUE_AT);
  }

  public static long decisionId(VariableScope scope) {
    return longValue(scope, DECISION_ID);
  }

  public static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  public static String requiredString(VariableScope scope, String name) {
    String value = string(scope, name);
    if (value == null) {
      throw new IllegalStateException("Process variable '" + name + "' is missing");
    }
    return value;
  }

  public static int integer(VariableScope scope, String name) {
    return (int) longValue(scope, name);
  }

  public static long longValue(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("Process variable '" + name + "' is not a number: " + value);
    }
    return number.longValue();
  }

  public static boolean bool(VariableScope scope, String name) {
    return Boolean.TRUE.equals(scope.getVariable(name));
  }

  public static Instant instant(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Date date)) {
      throw new IllegalStateException("Process variable '" + name + "' is not a date: " + value);
    }
    return date.toInstant();
  }
}
