package com.complaintdesk.tasklist;

import com.complaintdesk.investigation.InvestigationService;
import com.complaintdesk.evidence.Attachment;
import com.complaintdesk.evidence.AttachmentService;
import com.complaintdesk.complaint.EngineKeys;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.escalation.DeadlineText;
import com.complaintdesk.letters.LetterFormat;
import com.complaintdesk.letters.LetterProperties;
import com.complaintdesk.letters.LetterWriter;
import com.complaintdesk.letters.Money;
import com.complaintdesk.investigation.InvestigationReport;
import com.complaintdesk.investigation.InvestigationRepository;
import com.complaintdesk.notification.Communication;
import com.complaintdesk.notification.CommunicationRepository;
import com.complaintdesk.resolution.CaseFacts;
import com.complaintdesk.resolution.CaseFactsService;
import com.complaintdesk.resolution.ResolutionPolicyService;
import com.complaintdesk.department.DepartmentQuestion;
import com.complaintdesk.department.DepartmentQuestionService;
import com.complaintdesk.resolution.Outcome;
import com.complaintdesk.resolution.ResolutionRepository;
import com.complaintdesk.survey.ImprovementReviewRepository;
import com.complaintdesk.survey.SurveyRepository;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a task's form shows, read from the complaint record when the form is opened, so it is always up
 * to date and never held in process variables: the customer's full words, the facts, the investigation,
 * the level and its deadline, the communications so far, the offers allowed, the survey. The keys are the
 * read-only fields of the forms in {@code forms/}.
 */
@Component
public class TaskFormContext {
  static final int LATEST_SHOWN = 10;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final ComplaintRepository complaints;
  private final InvestigationRepository investigations;
  private final CommunicationRepository communications;
  private final CaseFactsService caseFacts;
  private final ResolutionPolicyService policy;
  private final ResolutionRepository resolutions;
  private final SurveyRepository surveys;
  private final ImprovementReviewRepository reviews;
  private final DeadlineText deadlineText;
  private final LetterWriter letters;
  private final LetterProperties letterProperties;
  private final QuestionToCustomer questions;
  private final DepartmentQuestionService departments;
  private final AttachmentService attachments;
  private final int lookbackDays;

  public TaskFormContext(ComplaintRepository complaints, InvestigationRepository investigations,
      CommunicationRepository communications, CaseFactsService caseFacts, ResolutionPolicyService policy,
      ResolutionRepository resolutions, SurveyRepository surveys, ImprovementReviewRepository reviews,
      DeadlineText deadlineText, LetterWriter letters, LetterProperties letterProperties,
      QuestionToCustomer questions, DepartmentQuestionService departments, AttachmentService attachments,
      com.complaintdesk.config.ComplaintDeskProperties properties) {
    this.lookbackDays = properties.recurringLookbackDays();
    this.attachments = attachments;
    this.departments = departments;
    this.questions = questions;
    this.letters = letters;
    this.letterProperties = letterProperties;
    this.complaints = complaints;
    this.investigations = investigations;
    this.communications = communications;
    this.caseFacts = caseFacts;
    this.policy = policy;
    this.resolutions = resolutions;
    this.surveys = surveys;
    this.reviews = reviews;
    this.deadlineText = deadlineText;
  }

  public static boolean isComplaintProcess(String processDefinitionKey) {
    return processDefinitionKey != null && EngineKeys.PROCESSES.contains(processDefinitionKey);
  }

  /**
   * @param itemId the review of an improvement-review task, the question of a department-question task, else null
   * @return field key → value; no entry for what is unknown
   */
  public Map<String, Object> forTask(String processDefinitionKey, String complaintId, Long itemId) {
    Map<String, Object> context = new LinkedHashMap<>();
    Complaint c = complaints.findById(complaintId).orElse(null);
    if (c == null) {
      return context;
    }
    context.put("complaintId", c.id());
    context.put("customerId", c.customerId());
    context.put("customerDisplayName", c.nameOrNull() == null ? c.customerId() + " (no name given)" : c.nameOrNull());
    context.put("customerEmail", c.customerEmail() != null ? c.customerEmail()
        : "No e-mail: call " + c.customerPhone() + " (letters are read to the caller)");
    context.put("orderId", c.orderId());
    context.put("productSku", c.productSku());
    context.put("category", c.category());
    context.put("channel", c.channel());
    context.put("severity", c.severity());
    context.put("priority", c.priority());
    context.put("description", c.description());
    investigations.find(complaintId).ifPresent(i -> {
      context.put("investigationSummary", i.summary());
      context.put("recurring", i.recurring());
      context.put("recurrence", i.recurringForCustomer() == null ? (i.recurring() ? "Recurring" : "Isolated incident")
          : InvestigationService.recurrenceText(new ComplaintRepository.Recurrence(i.recurringForCustomer(),
              i.recurringForProduct()), lookbackDays));
      context.put("priorComplaintsSummary", priorComplaints(i));
    });
    context.put("communicationsSummary", communications(communications.findByComplaint(complaintId)));
    context.put("attachmentsMarkdown", attachmentList(c.id(), attachments.ofComplaint(complaintId)));
    if (EngineKeys.ESCALATION_PROCESS.equals(processDefinitionKey) && c.level() != null) {
      context.put("currentLevel", c.level());
      context.put("levelReason", LevelReasonWords.of(c.levelReason(), c.regulatory()));
      questions.referralToExecutiveOffice(complaintId).ifPresent(reason -> context.put("referralReason", reason));
      List<DepartmentQuestion> toDepartments = departments.ofComplaint(complaintId);
      if (!toDepartments.isEmpty()) {
        context.put("departmentQuestions", departmentQuestions(toDepartments));
      }
      questions.atLevel(complaintId, c.level()).ifPresent(asked -> {
        context.put("questionAsked", asked.question());
        context.put("customerReply", asked.reply());
      });
      if (c.levelDueAt() != null) {
        context.put("levelDueText", deadlineText.format(c.levelDueAt()));
      }
      caseFacts.investigatedFacts(complaintId).ifPresent(f -> context.put("offersSummary", offers(complaintId, f, c.level())));
    }
    if (EngineKeys.RESOLUTION_PROCESS.equals(processDefinitionKey)) {
      resolutions.findLatest(complaintId).ifPresent(r -> {
        context.put("resolutionType", r.upheld() ? r.resolutionType() : Outcome.NOT_UPHELD.name());
        context.put("resolutionAmount", r.amount() == null ? null : r.amount().doubleValue());
        context.put("previousCustomerMessage", r.customerMessage());
      });
    }
    surveys.findLatestByComplaint(complaintId).filter(s -> s.score() != null).ifPresent(s -> {
      context.put("surveyScore", s.score());
      context.put("surveyComment", s.comment());
    });
    if (EngineKeys.REVIEW_PROCESS.equals(processDefinitionKey) && itemId != null) {
      context.put("reviewReason", reviews.reason(complaintId, itemId));
    }
    if (EngineKeys.DEPARTMENT_PROCESS.equals(processDefinitionKey) && itemId != null) {
      DepartmentQuestion q = departments.get(complaintId, itemId);
      context.put("departmentQuestion", q.question());
      context.put("departmentAskedBy", q.askedBy() + " (level " + q.level() + ")");
      context.put("departmentAnswerDueText", deadlineText.format(q.dueAt()));
    }
    context.values().removeIf(value -> value == null);
    return context;
  }

