package com.complaintdesk.notification;

/**
 * A letter for a customer who gave no e-mail address (a phone complaint): staff call them on {@code phone} and tell
 * them what {@code text} says. The letter is recorded in the complaint's communications as a call to make.
 */
public record CustomerCallRequested(String complaintId, String kind, String subject, String text, String phone) {}
