package com.complaintdesk.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message template, in every language, rendered with realistic data. */
class LetterWriterTest {

  static final LetterWriter WRITER = new LetterWriter(new LetterProperties("Aurora Home Appliances", null, null, null,
      LetterExamples.OUTSIDE_BODIES),
      ZoneId.of("Europe/Berlin"));
  static final Set<String> NOT_MESSAGES = Set.of("layout", "parts");

  static Set<String> templates(String language) throws IOException, URISyntaxException {
    Path dir = Path.of(LetterWriterTest.class.getClassLoader().getResource("letters/" + language).toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
          .map(n -> n.substring(0, n.length() - ".html".length())).filter(n -> !NOT_MESSAGES.contains(n))
          .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
  }

  static Stream<Arguments> everyMessageInEveryLanguage() {
    return Stream.of("en", "de").flatMap(language -> LetterExamples.all().keySet().stream()
        .map(message -> Arguments.of(language, message)));
  }

  @Test
  void everyTemplateExistsInEveryLanguageAndHasExampleData() throws Exception {
    assertThat(templates("de")).as("the German letters are the English ones").isEqualTo(templates("en"));
    assertThat(LetterExamples.all().keySet()).as("example data for every template")
        .containsExactlyInAnyOrderElementsOf(templates("en"));
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("everyMessageInEveryLanguage")
  void rendersWithoutPlaceholdersBareAmountsOrInternalIds(String language, String message) {
    LetterExamples.Example example = LetterExamples.all(language).get(message);
    Letter letter = WRITER.write(message, Locale.forLanguageTag(language), example.signature(), example.model());

    boolean toCustomer = example.signature() != Signature.DESK;
    assertThat(letter.subject()).isNotBlank().hasSizeLessThan(200);
    assertThat(LetterCheck.problems(letter.subject() + "\n" + letter.text(), toCustomer)).as(letter.text()).isEmpty();
    assertThat(letter.html()).startsWith("<!DOCTYPE html>").contains("lang=\"" + language + "\"")
        .doesNotContain(" th:");
    assertThat(letter.text()).contains("Aurora Home Appliances");
    if (toCustomer) {
      assertThat(letter.text()).startsWith(language.equals("de") ? "Guten Tag Dana Whitfield," : "Dear Dana Whitfield,")
          .contains(LetterExamples.REFERENCE);
    }
    if (example.model().containsKey("productName")) {
      assertThat(letter.text()).contains("Aurora Electric Kettle 1.7 l").contains("O-5001");
    }
    assertThat(wordsOfTheOtherLanguage(language, letter.text())).as("a missing translation in " + letter.text())
        .isEmpty();
  }

  /** A few words that only occur in the other language's letters. */
  static Set<String> wordsOfTheOtherLanguage(String language, String text) {
    Set<String> words = language.equals("de")
        ? Set.of(" the ", " your ", " you ", "Dear", "Kind regards", " will ")
        : Set.of(" Sie ", " Ihre ", " wir ", " und ", "Grüßen", " bis ");
    return words.stream().filter(text::contains).collect(Collectors.toSet());
  }

  @Test
  void aCustomerWithoutANameIsGreetedNeutrally() {
    Map<String, Object> model = new HashMap<>(LetterExamples.all().get("customer-reply-received").model());
    model.put("name", null);

    assertThat(WRITER.write("customer-reply-received", Locale.ENGLISH, Signature.CUSTOMER_CARE, model).text())
        .startsWith("Dear customer,");
    assertThat(WRITER.write("customer-reply-received", Locale.GERMAN, Signature.CUSTOMER_CARE, model).text())
        .startsWith("Guten Tag,");
  }

  @Test
  void amountsAndDatesAreWrittenTheReadersWay() {
    Money refund = Money.of(new BigDecimal("79.90"), "EUR");
    assertThat(WRITER.format(Locale.ENGLISH).money(refund)).isEqualTo("€79.90");
    assertThat(WRITER.format(Locale.GERMAN).money(refund)).isEqualTo("79,90\u00a0€");
    assertThat(WRITER.format(Locale.GERMAN).money(Money.of(new BigDecimal("1234.5"), "CHF")))
        .isEqualTo("1.234,50\u00a0CHF");
    assertThat(WRITER.format(Locale.ENGLISH).dateTime(LetterExamples.DUE)).isEqualTo("Thursday 3 December 2026, 17:00 CET");
    assertThat(WRITER.format(Locale.GERMAN).dateTime(LetterExamples.DUE))
        .isEqualTo("Donnerstag, 3. Dezember 2026, 17:00 Uhr MEZ");
  }

  @Test
  void theSignatureIsTheRoleThatAnswers() {
    Map<String, Object> model = LetterExamples.all().get("customer-reply-received").model();
    assertThat(WRITER.write("customer-reply-received", Locale.ENGLISH, Signature.SUPERVISORS, model).text())
        .endsWith("Kind regards\nThe Customer Care supervisors\nAurora Home Appliances");
    assertThat(WRITER.write("customer-reply-received", Locale.GERMAN, Signature.EXECUTIVE_OFFICE, model).text())
        .endsWith("Mit freundlichen Grüßen\nBüro der Geschäftsführung\nAurora Home Appliances");
  }

  /** Issue 22, case 1: a complaint not upheld names the customer's next step, which depends on who decided. */
  @Test
  void aComplaintNotUpheldNamesTheNextStepOfItsLevel() {
    Map<String, Object> model = new HashMap<>(LetterExamples.all().get("not-upheld").model());
    model.put("level", 1);
    String frontLine = WRITER.write("not-upheld", Locale.ENGLISH, Signature.CUSTOMER_CARE, model).text();
    model.put("level", 3);
    String supervisor = WRITER.write("not-upheld", Locale.GERMAN, Signature.SUPERVISORS, model).text();
    model.put("level", 4);
    String executive = WRITER.write("not-upheld", Locale.ENGLISH, Signature.EXECUTIVE_OFFICE, model).text();

    assertThat(frontLine).contains("we have decided not to uphold it", "The kettle works as specified",
        "ask for a supervisor to review it").doesNotContain("executive office", "independent body");
    assertThat(supervisor).contains("vom Büro der Geschäftsführung überprüfen lassen").doesNotContain("von der Teamleitung überprüfen");
    assertThat(executive).contains("This is our final answer",
        "- Universalschlichtungsstelle des Bundes (Zentrum für Schlichtung e.V.), Straßburger Straße 8, 77694 Kehl am"
            + " Rhein, Germany, https://www.universalschlichtungsstelle.de")
        .doesNotContain("ask for a supervisor");
  }

  @Test
  void whatCustomersAndAgentsWroteIsTextNeverMarkup() {
    Map<String, Object> model = new HashMap<>(LetterExamples.all().get("resolution-apology").model());
    model.put("name", "<b>Dana</b> & Co");
    model.put("message", "<script>alert(1)</script>\n\nSecond paragraph.");

    Letter letter = WRITER.write("resolution-apology", Locale.ENGLISH, Signature.CUSTOMER_CARE, model);

    assertThat(letter.html()).doesNotContain("<script>", "<b>Dana")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;Dana&lt;/b&gt; &amp; Co");
    assertThat(letter.text()).startsWith("Dear <b>Dana</b> & Co,").contains("<script>alert(1)</script>\n\nSecond paragraph.");
  }

  @Test
  void theCheckFindsWhatALetterMustNotSay() {
    assertThat(LetterCheck.problems("we will refund 79.90 to you", true)).hasSize(1);
    assertThat(LetterCheck.problems("we will refund €79.90 or 79,90 € to you", true)).isEmpty();
    assertThat(LetterCheck.problems("Dear C-1007,", true)).hasSize(2);
    assertThat(LetterCheck.problems("(product SKU-TOASTER-1)", true)).hasSize(1);
    assertThat(LetterCheck.problems("Complaint for C-1007 about SKU-TOASTER-1", false)).isEmpty();
    assertThat(LetterCheck.problems("Hello ${name}", false)).hasSize(1);
  }
}
