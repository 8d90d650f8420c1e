package com.complaintdesk.complaint;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The credentials in a customer's links (the survey, the upload link): 256 random bits, URL-safe Base64 without
 * padding. A path that is not of that shape is refused before any lookup.
 */
public final class CustomerTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

  private CustomerTokens() {}

  public static String next() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static boolean wellFormed(String token) {
    return token != null && SHAPE.matcher(token).matches();
  }
}
