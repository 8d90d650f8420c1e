package com.complaintdesk.resolution;

import java.math.BigDecimal;

/** What the resolution policy needs to know about a complaint. */
public record CaseFacts(String category, BigDecimal orderValue, String customerTier, boolean recurring) {}
