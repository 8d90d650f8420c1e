package com.complaintdesk.investigation;

import com.complaintdesk.complaint.Tier;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.config.ComplaintDeskProperties;
import com.complaintdesk.investigation.CustomerRecords.ContactInfo;
import com.complaintdesk.investigation.CustomerRecords.CustomerInfo;
import com.complaintdesk.investigation.InvestigationReport.PriorComplaint;
import com.complaintdesk.investigation.OrderRecords.OrderInfo;
import com.complaintdesk.investigation.OrderRecords.ProductInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up the order, product, contact history and earlier complaints, and tells an isolated incident
 * from a recurring one: recurring when, within the look-back window, another complaint concerned the
 * same product, or the same customer complained about the same kind of problem. A customer with hundreds
 * of earlier complaints costs the same as one with a few: counts, plus the latest few.
 */
@Service
public class InvestigationService {

  public static final int LATEST_SHOWN = 20;

  private final ComplaintRepository complaints;
  private final CustomerRecords customers;
  private final OrderRecords orders;
  private final InvestigationRepository investigations;
  private final int lookbackDays;
  private final BigDecimal valueWhenUnknown;

  public InvestigationService(ComplaintRepository complaints, CustomerRecords customers, OrderRecords orders,
      InvestigationRepository investigations, ComplaintDeskProperties properties, OfferBaseProperties offers) {
    this.valueWhenUnknown = offers.valueWhenUnknown();
    this.complaints = complaints;
    this.customers = customers;
    this.orders = orders;
    this.investigations = investigations;
    this.lookbackDays = properties.recurringLookbackDays();
  }

  @Transactional
  public InvestigationReport investigate(String complaintId) {
    Complaint complaint = complaints.get(complaintId);
    Optional<CustomerInfo> customer = lookup("customer service (CRM)",
        () -> customers.findCustomer(complaint.customerId()));
    String tier = customer.map(CustomerInfo::tier).map(Tier::of).orElse(Tier.STANDARD).name();
    Optional<OrderInfo> named = complaint.orderId() == null ? Optional.empty()
        : lookup("order service (ERP)", () -> orders.findOrder(complaint.orderId()));
    // another customer's order is not this complaint's: not shown, not counted, not a measure for offers
    boolean foreignOrder = named.isPresent() && !named.get().customerId().equals(complaint.customerId());
    Optional<OrderInfo> order = foreignOrder ? Optional.empty() : named;
    String sku = complaint.productSku() != null ? complaint.productSku()
        : order.flatMap(o -> o.lines().stream().findFirst()).map(OrderRecords.OrderLine::sku).orElse(null);
    Optional<ProductInfo> product = sku == null ? Optional.empty()
        : lookup("product catalogue (ERP)", () -> orders.findProduct(sku));
    List<ContactInfo> contacts = lookup("customer service (CRM)",
        () -> customers.contactHistory(complaint.customerId(), LATEST_SHOWN));

    Instant since = EngineClock.instant().minus(lookbackDays, ChronoUnit.DAYS);
    int priorCount = complaints.countRelated(complaintId, complaint.customerId(), sku, since);
    List<PriorComplaint> prior = complaints.findRelated(complaintId, complaint.customerId(), sku, since, LATEST_SHOWN)
        .stream()
        .map(c -> new PriorComplaint(c.id(), c.createdAt(), c.category(), c.productSku(), c.status(),
            sku != null && sku.equals(c.productSku()), c.customerId().equals(complaint.customerId())))
        .toList();
    ComplaintRepository.Recurrence recurrence = complaints.recurrence(complaintId, complaint.customerId(),
        complaint.category().name(), sku, since);
    Optional<OrderRecords.OrderLine> line = order.flatMap(o -> o.lines().stream()
        .filter(l -> l.sku().equals(sku)).findFirst());
    List<Finding> findings = new ArrayList<>();
    if (customer.isEmpty()) {
      findings.add(Finding.CUSTOMER_UNKNOWN);
    }
    if (complaint.orderId() != null && named.isEmpty()) {
      findings.add(Finding.ORDER_UNKNOWN);
    }
    if (foreignOrder) {
      findings.add(Finding.ORDER_OF_ANOTHER_CUSTOMER);
    }
    if (complaint.productSku() != null && product.isEmpty()) {
      findings.add(Finding.PRODUCT_UNKNOWN);
    }
    if (complaint.productSku() != null && order.isPresent() && line.isEmpty()) {
      findings.add(Finding.PRODUCT_NOT_ON_ORDER);
    }
    BigDecimal offerBase = offerBase(complaint, order, line, product);

    InvestigationReport report = new InvestigationReport(order.isPresent(), order.orElse(null), product.orElse(null),
        tier, contacts, prior, priorCount, recurrence.recurring(),
        findingsText(complaint, findings, offerBase, order)
            + summary(complaint, order, foreignOrder, product, priorCount, recurrence, lookbackDays),
        EngineClock.instant(), recurrence.forCustomer(), recurrence.forProduct(),
        findings.stream().map(Finding::name).toList(), offerBase);
    investigations.save(complaintId, report);
    return report;
  }

