package com.complaintdesk.policy;

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

  public record Process(String key, List<String> messages, List<String> elements) {}

  public static final List<Table> TABLES = List.of(
      new Table("complaint-triage", List.of("priority", "startLevel", "informSupervisor")),
      new Table("escalation-matrix", List.of("deadline", "reminderShare")),
      new Table("resolution-policy", List.of("offerType", "maxAmount")),
      new Table("expert-directory", List.of("expertGroup")));

  public static final List<Process> PROCESSES = List.of(
      new Process("complaint-resolution", List.of(SurveyService.MESSAGE_SURVEY_ANSWERED),
          List.of("StartEvent_ComplaintReceived")),
      new Process("complaint-escalation",
          List.of(CustomerMessages.SUPERVISOR_REQUESTED, CustomerMessages.SELF_ESCALATED, CustomerMessages.REPLIED),
          List.of("Task_RespondAsExecutiveOffice")),
      new Process("improvement-review", List.of(ImprovementReviewService.MESSAGE_REVIEW_REQUESTED), List.of()));

  private ModelContract() {}

  public static Optional<Table> table(String key) {
    return TABLES.stream().filter(t -> t.key().equals(key)).findFirst();
  }

  public static Optional<Process> process(String key) {
    return PROCESSES.stream().filter(p -> p.key().equals(key)).findFirst();
  }
}
