package com.complaintdesk.notification;

/**
 * A message to the customer could not be delivered to their address; staff must reach them another way.
 * {@code subject}: the undelivered message's subject; {@code refusedByServer}: the mail server refused the address
 * (otherwise it could not be written in an e-mail).
 */
public record MessageUndeliverable(String complaintId, String kind, String subject, boolean refusedByServer) {}
