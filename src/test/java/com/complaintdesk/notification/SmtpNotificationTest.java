package com.complaintdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * With an SMTP host configured, the outbox is relayed to a mail server (here: an in-process GreenMail server).
 * The relay's schedule is set far out: each test sweeps when it wants to. Its own context (a mail server
 * configured), closed after the class.
 */
@Tag(AppTestSupport.OWN_CONTEXT)
@DirtiesContext
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
    "complaints.mail.relay-interval=PT1H", "complaints.mail.incident-after-attempts=3"})
class SmtpNotificationTest extends AppTestSupport {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired
  OutboxRelay relay;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theAcknowledgementIsRelayedToTheCustomerOnce() {
    String id = submitAndSettle(KETTLE_COMPLAINT);
    assertThat(mailsAbout(id)).as("nothing is sent inside the complaint's own transaction").isEmpty();

    relay.relayDue();
    relay.relayDue();

    List<MimeMessage> mails = mailsAbout(id);
    assertThat(mails).hasSize(1);
    MimeMessage acknowledgement = mails.get(0);
    assertThat(recipient(acknowledgement)).isEqualTo("dana@example.com");
    assertThat(from(acknowledgement)).isEqualTo("complaints@example.com");
    assertThat(GreenMailUtil.getBody(acknowledgement)).contains("Your reference is " + id);
    Map<String, String> parts = leafParts(acknowledgement);
    assertThat(parts).as("HTML with a plain-text alternative").containsOnlyKeys("text/plain", "text/html");
    assertThat(parts.get("text/plain")).startsWith("Dear Dana Whitfield,").contains("Your reference is " + id);
    assertThat(parts.get("text/html")).contains("<html lang=\"en\"", "Your reference is <strong>" + id + "</strong>");
    assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE complaint_id = ? AND status = 'SENT'"
        + " AND kind = 'ACKNOWLEDGEMENT' AND sent_at IS NOT NULL", id)).isOne();
  }

  /** Two nodes sweep the same outbox at the same moment: each message goes out once. */
  @Test
  void twoSweepsAtOnceSendEveryMessageOnce() throws Exception {
    List<String> ids = List.of(submitAndSettle(KETTLE_COMPLAINT), submitAndSettle(KETTLE_COMPLAINT),
        submitAndSettle(KETTLE_COMPLAINT));
    CyclicBarrier start = new CyclicBarrier(2);
    CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> sweepAfter(start));
    CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> sweepAfter(start));

    assertThat(first.get() + second.get()).isGreaterThanOrEqualTo(ids.size());
    for (String id : ids) {
      assertThat(mailsAbout(id)).as(id).hasSize(1);
    }
  }

  /** An address stored before today's intake rules, which the mail transport refuses for good. */
  @ParameterizedTest
  @ValueSource(strings = {"dana@exa mple.com", "<dana@example.com", "dana@@example.com"})
  void anAddressTheMailRefusesRaisesAnAlertAndTheComplaintGoesOn(String address) {
    Response created = post("/api/complaints", "webchannel", KETTLE_COMPLAINT);
    String id = created.json().get("complaintId").asText();
    jdbc.sql("UPDATE complaint SET customer_email = ? WHERE id = ?").params(address, id).update();
    runDueJobs();

    relay.relayDue();

    assertThat(incidents(id)).as("no incident").isZero();
    JsonNode complaint = complaint(id);
    assertThat(complaint.get("level").asInt()).as("investigated and at level 1").isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM complaint_alert WHERE complaint_id = ? AND kind = 'UNDELIVERABLE'", id))
        .isOne();
    assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE complaint_id = ? AND kind = 'ACKNOWLEDGEMENT'"
        + " AND status = 'UNDELIVERABLE' AND last_error LIKE '%address%'", id)).isOne();
    assertThat(openTask(id).getTaskDefinitionKey()).isEqualTo("Task_ResolveAtFrontLine");

    relay.relayDue();
    assertThat(mailsAbout(id)).as("staff are told to reach the customer another way")
        .anySatisfy(mail -> assertThat(mail.getSubject()).startsWith("Customer unreachable by e-mail"));
    relay.relayDue();
    assertThat(count("SELECT COUNT(*) FROM complaint_alert WHERE complaint_id = ? AND kind = 'UNDELIVERABLE'", id))
        .as("refused once, alerted once").isOne();
  }

  /**
   * The mail server is down: the complaint is acknowledged and reaches its level anyway (nothing rolls back); the
   * relay retries with back-off, shows an incident in plain words after the configured attempts, and closes it
   * once the mail went out.
   */
  @Test
  void aMailServerThatCannotBeReachedIsRetriedThenAnIncidentThatClosesOnceSent() throws MessagingException {
    smtp.stop();
    String id;
    try {
      id = submitAndSettle(KETTLE_COMPLAINT);
      assertThat(openTask(id).getTaskDefinitionKey()).isEqualTo("Task_ResolveAtFrontLine");
      assertThat(kinds(complaint(id))).contains("ACKNOWLEDGEMENT");

      relay.relayDue();
      assertThat(attempts(id)).isEqualTo(1);
      relay.relayDue();
      assertThat(attempts(id)).as("not before its back-off").isEqualTo(1);
      assertThat(deliveryIncidents(id)).isEmpty();

      for (int attempt = 2; attempt <= 3; attempt++) {
        later(Duration.ofMinutes(16));
        relay.relayDue();
        assertThat(attempts(id)).isEqualTo(attempt);
      }
      List<Incident> incidents = deliveryIncidents(id);
      assertThat(incidents).hasSize(1);
      assertThat(incidents.get(0).getIncidentMessage())
          .startsWith("The e-mail 'acknowledgement' to dana@example.com could not be sent after 3 attempts")
          .contains("the mail server could not be reached", "tried again on its own");
      assertThat(count("SELECT COUNT(*) FROM complaint_alert WHERE complaint_id = ?", id)).isZero();
    } finally {
      smtp.start();
    }
    later(Duration.ofMinutes(16));
    relay.relayDue();

    assertThat(mailsAbout(id)).hasSize(1);
    assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE complaint_id = ? AND status = 'SENT'", id)).isOne();
    assertThat(deliveryIncidents(id)).as("closed once sent").isEmpty();
  }

  @Test
  void theBackOffGrowsAndStaysWithinAQuarterOfAnHour() {
    assertThat(OutboxRelay.backOff(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(OutboxRelay.backOff(2)).isEqualTo(Duration.ofSeconds(30));
    assertThat(OutboxRelay.backOff(4)).isEqualTo(Duration.ofSeconds(270));
    assertThat(OutboxRelay.backOff(50)).isEqualTo(Duration.ofMinutes(15));
  }

  private int sweepAfter(CyclicBarrier start) {
    try {
      start.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return relay.relayDue();
  }

  private int attempts(String complaintId) {
    return jdbc.sql("SELECT attempts FROM outbox_message WHERE complaint_id = ? AND kind = 'ACKNOWLEDGEMENT'")
        .param(complaintId).query(Integer.class).single();
  }

  private List<Incident> deliveryIncidents(String complaintId) {
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(complaintId)
        .processDefinitionKey("complaint-resolution").singleResult().getId();
    return runtimeService.createIncidentQuery().processInstanceId(instance).incidentType(DeliveryIncidents.TYPE)
        .list();
  }

  private static void later(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }

  private static List<MimeMessage> mailsAbout(String complaintId) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().contains(complaintId);
      } catch (MessagingException e) {
        return false;
      }
    }).toList();
  }

  private static String recipient(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String from(MimeMessage mail) {
    try {
      return mail.getFrom()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The message's leaf parts by content type (without parameters), decoded. */
  private static Map<String, String> leafParts(jakarta.mail.Part part) {
    try {
      Map<String, String> parts = new java.util.LinkedHashMap<>();
      if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          parts.putAll(leafParts(multipart.getBodyPart(i)));
        }
      } else {
        parts.put(part.getContentType().split(";")[0].strip().toLowerCase(java.util.Locale.ROOT),
            part.getContent().toString());
      }
      return parts;
    } catch (jakarta.mail.MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
