package com.complaintdesk.letters;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Realistic data for every message template, as the services pass it: the rendering test needs one entry per
 * template file, so a new template cannot go unchecked.
 */
final class LetterExamples {

  static final Instant DUE = Instant.parse("2026-12-03T16:00:00Z");
  static final String REFERENCE = "CMP-20261201-7KQ2M4XD";

  static final java.util.List<LetterProperties.OutsideBody> OUTSIDE_BODIES = java.util.List.of(
      new LetterProperties.OutsideBody("Universalschlichtungsstelle des Bundes (Zentrum für Schlichtung e.V.)",
          "Straßburger Straße 8, 77694 Kehl am Rhein, Germany", "https://www.universalschlichtungsstelle.de"));

  record Example(Signature signature, Map<String, Object> model) {}

  private LetterExamples() {}

  /** The customer's and the agents' own words, in the letter's language (they are not the template's). */
  private static final Map<String, Map<String, String>> WORDS = Map.of(
      "en", Map.of(
          "quote", "The kettle switches off before the water boils. I have tried it three times.",
          "apology", "We are sorry that your kettle let you down.",
          "explanation", "This batch had a faulty thermostat.\n\nWe have asked our supplier to check it.",
          "message", "Thank you for your patience while we looked into this.",
          "question", "Could you send us a photo of the type plate under the kettle?",
          "followUp", "I have looked at your case again and spoken to the team.",
          "subject", "We have received your complaint",
          "notUpheld", "The kettle works as specified: it switches off at 96 °C, as the manual describes on page 4."
              + " Our test of the kettle you sent us found no fault."),
      "de", Map.of(
          "quote", "Der Wasserkocher schaltet ab, bevor das Wasser kocht. Ich habe es dreimal versucht.",
          "apology", "Es tut uns leid, dass Ihr Wasserkocher Sie im Stich gelassen hat.",
          "explanation", "In dieser Serie war ein Thermostat fehlerhaft.\n\nWir haben unseren Lieferanten um Prüfung gebeten.",
          "message", "Danke für Ihre Geduld, während wir das geprüft haben.",
          "question", "Könnten Sie uns ein Foto des Typenschilds unter dem Wasserkocher schicken?",
          "followUp", "Ich habe mir Ihren Fall noch einmal angesehen und mit dem Team gesprochen.",
          "subject", "Wir haben Ihre Beschwerde erhalten",
          "notUpheld", "Der Wasserkocher arbeitet wie vorgesehen: Er schaltet bei 96 °C ab, wie es die Anleitung auf"
              + " Seite 4 beschreibt. Unsere Prüfung des eingesandten Geräts hat keinen Fehler ergeben."));

  static Map<String, Example> all() {
    return all("en");
  }

  static Map<String, Example> all(String language) {
    Map<String, String> words = WORDS.get(language);
    Map<String, Example> all = new LinkedHashMap<>();
    all.put("acknowledgement", customer(Signature.CUSTOMER_CARE, topic(), "quote",
        words.get("quote"), "urgent", true,
        "answerBy", DUE, "uploadLink", "http://localhost:8080/upload.html#token=Jk3fP0wLx7cQ", "uploadLimitMegabytes", 10));
    for (String kind : new String[] {"billing", "delivery", "product", "service", "general"}) {
      all.put("referral-" + kind, customer(Signature.CUSTOMER_CARE, topic(), "reason", "DEADLINE_PASSED", "dueAt", DUE));
    }
    all.put("supervisor", customer(Signature.SUPERVISORS, topic(), "reason", "CUSTOMER_REQUESTED_SUPERVISOR",
        "dueAt", DUE));
    all.put("executive-office", customer(Signature.EXECUTIVE_OFFICE, topic(), "reason", "CUSTOMER_SELF_ESCALATED",
        "dueAt", DUE));
    for (String type : new String[] {"apology", "replacement", "repair", "refund", "discount"}) {
      all.put("resolution-" + type, customer(Signature.CUSTOMER_CARE, Map.of(),
          "apology", words.get("apology"), "explanation", words.get("explanation"), "message", words.get("message"),
          "amount", type.equals("refund") || type.equals("discount") ? Money.of(new BigDecimal("79.90"), "EUR") : null,
          "surveyFrom", DUE.plusSeconds(3 * 86_400)));
    }
    // the executive office's final answer: the letter names the outside bodies (the lower levels name the next level)
    all.put("not-upheld", customer(Signature.EXECUTIVE_OFFICE, Map.of(), "level", 4, "message", words.get("notUpheld"),
        "surveyFrom", DUE.plusSeconds(3 * 86_400), "outsideBodies", OUTSIDE_BODIES));
    all.put("information-request", customer(Signature.CUSTOMER_CARE, topic(), "question",
        words.get("question"), "replyBy", DUE.plusSeconds(7 * 86_400)));
    all.put("customer-reply-received", customer(Signature.CUSTOMER_CARE, Map.of(), "dueAt", DUE));
    all.put("reply-window-closed", customer(Signature.CUSTOMER_CARE, Map.of(), "dueAt", DUE));
    all.put("survey", customer(Signature.CUSTOMER_CARE, Map.of(), "link",
        "http://localhost:8080/survey.html#token=q8Xv2mYdN0bR", "closesAt", DUE.plusSeconds(14 * 86_400)));
    all.put("low-score", customer(Signature.SUPERVISORS, Map.of(), "followUpBy", DUE));
    all.put("follow-up", customer(Signature.SUPERVISORS, Map.of(), "message",
        words.get("followUp"), "goodwill", "DISCOUNT",
        "goodwillAmount", Money.of(new BigDecimal("25.00"), "EUR")));
    all.put("staff-reminder", staff("level", 2, "dueAt", DUE));
    all.put("staff-overdue", staff("level", 4, "dueAt", DUE));
    all.put("staff-supervisor-information", staff("category", "SAFETY", "severity", "CRITICAL", "priority", "CRITICAL",
        "level", 2, "group", "experts-product", "dueAt", DUE));
    all.put("staff-undeliverable", staff("subjectNotDelivered", words.get("subject") + " [" + REFERENCE + "]",
        "refusedByServer", true));
    all.put("staff-call-customer", staff("phone", "+49 30 1234567", "customerName", "Dana Whitfield",
        "letterSubject", words.get("subject") + " [" + REFERENCE + "]", "letterText", words.get("message")));
    return all;
  }

  static Map<String, Object> topic() {
    Map<String, Object> topic = new HashMap<>();
    topic.put("category", "PRODUCT_DEFECT");
    topic.put("orderNumber", "O-5001");
    topic.put("productName", "Aurora Electric Kettle 1.7 l");
    return topic;
  }

  private static Example customer(Signature signature, Map<String, Object> base, Object... pairs) {
    Map<String, Object> model = new HashMap<>(base);
    model.put("name", "Dana Whitfield");
    model.put("reference", REFERENCE);
    for (int i = 0; i < pairs.length; i += 2) {
      model.put((String) pairs[i], pairs[i + 1]);
    }
    return new Example(signature, model);
  }

  private static Example staff(Object... pairs) {
    Map<String, Object> model = new HashMap<>();
    model.put("complaintId", REFERENCE);
    for (int i = 0; i < pairs.length; i += 2) {
      model.put((String) pairs[i], pairs[i + 1]);
    }
    return new Example(Signature.DESK, model);
  }
}
