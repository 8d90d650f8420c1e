package com.complaintdesk.escalation;

import com.complaintdesk.businesstime.BusinessDuration;
import com.complaintdesk.businesstime.BusinessCalendar;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.config.ComplaintDeskProperties;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Durations and due dates the BPMN reads as {@code ${complaintSettings.surveyDelay}} and so on:
 * timer durations as ISO-8601, task due dates counted in business hours.
 */
@Component("complaintSettings")
public class TimerSettings {

  private final ComplaintDeskProperties properties;
  private final BusinessCalendar calendar;

  public TimerSettings(ComplaintDeskProperties properties, BusinessCalendar calendar) {
    this.properties = properties;
    this.calendar = calendar;
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

  /** When a supervisor should have answered a dissatisfied customer. */
  public Date getFollowUpDueDate() {
    return dueIn(properties.followUpDeadline());
  }

  /** When the quality team should have finished an improvement review. */
  public Date getImprovementReviewDueDate() {
    return dueIn(properties.improvementReviewDeadline());
  }

  private Date dueIn(String duration) {
    return Date.from(calendar.add(EngineClock.instant(), BusinessDuration.parse(duration), false));
  }
}
