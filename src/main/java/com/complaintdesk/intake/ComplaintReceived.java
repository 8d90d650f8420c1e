package com.complaintdesk.intake;

/** Published when a complaint is registered, by the API or Tasklist's start form. */
public record ComplaintReceived(String complaintId, String channel, String category) {}
