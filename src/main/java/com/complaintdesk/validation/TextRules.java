package com.complaintdesk.validation;

import java.util.regex.Pattern;

/** The rules behind {@link PlainText}, {@link HasText} and identifiers, for code that checks by hand. */
public final class TextRules {

  /** Ids from other systems (customer, order, product): letters, digits and a few separators. */
  public static final String IDENTIFIER = "[A-Za-z0-9][A-Za-z0-9._:/#-]*";
  private static final Pattern IDENTIFIER_PATTERN = Pattern.compile(IDENTIFIER);

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
    }
    return true;
  }

  public static boolean hasText(String value) {
    return value.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
        && Character.getType(cp) != Character.FORMAT);
  }

  public static boolean isIdentifier(String value) {
    return IDENTIFIER_PATTERN.matcher(value).matches();
  }
}
