package com.complaintdesk.survey;

import com.complaintdesk.complaint.CustomerTokens;
import com.complaintdesk.complaint.EngineKeys;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.ComplaintStatus;
import com.complaintdesk.complaint.ProcessVariables;
import com.complaintdesk.config.ComplaintDeskProperties;
import com.complaintdesk.escalation.TimerSettings;
import com.complaintdesk.letters.Signature;
import com.complaintdesk.resolution.Resolution;
import com.complaintdesk.resolution.ResolutionRepository;
import com.complaintdesk.notification.LetterSecret;
import com.complaintdesk.notification.NotificationService;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The satisfaction survey: a single-use, unguessable link, and the customer's answer back into the process. */
@Service
public class SurveyService {

  private final SurveyRepository surveys;
  private final ComplaintRepository complaints;
  private final NotificationService notifications;
  private final RuntimeService runtimeService;
  private final ComplaintDeskProperties properties;
  private final ApplicationEventPublisher events;
  private final TimerSettings timers;
  private final ResolutionRepository resolutions;

  public SurveyService(SurveyRepository surveys, ComplaintRepository complaints, NotificationService notifications,
      RuntimeService runtimeService, ComplaintDeskProperties properties, ApplicationEventPublisher events,
      TimerSettings timers, ResolutionRepository resolutions) {
    this.resolutions = resolutions;
    this.timers = timers;
    this.events = events;
    this.surveys = surveys;
    this.complaints = complaints;
    this.notifications = notifications;
    this.runtimeService = runtimeService;
    this.properties = properties;
  }

  /**
   * A caller without e-mail gets no survey (a link cannot be read out on the phone): the complaint waits out the
   * answer window and closes, counted as not surveyed.
   *
   * @return the token (256 random bits), or null when no survey went out
   */
  @Transactional
  public String send(String complaintId) {
    Complaint c = complaints.get(complaintId);
    if (c.customerEmail() == null) {
      complaints.updateStatus(complaintId, ComplaintStatus.AWAITING_FEEDBACK);
      return null;
    }
    String token = CustomerTokens.next();
    surveys.create(token, complaintId, EngineClock.instant());
    String link = properties.publicBaseUrl() + "/survey.html#token=" + token;
    // the token is the customer's credential: staff see that the link went out, never the link
    Map<String, Object> model = decision(resolutions.findLatest(complaintId));
    model.put("closesAt", EngineClock.instant().plus(properties.surveyAnswerWindow()));
    notifications.notifyCustomer(c, "SURVEY", "survey", Signature.CUSTOMER_CARE, model, new LetterSecret("link", link, "[survey link sent]"));
    complaints.updateStatus(complaintId, ComplaintStatus.AWAITING_FEEDBACK);
    return token;
  }

  /** What the survey and its low-score answer say depends on the decision: a fix, or a complaint not upheld. */
  private static Map<String, Object> decision(Optional<Resolution> answer) {
    Map<String, Object> model = new HashMap<>();
    model.put("notUpheld", answer.map(r -> !r.upheld()).orElse(false));
    model.put("reviewer", Resolution.reviewerOf(answer).name());
    return model;
  }

  /**
   * A score of 2 or less: the customer hears at once that a supervisor will contact them, and by when (the
   * follow-up task's due date); that date is now the promise.
   */
  @Transactional
  public void apologiseForLowScore(String complaintId) {
    Complaint c = complaints.get(complaintId);
    Instant followUpBy = timers.getFollowUpDueDate().toInstant();
    Optional<Resolution> answer = resolutions.findLatest(complaintId);
    Map<String, Object> model = decision(answer);
    model.put("followUpBy", followUpBy);
    notifications.notifyCustomer(c, "LOW_SCORE_ACKNOWLEDGEMENT", "low-score", Resolution.reviewerOf(answer), model);
    complaints.promised(complaintId, followUpBy);
  }

  @Transactional
  public void answer(String token, int score, String comment) {
    Survey survey = surveys.findByToken(token)
        .orElseThrow(SurveyNotFoundException::new);
    if (survey.status() != SurveyStatus.SENT
        || !surveys.markAnswered(token, score, comment, EngineClock.instant())) {
      throw new SurveyClosedException(
          "This survey was already " + (survey.status() == SurveyStatus.EXPIRED ? "closed" : "answered"));
    }
    // asked first: a failed correlation would roll back the whole transaction, the answer included
    if (runtimeService.createExecutionQuery().processInstanceBusinessKey(survey.complaintId())
        .messageEventSubscriptionName(EngineKeys.MESSAGE_SURVEY_ANSWERED).count() != 1) {
      throw new SurveyClosedException("The complaint no longer waits for this answer");
    }
    runtimeService.createMessageCorrelation(EngineKeys.MESSAGE_SURVEY_ANSWERED)
        .processInstanceBusinessKey(survey.complaintId())
        .setVariables(Map.of(ProcessVariables.SURVEY_SCORE, score))
        .correlateWithResult();
    events.publishEvent(new SurveyAnswered(survey.complaintId(), score));
  }

  @Transactional
  public void expire(String complaintId) {
    surveys.expireOpen(complaintId);
  }
}
