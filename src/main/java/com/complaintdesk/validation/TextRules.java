package com.complaintdesk.validation;


/** The rules behind {@link PlainText}, {@link HasText} and identifiers, for code that checks by hand. */
public final class TextRules {

  /** Ids from other systems (customer, order, product): letters, digits and a few separators. */
  public static final String IDENTIFIER = "[A-Za-z0-9][A-Za-z0-9._:/#-]*";

  private TextRules() {}

  public static boolean isPlainText(String value, boolean multiline) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
        continue;
      }
      if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
        return false;
      }
      boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
      if (lineBreakOrTab ? !multiline : Character.getType(c) == Character.CONTROL) {
        return false;
      }
      if (!multiline && invisibleOrReordering(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Bidi overrides and isolates, zero-width characters, the BOM (all Unicode "format" characters) and the line
   * and paragraph separators: in a name or an address they hide or reorder what staff read ("\u202Eevil" shows
   * as "live") and mail servers refuse them.
   */
  static boolean invisibleOrReordering(char c) {
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** An address a plain SMTP server takes: printable ASCII only (internationalised addresses need SMTPUTF8). */
  public static boolean isAsciiMailAddress(String value) {
    return value.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  public static boolean hasText(String value) {
    return value.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
        && Character.getType(cp) != Character.FORMAT);
  }

  /**
   * What is wrong with a required free-text field as a person types it (empty, too long, control characters), in
   * words for the one who sent it; empty when it is fine.
   */
  public static java.util.Optional<String> requiredTextProblem(String value, String field, String what, int max) {
    if (value == null || !hasText(value)) {
      return java.util.Optional.of(field + " is required: " + what);
    }
    if (value.length() > max) {
      return java.util.Optional.of(field + " must be at most " + max + " characters, not " + value.length());
    }
    if (!isPlainText(value, true)) {
      return java.util.Optional.of(field + " must be plain text (no control characters)");
    }
    return java.util.Optional.empty();
  }
}
