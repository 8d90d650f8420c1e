package com.complaintdesk.survey;

/** What the quality team found and did about a recurring problem or an unhappy customer. */
public record ReviewFindings(String rootCause, String consultedTeam, String correctiveAction,
    Boolean procedureUpdated) {}
