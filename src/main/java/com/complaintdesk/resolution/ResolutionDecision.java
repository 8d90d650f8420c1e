package com.complaintdesk.resolution;

import java.math.BigDecimal;

/** What an agent submits when completing a level's task. */
public record ResolutionDecision(String outcome, String resolutionType, BigDecimal resolutionAmount,
    String customerMessage, String apology, String explanation, String informationRequest) {}
