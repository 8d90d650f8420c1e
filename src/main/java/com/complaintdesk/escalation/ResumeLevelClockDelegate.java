package com.complaintdesk.escalation;

import com.complaintdesk.complaint.ProcessVariables;
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
    LevelEntry entry = escalation.resumeAfterCustomer(ProcessVariables.complaintId(execution),
        ProcessVariables.currentLevel(execution), ProcessVariables.string(execution, ProcessVariables.EXPERT_GROUP),
        Duration.ofMillis(ProcessVariables.longValue(execution, ProcessVariables.LEVEL_TIME_LEFT_MILLIS)));
    execution.setVariable(ProcessVariables.LEVEL_DUE_AT, Date.from(entry.deadline().dueAt()));
    execution.setVariable(ProcessVariables.LEVEL_REMIND_AT, Date.from(entry.deadline().remindAt()));
    execution.removeVariable(ProcessVariables.LEVEL_TIME_LEFT_MILLIS);
  }
}
