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
 * What the level's latest decision left for whoever works the complaint next: the question a level asked the
 * customer and the customer's answer since, or the supervisor's reason for referring it to the executive office.
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

  /** Why the supervisor referred the complaint to the executive office, while that is its latest decision. */
  public Optional<String> referralToExecutiveOffice(String complaintId) {
    return decisions.findLatest(complaintId)
        .filter(d -> Outcome.REFER_TO_EXECUTIVE_OFFICE.name().equals(d.decision().outcome()))
        .map(d -> d.decision().explanation());
  }

  private String reply(String complaintId, LevelDecision question) {
    return communications.findByComplaint(complaintId).stream()
        .filter(c -> "INBOUND".equals(c.direction()) && CUSTOMER_REPLY.equals(c.kind())
            && !c.sentAt().isBefore(question.decidedAt()))
        .max(Comparator.comparing(Communication::sentAt)).map(Communication::text).orElse(null);
  }
}
