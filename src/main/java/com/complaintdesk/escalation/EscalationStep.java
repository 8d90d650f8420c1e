package com.complaintdesk.escalation;

import java.time.Instant;

public record EscalationStep(Integer fromLevel, int toLevel, String reason, Instant enteredAt, Instant dueAt) {}
