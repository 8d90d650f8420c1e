package com.complaintdesk.policy;

import com.complaintdesk.complaint.EngineKeys;
import com.complaintdesk.escalation.CustomerMessages;
import com.complaintdesk.survey.ImprovementReviewService;
import com.complaintdesk.survey.SurveyService;
import java.util.List;
import java.util.Optional;

/**
 * What the application's code relies on in the analysts' models and tables: decision keys and the outputs
 * the code reads, process keys, the message names it correlates and the elements it looks for. A deployment
 * that renames one of them is refused (DeploymentCheck) instead of failing complaints at run time.
 */
public final class ModelContract {

  public record Table(String key, List<String> outputs) {}

  public record Process(String key, List<String> messages, List<String> elements, List<String> decisions) {}

  public static final List<Table> TABLES = List.of(
      new Table(EngineKeys.TRIAGE_TABLE, List.of("priority", "startLevel", "informSupervisor")),
      new Table(EngineKeys.ESCALATION_MATRIX, List.of("deadline", "reminderShare")),
      new Table(EngineKeys.RESOLUTION_POLICY, List.of("offerType", "maxAmount")),
      new Table(EngineKeys.EXPERT_DIRECTORY, List.of("expertGroup")));

  public static final List<Process> PROCESSES = List.of(
      new Process(EngineKeys.RESOLUTION_PROCESS, List.of(EngineKeys.MESSAGE_SURVEY_ANSWERED),
          List.of(EngineKeys.START_EVENT), List.of(EngineKeys.TRIAGE_TABLE)),
      new Process(EngineKeys.ESCALATION_PROCESS,
          List.of(EngineKeys.MESSAGE_SUPERVISOR_REQUESTED, EngineKeys.MESSAGE_SELF_ESCALATED,
              EngineKeys.MESSAGE_CUSTOMER_REPLIED),
          List.of(EngineKeys.EXECUTIVE_OFFICE_TASK), List.of(EngineKeys.ESCALATION_MATRIX)),
      new Process(EngineKeys.REVIEW_PROCESS, List.of(EngineKeys.MESSAGE_REVIEW_REQUESTED), List.of(),
          List.of()),
      new Process(EngineKeys.DEPARTMENT_PROCESS, List.of(EngineKeys.MESSAGE_DEPARTMENT_QUESTION_ASKED), List.of(),
          List.of()));

  /** An escalation level's task is due at its deadline; its timers fire at the deadline and at the reminder. */
  public static final String LEVEL_DEADLINE = "${levelDueAt}";
  public static final String LEVEL_REMINDER = "${levelRemindAt}";
  /** the last level has nowhere to escalate to: its deadline alerts and leaves the task open */
  public static final List<String> LAST_LEVEL_TASKS = List.of(EngineKeys.EXECUTIVE_OFFICE_TASK);
  /**
   * Delegates that reach the outside world (the customer and order systems, fulfilment) or that a release keeps
   * behind a commit: a model runs them after a commit (asyncBefore) with a retry cycle, so a failure retries and
   * then shows as an incident. Entering a level and reminding are internal (issue 20): their mail goes to the
   * outbox in the same transaction, and the outbox relay retries the sending on its own.
   */
  public static final List<String> OUTSIDE_WORLD_BEANS = List.of("acknowledgeComplaint", "investigateComplaint",
      "askCustomerForInformation", "communicateResolution", "carryOutResolution", "sendSatisfactionSurvey",
      "communicateFollowUp", "requestImprovementReview");

  private ModelContract() {}

  public static Optional<Table> table(String key) {
    return TABLES.stream().filter(t -> t.key().equals(key)).findFirst();
  }

  public static Optional<Process> process(String key) {
    return PROCESSES.stream().filter(p -> p.key().equals(key)).findFirst();
  }
}
