package com.complaintdesk.tasklist;

import com.complaintdesk.notification.Communication;
import com.complaintdesk.notification.CommunicationRepository;
import com.complaintdesk.resolution.LevelDecision;
import com.complaintdesk.resolution.LevelDecisionRepository;
import com.complaintdesk.resolution.Outcome;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The question a level asked the customer (its latest decision, while that is the question) and the customer's
 * answer since, if any: what the agent needs in front of them when the task comes back.
 */
@Component
public class QuestionToCustomer {

  static final String CUSTOMER_REPLY = "CUSTOMER_REPLY";

  private final LevelDecisionRepository decisions;
  private final CommunicationRepository communications;

  public QuestionToCustomer(LevelDecisionRepository decisions, CommunicationRepository communications) {
    this.decisions = decisions;
    this.communications = communications;
  }

  /** {@code reply}: null when the reply window closed without an answer. */
  public record Asked(String question, String askedBy, String reply) {}

  public Optional<Asked> atLevel(String complaintId, Integer level) {
    if (level == null) {
      return Optional.empty();
    }
    return decisions.findLatest(complaintId)
        .filter(d -> Outcome.NEED_INFORMATION.name().equals(d.decision().outcome()) && d.level() == level)
        .map(d -> new Asked(d.informationRequest(), d.decidedBy(), reply(complaintId, d)));
  }

  private String reply(String complaintId, LevelDecision question) {
    return communications.findByComplaint(complaintId).stream()
        .filter(c -> "INBOUND".equals(c.direction()) && CUSTOMER_REPLY.equals(c.kind())
            && !c.sentAt().isBefore(question.decidedAt()))
        .max(Comparator.comparing(Communication::sentAt)).map(Communication::text).orElse(null);
  }
}
