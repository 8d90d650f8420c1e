package com.complaintdesk.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The letters as customers read them, rendered from the templates with the examples' data, never by hand:
 * docs/letters.md holds every message in both languages, the README the four a new reader looks at first.
 * {@code mvn -B test -Dtest=LetterDocumentTest -Dletters.write=true} rewrites both; otherwise this test fails while
 * either differs from the templates.
 */
class LetterDocumentTest {

  static final Path DOCUMENT = Path.of("docs/letters.md");
  static final Path README = Path.of("README.md");
  static final String START = "<!-- letters: written by LetterDocumentTest -->";
  static final String END = "<!-- letters end -->";
  /** the README's examples */
  static final List<String> IN_README = List.of("acknowledgement", "referral-product", "resolution-refund",
      "not-upheld");
  static final Map<String, String> LANGUAGES = Map.of("en", "English", "de", "German");

  @Test
  void docsLettersMdAndTheReadmeShowTheLettersAsTheTemplatesWriteThem() throws IOException {
    StringBuilder document = new StringBuilder("""
        # Letters

        Every message the desk sends, rendered from its template (`src/main/resources/letters/<language>/`) with the
        data of `LetterExamples`, as the plain-text part of the e-mail; the HTML part has the same words. Written by
        `mvn -B test -Dtest=LetterDocumentTest -Dletters.write=true`; the build fails while it is out of date.
        How the letters are made and how to change one: [letters in operations.md](operations.md#letters).

        """);
    for (String message : LetterExamples.all().keySet()) {
      document.append("## ").append(message).append("\n\n");
      for (String language : List.of("en", "de")) {
        document.append(example(message, language, "###"));
      }
    }
    StringBuilder readme = new StringBuilder(START).append("\n\n");
    for (String message : IN_README) {
      for (String language : List.of("en", "de")) {
        readme.append("<details><summary>").append(message).append(", ").append(LANGUAGES.get(language))
            .append("</summary>\n\n").append(block(message, language)).append("</details>\n\n");
      }
    }
    readme.append(END);

    String currentReadme = Files.readString(README);
    int start = currentReadme.indexOf(START);
    int end = currentReadme.indexOf(END);
    assertThat(start).as("README.md has the letters block; write it with -Dletters.write=true").isNotNegative();
    String expectedReadme = currentReadme.substring(0, start) + readme + currentReadme.substring(end + END.length());
    if (Boolean.getBoolean("letters.write")) {
      Files.writeString(DOCUMENT, document.toString(), StandardCharsets.UTF_8);
      Files.writeString(README, expectedReadme, StandardCharsets.UTF_8);
    }
    String rewrite = " is out of date: run mvn -B test -Dtest=LetterDocumentTest -Dletters.write=true and commit it";
    assertThat(Files.readString(DOCUMENT)).as(DOCUMENT + rewrite).isEqualTo(document.toString());
    assertThat(Files.readString(README)).as(README + rewrite).isEqualTo(expectedReadme);
  }

  private static String example(String message, String language, String heading) {
    return heading + " " + LANGUAGES.get(language) + "\n\n" + block(message, language);
  }

  private static String block(String message, String language) {
    LetterExamples.Example example = LetterExamples.all(language).get(message);
    Letter letter = LetterWriterTest.WRITER.write(message, Locale.forLanguageTag(language), example.signature(),
        example.model());
    return "**" + letter.subject() + "**\n\n```text\n" + letter.text() + "\n```\n\n";
  }
}
