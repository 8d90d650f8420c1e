package com.complaintdesk.resolution;

import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.ComplaintStatus;
import com.complaintdesk.notification.NotificationService;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.config.ComplaintDeskProperties;
import com.complaintdesk.letters.LetterProperties;
import com.complaintdesk.letters.Money;
import com.complaintdesk.letters.Signature;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a level's final answer, tells the customer what happens and when, and carries it out. */
@Service
public class ResolutionService {

  private final ComplaintRepository complaints;
  private final ResolutionRepository resolutions;
  private final NotificationService notifications;
  private final FulfilmentPort fulfilment;
  private final LevelDecisionRepository decisions;
  private final FollowUpRepository followUps;
  private final CaseFactsService facts;
  private final ComplaintDeskProperties properties;
  private final LetterProperties letters;

  public ResolutionService(ComplaintRepository complaints, ResolutionRepository resolutions,
      NotificationService notifications, FulfilmentPort fulfilment, LevelDecisionRepository decisions,
      FollowUpRepository followUps, CaseFactsService facts, ComplaintDeskProperties properties,
      LetterProperties letters) {
    this.letters = letters;
    this.facts = facts;
    this.properties = properties;
    this.decisions = decisions;
    this.followUps = followUps;
    this.complaints = complaints;
    this.resolutions = resolutions;
    this.notifications = notifications;
    this.fulfilment = fulfilment;
  }

  /** Records the level's final answer (a resolution, or not upheld) exactly as it was checked and stored. */
  @Transactional
  public void record(String complaintId, long decisionId) {
    LevelDecision stored = decisions.get(complaintId, decisionId);
    ResolutionDecision d = stored.decision();
    if (!Outcome.isFinal(d.outcome())) {
      throw new IllegalStateException("Decision " + decisionId + " of " + complaintId + " is " + d.outcome()
          + ", not a final answer");
    }
    Resolution answer = new Resolution(d.outcome(), stored.level(), d.resolutionType(), d.resolutionAmount(),
        d.customerMessage(), d.apology(), d.explanation(), stored.decidedBy(), stored.decidedAt());
    resolutions.save(complaintId, answer);
    complaints.updateStatus(complaintId, answer.upheld() ? ComplaintStatus.RESOLVED : ComplaintStatus.NOT_UPHELD);
  }

  /**
   * The answer's letter: the deciding agent's words, then what happens now (with the amount) or, for a complaint
   * not upheld, where the customer can turn next; and the survey's date.
   */
  @Transactional
  public void communicate(String complaintId) {
    Complaint c = complaints.get(complaintId);
    Resolution r = latest(complaintId);
    Map<String, Object> model = new HashMap<>();
    model.put("apology", r.apology());
    model.put("explanation", r.explanation());
    model.put("message", r.customerMessage());
    model.put("surveyFrom", EngineClock.instant().plus(properties.surveyDelay()));
    if (r.upheld()) {
      model.put("amount", money(complaintId, r.amount()));
      notifications.notifyCustomer(c, "RESOLUTION", "resolution-" + r.resolutionType().toLowerCase(Locale.ROOT),
          Signature.ofLevel(r.level()), model);
    } else {
      model.put("level", r.level());
      model.put("outsideBodies", letters.outsideBodies());
      notifications.notifyCustomer(c, "NOT_UPHELD", "not-upheld", Signature.ofLevel(r.level()), model);
    }
  }

  /**
   * Fulfils the resolution; nothing for an apology or a complaint not upheld (a complaint still on a model version
   * that routes every answer here must not trigger fulfilment either).
   */
  @Transactional
  public String carryOut(String complaintId) {
    Resolution r = latest(complaintId);
    return !r.upheld() || "APOLOGY".equals(r.resolutionType()) ? null
        : fulfilment.fulfil(complaintId, r.resolutionType(), r.amount());
  }

  private Resolution latest(String complaintId) {
    return resolutions.findLatest(complaintId)
        .orElseThrow(() -> new IllegalStateException("No resolution recorded for " + complaintId));
  }

  /** Sends the follow-up exactly as it was checked and stored when the supervisor completed the task. */
  @Transactional
  public void followUp(String complaintId, long followUpId) {
    Complaint c = complaints.get(complaintId);
    FollowUp f = followUps.get(complaintId, followUpId);
    Map<String, Object> model = new HashMap<>();
    model.put("message", f.message());
    model.put("goodwill", f.hasGoodwill() ? f.goodwillType() : null);
    model.put("goodwillAmount", f.hasGoodwill() ? money(complaintId, f.goodwillAmount()) : null);
    // signed by whoever reviewed: the executive office for a decision not to uphold at level 3 or 4
    Signature reviewer = Resolution.reviewerOf(resolutions.findLatest(complaintId));
    model.put("reviewer", reviewer.name());
    model.put("outsideBodies", letters.outsideBodies());
    notifications.notifyCustomer(c, "FOLLOW_UP", "follow-up", reviewer, model);
    if (f.hasGoodwill()) {
      fulfilment.fulfil(complaintId, f.goodwillType(), f.goodwillAmount());
    }
  }

  private Money money(String complaintId, BigDecimal amount) {
    return amount == null ? null : Money.of(amount, facts.currency(complaintId));
  }
}
