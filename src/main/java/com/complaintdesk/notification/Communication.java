package com.complaintdesk.notification;

import java.time.Instant;

public record Communication(
    Instant sentAt, String direction, String channel, String kind, String subject, String text) {}
