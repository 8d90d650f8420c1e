package com.complaintdesk.escalation;

import java.time.Instant;

/** A complaint entering a level: from where, why, by when, and which group works it. */
public record EscalationStep(Integer fromLevel, int toLevel, String reason, Instant enteredAt, Instant dueAt,
    String candidateGroup) {}
