package com.complaintdesk.notification;

/**
 * One e-mail. {@code complaintId}: the complaint it is about (null for none); {@code kind}: what it says
 * (ACKNOWLEDGEMENT, ..., {@link #STAFF_ALERT} for a message to an agent).
 */
public record OutboundMessage(String complaintId, String kind, String recipient, String subject, String body) {

  public static final String STAFF_ALERT = "STAFF_ALERT";

  /** A message kind as a person reads it: "ACKNOWLEDGEMENT_REMINDER" → "acknowledgement reminder". */
  public static String kindInWords(String kind) {
    return kind.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  boolean isToCustomer() {
    return complaintId != null && !STAFF_ALERT.equals(kind);
  }
}
