package com.complaintdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/** Delegates stay thin glue between the models and the services; the services know nothing of them. */
@AnalyzeClasses(packages = "com.complaintdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule servicesDoNotDependOnDelegates = noClasses().that().areAnnotatedWith(Service.class)
      .should().dependOnClassesThat().implement(JavaDelegate.class)
      .orShould().dependOnClassesThat().implement(TaskListener.class)
      .orShould().dependOnClassesThat().implement(ExecutionListener.class);

  @ArchTest
  static final ArchRule delegatesAreWiredByNameOnly = noClasses().should().dependOnClassesThat()
      .implement(JavaDelegate.class).because("the BPMN files reach delegates through camunda:delegateExpression");

  @ArchTest
  static final ArchRule controllersDoNotReachIntoTheEngineDatabase = noClasses().that()
      .areAnnotatedWith(RestController.class)
      .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..");

  /** A test that moves the engine's clock moves every timestamp the app writes (rate limits and caches excepted). */
  @ArchTest
  static final ArchRule businessTimeComesFromTheEngineClock = noClasses().that().doNotHaveFullyQualifiedName(
          "com.complaintdesk.complaint.EngineClock")
      .should().callMethod(java.time.Instant.class, "now")
      .orShould().callMethod(System.class, "currentTimeMillis")
      .orShould().callMethod(java.time.LocalDate.class, "now")
      .orShould().callMethod(java.time.LocalDateTime.class, "now")
      .orShould().callMethod(java.time.ZonedDateTime.class, "now")
      .orShould().callMethod(java.time.OffsetDateTime.class, "now")
      .orShould().callConstructor(java.util.Date.class)
      .because("EngineClock is the app's one clock of business time");

  /** Capabilities depend on each other one way: a cycle means two packages are one capability, or a class is misplaced. */
  @ArchTest
  static final ArchRule capabilitiesAreFreeOfCycles = slices().matching("com.complaintdesk.(*)..").should()
      .beFreeOfCycles();
}
