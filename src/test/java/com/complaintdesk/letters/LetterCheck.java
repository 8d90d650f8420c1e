package com.complaintdesk.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What no letter may contain: a template placeholder left over, an amount without its currency, an internal id
 * (an SKU, a customer id) in what a customer reads, or a greeting by customer id. Shared by the rendering test and
 * the scan of every message a test run wrote to the outbox.
 */
public final class LetterCheck {

  private static final Pattern LEFTOVER = Pattern.compile("\\$\\{|#\\{|\\*\\{|\\[\\[|]]|\\bth:|\\?\\?|\\bnull\\b");
  private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[.,]\\d{3})*[.,]\\d{2}(?![\\d])");
  private static final Pattern CURRENCY_BEFORE = Pattern.compile("(€|EUR|\\$|£|CHF|USD|GBP)\\s?$");
  private static final Pattern CURRENCY_AFTER = Pattern.compile("^[\\s\\u00a0]?(€|EUR|\\$|£|CHF|USD|GBP)");
  private static final Pattern INTERNAL_ID = Pattern.compile("\\bSKU-|\\bC-\\d{3,}\\b");

  private LetterCheck() {}

  /** The problems of one letter's text; {@code toCustomer}: internal ids are then problems too. */
  public static List<String> problems(String text, boolean toCustomer) {
    List<String> problems = new ArrayList<>();
    Matcher leftover = LEFTOVER.matcher(text);
    if (leftover.find()) {
      problems.add("a leftover placeholder '" + leftover.group() + "'");
    }
    Matcher amount = AMOUNT.matcher(text);
    while (amount.find()) {
      String before = text.substring(Math.max(0, amount.start() - 4), amount.start());
      String after = text.substring(amount.end(), Math.min(text.length(), amount.end() + 4));
      if (!CURRENCY_BEFORE.matcher(before).find() && !CURRENCY_AFTER.matcher(after).find()) {
        problems.add("an amount without a currency '" + amount.group() + "'");
      }
    }
    if (text.contains("Dear C-") || text.contains("Guten Tag C-")) {
      problems.add("a greeting by customer id");
    }
    if (toCustomer) {
      Matcher id = INTERNAL_ID.matcher(text);
      if (id.find()) {
        problems.add("an internal id '" + id.group() + "'");
      }
    }
    return problems;
  }
}
