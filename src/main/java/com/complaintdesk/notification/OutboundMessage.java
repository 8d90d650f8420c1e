package com.complaintdesk.notification;

/**
 * One e-mail. {@code complaintId}: the complaint it is about (null for none); {@code kind}: what it says
 * (ACKNOWLEDGEMENT, ..., {@link #STAFF_ALERT} for a message to an agent); {@code body}: the plain text;
 * {@code html}: the same letter as HTML, or null for plain text only.
 */
public record OutboundMessage(String complaintId, String kind, String recipient, String subject, String body,
    String html) {

  public OutboundMessage(String complaintId, String kind, String recipient, String subject, String body) {
    this(complaintId, kind, recipient, subject, body, null);
  }

  public static final String STAFF_ALERT = "STAFF_ALERT";

  /** A message kind as a person reads it: "ACKNOWLEDGEMENT_REMINDER" → "acknowledgement reminder". */
  public static String kindInWords(String kind) {
    return kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  boolean isToCustomer() {
    return complaintId != null && !STAFF_ALERT.equals(kind);
  }
}
