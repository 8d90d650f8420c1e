package com.complaintdesk.resolution;

import static com.complaintdesk.complaint.ProcessVariables.DECISION_ID;
import static com.complaintdesk.complaint.ProcessVariables.OUTCOME;

import com.complaintdesk.complaint.ProcessVariables;
import com.complaintdesk.complaint.SubmissionRefused;
import com.complaintdesk.complaint.SubmittedForm;
import com.complaintdesk.complaint.TaskActor;
import com.complaintdesk.department.DepartmentQuestionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks a level's decision when the task completes and stores it; the process carries only the outcome
 * and the decision's id, and every later step reads the stored decision. A refusal rolls the completion
 * back: the task stays open and Tasklist (or the REST client, as a 400) shows the reason.
 */
@Component("validateResolution")
public class ValidateResolutionListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(ValidateResolutionListener.class);

  private final LevelDecisionService decisions;
  private final DepartmentQuestionService departments;

  public ValidateResolutionListener(LevelDecisionService decisions, DepartmentQuestionService departments) {
    this.decisions = decisions;
    this.departments = departments;
  }

  @Override
  public void notify(DelegateTask task) {
    String complaintId = ProcessVariables.complaintId(task);
    SubmittedForm form = SubmittedForm.of(task);
    String outcome = form.text(OUTCOME);
    // a referral's reason is kept as the decision's explanation, which the executive office reads
    String explanation = Outcome.REFER_TO_EXECUTIVE_OFFICE.name().equals(outcome) ? form.text("referralReason")
        : form.text("explanation");
    ResolutionDecision decision = new ResolutionDecision(outcome, form.text("resolutionType"),
        form.amount("resolutionAmount"), form.text("customerMessage"), form.text("apology"), explanation,
        form.text("informationRequest"));
    String decidedBy = TaskActor.of(task);
    if (decision.outcome() != null && !modelOffers(task, decision.outcome())) {
      throw new SubmissionRefused("This complaint runs on an earlier version of the escalation path, which offers no "
          + decision.outcome() + " here; choose another outcome, or move the complaint to the current version");
    }
    if (Outcome.ASK_DEPARTMENT.name().equals(outcome)) {
      // not a decision: the question is stored apart and the task comes back once it is sent
      long questionId = departments.ask(complaintId, form.text("department"), form.text("departmentQuestion"),
          decidedBy);
      form.discard();
      task.getExecution().setVariable(OUTCOME, outcome);
      task.getExecution().setVariable(ProcessVariables.DEPARTMENT_QUESTION_ID, questionId);
      return;
    }
    long decisionId;
    try {
      decisionId = decisions.decide(complaintId, task.getId(), decision, decidedBy);
    } catch (ResolutionRejectedException e) {
      LOG.info("Refused {}'s decision on {} ({}): {}", decidedBy, complaintId, task.getTaskDefinitionKey(),
          e.getMessage());
      throw new SubmissionRefused(e.getMessage());
    }
    form.discard();
    task.getExecution().setVariable(OUTCOME, decision.outcome());
    task.getExecution().setVariable(DECISION_ID, decisionId);
  }

  /**
   * Whether the outcome gateway after the task has a path for the outcome: a complaint still on an older model
   * version must not take an outcome only a newer one routes (the engine would find no way out). A task with no
   * outcome gateway after it takes what the checks allow.
   */
  static boolean modelOffers(DelegateTask task, String outcome) {
    UserTask element = task.getBpmnModelElementInstance();
    if (element == null) {
      return true;
    }
    List<SequenceFlow> paths = element.getOutgoing().stream().map(SequenceFlow::getTarget)
        .filter(ExclusiveGateway.class::isInstance).flatMap(gateway -> gateway.getOutgoing().stream()).toList();
    return paths.isEmpty() || paths.stream().map(SequenceFlow::getConditionExpression).filter(Objects::nonNull)
        .anyMatch(condition -> condition.getTextContent().contains("'" + outcome + "'"));
  }
}
