package com.complaintdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.complaintdesk.complaint.Category;
import com.complaintdesk.decision.ModelDecisions;
import com.complaintdesk.identity.GroupMembers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpertDirectoryTest {

  final GroupMembers members = mock(GroupMembers.class);
  final ExpertDirectory directory = new ExpertDirectory(new ModelDecisions(), members);

  @ParameterizedTest
  @CsvSource({"BILLING, experts-billing, billing", "DELIVERY, experts-logistics, delivery",
      "PRODUCT_DEFECT, experts-product, product", "SERVICE, experts-service, service"})
  void aStaffedSpecialistGroupTakesTheComplaint(Category category, String group, String kind) {
    when(members.hasMembers(group)).thenReturn(true);

    assertThat(directory.assign("CMP-1", category)).isEqualTo(new ExpertAssignment(group, kind, group));
  }

  @ParameterizedTest
  @CsvSource({"BILLING, experts-billing, billing", "SERVICE, experts-service, service"})
  void anEmptySpecialistGroupFallsBackToTheGenericExpertsAndTheCustomerStillHearsTheKind(Category category,
      String group, String kind) {
    when(members.hasMembers(group)).thenReturn(false);

    ExpertAssignment assignment = directory.assign("CMP-1", category);

    assertThat(assignment.group()).isEqualTo("experts");
    assertThat(assignment.kind()).isEqualTo(kind);
    assertThat(assignment.specialistGroup()).isEqualTo(group);
  }
}
