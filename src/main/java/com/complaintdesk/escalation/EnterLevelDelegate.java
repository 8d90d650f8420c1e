package com.complaintdesk.escalation;

import com.complaintdesk.complaint.EscalationReason;
import static com.complaintdesk.complaint.ProcessVariables.CURRENT_LEVEL;
import static com.complaintdesk.complaint.ProcessVariables.DECISION_ID;
import static com.complaintdesk.complaint.ProcessVariables.ESCALATION_REASON;
import static com.complaintdesk.complaint.ProcessVariables.EXPERT_GROUP;
import static com.complaintdesk.complaint.ProcessVariables.INFORM_SUPERVISOR;
import static com.complaintdesk.complaint.ProcessVariables.LEVEL;
import static com.complaintdesk.complaint.ProcessVariables.LEVEL_DUE_AT;
import static com.complaintdesk.complaint.ProcessVariables.LEVEL_GROUP;
import static com.complaintdesk.complaint.ProcessVariables.LEVEL_REMIND_AT;
import static com.complaintdesk.complaint.ProcessVariables.OUTCOME;

import com.complaintdesk.complaint.ProcessVariables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Entry into a level (input parameter {@code level}): deadline and reminder dates for the level's
 * timers and the candidate group. The reason is whatever led here: triage, a referral (the previous
 * level's outcome), a passed deadline or the customer (set on the path that led here).
 */
@Component("enterLevel")
public class EnterLevelDelegate implements JavaDelegate {

  private final EscalationService escalation;

  public EnterLevelDelegate(EscalationService escalation) {
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int level = ProcessVariables.integer(execution, LEVEL);
    EscalationReason reason = EscalationReason.of(ProcessVariables.string(execution, ESCALATION_REASON),
        ProcessVariables.string(execution, OUTCOME));
    LevelEntry entry = escalation.enterLevel(ProcessVariables.complaintId(execution), level, reason,
        ProcessVariables.bool(execution, INFORM_SUPERVISOR));
    if (reason == EscalationReason.DEADLINE_PASSED) {
      SlaBreachFlag.set(execution);
    }
    execution.removeVariable(ESCALATION_REASON);
    execution.removeVariable(OUTCOME);
    execution.removeVariable(DECISION_ID);
    execution.setVariable(CURRENT_LEVEL, level);
    execution.setVariable(LEVEL_GROUP, entry.candidateGroup());
    if (level == Levels.EXPERT) {
      execution.setVariable(EXPERT_GROUP, entry.candidateGroup());
    }
    execution.setVariable(LEVEL_DUE_AT, Date.from(entry.deadline().dueAt()));
    execution.setVariable(LEVEL_REMIND_AT, Date.from(entry.deadline().remindAt()));
  }
}
