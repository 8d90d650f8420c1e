package com.complaintdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import org.junit.jupiter.api.Test;

/** Without an SMTP host, messages wait in the outbox table, and are recorded with the complaint either way. */
class OutboxNotificationTest extends AppTestSupport {

  @Test
  void theAcknowledgementWaitsInTheOutbox() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE recipient = 'dana@example.com' AND subject LIKE ?",
        "%" + id + "%")).isOne();
    assertThat(count("SELECT COUNT(*) FROM communication WHERE complaint_id = ? AND kind = 'ACKNOWLEDGEMENT'", id))
        .isOne();
  }
}
