package com.complaintdesk.resolution;

import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.ComplaintStatus;
import com.complaintdesk.notification.NotificationService;
import java.math.BigDecimal;
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

  public ResolutionService(ComplaintRepository complaints, ResolutionRepository resolutions,
      NotificationService notifications, FulfilmentPort fulfilment, LevelDecisionRepository decisions,
      FollowUpRepository followUps) {
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

  @Transactional
  public void communicate(String complaintId) {
    Complaint c = complaints.get(complaintId);
    Resolution r = resolutions.findLatest(complaintId)
        .orElseThrow(() -> new IllegalStateException("No resolution recorded for " + complaintId));
    StringBuilder m = new StringBuilder("Dear ").append(c.displayName()).append(",\n\n");
    if (r.apology() != null) {
      m.append(r.apology().strip()).append("\n\n");
    }
    if (r.explanation() != null) {
      m.append(r.explanation().strip()).append("\n\n");
    }
    m.append(r.customerMessage().strip()).append("\n\n");
    m.append("What happens now: ").append(howCarriedOut(r.resolutionType(), r.amount())).append("\n\n");
    m.append("In a few days we will ask you whether this resolved your complaint ").append(complaintId)
        .append(".\n\nKind regards\nCustomer Care");
    notifications.notifyCustomer(c, "RESOLUTION", "Our answer to your complaint", m.toString());
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
    String body = "Dear " + c.displayName() + ",\n\n" + f.message().strip() + "\n\n"
        + (f.hasGoodwill() ? "As a gesture of goodwill: " + howCarriedOut(f.goodwillType(), f.goodwillAmount()) + "\n\n"
            : "")
        + "Kind regards\nCustomer Care";
    notifications.notifyCustomer(c, "FOLLOW_UP", "Following up on your complaint", body);
    if (f.hasGoodwill()) {
      fulfilment.fulfil(complaintId, f.goodwillType(), f.goodwillAmount());
    }
  }

  static String howCarriedOut(String type, BigDecimal amount) {
    return switch (type) {
      case "REPLACEMENT" -> "a replacement will be shipped to you within 3-5 business days, free of charge.";
      case "REFUND" -> "we will refund " + amount + " to your original payment method within 5 business days.";
      case "DISCOUNT" -> "you will receive a voucher worth " + amount + " by e-mail within one business day.";
      case "REPAIR" -> "our service partner will contact you within 2 business days to arrange a free repair.";
      default -> "no further action is needed from you.";
    };
  }
}
