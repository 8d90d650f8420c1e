package com.complaintdesk.notification;

import com.complaintdesk.complaint.EngineClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox by SMTP (only when an SMTP host is configured). Every node sweeps; a message is claimed by
 * one node for {@link #CLAIM} before it is sent, so two nodes never send it both, and a node that dies while
 * sending leaves it to the others once the claim expires (the message may then go out twice, never not at all).
 * A failure is retried with back-off (10 s, 30 s, 90 s, ..., at most every 15 minutes) for as long as it takes;
 * after {@code alertAfterAttempts} it is also an incident. An address the server refuses is not retried: the
 * complaint gets an alert (as {@link MessageUndeliverable}).
 */
public class OutboxRelay {

  static final Duration CLAIM = Duration.ofMinutes(2);
  static final Duration FIRST_RETRY = Duration.ofSeconds(10);
  static final Duration LONGEST_RETRY = Duration.ofMinutes(15);
  private static final int BATCH = 50;
  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  private final OutboxRepository outbox;
  private final NotificationPort mail;
  private final DeliveryIncidents incidents;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final int alertAfterAttempts;

  OutboxRelay(OutboxRepository outbox, NotificationPort mail, DeliveryIncidents incidents,
      ApplicationEventPublisher events, TransactionTemplate transaction, int alertAfterAttempts) {
    this.outbox = outbox;
    this.mail = mail;
    this.incidents = incidents;
    this.events = events;
    this.transaction = transaction;
    this.alertAfterAttempts = alertAfterAttempts;
  }

  /** @return how many messages were sent */
  @Scheduled(initialDelayString = "${complaints.mail.relay-interval:PT1S}",
      fixedDelayString = "${complaints.mail.relay-interval:PT1S}")
  public int relayDue() {
    int sent = 0;
    Instant now = EngineClock.instant();
    for (long id : outbox.due(now, BATCH)) {
      Optional<OutboxRepository.Pending> claimed = outbox.claim(id, now, now.plus(CLAIM));
      if (claimed.isPresent() && deliver(claimed.get())) {
        sent++;
      }
    }
    return sent;
  }

  private boolean deliver(OutboxRepository.Pending pending) {
    OutboundMessage message = pending.message();
    try {
      mail.send(message);
    } catch (UndeliverableAddressException refused) {
      transaction.executeWithoutResult(status -> {
        outbox.undeliverable(pending.id(), refused.getMessage());
        if (message.isToCustomer()) {
          events.publishEvent(new MessageUndeliverable(message.complaintId(), message.kind(), message.subject(),
              refused.refusedByServer()));
        }
      });
      LOG.warn("Message {} of complaint {} not delivered: {}", message.kind(), message.complaintId(),
          refused.getMessage());
      return false;
    } catch (RuntimeException failed) {
      int attempts = pending.attempts() + 1;
      String error = reason(failed);
      transaction.executeWithoutResult(status -> {
        outbox.retryLater(pending.id(), attempts, EngineClock.instant().plus(backOff(attempts)), error);
        if (attempts == alertAfterAttempts) {
          incidents.open(pending.id(), message, attempts, error);
        }
      });
      LOG.warn("Message {} (outbox {}) not sent, attempt {}: {}", message.kind(), pending.id(), attempts, error);
      return false;
    }
    transaction.executeWithoutResult(status -> {
      outbox.sent(pending.id(), EngineClock.instant());
      if (pending.attempts() >= alertAfterAttempts) {
        incidents.resolve(pending.id());
      }
    });
    return true;
  }

  /** In the words an operator acts on: what failed, not the mail library's stack of exceptions. */
  static String reason(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException
          || cause instanceof java.net.SocketTimeoutException) {
        return "the mail server could not be reached";
      }
      if (cause instanceof org.springframework.mail.MailAuthenticationException) {
        return "the mail server refused the desk's login";
      }
    }
    String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    String firstLine = text.lines().findFirst().orElse(text);
    return firstLine.length() <= 300 ? firstLine : firstLine.substring(0, 300) + "...";
  }

  static Duration backOff(int attempts) {
    Duration delay = FIRST_RETRY;
    for (int i = 1; i < attempts && delay.compareTo(LONGEST_RETRY) < 0; i++) {
      delay = delay.multipliedBy(3);
    }
    return delay.compareTo(LONGEST_RETRY) < 0 ? delay : LONGEST_RETRY;
  }
}
