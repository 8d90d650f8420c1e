package com.complaintdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.complaint.Channel;
import com.complaintdesk.complaint.Severity;
import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintStatus;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcknowledgementMessageTest {

  static Complaint complaint(Category category, Severity severity, String orderId, String description) {
    return new Complaint("CMP-20261122-ABCDEFGH", null, "C-1001", "Dana Whitfield", "dana@example.com", orderId,
        "SKU-KETTLE-2", category, Channel.EMAIL, severity, false, description, ComplaintStatus.RECEIVED, null, null, null,
        null, null, null, "carla", Instant.now(), null, null, null, null, null);
  }

  @Test
  void theAcknowledgementIsPersonalisedToWhatTheCustomerWrote() {
    String message = AcknowledgementService.compose(
        complaint(Category.PRODUCT_DEFECT, Severity.HIGH, "O-5001", "It stops before boiling."),
        Optional.of("Aurora Electric Kettle 1.7 l"), "Monday 23 November 2026, 17:00 CET");
    assertThat(message)
        .startsWith("Dear Dana Whitfield,")
        .contains("the problem with your product with your order O-5001 (Aurora Electric Kettle 1.7 l)")
        .contains("Your reference is CMP-20261122-ABCDEFGH")
        .contains("\"It stops before boiling.\"")
        .contains("We are treating this as urgent.")
        .contains("You will hear from us by Monday 23 November 2026, 17:00 CET at the latest.")
        .doesNotContain("stop using the product");
  }

  @Test
  void safetyComplaintsAreToldToStopUsingTheProductAndLongTextsAreQuotedInPart() {
    String message = AcknowledgementService.compose(complaint(Category.SAFETY, Severity.MEDIUM, null, "x".repeat(400)),
        Optional.empty(), "tomorrow");
    assertThat(message).contains("the safety concern (product SKU-KETTLE-2)")
        .contains("please stop using the product")
        .contains("\"" + "x".repeat(300) + "…\"")
        .doesNotContain("urgent");
  }
}
