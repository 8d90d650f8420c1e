package com.complaintdesk.resolution;

import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.ComplaintStatus;
import com.complaintdesk.notification.NotificationService;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.config.ComplaintDeskProperties;
import com.complaintdesk.letters.Money;
import com.complaintdesk.letters.Signature;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a level's decision, tells the customer what happens and when, and carries it out. */
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

  public ResolutionService(ComplaintRepository complaints, ResolutionRepository resolutions,
      NotificationService notifications, FulfilmentPort fulfilment, LevelDecisionRepository decisions,
      FollowUpRepository followUps, CaseFactsService facts, ComplaintDeskProperties properties) {
    this.facts = facts;
    this.properties = properties;
    this.decisions = decisions;
    this.followUps = followUps;
    this.complaints = complaints;
    this.resolutions = resolutions;
    this.notifications = notifications;
    this.fulfilment = fulfilment;
  }

  /** Records the resolution exactly as it was checked and stored when the level's task completed. */
  @Transactional
  public void record(String complaintId, long decisionId) {
    LevelDecision stored = decisions.get(complaintId, decisionId);
    ResolutionDecision d = stored.decision();
    if (!Outcome.RESOLVED.name().equals(d.outcome())) {
      throw new IllegalStateException("Decision " + decisionId + " of " + complaintId + " is " + d.outcome()
          + ", not a resolution");
    }
    resolutions.save(complaintId, new Resolution(stored.level(), d.resolutionType(), d.resolutionAmount(),
        d.customerMessage(), d.apology(), d.explanation(), stored.decidedBy(), stored.decidedAt()));
    complaints.updateStatus(complaintId, ComplaintStatus.RESOLVED);
  }

  /** The resolution letter: the deciding agent's words, what happens now (with the amount), and the survey's date. */
  @Transactional
  public void communicate(String complaintId) {
    Complaint c = complaints.get(complaintId);
    Resolution r = resolutions.findLatest(complaintId)
        .orElseThrow(() -> new IllegalStateException("No resolution recorded for " + complaintId));
    Map<String, Object> model = new HashMap<>();
    model.put("apology", r.apology());
    model.put("explanation", r.explanation());
    model.put("message", r.customerMessage());
    model.put("amount", money(complaintId, r.amount()));
    model.put("surveyFrom", EngineClock.instant().plus(properties.surveyDelay()));
    notifications.notifyCustomer(c, "RESOLUTION", "resolution-" + r.resolutionType().toLowerCase(Locale.ROOT),
        Signature.ofLevel(r.level()), model);
  }

  @Transactional
  public String carryOut(String complaintId) {
    Resolution r = resolutions.findLatest(complaintId)
        .orElseThrow(() -> new IllegalStateException("No resolution recorded for " + complaintId));
    return "APOLOGY".equals(r.resolutionType()) ? null : fulfilment.fulfil(complaintId, r.resolutionType(), r.amount());
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
    notifications.notifyCustomer(c, "FOLLOW_UP", "follow-up", Signature.SUPERVISORS, model);
    if (f.hasGoodwill()) {
      fulfilment.fulfil(complaintId, f.goodwillType(), f.goodwillAmount());
    }
  }

  private Money money(String complaintId, BigDecimal amount) {
    return amount == null ? null : Money.of(amount, facts.currency(complaintId));
  }
}
