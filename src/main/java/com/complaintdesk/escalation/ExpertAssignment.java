package com.complaintdesk.escalation;

/**
 * Who takes a complaint at level 2.
 *
 * @param group the candidate group of the level-2 task
 * @param kind the kind of expert the customer is told about: billing, delivery, product or service
 * @param specialistGroup the group the expert directory names; {@code group} differs when it has no members
 */
public record ExpertAssignment(String group, String kind, String specialistGroup) {}
