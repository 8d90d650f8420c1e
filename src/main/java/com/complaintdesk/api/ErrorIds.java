package com.complaintdesk.api;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short ids that tie an error answer to its log entry. */
public final class ErrorIds {

  private static final SecureRandom RANDOM = new SecureRandom();

  private ErrorIds() {}

  public static String next() {
    byte[] bytes = new byte[6];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
