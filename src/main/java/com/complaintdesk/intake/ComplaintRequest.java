package com.complaintdesk.intake;

import com.complaintdesk.validation.HasText;
import com.complaintdesk.validation.MailAddress;
import com.complaintdesk.validation.PlainText;
import com.complaintdesk.validation.TextRules;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a channel submits. Enumerations are strings checked by pattern so that every bad field is
 * reported at once, rather than Jackson stopping at the first unknown constant.
 */
public record ComplaintRequest(
    @HasText @Size(max = ComplaintRequest.MAX_ID)
    @Pattern(regexp = TextRules.IDENTIFIER, message = "must be an identifier: letters, digits and . _ : / # -")
    String customerId,
    @Size(max = ComplaintRequest.MAX_NAME) @PlainText(multiline = false) String customerName,
    @HasText @Email @MailAddress @Size(max = 320) @PlainText(multiline = false) String customerEmail,
    @Size(max = ComplaintRequest.MAX_ID)
    @Pattern(regexp = "|" + TextRules.IDENTIFIER, message = "must be an identifier: letters, digits and . _ : / # -")
    String orderId,
    @Size(max = ComplaintRequest.MAX_ID)
    @Pattern(regexp = "|" + TextRules.IDENTIFIER, message = "must be an identifier: letters, digits and . _ : / # -")
    String productSku,
    @HasText
    @Pattern(regexp = "PRODUCT_DEFECT|DELIVERY|BILLING|SERVICE|SAFETY|OTHER",
        message = "must be one of PRODUCT_DEFECT, DELIVERY, BILLING, SERVICE, SAFETY, OTHER")
    String category,
    @HasText
    @Pattern(regexp = "EMAIL|PHONE|WEB|CHAT|SOCIAL", message = "must be one of EMAIL, PHONE, WEB, CHAT, SOCIAL")
    String channel,
    @Pattern(regexp = "LOW|MEDIUM|HIGH|CRITICAL", message = "must be one of LOW, MEDIUM, HIGH, CRITICAL")
    String severity,
    Boolean regulatory,
    @HasText @Size(max = ComplaintRequest.MAX_DESCRIPTION) @PlainText String description) {

  public static final int MAX_ID = 64;
  public static final int MAX_NAME = 200;
  public static final int MAX_DESCRIPTION = 10_000;

  /** The request as stored: defaults applied, blank optionals as null. */
  public ComplaintRequest normalised() {
    return new ComplaintRequest(customerId.strip(), blankToNull(customerName), customerEmail.strip(),
        blankToNull(orderId), blankToNull(productSku), category, channel,
        severity == null || severity.isBlank() ? "MEDIUM" : severity,
        regulatory != null && regulatory, description);
  }

  private static String blankToNull(String s) {
    return s == null || !TextRules.hasText(s) ? null : s.strip();
  }
}
