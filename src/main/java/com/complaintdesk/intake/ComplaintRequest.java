package com.complaintdesk.intake;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a channel submits. Enumerations are strings checked by pattern so that every bad field is
 * reported at once, rather than Jackson stopping at the first unknown constant.
 */
public record ComplaintRequest(
    @NotBlank @Size(max = 64) String customerId,
    @Size(max = 200) String customerName,
    @NotBlank @Email @Size(max = 320) String customerEmail,
    @Size(max = 64) String orderId,
    @Size(max = 64) String productSku,
    @NotBlank
    @Pattern(regexp = "PRODUCT_DEFECT|DELIVERY|BILLING|SERVICE|SAFETY|OTHER",
        message = "must be one of PRODUCT_DEFECT, DELIVERY, BILLING, SERVICE, SAFETY, OTHER")
    String category,
    @NotBlank
    @Pattern(regexp = "EMAIL|PHONE|WEB|CHAT|SOCIAL", message = "must be one of EMAIL, PHONE, WEB, CHAT, SOCIAL")
    String channel,
    @Pattern(regexp = "LOW|MEDIUM|HIGH|CRITICAL", message = "must be one of LOW, MEDIUM, HIGH, CRITICAL")
    String severity,
    Boolean regulatory,
    @NotBlank @Size(max = 10_000) String description) {

  /** The request as stored: defaults applied, blank optionals as null. */
  public ComplaintRequest normalised() {
    return new ComplaintRequest(customerId.trim(), blankToNull(customerName), customerEmail.trim(),
        blankToNull(orderId), blankToNull(productSku), category, channel,
        severity == null || severity.isBlank() ? "MEDIUM" : severity,
        regulatory != null && regulatory, description);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
