package com.complaintdesk.notification;

/** A message to the customer could not be delivered to their address; staff must reach them another way. */
public record MessageUndeliverable(String complaintId, String kind, String reason) {}
