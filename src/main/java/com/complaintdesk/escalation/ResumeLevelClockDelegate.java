package com.complaintdesk.escalation;

import com.complaintdesk.config.Variables;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer answered or the reply window closed: the level's clock restarts with the time it had left. */
@Component("resumeLevelClock")
public class ResumeLevelClockDelegate implements JavaDelegate {

  private final EscalationService escalation;

  public ResumeLevelClockDelegate(EscalationService escalation) {
    this.escalation = escalation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object left = execution.getVariable("levelTimeLeftMillis");
    LevelEntry entry = escalation.resumeAfterCustomer(Variables.requiredString(execution, "complaintId"),
        Variables.integer(execution, "currentLevel"), Variables.string(execution, "expertGroup"),
        Duration.ofMillis(((Number) left).longValue()));
    execution.setVariable("levelDueAt", Date.from(entry.deadline().dueAt()));
    execution.setVariable("levelRemindAt", Date.from(entry.deadline().remindAt()));
    execution.setVariable("levelDueText", entry.dueText());
    execution.removeVariable("levelTimeLeftMillis");
  }
}
