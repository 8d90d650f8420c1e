package com.complaintdesk.resolution;

import java.math.BigDecimal;
import java.time.Instant;

public record Resolution(int level, String resolutionType, BigDecimal amount, String customerMessage,
    String apology, String explanation, String decidedBy, Instant decidedAt) {}
