package com.complaintdesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.complaint.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskBriefingListenerTest {

  static final String ID = "CMP-20261123-7F3K9QXA";

  @Test
  void aShortNameIsKeptWhole() {
    assertThat(TaskBriefingListener.name("Resolve at front line", ID, "Dana Whitfield"))
        .isEqualTo("Resolve at front line · " + ID + " · Dana Whitfield");
  }

  @Test
  void aLongNameIsShortenedToTheEnginesColumnAndSaysSo() {
    String name = TaskBriefingListener.name("Apologise, explain and decide", ID, "n".repeat(200));
    assertThat(name).hasSize(TaskBriefingListener.MAX_NAME).endsWith("…").startsWith("Apologise, explain and decide · " + ID);
  }

  @Test
  void anEmojiIsNeverCutInHalf() {
    String customer = "😀".repeat(100);
    String name = TaskBriefingListener.name("Apologise, explain and decide", ID, customer);
    assertThat(name.length()).isLessThanOrEqualTo(TaskBriefingListener.MAX_NAME);
    assertThat(Character.isHighSurrogate(name.charAt(name.length() - 2))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"CRITICAL, 90", "HIGH, 70", "MEDIUM, 50", "LOW, 30"})
  void theTaskPriorityFollowsTheComplaints(Priority priority, int expected) {
    assertThat(TaskBriefingListener.priority(priority)).isEqualTo(expected);
  }
}
