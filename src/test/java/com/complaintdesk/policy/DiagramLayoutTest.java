package com.complaintdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every diagram in processes/ reads in a minute: few crossings, no flows on one line, no label over another. */
class DiagramLayoutTest {

  static final int MAX_CROSSINGS = 5;

  static Stream<Path> diagrams() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void readsWithoutTangles(Path diagram) throws IOException {
    DiagramLayout layout = DiagramLayout.of(diagram);
    System.out.printf("%s: %d crossings, %d shared lines, %d label overlaps%n", diagram,
        layout.crossings().size(), layout.sharedLines().size(), layout.labelOverlaps().size());
    assertThat(layout.crossings()).as(diagram + ": crossing flows").hasSizeLessThanOrEqualTo(MAX_CROSSINGS);
    assertThat(layout.sharedLines()).as(diagram + ": flows drawn on one line").isEmpty();
    assertThat(layout.labelOverlaps()).as(diagram + ": labels over labels or shapes").isEmpty();
  }

  @Test
  void countsWhatAReaderTripsOver() throws IOException {
    DiagramLayout layout = DiagramLayout.of(Path.of("src/test/resources/layout/tangled.bpmn"));

    assertThat(layout.crossings()).containsExactly("SequenceFlow_Across × SequenceFlow_Down at 300,150");
    assertThat(layout.sharedLines()).containsExactly("SequenceFlow_Across and SequenceFlow_Along share 100 px");
    assertThat(layout.labelOverlaps()).containsExactlyInAnyOrder(
        "label of BoundaryEvent_Near overlaps label of BoundaryEvent_Late", "label of SequenceFlow_Down overlaps Task_B");
  }

  @Test
  void aTidyDiagramCountsNothing() throws IOException {
    DiagramLayout layout = DiagramLayout.of(Path.of("src/test/resources/layout/tidy.bpmn"));

    assertThat(List.of(layout.crossings(), layout.sharedLines(), layout.labelOverlaps())).allMatch(List::isEmpty);
  }
}
