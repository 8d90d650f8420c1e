package com.complaintdesk.escalation;

import static com.complaintdesk.complaint.EngineKeys.EXPERT_DIRECTORY;

import com.complaintdesk.complaint.Category;
import com.complaintdesk.decision.Decisions;
import com.complaintdesk.decision.PolicyTableException;
import com.complaintdesk.identity.DeskGroups;
import com.complaintdesk.identity.GroupMembers;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * DMN {@code expert-directory}: which specialist group takes a complaint at level 2. A specialist group
 * without members would swallow the complaint until its deadline, so the generic {@code experts} group
 * takes it instead.
 */
@Service
public class ExpertDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(ExpertDirectory.class);
  private static final Map<String, String> KINDS = Map.of(
      DeskGroups.EXPERTS_BILLING, "billing",
      DeskGroups.EXPERTS_LOGISTICS, "delivery",
      DeskGroups.EXPERTS_PRODUCT, "product",
      DeskGroups.EXPERTS_SERVICE, "service");

  private final Decisions decisions;
  private final GroupMembers members;

  public ExpertDirectory(Decisions decisions, GroupMembers members) {
    this.decisions = decisions;
    this.members = members;
  }

  public ExpertAssignment assign(String complaintId, Category category) {
    String specialists = expertGroupFor(category);
    String kind = kindOf(specialists);
    if (members.hasMembers(specialists)) {
      return new ExpertAssignment(specialists, kind, specialists);
    }
    LOG.warn("Complaint {} ({}) goes to '{}': the expert group '{}' has no members", complaintId, category,
        DeskGroups.EXPERTS, specialists);
    return new ExpertAssignment(DeskGroups.EXPERTS, kind, specialists);
  }

  /** The specialist group the table names for a category. */
  public String expertGroupFor(Category category) {
    String group = decisions.evaluate(EXPERT_DIRECTORY, Map.of("category", category.name())).getSingleEntry();
    if (group == null) {
      throw new PolicyTableException(decisions.describe(EXPERT_DIRECTORY) + ": no expert group for category "
          + category);
    }
    return group;
  }

  /** What the customer is told: "one of our billing experts"; a group analysts add later reads as its name. */
  static String kindOf(String group) {
    return KINDS.getOrDefault(group, group.startsWith("experts-") ? group.substring("experts-".length()) : "product");
  }
}
