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
    Integer recurringForProduct,
    /* what could not be confirmed (Finding names); null: investigated before findings were recorded */
    List<String> findings,
    /* what the offer limits are measured against (see InvestigationService#offerBase); null: investigated before */
    BigDecimal offerBase) {

  /**
   * What the offers are measured against: the product's line on the order, the product's price, the order's total
   * when no product is named, or the configured value; an investigation of an older release used the order total.
   */
  public BigDecimal orderValue() {
    return offerBase != null ? offerBase : order == null ? BigDecimal.ZERO : order.total();
  }

  public record PriorComplaint(String complaintId, Instant createdAt, String category, String productSku,
      String status, boolean sameProduct, boolean sameCustomer) {}
}
