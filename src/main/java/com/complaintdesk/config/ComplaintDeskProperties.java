package com.complaintdesk.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code complaints.*} that are not business rules (those live in DMN). */
@ConfigurationProperties("complaints")
public record ComplaintDeskProperties(
    String publicBaseUrl,
    String senderAddress,
    Duration surveyDelay,
    Duration surveyAnswerWindow,
    Duration customerReplyWindow,
    String followUpDeadline,
    String improvementReviewDeadline,
    int recurringLookbackDays,
    long maxRequestBytes) {

  public ComplaintDeskProperties {
    publicBaseUrl = publicBaseUrl == null ? "http://localhost:8080" : publicBaseUrl;
    senderAddress = senderAddress == null ? "complaints@example.com" : senderAddress;
    surveyDelay = surveyDelay == null ? Duration.ofDays(3) : surveyDelay;
    surveyAnswerWindow = surveyAnswerWindow == null ? Duration.ofDays(14) : surveyAnswerWindow;
    customerReplyWindow = customerReplyWindow == null ? Duration.ofDays(7) : customerReplyWindow;
    followUpDeadline = followUpDeadline == null ? "P2D" : followUpDeadline;
    improvementReviewDeadline = improvementReviewDeadline == null ? "P10D" : improvementReviewDeadline;
    recurringLookbackDays = recurringLookbackDays <= 0 ? 90 : recurringLookbackDays;
    maxRequestBytes = maxRequestBytes <= 0 ? 1_048_576 : maxRequestBytes;
  }
}
