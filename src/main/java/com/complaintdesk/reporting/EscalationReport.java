package com.complaintdesk.reporting;

import java.util.Map;

/**
 * How far complaints climbed. Level 4 is reported on its own: the whole design aims to keep it rare.
 *
 * @param highestLevelReached complaints by the highest level they reached
 * @param level4 complaints that reached the executive office, and how
 */
public record EscalationReport(long complaints, Map<Integer, Long> highestLevelReached,
    Map<String, Long> escalationsByReason, Level4 level4) {

  public record Level4(long complaints, double shareOfAllComplaints, Map<String, Long> byReason,
      Map<String, Long> selfEscalationChannels) {}
}
