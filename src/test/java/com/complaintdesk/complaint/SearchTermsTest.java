package com.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

  @Test
  void wordsAreLowerCasedWithoutAccentsOnceEachWithoutCommonWords() {
    assertThat(SearchTerms.of("The Café's kettle, the KETTLE and a crème brûlée; 42 x"))
        .containsExactly("cafe", "kettle", "creme", "brulee", "42");
  }

  @Test
  void longWordsAreCutWithoutSplittingACharacter() {
    assertThat(SearchTerms.of("a".repeat(50))).containsExactly("a".repeat(40));
    String emoji = "\uD83D\uDE00";
    String word = "b".repeat(39) + "\uD801\uDC00" + "c"; // a letter outside the BMP at chars 40-41
    assertThat(SearchTerms.of(word)).containsExactly("b".repeat(39));
    assertThat(SearchTerms.of(emoji + " kettle")).containsExactly("kettle");
  }

  @Test
  void aTextGivesAtMostTheLimitOfWords() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3_000; i++) {
      text.append("w").append(i).append(' ');
    }
    assertThat(SearchTerms.of(text.toString())).hasSize(SearchTerms.MAX_TERMS);
  }

  @Test
  void theUpperBoundOfAPrefixFollowsEveryWordStartingWithIt() {
    assertThat(SearchTerms.upperBound("kett")).isEqualTo("ketu");
    assertThat(SearchTerms.upperBound("kez")).isEqualTo("kf");
    assertThat(SearchTerms.upperBound("ab9")).isEqualTo("aba");
    assertThat(SearchTerms.upperBound("zzz")).isNull();
    assertThat("kettle").isGreaterThanOrEqualTo("kett").isLessThan("ketu");
  }
}
