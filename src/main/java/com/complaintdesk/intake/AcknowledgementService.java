package com.complaintdesk.intake;

import com.complaintdesk.evidence.UploadLinks;
import com.complaintdesk.notification.LetterSecret;
import com.complaintdesk.complaint.Tier;
import com.complaintdesk.complaint.Severity;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.escalation.DeadlineService;
import com.complaintdesk.escalation.LevelDeadline;
import com.complaintdesk.escalation.Triage;
import com.complaintdesk.escalation.TriageService;
import com.complaintdesk.investigation.CustomerRecords;
import com.complaintdesk.investigation.OrderRecords;
import com.complaintdesk.letters.Languages;
import com.complaintdesk.letters.Signature;
import com.complaintdesk.notification.NotificationService;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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
  private final NotificationService notifications;
  private final Languages languages;
  private final UploadLinks uploadLinks;

  public AcknowledgementService(ComplaintRepository complaints, CustomerRecords customers, OrderRecords orders,
      TriageService triage, DeadlineService deadlines, NotificationService notifications, Languages languages,
      UploadLinks uploadLinks) {
    this.uploadLinks = uploadLinks;
    this.complaints = complaints;
    this.customers = customers;
    this.orders = orders;
    this.triage = triage;
    this.deadlines = deadlines;
    this.notifications = notifications;
    this.languages = languages;
  }

  @Transactional
  public Instant acknowledge(String complaintId) {
    Complaint c = complaints.get(complaintId);
    Optional<CustomerRecords.CustomerInfo> customer = customers.findCustomer(c.customerId());
    Tier tier = customer.map(CustomerRecords.CustomerInfo::tier).map(Tier::of).orElse(Tier.STANDARD);
    if (c.language() == null) {
      c = settleLanguage(c, customer);
    }
    Triage first = triage.triage(c.category(), c.severity(), tier, false, c.regulatory());
    LevelDeadline deadline = deadlines.deadline(first.priority(), c.category(), first.startLevel(),
        EngineClock.instant());
    Optional<String> product = Optional.ofNullable(c.productSku()).flatMap(orders::findProduct)
        .map(OrderRecords.ProductInfo::name);
    notifications.notifyCustomer(c, "ACKNOWLEDGEMENT", "acknowledgement", Signature.CUSTOMER_CARE,
        withUploadLimit(model(c, product, deadline.dueAt())),
        // a caller without e-mail hears the acknowledgement on the phone: a link is for a letter only
        c.customerEmail() == null ? null
            : new LetterSecret("uploadLink", uploadLinks.create(complaintId), "[upload link sent]"));
    complaints.acknowledged(complaintId, deadline.dueAt());
    return deadline.dueAt();
  }

  private Map<String, Object> withUploadLimit(Map<String, Object> model) {
    model.put("uploadLimitMegabytes", uploadLinks.maxFileMegabytes());
    return model;
  }

  /** A complaint that came without a language takes the customer record's, or the default. */
  private Complaint settleLanguage(Complaint c, Optional<CustomerRecords.CustomerInfo> customer) {
    String language = customer.map(CustomerRecords.CustomerInfo::language).flatMap(languages::supported)
        .orElse(languages.fallback()).getLanguage();
    complaints.languageSettled(c.id(), language);
    return complaints.get(c.id());
  }

  /** What the acknowledgement template prints: the product by its name (never its SKU), the order by its number. */
  static Map<String, Object> model(Complaint c, Optional<String> productName, Instant answerBy) {
    Map<String, Object> model = new HashMap<>();
    model.put("category", c.category().name());
    model.put("urgent", c.severity() == Severity.CRITICAL || c.severity() == Severity.HIGH);
    model.put("orderNumber", c.orderId());
    model.put("productName", productName.orElse(null));
    model.put("quote", quote(c.description()));
    model.put("answerBy", answerBy);
    return model;
  }

  private static String quote(String text) {
    String oneLine = text.strip();
    return oneLine.length() <= QUOTE_LENGTH ? oneLine : oneLine.substring(0, QUOTE_LENGTH) + "…";
  }
}
