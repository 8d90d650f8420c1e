package com.complaintdesk.config;

import org.springframework.stereotype.Component;

/** Durations the BPMN timers read as {@code ${complaintSettings.surveyDelay}} and so on (ISO-8601). */
@Component("complaintSettings")
public class TimerSettings {

  private final ComplaintDeskProperties properties;

  public TimerSettings(ComplaintDeskProperties properties) {
    this.properties = properties;
  }

  public String getSurveyDelay() {
    return properties.surveyDelay().toString();
  }

  public String getSurveyAnswerWindow() {
    return properties.surveyAnswerWindow().toString();
  }

  public String getCustomerReplyWindow() {
    return properties.customerReplyWindow().toString();
  }
}
