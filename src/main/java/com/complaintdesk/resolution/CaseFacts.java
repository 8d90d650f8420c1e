package com.complaintdesk.resolution;

import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.Tier;
import java.math.BigDecimal;

/** What the resolution policy needs to know about a complaint. */
public record CaseFacts(Category category, BigDecimal orderValue, Tier customerTier, boolean recurring) {}
