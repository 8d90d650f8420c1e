package com.complaintdesk.notification;

public record OutboundMessage(String recipient, String subject, String body) {}
