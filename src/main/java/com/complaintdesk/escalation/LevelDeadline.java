package com.complaintdesk.escalation;

import java.time.Instant;

/** When a level's time runs out, and when its reminder goes out before that. */
public record LevelDeadline(Instant remindAt, Instant dueAt) {}
