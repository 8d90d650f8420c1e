package com.complaintdesk.resolution;

import java.math.BigDecimal;

/** A resolution an agent may offer at their level, up to an amount. */
public record Offer(String type, BigDecimal maxAmount) {}
