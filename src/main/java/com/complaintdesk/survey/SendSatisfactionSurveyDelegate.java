package com.complaintdesk.survey;

import com.complaintdesk.complaint.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("sendSatisfactionSurvey")
public class SendSatisfactionSurveyDelegate implements JavaDelegate {

  private final SurveyService surveys;

  public SendSatisfactionSurveyDelegate(SurveyService surveys) {
    this.surveys = surveys;
  }

  @Override
  public void execute(DelegateExecution execution) {
    surveys.send(ProcessVariables.complaintId(execution));
  }
}