  /**
   * What the offer limits are measured against, never a whole order for one product on it: the product's line on the
   * order (price × quantity); a product not on the order (or with no order) by its catalogue price; with no product
   * named, the order's total; else the configured value.
   */
  private BigDecimal offerBase(Complaint complaint, Optional<OrderInfo> order, Optional<OrderRecords.OrderLine> line,
      Optional<ProductInfo> product) {
    if (complaint.productSku() == null) {
      return order.map(OrderInfo::total).orElse(valueWhenUnknown);
    }
    if (line.isPresent()) {
      return line.get().unitPrice().multiply(BigDecimal.valueOf(line.get().quantity()));
    }
    return product.map(ProductInfo::unitPrice).filter(p -> p != null).orElse(valueWhenUnknown);
  }

  private static String findingsText(Complaint complaint, List<Finding> findings, BigDecimal offerBase,
      Optional<OrderInfo> order) {
    StringBuilder s = new StringBuilder();
    for (Finding finding : findings) {
      s.append(switch (finding) {
        case CUSTOMER_UNKNOWN -> "Customer " + complaint.customerId() + " is not in the customer records (tier "
            + "STANDARD assumed). ";
        case ORDER_UNKNOWN, ORDER_OF_ANOTHER_CUSTOMER -> "";
        case PRODUCT_UNKNOWN -> "Product " + complaint.productSku() + " is not in the catalogue. ";
        case PRODUCT_NOT_ON_ORDER -> "Product " + complaint.productSku() + " is not on order " + complaint.orderId()
            + ". ";
      });
    }
    if (complaint.productSku() != null && offerBase.signum() > 0
        && (findings.contains(Finding.PRODUCT_NOT_ON_ORDER) || order.isEmpty())) {
      s.append("Offers are measured against the product's price, ").append(offerBase.toPlainString())
          .append(order.map(o -> " " + o.currency()).orElse("")).append(". ");
    }
    return s.toString();
  }

  /** The recurrence in words, for the forms and the summary: for whom it recurs, and how often. */
  public static String recurrenceText(ComplaintRepository.Recurrence r, int lookbackDays) {
    if (!r.recurring()) {
      return "Isolated incident: no earlier complaint of this category by this customer or about this product in the"
          + " last " + lookbackDays + " days.";
    }
    StringBuilder s = new StringBuilder("RECURRING");
    if (r.forCustomer() > 0) {
      s.append(" for this customer: ").append(r.forCustomer()).append(" earlier complaint(s) of this category");
    }
    if (r.forProduct() > 0) {
      s.append(r.forCustomer() > 0 ? ";" : "").append(" for this product: ").append(r.forProduct())
          .append(" complaint(s) of this category about it");
    }
    return s.append(", in the last ").append(lookbackDays).append(" days.").toString();
  }

  private static <T> T lookup(String system, Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      throw new LookupFailedException(system, e);
    }
  }

  private static String summary(Complaint complaint, Optional<OrderInfo> order, boolean foreignOrder,
      Optional<ProductInfo> product, int priorCount, ComplaintRepository.Recurrence recurrence, int lookbackDays) {
    StringBuilder s = new StringBuilder();
    if (complaint.orderId() == null) {
      s.append("No order reference given. ");
    } else if (foreignOrder) {
      s.append("Order ").append(complaint.orderId())
          .append(" belongs to another customer and was not taken into account. ");
    } else if (order.isEmpty()) {
      s.append("Order ").append(complaint.orderId()).append(" was not found. ");
    } else {
      OrderInfo o = order.get();
      s.append("Order ").append(o.id()).append(" (").append(o.status()).append(", ").append(o.total()).append(' ')
          .append(o.currency()).append("). ");
    }
    product.ifPresent(p -> s.append("Product: ").append(p.name()).append(". "));
    s.append(recurrenceText(recurrence, lookbackDays)).append(' ').append(priorCount)
        .append(" related complaint(s) in the look-back window.");
    return s.toString();
  }
}
