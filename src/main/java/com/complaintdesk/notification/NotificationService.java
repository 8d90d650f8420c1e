package com.complaintdesk.notification;

import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.letters.Languages;
import com.complaintdesk.letters.Letter;
import com.complaintdesk.letters.LetterWriter;
import com.complaintdesk.letters.Signature;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a letter to the complaint's customer from its template, in the customer's language, sends it through
 * the outbox (in the caller's transaction) and records it in the complaint's communications. A customer without an
 * e-mail address (a phone complaint) is called instead: staff get the letter's words ({@link CustomerCallRequested}).
 */
@Service
public class NotificationService {

  private final CommunicationRepository communications;
  private final NotificationPort notifier;
  private final LetterWriter letters;
  private final Languages languages;
  private final ApplicationEventPublisher events;

  public NotificationService(CommunicationRepository communications,
      NotificationPort notifier, LetterWriter letters, Languages languages, ApplicationEventPublisher events) {
    this.events = events;
    this.communications = communications;
    this.notifier = notifier;
    this.letters = letters;
    this.languages = languages;
  }

  /** The language the complaint's letters are written in. */
  public Locale languageOf(Complaint complaint) {
    return languages.orDefault(complaint.language());
  }

  /**
   * @param message the template ({@code letters/<language>/<message>.html})
   * @param model what the template prints beyond the customer's name and the reference
   */
  @Transactional
  public Letter notifyCustomer(Complaint complaint, String kind, String message, Signature signature,
      Map<String, ?> model) {
    return notifyCustomer(complaint, kind, message, signature, model, null);
  }

  /** {@code secret}: a model entry that only the customer may read; staff's record of the letter shows its stand-in. */
  @Transactional
  public Letter notifyCustomer(Complaint complaint, String kind, String message, Signature signature,
      Map<String, ?> model, LetterSecret secret) {
    Locale language = languageOf(complaint);
    Map<String, Object> full = new HashMap<>(model);
    full.put("name", complaint.nameOrNull());
    full.put("reference", complaint.id());
    Letter recorded = null;
    if (secret != null) {
      full.put(secret.key(), secret.value());
      Map<String, Object> withoutSecret = new HashMap<>(full);
      withoutSecret.put(secret.key(), secret.recordedAs());
      recorded = letters.write(message, language, signature, withoutSecret);
    }
    Letter letter = letters.write(message, language, signature, full);
    String subject = letter.subject() + " [" + complaint.id() + "]";
    if (complaint.customerEmail() == null) {
      // a caller without e-mail: staff phone them with the letter's words (never a link only they may use)
      Letter call = recorded == null ? letter : recorded;
      communications.record(complaint.id(), complaint.customerPhone(), new Communication(EngineClock.instant(),
          "OUTBOUND", "PHONE", kind, subject, call.text()));
      events.publishEvent(new CustomerCallRequested(complaint.id(), kind, subject, call.text(),
          complaint.customerPhone()));
      return call;
    }
    communications.record(complaint.id(), complaint.customerEmail(), new Communication(EngineClock.instant(),
        "OUTBOUND", "EMAIL", kind, subject, (recorded == null ? letter : recorded).text()));
    notifier.send(new OutboundMessage(complaint.id(), kind, complaint.customerEmail(), subject, letter.text(),
        letter.html()));
    return letter;
  }

  /** Whether the customer's reply to a question arrived at or after {@code since}. */
  public boolean customerRepliedSince(String complaintId, java.time.Instant since) {
    return communications.inboundSince(complaintId, "CUSTOMER_REPLY", since);
  }

  @Transactional
  public void recordInbound(String complaintId, String channel, String kind, String text) {
    communications.record(complaintId, null,
        new Communication(EngineClock.instant(), "INBOUND", channel, kind, null, text));
  }
}
