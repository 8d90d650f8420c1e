package com.complaintdesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void aPathIsCutToItsLastPart() {
    assertThat(FileNames.clean("../../etc/passwd.txt", "text/plain")).isEqualTo("passwd.txt");
    assertThat(FileNames.clean("C:\\Users\\dana\\receipt.pdf", "application/pdf")).isEqualTo("receipt.pdf");
  }

  @Test
  void invisibleAndControlCharactersCannotDisguiseAName() {
    // U+202E RIGHT-TO-LEFT OVERRIDE shows "photo\u202Egpj.exe" as "photoexe.jpg"
    assertThat(FileNames.clean("photo\u202Egpj.exe", "image/jpeg")).isEqualTo("photo_gpj.exe.jpg");
    assertThat(FileNames.clean("a\u0000b\r\nc.png", "image/png")).isEqualTo("a_b__c.png");
    assertThat(FileNames.clean("zero\u200Bwidth.png", "image/png")).isEqualTo("zero_width.png");
  }

  @Test
  void theExtensionFitsWhatTheFileIs() {
    assertThat(FileNames.clean("invoice.pdf", "image/png")).isEqualTo("invoice.pdf.png");
    assertThat(FileNames.clean("Photo.JPEG", "image/jpeg")).isEqualTo("Photo.JPEG");
    assertThat(FileNames.clean("notes", "text/plain")).isEqualTo("notes.txt");
  }

  @Test
  void reservedUnsafeEmptyAndHiddenNamesBecomeSafeOnes() {
    assertThat(FileNames.clean("a<b>c:d\"e|f?g*h.txt", "text/plain")).isEqualTo("a_b_c_d_e_f_g_h.txt");
    assertThat(FileNames.clean("", "application/pdf")).isEqualTo("attachment.pdf");
    assertThat(FileNames.clean(null, "image/gif")).isEqualTo("attachment.gif");
    assertThat(FileNames.clean("...", "image/gif")).isEqualTo("attachment.gif");
    assertThat(FileNames.clean(".htaccess", "text/plain")).isEqualTo("htaccess.txt");
    assertThat(FileNames.clean("CON.txt", "text/plain")).isEqualTo("_CON.txt");
    assertThat(FileNames.clean("Caf\u0065\u0301.png", "image/png")).isEqualTo("Caf\u00e9.png");
  }

  @Test
  void aLongNameIsShortenedAndKeepsItsExtension() {
    String cleaned = FileNames.clean("ä".repeat(300) + ".pdf", "application/pdf");
    assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(FileNames.MAX_LENGTH);
    assertThat(cleaned).endsWith("ä.pdf");
    String emoji = FileNames.clean("😀".repeat(200) + ".png", "image/png");
    assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(FileNames.MAX_LENGTH);
    assertThat(emoji).endsWith(".png").doesNotContain("\uFFFD");
  }
}
