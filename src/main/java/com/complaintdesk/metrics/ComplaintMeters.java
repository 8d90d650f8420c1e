package com.complaintdesk.metrics;

import com.complaintdesk.complaint.ComplaintClosed;
import com.complaintdesk.escalation.AlertKind;
import com.complaintdesk.escalation.AlertRaised;
import com.complaintdesk.escalation.LevelEntered;
import com.complaintdesk.intake.ComplaintReceived;
import com.complaintdesk.survey.SurveyAnswered;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts what happens to complaints, from the events the services publish. Counted after commit, so a job
 * that fails and is retried counts once; counting is a counter increment, nothing more.
 */
@Component
public class ComplaintMeters {

  private final MeterRegistry registry;
  private final DistributionSummary surveyScores;

  public ComplaintMeters(MeterRegistry registry) {
    this.registry = registry;
    this.surveyScores = DistributionSummary.builder("complaints.survey.score")
        .description("Satisfaction scores (1-5) the customers gave").minimumExpectedValue(1.0)
        .maximumExpectedValue(5.0).serviceLevelObjectives(1, 2, 3, 4, 5).register(registry);
  }

  @TransactionalEventListener(fallbackExecution = true)
  public void received(ComplaintReceived event) {
    Counter.builder("complaints.received").description("Complaints received")
        .tag("channel", event.channel().name()).tag("category", event.category().name()).register(registry).increment();
  }

  @TransactionalEventListener(fallbackExecution = true)
  public void closed(ComplaintClosed event) {
    Counter.builder("complaints.closed").description("Complaints closed")
        .tag("reason", event.reason()).register(registry).increment();
  }

  @TransactionalEventListener(fallbackExecution = true)
  public void levelEntered(LevelEntered event) {
    if (event.fromLevel() == null) {
      return;
    }
    Counter.builder("complaints.escalations").description("Complaints moved up to a level")
        .tag("level", Integer.toString(event.level())).tag("reason", event.reason()).register(registry).increment();
  }

  @TransactionalEventListener(fallbackExecution = true)
  public void alertRaised(AlertRaised event) {
    if (event.kind() == AlertKind.UNDELIVERABLE) {
      Counter.builder("complaints.messages.undeliverable").description("Messages to customers whose address was refused")
          .register(registry).increment();
      return;
    }
    String name = event.kind() == AlertKind.BREACH ? "complaints.deadline.breaches" : "complaints.deadline.reminders";
    Counter.builder(name).description(event.kind() == AlertKind.BREACH ? "Level deadlines that passed"
            : "Reminders before a level's deadline")
        .tag("level", Integer.toString(event.level())).register(registry).increment();
  }

  @TransactionalEventListener(fallbackExecution = true)
  public void surveyAnswered(SurveyAnswered event) {
    surveyScores.record(event.score());
  }
}
