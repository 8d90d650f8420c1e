package com.complaintdesk.intake;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** {@code CMP-20261122-7F3K9QXA}: the date for people, eight random Crockford base-32 characters for uniqueness. */
@Component
public class ComplaintIdGenerator {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private final SecureRandom random = new SecureRandom();

  public String next() {
    StringBuilder id = new StringBuilder("CMP-").append(LocalDate.now(ZoneOffset.UTC).format(DAY)).append('-');
    for (int i = 0; i < 8; i++) {
      id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return id.toString();
  }
}
