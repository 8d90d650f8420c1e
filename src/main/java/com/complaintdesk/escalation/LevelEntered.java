package com.complaintdesk.escalation;

/** Published when a complaint enters a level ({@code fromLevel} null for its first one). */
public record LevelEntered(String complaintId, Integer fromLevel, int level, String reason) {}
