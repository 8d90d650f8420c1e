package com.complaintdesk.intake;

import com.complaintdesk.complaint.Tier;
import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.escalation.DeadlineService;
import com.complaintdesk.escalation.DeadlineText;
import com.complaintdesk.escalation.LevelDeadline;
import com.complaintdesk.escalation.Triage;
import com.complaintdesk.escalation.TriageService;
import com.complaintdesk.investigation.CustomerRecords;
import com.complaintdesk.investigation.OrderRecords;
import com.complaintdesk.notification.NotificationService;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first answer a customer gets: what we understood, their reference, what happens next and the
 * latest time they will hear from us (the deadline of the level triage will most likely start at).
 */
@Service
public class AcknowledgementService {

  private static final int QUOTE_LENGTH = 300;

  private final ComplaintRepository complaints;
  private final CustomerRecords customers;
  private final OrderRecords orders;
  private final TriageService triage;
  private final DeadlineService deadlines;
  private final DeadlineText deadlineText;
  private final NotificationService notifications;

  public AcknowledgementService(ComplaintRepository complaints, CustomerRecords customers, OrderRecords orders,
      TriageService triage, DeadlineService deadlines, DeadlineText deadlineText, NotificationService notifications) {
    this.complaints = complaints;
    this.customers = customers;
    this.orders = orders;
    this.triage = triage;
    this.deadlines = deadlines;
    this.deadlineText = deadlineText;
    this.notifications = notifications;
  }

  @Transactional
  public Instant acknowledge(String complaintId) {
    Complaint c = complaints.get(complaintId);
    Tier tier = customers.findCustomer(c.customerId()).map(CustomerRecords.CustomerInfo::tier).map(Tier::of)
        .orElse(Tier.STANDARD);
    Triage first = triage.triage(c.category(), c.severity(), tier, false, c.regulatory());
    LevelDeadline deadline = deadlines.deadline(first.priority(), c.category(), first.startLevel(),
        EngineClock.instant());
    Optional<String> product = Optional.ofNullable(c.productSku()).flatMap(orders::findProduct)
        .map(OrderRecords.ProductInfo::name);
    notifications.notifyCustomer(c, "ACKNOWLEDGEMENT", "We have received your complaint",
        compose(c, product, deadlineText.format(deadline.dueAt())));
    complaints.acknowledged(complaintId, deadline.dueAt());
    return deadline.dueAt();
  }

  static String compose(Complaint c, Optional<String> productName, String answerBy) {
    StringBuilder m = new StringBuilder();
    m.append("Dear ").append(c.displayName()).append(",\n\n");
    m.append("thank you for telling us about ").append(topic(c.category()));
    if (c.orderId() != null) {
      m.append(" with your order ").append(c.orderId());
    }
    if (productName.isPresent()) {
      m.append(" (").append(productName.get()).append(')');
    } else if (c.productSku() != null) {
      m.append(" (product ").append(c.productSku()).append(')');
    }
    m.append(". We are sorry for the trouble this has caused you.\n\n");
    m.append("Your reference is ").append(c.id()).append(". Please quote it whenever you contact us.\n\n");
    m.append("You told us:\n\"").append(quote(c.description())).append("\"\n\n");
    if (c.category() == Category.SAFETY) {
      m.append("For your safety, please stop using the product until we have been in touch.\n\n");
    }
    m.append("What happens next: ").append(nextSteps(c)).append('\n');
    m.append("You will hear from us by ").append(answerBy).append(" at the latest.\n\n");
    m.append("Kind regards\nCustomer Care");
    return m.toString();
  }

  private static String topic(Category category) {
    return switch (category) {
      case PRODUCT_DEFECT -> "the problem with your product";
      case DELIVERY -> "the problem with your delivery";
      case BILLING -> "the problem with your bill";
      case SERVICE -> "your experience with our service";
      case SAFETY -> "the safety concern";
      case OTHER -> "your concern";
    };
  }

  private static String nextSteps(Complaint c) {
    String urgency = switch (c.severity()) {
      case CRITICAL, HIGH -> "We are treating this as urgent. ";
      case MEDIUM, LOW -> "";
    };
    String check = c.orderId() != null
        ? "we are checking your order and any earlier contact with us"
        : "we are looking into what happened";
    return urgency + Character.toUpperCase(check.charAt(0)) + check.substring(1)
        + ", and the person best placed to help will then propose a solution.";
  }

  private static String quote(String text) {
    String oneLine = text.strip();
    return oneLine.length() <= QUOTE_LENGTH ? oneLine : oneLine.substring(0, QUOTE_LENGTH) + "…";
  }
}