  /** Every question to a department, oldest first: who was asked what, and the answer or that it is pending. */
  private String departmentQuestions(List<DepartmentQuestion> asked) {
    StringBuilder text = new StringBuilder();
    for (DepartmentQuestion q : asked) {
      text.append(departments.nameOf(q.department())).append(", asked by ").append(q.askedBy()).append(" on ")
          .append(WHEN.format(q.askedAt())).append(":\n").append(q.question()).append("\n");
      switch (q.status()) {
        case DepartmentQuestion.ANSWERED -> text.append("Answer from ").append(q.answeredBy()).append(" on ")
            .append(WHEN.format(q.answeredAt())).append(":\n").append(q.answer());
        case DepartmentQuestion.NOT_ANSWERED -> text.append("No answer by ").append(deadlineText.format(q.dueAt()));
        default -> text.append("Waiting for the answer, due by ").append(deadlineText.format(q.dueAt()));
      }
      text.append("\n\n");
    }
    return text.toString().strip();
  }

  /**
   * The complaint's files as links (they open with the Tasklist login, for those who may read the complaint),
   * and the page to add or view them. Names are the cleaned ones, escaped so they cannot form markdown.
   */
  static String attachmentList(String complaintId, List<Attachment> files) {
    StringBuilder text = new StringBuilder(files.isEmpty() ? "No files yet.\n\n" : "");
    for (Attachment a : files) {
      text.append("- [").append(markdownEscaped(a.fileName())).append("](").append(a.link()).append(") · ")
          .append(a.mediaType()).append(" · ").append(AttachmentService.size(a.sizeBytes())).append(" · ")
          .append(switch (a.source()) {
            case CUSTOMER -> "from the customer";
            case INTEGRATION -> "from " + markdownEscaped(a.uploadedBy()) + " (integration)";
            case STAFF -> "from " + markdownEscaped(a.uploadedBy());
          }).append(", ").append(WHEN.format(a.uploadedAt())).append("\n");
    }
    return text.append(files.isEmpty() ? "" : "\n").append("[Add or view files](/attachments.html#complaint=")
        .append(complaintId).append(")").toString();
  }

  private static String markdownEscaped(String text) {
    return text.replaceAll("([\\\\`*_{}\\[\\]()#+!|<>~-])", "\\\\$1");
  }

  /** Amounts as the staff's language writes them, in the order's currency. */
  private String offers(String complaintId, CaseFacts f, int level) {
    LetterFormat format = letters.format(letterProperties.staffLanguage());
    String currency = caseFacts.currency(complaintId);
    return ResolutionPolicyService.summary(policy.offers(f.category(), f.orderValue(), f.customerTier(), level,
        f.recurring()), amount -> format.money(Money.of(amount, currency)));
  }

  private static String priorComplaints(InvestigationReport i) {
    if (i.priorComplaintCount() == 0) {
      return "No earlier complaints in the look-back window.";
    }
    List<InvestigationReport.PriorComplaint> shown = i.priorComplaints().stream().limit(LATEST_SHOWN).toList();
    String header = i.priorComplaintCount() + " earlier complaint(s)"
        + (shown.size() < i.priorComplaintCount() ? ", latest " + shown.size() + " shown" : "") + ":\n";
    return header + shown.stream()
        .map(p -> p.complaintId() + " " + p.category() + (p.sameProduct() ? " (same product)" : "")
            + (p.sameCustomer() ? " (same customer)" : "") + " " + p.status())
        .collect(Collectors.joining("\n"));
  }

  private static String communications(List<Communication> all) {
    if (all.isEmpty()) {
      return "None yet.";
    }
    int from = Math.max(0, all.size() - LATEST_SHOWN * 3);
    String header = from > 0 ? all.size() + " messages, latest " + (all.size() - from) + " shown:\n" : "";
    return header + all.subList(from, all.size()).stream()
        .map(c -> WHEN.format(c.sentAt()) + " " + c.direction().toLowerCase() + " " + c.kind()
            + (c.subject() == null ? "" : ": " + c.subject()))
        .collect(Collectors.joining("\n"));
  }
}
