package com.complaintdesk.survey;

/** Published when a customer answers the satisfaction survey. */
public record SurveyAnswered(String complaintId, int score) {}
