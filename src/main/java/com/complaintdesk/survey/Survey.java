package com.complaintdesk.survey;

import java.time.Instant;

public record Survey(String token, String complaintId, Instant sentAt, SurveyStatus status, Instant answeredAt,
    Integer score, String comment) {}
