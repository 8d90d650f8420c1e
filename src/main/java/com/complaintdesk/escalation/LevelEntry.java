package com.complaintdesk.escalation;

/** A complaint that has just entered a level: who works it, why, and by when. */
public record LevelEntry(int level, String reason, String candidateGroup, LevelDeadline deadline, String dueText) {}
