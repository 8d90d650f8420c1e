package com.complaintdesk.escalation;

import com.complaintdesk.config.Variables;
import com.complaintdesk.resolution.CaseFactsReader;
import com.complaintdesk.resolution.ResolutionPolicyService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Entry into a level (input parameter {@code level}): deadline and reminder dates for the level's
 * timers, the candidate group, the offers the level may make. The reason is whatever led here:
 * triage, a referral, a passed deadline or the customer (set on the path that led here).
 */
@Component("enterLevel")
public class EnterLevelDelegate implements JavaDelegate {

  public static final String REASON_VARIABLE = "escalationReason";

  private final EscalationService escalation;
  private final ResolutionPolicyService policy;

  public EnterLevelDelegate(EscalationService escalation, ResolutionPolicyService policy) {
    this.escalation = escalation;
    this.policy = policy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int level = Variables.integer(execution, "level");
    String reason = Variables.string(execution, REASON_VARIABLE);
    if (reason == null) {
      String outcome = Variables.string(execution, "outcome");
      reason = outcome == null ? "REFERRED" : outcome;
    }
    LevelEntry entry = escalation.enterLevel(Variables.requiredString(execution, "complaintId"), level, reason,
        Variables.bool(execution, "informSupervisor"));
    execution.removeVariable(REASON_VARIABLE);
    execution.removeVariable("outcome");
    execution.setVariable("currentLevel", level);
    execution.setVariable("levelReason", entry.reason());
    execution.setVariable("levelGroup", entry.candidateGroup());
    if (level == Levels.EXPERT) {
      execution.setVariable("expertGroup", entry.candidateGroup());
    }
    execution.setVariable("levelDueAt", Date.from(entry.deadline().dueAt()));
    execution.setVariable("levelRemindAt", Date.from(entry.deadline().remindAt()));
    execution.setVariable("levelDueText", entry.dueText());
    var facts = CaseFactsReader.read(execution);
    execution.setVariable("offersSummary", ResolutionPolicyService.summary(policy.offers(facts.category(),
        facts.orderValue(), facts.customerTier(), level, facts.recurring())));
  }
}
