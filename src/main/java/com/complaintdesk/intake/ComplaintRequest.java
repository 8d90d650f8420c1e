package com.complaintdesk.intake;

import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.Channel;
import com.complaintdesk.complaint.Severity;
import com.complaintdesk.validation.HasText;
import com.complaintdesk.validation.MailAddress;
import com.complaintdesk.validation.OneOf;
import com.complaintdesk.validation.PlainText;
import com.complaintdesk.validation.TextRules;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a channel submits. {@code language}: the language the customer writes in; one the desk has no letters in
 * is not an error, the letters are then in the default language. Enumerations are strings checked by pattern so that every bad field is
 * reported at once, rather than Jackson stopping at the first unknown constant.
 */
@ReachableCustomer
public record ComplaintRequest(
    @HasText @Size(max = ComplaintRequest.MAX_ID)
    @Pattern(regexp = TextRules.IDENTIFIER, message = "must be an identifier: letters, digits and . _ : / # -")
    String customerId,
    @Size(max = ComplaintRequest.MAX_NAME) @PlainText(multiline = false) String customerName,
    @Email @MailAddress @Size(max = 320) @PlainText(multiline = false) String customerEmail,
    @Size(max = ComplaintRequest.MAX_ID)
    @Pattern(regexp = "|" + TextRules.IDENTIFIER, message = "must be an identifier: letters, digits and . _ : / # -")
    String orderId,
    @Size(max = ComplaintRequest.MAX_ID)
    @Pattern(regexp = "|" + TextRules.IDENTIFIER, message = "must be an identifier: letters, digits and . _ : / # -")
    String productSku,
    @HasText @OneOf(Category.class) String category,
    @HasText @OneOf(Channel.class) String channel,
    @OneOf(Severity.class) String severity,
    Boolean regulatory,
    @HasText @Size(max = ComplaintRequest.MAX_DESCRIPTION) @PlainText String description,
    @Size(max = 35) @Pattern(regexp = "|[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*",
        message = "must be a language tag such as en or de-AT") String language,
    @Size(max = 40) @Pattern(regexp = "|\\+?[0-9][0-9 ()/.-]{4,38}[0-9]",
        message = "must be a phone number: digits, spaces and + ( ) / . - only") String customerPhone) {

  public static final int MAX_ID = 64;
  public static final int MAX_NAME = 200;
  public static final int MAX_DESCRIPTION = 10_000;

  /** The request as stored: defaults applied, blank optionals as null. */
  public ComplaintRequest normalised() {
    return new ComplaintRequest(customerId.strip(), blankToNull(customerName), blankToNull(customerEmail),
        blankToNull(orderId), blankToNull(productSku), category, channel,
        severity == null || severity.isBlank() ? Severity.MEDIUM.name() : severity,
        regulatory != null && regulatory, description, blankToNull(language), blankToNull(customerPhone));
  }

  /** The same request in the language letters will be written in (null: not known yet). */
  public ComplaintRequest inLanguage(String supportedLanguage) {
    return new ComplaintRequest(customerId, customerName, customerEmail, orderId, productSku, category, channel,
        severity, regulatory, description, supportedLanguage, customerPhone);
  }

  private static String blankToNull(String s) {
    return s == null || !TextRules.hasText(s) ? null : s.strip();
  }
}
