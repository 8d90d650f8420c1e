package com.complaintdesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a file is comes from its bytes: examples as a customer or an attacker sends them. */
class FileTypesTest {

  @Test
  void photosPdfAndUtf8TextAreTaken() {
    assertThat(FileTypes.allowed(EvidenceFiles.png())).contains("image/png");
    assertThat(FileTypes.allowed(EvidenceFiles.jpeg())).contains("image/jpeg");
    assertThat(FileTypes.allowed(EvidenceFiles.pdf())).contains("application/pdf");
    assertThat(FileTypes.allowed("Receipt 4711: kettle, 79,90 € — paid".getBytes(StandardCharsets.UTF_8)))
        .contains("text/plain");
    assertThat(FileTypes.allowed(EvidenceFiles.gif())).contains("image/gif");
  }

  @Test
  void programsPagesAndOtherKindsAreRefusedWhateverTheirName() {
    assertThat(FileTypes.allowed(EvidenceFiles.exe())).isEmpty();
    assertThat(FileTypes.allowed(EvidenceFiles.html())).isEmpty();
    assertThat(FileTypes.allowed("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
        .getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(FileTypes.allowed(EvidenceFiles.zip())).isEmpty();
    assertThat(FileTypes.allowed("Caf\u00e9 receipt".getBytes(StandardCharsets.ISO_8859_1))).as("not UTF-8").isEmpty();
  }
}
