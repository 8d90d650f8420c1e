package com.complaintdesk.letters;

/** A rendered message: its subject, its HTML and the plain-text alternative of the same words. */
public record Letter(String subject, String html, String text) {}
