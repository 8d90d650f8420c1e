package com.complaintdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.Http.Response;
import com.complaintdesk.testsupport.AppTestSupport;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Tag;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * With an SMTP host configured, customers get real e-mail (here: an in-process GreenMail server).
 * Its own context (a mail server configured), closed after the class.
 */
@Tag(AppTestSupport.OWN_CONTEXT)
@DirtiesContext
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class SmtpNotificationTest extends AppTestSupport {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Test
  void theAcknowledgementIsMailedToTheCustomerAndNotQueued() throws Exception {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    MimeMessage[] received = smtp.getReceivedMessagesForDomain("example.com");
    MimeMessage acknowledgement = java.util.Arrays.stream(received)
        .filter(m -> {
          try {
            return m.getSubject().contains(id);
          } catch (jakarta.mail.MessagingException e) {
            return false;
          }
        })
        .findFirst().orElseThrow(() -> new AssertionError("no mail for " + id));
    assertThat(acknowledgement.getAllRecipients()[0].toString()).isEqualTo("dana@example.com");
    assertThat(acknowledgement.getFrom()[0].toString()).isEqualTo("complaints@example.com");
    assertThat(GreenMailUtil.getBody(acknowledgement)).contains("Your reference is " + id);
    assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE subject LIKE ?", "%" + id + "%")).isZero();
  }

  /** An address stored before today's intake rules, which the mail transport refuses for good. */
  @ParameterizedTest
  @ValueSource(strings = {"dana@exa mple.com", "<dana@example.com", "dana@@example.com"})
  void anAddressTheMailRefusesRaisesAnAlertAndTheComplaintGoesOn(String address) {
    Response created = post("/api/complaints", "webchannel", KETTLE_COMPLAINT);
    String id = created.json().get("complaintId").asText();
    jdbc.sql("UPDATE complaint SET customer_email = ? WHERE id = ?").params(address, id).update();

    runDueJobs();

    assertThat(runtimeService.createIncidentQuery().count()).as("no incident").isZero();
    JsonNode complaint = complaint(id);
    assertThat(complaint.get("level").asInt()).as("investigated and at level 1").isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM complaint_alert WHERE complaint_id = ? AND kind = 'UNDELIVERABLE'", id))
        .isOne();
    assertThat(openTask(id).getTaskDefinitionKey()).isEqualTo("Task_ResolveAtFrontLine");
  }

  @Test
  void aMailServerThatCannotBeReachedIsRetriedNotAnAlert() {
    smtp.stop();
    try {
      Response created = post("/api/complaints", "webchannel", KETTLE_COMPLAINT);
      String instance = created.json().get("processInstanceId").asText();
      var job = managementService.createJobQuery().processInstanceId(instance).singleResult();
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException expected) {
        // the acknowledgement job fails and keeps its retries for later
      }
      assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(2);
      assertThat(count("SELECT COUNT(*) FROM complaint_alert WHERE complaint_id = ?",
          created.json().get("complaintId").asText())).isZero();
    } finally {
      smtp.start();
    }
  }
}
