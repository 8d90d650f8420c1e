package com.complaintdesk.investigation;

import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.config.ComplaintDeskProperties;
import com.complaintdesk.investigation.CustomerRecords.CustomerInfo;
import com.complaintdesk.investigation.InvestigationReport.PriorComplaint;
import com.complaintdesk.investigation.OrderRecords.OrderInfo;
import com.complaintdesk.investigation.OrderRecords.ProductInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up the order, product, contact history and earlier complaints, and tells an isolated incident
 * from a recurring one: recurring when, within the look-back window, another complaint concerned the
 * same product, or the same customer complained about the same kind of problem.
 */
@Service
public class InvestigationService {

  private final ComplaintRepository complaints;
  private final CustomerRecords customers;
  private final OrderRecords orders;
  private final InvestigationRepository investigations;
  private final int lookbackDays;

  public InvestigationService(ComplaintRepository complaints, CustomerRecords customers, OrderRecords orders,
      InvestigationRepository investigations, ComplaintDeskProperties properties) {
    this.complaints = complaints;
    this.customers = customers;
    this.orders = orders;
    this.investigations = investigations;
    this.lookbackDays = properties.recurringLookbackDays();
  }

  @Transactional
  public InvestigationReport investigate(String complaintId) {
    Complaint complaint = complaints.get(complaintId);
    String tier = customers.findCustomer(complaint.customerId()).map(CustomerInfo::tier).orElse("STANDARD");
    Optional<OrderInfo> order = Optional.ofNullable(complaint.orderId()).flatMap(orders::findOrder);
    String sku = complaint.productSku() != null ? complaint.productSku()
        : order.flatMap(o -> o.lines().stream().findFirst()).map(OrderRecords.OrderLine::sku).orElse(null);
    Optional<ProductInfo> product = Optional.ofNullable(sku).flatMap(orders::findProduct);
    Instant since = Instant.now().minus(lookbackDays, ChronoUnit.DAYS);
    List<PriorComplaint> prior = complaints.findRelated(complaintId, complaint.customerId(), sku, since).stream()
        .map(c -> new PriorComplaint(c.id(), c.createdAt(), c.category(), c.productSku(), c.status().name(),
            sku != null && sku.equals(c.productSku()), c.customerId().equals(complaint.customerId())))
        .toList();
    boolean recurring = prior.stream().anyMatch(p -> p.sameProduct()
        || (p.sameCustomer() && Objects.equals(p.category(), complaint.category())));

    InvestigationReport report = new InvestigationReport(order.isPresent(), order.orElse(null), product.orElse(null),
        tier, customers.contactHistory(complaint.customerId()), prior, recurring,
        summary(complaint, order, product, prior, recurring), Instant.now());
    investigations.save(complaintId, report);
    return report;
  }

  private static String summary(Complaint complaint, Optional<OrderInfo> order, Optional<ProductInfo> product,
      List<PriorComplaint> prior, boolean recurring) {
    StringBuilder s = new StringBuilder();
    if (complaint.orderId() == null) {
      s.append("No order reference given. ");
    } else if (order.isEmpty()) {
      s.append("Order ").append(complaint.orderId()).append(" was not found. ");
    } else {
      OrderInfo o = order.get();
      s.append("Order ").append(o.id()).append(" (").append(o.status()).append(", ").append(o.total()).append(' ')
          .append(o.currency()).append(")");
      if (!o.customerId().equals(complaint.customerId())) {
        s.append(" belongs to another customer");
      }
      s.append(". ");
    }
    product.ifPresent(p -> s.append("Product: ").append(p.name()).append(". "));
    s.append(recurring ? "RECURRING: " : "Isolated incident: ").append(prior.size())
        .append(" related complaint(s) in the look-back window.");
    return s.toString();
  }
}
