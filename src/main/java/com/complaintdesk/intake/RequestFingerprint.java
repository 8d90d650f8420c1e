package com.complaintdesk.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/** SHA-256 of the normalised request, so formatting differences in the JSON do not count as a different body. */
@Component
class RequestFingerprint {

  private final ObjectMapper objectMapper;

  RequestFingerprint(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  String of(ComplaintRequest request) {
    try {
      byte[] json = objectMapper.writeValueAsBytes(request);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot fingerprint request", e);
    }
  }
}
