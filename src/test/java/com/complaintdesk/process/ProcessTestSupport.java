package com.complaintdesk.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.complaintdesk.complaint.Severity;
import com.complaintdesk.complaint.Channel;
import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.Priority;
import com.complaintdesk.complaint.EscalationReason;
import com.complaintdesk.complaint.Complaint;
import com.complaintdesk.complaint.ComplaintLifecycle;
import com.complaintdesk.complaint.ComplaintRepository;
import com.complaintdesk.complaint.ComplaintStatus;
import com.complaintdesk.config.ComplaintDeskProperties;
import com.complaintdesk.escalation.TimerSettings;
import com.complaintdesk.escalation.AskCustomerForInformationDelegate;
import com.complaintdesk.businesstime.BusinessCalendar;
import com.complaintdesk.businesstime.BusinessHoursProperties;
import com.complaintdesk.escalation.EnterLevelDelegate;
import com.complaintdesk.escalation.EscalationService;
import com.complaintdesk.escalation.LevelDeadline;
import com.complaintdesk.escalation.LevelEntry;
import com.complaintdesk.escalation.Levels;
import com.complaintdesk.escalation.ResumeLevelClockDelegate;
import com.complaintdesk.escalation.SendDeadlineReminderDelegate;
import com.complaintdesk.escalation.Triage;
import com.complaintdesk.escalation.TriageComplaintDelegate;
import com.complaintdesk.escalation.TriageService;
import com.complaintdesk.intake.AcknowledgeComplaintDelegate;
import com.complaintdesk.intake.AcknowledgementService;
import com.complaintdesk.intake.IntakeService;
import com.complaintdesk.intake.StartFormIntakeListener;
import com.complaintdesk.investigation.InvestigateComplaintDelegate;
import com.complaintdesk.investigation.InvestigationReport;
import com.complaintdesk.investigation.InvestigationService;
import com.complaintdesk.resolution.CarryOutResolutionDelegate;
import com.complaintdesk.resolution.CommunicateFollowUpDelegate;
import com.complaintdesk.resolution.CommunicateResolutionDelegate;
import com.complaintdesk.resolution.FollowUpService;
import com.complaintdesk.resolution.LevelDecisionService;
import com.complaintdesk.resolution.RecordResolutionDelegate;
import com.complaintdesk.resolution.ResolutionService;
import com.complaintdesk.resolution.ValidateFollowUpListener;
import com.complaintdesk.resolution.ValidateResolutionListener;
import com.complaintdesk.survey.CloseComplaintDelegate;
import com.complaintdesk.survey.ImprovementReviewService;
import com.complaintdesk.survey.ReopenComplaintDelegate;
import com.complaintdesk.survey.RequestImprovementReviewDelegate;
import com.complaintdesk.survey.SendSatisfactionSurveyDelegate;
import com.complaintdesk.survey.SurveyService;
import com.complaintdesk.survey.ValidateReviewListener;
import com.complaintdesk.tasklist.TaskBriefingListener;
import jakarta.validation.Validation;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.complaintdesk.testsupport.Jobs;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs the real BPMN files with every delegate backed by Mockito-mocked services: the tests assert
 * what the model does, the services have tests of their own.
 */
abstract class ProcessTestSupport {

  static final BusinessCalendar CALENDAR = new BusinessCalendar(new BusinessHoursProperties(false, null, null, null,
      null, null, null, null));
  static final String ENGINE_CONFIGURATION = "process-test.camunda.cfg.xml";
  static final String COMPLAINT_ID = "CMP-20261122-TESTCASE";
  static final Instant DUE = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
  static final Instant REMIND = Instant.now().plus(18, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);

  AcknowledgementService acknowledgements = mock(AcknowledgementService.class);
  InvestigationService investigations = mock(InvestigationService.class);
  TriageService triage = mock(TriageService.class);
  ComplaintLifecycle lifecycle = mock(ComplaintLifecycle.class);
  EscalationService escalation = mock(EscalationService.class);
  LevelDecisionService levelDecisions = mock(LevelDecisionService.class);
  com.complaintdesk.department.DepartmentQuestionService departmentQuestions =
      mock(com.complaintdesk.department.DepartmentQuestionService.class);
  FollowUpService followUps = mock(FollowUpService.class);
  ResolutionService resolutions = mock(ResolutionService.class);
  SurveyService surveys = mock(SurveyService.class);
  ImprovementReviewService reviews = mock(ImprovementReviewService.class);
  ComplaintRepository complaints = mock(ComplaintRepository.class);
  IntakeService intake = mock(IntakeService.class);
  static final long DECISION_ID = 7L;
  static final long FOLLOW_UP_ID = 8L;

