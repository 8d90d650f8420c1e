package com.complaintdesk.complaint;

import java.util.List;

/**
 * The names by which the code reaches into the analysts' models: process and decision keys, message names and
 * the elements it looks for. {@code policy.ModelContract} refuses a deployment that renames one of them.
 */
public final class EngineKeys {

  public static final String RESOLUTION_PROCESS = "complaint-resolution";
  public static final String ESCALATION_PROCESS = "complaint-escalation";
  public static final String REVIEW_PROCESS = "improvement-review";
  public static final String DEPARTMENT_PROCESS = "department-question";
  /** the processes a complaint runs in (their business key is its id) */
  public static final List<String> PROCESSES = List.of(RESOLUTION_PROCESS, ESCALATION_PROCESS, REVIEW_PROCESS,
      DEPARTMENT_PROCESS);

  public static final String TRIAGE_TABLE = "complaint-triage";
  public static final String ESCALATION_MATRIX = "escalation-matrix";
  public static final String RESOLUTION_POLICY = "resolution-policy";
  public static final String EXPERT_DIRECTORY = "expert-directory";

  public static final String MESSAGE_SUPERVISOR_REQUESTED = "CustomerRequestedSupervisor";
  public static final String MESSAGE_SELF_ESCALATED = "CustomerSelfEscalated";
  public static final String MESSAGE_CUSTOMER_REPLIED = "CustomerReplied";
  public static final String MESSAGE_SURVEY_ANSWERED = "SurveyAnswered";
  public static final String MESSAGE_REVIEW_REQUESTED = "ImprovementReviewRequested";
  public static final String MESSAGE_DEPARTMENT_QUESTION_ASKED = "DepartmentQuestionAsked";

  /** where the resolution process starts (the phone start form's event) */
  public static final String START_EVENT = "StartEvent_ComplaintReceived";
  /** level 4's task: it has nowhere to escalate to */
  public static final String EXECUTIVE_OFFICE_TASK = "Task_RespondAsExecutiveOffice";

  private EngineKeys() {}
}
