package com.complaintdesk.resolution;

import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.ComplaintStatus;
import com.complaintdesk.notification.NotificationService;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a level's decision, tells the customer what happens and when, and carries it out. */
@Service
public class ResolutionService {

  private final ComplaintRepository complaints;
  private final ResolutionRepository resolutions;
  private final NotificationService notifications;
  private final FulfilmentPort fulfilment;

  public ResolutionService(ComplaintRepository complaints, ResolutionRepository resolutions,
      NotificationService notifications, FulfilmentPort fulfilment) {
    this.complaints = complaints;
    this.resolutions = resolutions;
    this.notifications = notifications;
    this.fulfilment = fulfilment;
  }

  @Transactional
  public void record(String complaintId, int level, ResolutionDecision d, String decidedBy) {
    resolutions.save(complaintId, new Resolution(level, d.resolutionType(),
        d.resolutionAmount() == null ? BigDecimal.ZERO : d.resolutionAmount(), d.customerMessage(), d.apology(),
        d.explanation(), decidedBy, Instant.now()));
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
    notifications.notifyCustomer(complaintId, "RESOLUTION", "Our answer to your complaint", m.toString());
  }

  @Transactional
  public String carryOut(String complaintId) {
    Resolution r = resolutions.findLatest(complaintId)
        .orElseThrow(() -> new IllegalStateException("No resolution recorded for " + complaintId));
    return "APOLOGY".equals(r.resolutionType()) ? null : fulfilment.fulfil(complaintId, r.resolutionType(), r.amount());
  }

  @Transactional
  public void followUp(String complaintId, String message, String goodwillType, BigDecimal goodwillAmount) {
    Complaint c = complaints.get(complaintId);
    boolean goodwill = goodwillType != null && !"NONE".equals(goodwillType) && goodwillAmount != null
        && goodwillAmount.signum() > 0;
    String body = "Dear " + c.displayName() + ",\n\n" + message.strip() + "\n\n"
        + (goodwill ? "As a gesture of goodwill: " + howCarriedOut(goodwillType, goodwillAmount) + "\n\n" : "")
        + "Kind regards\nCustomer Care";
    notifications.notifyCustomer(complaintId, "FOLLOW_UP", "Following up on your complaint", body);
    if (goodwill) {
      fulfilment.fulfil(complaintId, goodwillType, goodwillAmount);
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