  @BeforeEach
  void registerDelegates() {
    when(acknowledgements.acknowledge(anyString())).thenReturn(DUE);
    when(investigations.investigate(anyString())).thenReturn(report(false));
    when(triage.inputs(anyString())).thenReturn(Map.of("category", "PRODUCT_DEFECT", "severity", "MEDIUM",
        "customerTier", "STANDARD", "recurring", false, "regulatory", false));
    when(triage.apply(anyString(), any())).thenReturn(new Triage(Priority.MEDIUM, 1, false, EscalationReason.TRIAGE));
    when(escalation.enterLevel(anyString(), anyInt(), any(), anyBoolean())).thenAnswer(call -> {
      int level = call.getArgument(1);
      return new LevelEntry(level, call.<EscalationReason>getArgument(2).name(), Levels.group(level, "experts-product"),
          new LevelDeadline(REMIND, DUE), "tomorrow");
    });
    when(escalation.pauseForCustomer(anyString(), any(), anyLong())).thenReturn(Duration.ofHours(5));
    when(escalation.resumeAfterCustomer(anyString(), anyInt(), any(), any())).thenAnswer(call -> {
      int level = call.getArgument(1);
      return new LevelEntry(level, "RESUMED", Levels.group(level, "experts-product"),
          new LevelDeadline(REMIND, DUE), "later");
    });
    when(levelDecisions.decide(anyString(), anyString(), any(), any())).thenReturn(DECISION_ID);
    when(followUps.decide(anyString(), anyString(), any(), any())).thenReturn(FOLLOW_UP_ID);
    when(complaints.get(anyString())).thenAnswer(call -> complaint(call.getArgument(0)));
    when(intake.isStartedByIntake(COMPLAINT_ID)).thenReturn(true);

    Mocks.register("acknowledgeComplaint", new AcknowledgeComplaintDelegate(acknowledgements));
    Mocks.register("investigateComplaint", new InvestigateComplaintDelegate(investigations));
    Mocks.register("triageComplaint", new TriageComplaintDelegate(triage));
    Mocks.register("enterLevel", new EnterLevelDelegate(escalation));
    Mocks.register("sendDeadlineReminder", new SendDeadlineReminderDelegate(escalation, BpmnAwareTests.taskService()));
    Mocks.register("askCustomerForInformation", new AskCustomerForInformationDelegate(escalation));
    Mocks.register("resumeLevelClock", new ResumeLevelClockDelegate(escalation));
    Mocks.register("validateResolution", new ValidateResolutionListener(levelDecisions, departmentQuestions));
    Mocks.register("askDepartment", new com.complaintdesk.department.AskDepartmentDelegate(departmentQuestions));
    Mocks.register("validateDepartmentAnswer",
        new com.complaintdesk.department.ValidateDepartmentAnswerListener(departmentQuestions));
    Mocks.register("recordDepartmentSilence",
        new com.complaintdesk.department.RecordDepartmentSilenceDelegate(departmentQuestions));
    Mocks.register("validateFollowUp", new ValidateFollowUpListener(followUps));
    Mocks.register("validateReview", new ValidateReviewListener(reviews));
    Mocks.register("recordResolution", new RecordResolutionDelegate(resolutions));
    Mocks.register("communicateResolution", new CommunicateResolutionDelegate(resolutions));
    Mocks.register("carryOutResolution", new CarryOutResolutionDelegate(resolutions));
    Mocks.register("communicateFollowUp", new CommunicateFollowUpDelegate(resolutions));
    Mocks.register("sendSatisfactionSurvey", new SendSatisfactionSurveyDelegate(surveys));
    Mocks.register("closeComplaint", new CloseComplaintDelegate(lifecycle, surveys));
    Mocks.register("reopenComplaint", new ReopenComplaintDelegate(lifecycle, surveys));
    Mocks.register("requestImprovementReview", new RequestImprovementReviewDelegate(reviews));
    Mocks.register("taskBriefing", new TaskBriefingListener(complaints, mock(com.complaintdesk.tasklist.QuestionToCustomer.class)));
    Mocks.register("registerComplaintFromStartForm",
        new StartFormIntakeListener(Validation.buildDefaultValidatorFactory().getValidator(), intake,
            mock(com.complaintdesk.intake.PhoneReferences.class)));
    Mocks.register("complaintSettings", new TimerSettings(
        new ComplaintDeskProperties(null, null, null, null, null, null, null, 0, 0), CALENDAR));
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }

  static InvestigationReport report(boolean recurring) {
    return new InvestigationReport(true, null, null, "GOLD", List.of(), List.of(), 0, recurring, "Order O-5001 found",
        Instant.now(), recurring ? 1 : 0, 0, List.of(), null);
  }

  static Complaint complaint(String id) {
    return new Complaint(id, null, "C-1001", "Dana Whitfield", "dana@example.com", "O-5001", "SKU-KETTLE-2",
        Category.PRODUCT_DEFECT, Channel.EMAIL, Severity.MEDIUM, false, "The kettle switches off before the water boils.",
        ComplaintStatus.IN_RESOLUTION, Priority.HIGH, 1, "TRIAGE", null, null, null, "carla", Instant.now(), null, null, null,
        null, null, "en", null);
  }

  /** What a complaint's process starts with: its id, nothing else (the record is in the app's tables). */
  static Map<String, Object> complaintVariables() {
    Map<String, Object> v = new HashMap<>();
    v.put("complaintId", COMPLAINT_ID);
    return v;
  }

  /** What Tasklist's start form submits for a phone complaint. */
  static Map<String, Object> startForm() {
    Map<String, Object> v = new HashMap<>();
    v.put("customerId", "C-1001");
    v.put("customerName", "Dana Whitfield");
    v.put("customerEmail", "dana@example.com");
    v.put("category", "PRODUCT_DEFECT");
    v.put("severity", "MEDIUM");
    v.put("channel", "PHONE");
    v.put("regulatory", false);
    v.put("description", "The kettle switches off before the water boils.");
    return v;
  }

  /** Executes every due asynchronous continuation (timers wait for their time) until the process waits. */
  static void runAsyncContinuations() {
    Jobs.runDue(managementService());
  }

  /**
   * The process engine of these tests, recording which flow nodes the class's tests passed: the class fails
   * below {@code threshold}. Processes another class covers are left out.
   */
  static ProcessEngineCoverageExtension engineWithCoverage(double threshold, String... coveredElsewhere) {
    return ProcessEngineCoverageExtension.Companion.builder(ENGINE_CONFIGURATION)
        .excludeProcessDefinitionKeys(coveredElsewhere)
        .assertClassCoverageAtLeast(threshold).build();
  }

  static Job timerJob(String activityId) {
    return managementService().createJobQuery().timers().activityId(activityId).singleResult();
  }
}
