package com.complaintdesk.investigation;

import com.complaintdesk.investigation.CustomerRecords.ContactInfo;
import com.complaintdesk.investigation.OrderRecords.OrderInfo;
import com.complaintdesk.investigation.OrderRecords.ProductInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What an investigation found, stored with the complaint. Lists are bounded: the latest
 * {@link InvestigationService#LATEST_SHOWN} related complaints and contacts, with the full counts beside them.
 */
public record InvestigationReport(
    boolean orderFound,
    OrderInfo order,
    ProductInfo product,
    String customerTier,
    List<ContactInfo> communicationHistory,
    List<PriorComplaint> priorComplaints,
    int priorComplaintCount,
    boolean recurring,
    String summary,
    Instant investigatedAt,
    /* earlier complaints of this category in the look-back window by this customer (null: investigated before) */
    Integer recurringForCustomer,
    /* earlier complaints of this category about this product, by any customer */
    Integer recurringForProduct) {

  /** What the offers are measured against; the investigation keeps only the customer's own order. */
  public BigDecimal orderValue() {
    return order == null ? BigDecimal.ZERO : order.total();
  }

  public record PriorComplaint(String complaintId, Instant createdAt, String category, String productSku,
      String status, boolean sameProduct, boolean sameCustomer) {}
}
