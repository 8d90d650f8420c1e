package com.complaintdesk.escalation;

import com.complaintdesk.validation.PlainText;
import com.complaintdesk.validation.TextRules;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record CustomerEventRequest(
    @NotBlank
    @Pattern(regexp = "CUSTOMER_REQUESTS_SUPERVISOR|CUSTOMER_SELF_ESCALATED|CUSTOMER_REPLIED",
        message = "must be one of CUSTOMER_REQUESTS_SUPERVISOR, CUSTOMER_SELF_ESCALATED, CUSTOMER_REPLIED")
    String type,
    @Pattern(regexp = "EXECUTIVE_LETTER|CONSUMER_BODY|REGULATOR|SOCIAL_MEDIA",
        message = "must be one of EXECUTIVE_LETTER, CONSUMER_BODY, REGULATOR, SOCIAL_MEDIA")
    String channel,
    @Size(max = CustomerEventRequest.MAX_MESSAGE) @PlainText String message) {

  public static final int MAX_MESSAGE = 5_000;

  @AssertTrue(message = "is required for CUSTOMER_SELF_ESCALATED")
  public boolean isChannel() {
    return !"CUSTOMER_SELF_ESCALATED".equals(type) || channel != null;
  }

  @AssertTrue(message = "is required for CUSTOMER_REPLIED")
  public boolean isMessage() {
    return !"CUSTOMER_REPLIED".equals(type) || (message != null && TextRules.hasText(message));
  }
}
