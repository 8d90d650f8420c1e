package com.complaintdesk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/**
 * docs/sla.md is the escalation matrix as people read it. It is written from the table, never by hand:
 * {@code mvn -B test -Dtest=SlaDocumentTest -Dsla.write=true} rewrites it; otherwise this test fails while it
 * differs from the table, so a changed deadline cannot leave the document behind.
 */
class SlaDocumentTest {

  static final Path MATRIX = Path.of("processes/escalation-matrix.dmn");
  static final Path DOCUMENT = Path.of("docs/sla.md");

  @Test
  void docsSlaMdIsWrittenFromTheEscalationMatrix() throws IOException {
    byte[] xml = Files.readAllBytes(MATRIX);
    DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    String versionTag = Dmn.readModelFromStream(new ByteArrayInputStream(xml)).getModelElementsByType(Decision.class)
        .iterator().next().getVersionTag();
    String expected = SlaDocument.write(dmn, dmn.parseDecision("escalation-matrix", new ByteArrayInputStream(xml)),
        versionTag);
    if (Boolean.getBoolean("sla.write")) {
      Files.writeString(DOCUMENT, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(DOCUMENT)).as(DOCUMENT + " exists; write it with -Dsla.write=true").isTrue();
    assertThat(Files.readString(DOCUMENT)).as(DOCUMENT + " is out of date: run mvn -B test -Dtest=SlaDocumentTest "
        + "-Dsla.write=true and commit it").isEqualTo(expected);
    assertThat(expected).contains("| 1 front-line agent |").contains("the same length");
  }
}
