package com.complaintdesk.complaint;

/** Published when a complaint is closed (with or without the customer's feedback). */
public record ComplaintClosed(String complaintId, String reason) {}
