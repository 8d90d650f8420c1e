package com.complaintdesk.escalation;

/**
 * What became of a customer event: {@code APPLIED} (the complaint moved), {@code PENDING} (kept until the
 * complaint reaches a level that can take it, then applied) or {@code RECORDED} (a reply that arrived after the
 * wait ended: in the communications for the agent).
 */
public record EventReceipt(String complaintId, String type, String status) {}
