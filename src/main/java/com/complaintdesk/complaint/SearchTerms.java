package com.complaintdesk.complaint;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words of a text as the search index keeps them: letters and digits, lower-cased, accents removed
 * ("Café" is "cafe"), at least two characters, at most {@value #MAX_TERM_LENGTH} (longer words are cut),
 * common English words left out, each word once, at most {@value #MAX_TERMS} per text. The same rules
 * read the words of a search, so what was written is what is found.
 */
public final class SearchTerms {

  public static final int MAX_TERM_LENGTH = 40;
  public static final int MAX_TERMS = 2_000;
  static final int MIN_TERM_LENGTH = 2;

  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  /** in nearly every complaint: indexing them would cost rows and find everything */
  private static final Set<String> COMMON_WORDS = Set.of("an", "and", "are", "as", "at", "be", "been", "but", "by",
      "for", "from", "had", "has", "have", "he", "her", "his", "if", "in", "is", "it", "its", "me", "my", "no", "not",
      "of", "on", "or", "our", "she", "so", "that", "the", "their", "them", "then", "there", "they", "this", "to",
      "us", "was", "we", "were", "what", "when", "which", "with", "you", "your");

  private SearchTerms() {}

  public static Set<String> of(String text, int limit) {
    Set<String> terms = new LinkedHashSet<>();
    if (text == null) {
      return terms;
    }
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
    for (String word : SEPARATORS.split(plain)) {
      if (terms.size() == limit) {
        break;
      }
      if (word.length() >= MIN_TERM_LENGTH && !COMMON_WORDS.contains(word)) {
        terms.add(cut(word));
      }
    }
    return terms;
  }

  /** At most {@value #MAX_TERM_LENGTH} chars, never half a surrogate pair. */
  static String cut(String word) {
    if (word.length() <= MAX_TERM_LENGTH) {
      return word;
    }
    int end = Character.isHighSurrogate(word.charAt(MAX_TERM_LENGTH - 1)) ? MAX_TERM_LENGTH - 1 : MAX_TERM_LENGTH;
    return word.substring(0, end);
  }

  public static Set<String> of(String text) {
    return of(text, MAX_TERMS);
  }

  /**
   * The first string after every word that starts with {@code prefix}, for a range lookup on the term index
   * ({@code term >= prefix AND term < upper}), or null when there is none. For letters a-z and digits only:
   * there, byte order and the usual database collations agree.
   */
  public static String upperBound(String prefix) {
    for (int i = prefix.length() - 1; i >= 0; i--) {
      char c = prefix.charAt(i);
      if (c == 'z') {
        continue;
      }
      char next = c == '9' ? 'a' : (char) (c + 1);
      return prefix.substring(0, i) + next;
    }
    return null;
  }

  public static boolean isPlainAscii(String word) {
    return word.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9');
  }
}
