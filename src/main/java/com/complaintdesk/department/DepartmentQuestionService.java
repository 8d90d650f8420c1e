package com.complaintdesk.department;

import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.EngineClock;
import com.complaintdesk.complaint.EngineKeys;
import com.complaintdesk.complaint.ProcessVariables;
import com.complaintdesk.complaint.SubmissionRefused;
import com.complaintdesk.businesstime.BusinessCalendar;
import com.complaintdesk.businesstime.BusinessDuration;
import com.complaintdesk.validation.TextRules;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions from a level's task to a department: asked when the level task completes (the level's clock keeps
 * running and the task comes back at once), answered in the department's own task, or not answered in time.
 */
@Service
public class DepartmentQuestionService {

  public static final int MAX_QUESTION = 2000;
  public static final int MAX_ANSWER = 4000;
  /** the levels whose task may ask: the executive office decides on what the lower levels gathered */
  static final int HIGHEST_ASKING_LEVEL = 3;

  private final DepartmentQuestionRepository questions;
  private final ComplaintRepository complaints;
  private final DepartmentProperties departments;
  private final BusinessCalendar calendar;
  private final RuntimeService runtimeService;

  public DepartmentQuestionService(DepartmentQuestionRepository questions, ComplaintRepository complaints,
      DepartmentProperties departments, BusinessCalendar calendar, RuntimeService runtimeService) {
    this.questions = questions;
    this.complaints = complaints;
    this.departments = departments;
    this.calendar = calendar;
    this.runtimeService = runtimeService;
  }

  /** Checks and stores the question of the complaint's current level; @return its id */
  @Transactional
  public long ask(String complaintId, String department, String question, String askedBy) {
    Complaint c = complaints.get(complaintId);
    if (c.level() == null || c.level() > HIGHEST_ASKING_LEVEL) {
      throw new SubmissionRefused("Only levels 1 to " + HIGHEST_ASKING_LEVEL + " ask a department");
    }
    if (department == null || !departments.ids().contains(department)) {
      throw new SubmissionRefused("department must be one of " + departments.ids()
          + (department == null ? "" : ", not " + department));
    }
    String text = requireText(question, "departmentQuestion", "the question for the department", MAX_QUESTION);
    Instant now = EngineClock.instant();
    Instant dueAt = calendar.add(now, BusinessDuration.parse(departments.answerWithin()), false);
    return questions.save(complaintId, c.level(), department, text, askedBy, now, dueAt);
  }

  /** Starts the department's task (process department-question) for a stored question; @return the question */
  @Transactional
  public DepartmentQuestion send(String complaintId, long questionId) {
    DepartmentQuestion q = get(complaintId, questionId);
    runtimeService.startProcessInstanceByMessage(EngineKeys.MESSAGE_DEPARTMENT_QUESTION_ASKED, complaintId, Map.of(
        ProcessVariables.COMPLAINT_ID, complaintId,
        ProcessVariables.DEPARTMENT_QUESTION_ID, questionId,
        ProcessVariables.DEPARTMENT_GROUP, q.department(),
        ProcessVariables.DEPARTMENT_DUE_AT, Date.from(q.dueAt())));
    return q;
  }

  @Transactional
  public void answer(String complaintId, long questionId, String answer, String answeredBy) {
    String text = requireText(answer, "departmentAnswer", "the department's answer", MAX_ANSWER);
    boolean wasPending = questions.close(complaintId, questionId, DepartmentQuestion.ANSWERED, text, answeredBy,
        EngineClock.instant());
    if (!wasPending) {
      throw new SubmissionRefused("This question has already been answered or has expired");
    }
  }

  /** The department's time ran out: the question stays on record as not answered. */
  @Transactional
  public void expire(String complaintId, long questionId) {
    questions.close(complaintId, questionId, DepartmentQuestion.NOT_ANSWERED, null, null, EngineClock.instant());
  }

  public DepartmentQuestion get(String complaintId, long questionId) {
    return questions.find(complaintId, questionId).orElseThrow(() -> new IllegalStateException(
        "No department question " + questionId + " on " + complaintId));
  }

  public List<DepartmentQuestion> ofComplaint(String complaintId) {
    return questions.findByComplaint(complaintId);
  }

  public String nameOf(String department) {
    return departments.groups().stream().filter(d -> d.id().equals(department))
        .map(DepartmentProperties.Department::name).findFirst().orElse(department);
  }

  private static String requireText(String value, String field, String what, int max) {
    TextRules.requiredTextProblem(value, field, what, max).ifPresent(problem -> {
      throw new SubmissionRefused(problem);
    });
    return value;
  }
}
