package com.complaintdesk.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;

/**
 * The kinds of file a complaint takes, told by their bytes (Apache Tika's magic numbers), never by the name or the
 * type the sender claims: photos (JPEG, PNG, GIF, WebP, HEIC from phones), PDF, and plain text in UTF-8.
 */
public final class FileTypes {

  /** media type → the file-name extensions that fit it; the first is added to a name that has none of them */
  static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

  static {
    ALLOWED.put("image/jpeg", List.of("jpg", "jpeg"));
    ALLOWED.put("image/png", List.of("png"));
    ALLOWED.put("image/gif", List.of("gif"));
    ALLOWED.put("image/webp", List.of("webp"));
    ALLOWED.put("image/heic", List.of("heic"));
    ALLOWED.put("image/heif", List.of("heif"));
    ALLOWED.put("application/pdf", List.of("pdf"));
    ALLOWED.put("text/plain", List.of("txt", "text", "csv", "log"));
  }

  /** in words, for the refusal */
  public static final String DESCRIPTION = "images (JPEG, PNG, GIF, WebP, HEIC), PDF or plain text (UTF-8)";

  private static final Tika TIKA = new Tika();

  private FileTypes() {}

  /** What the bytes are, as Tika reads them (application/octet-stream when it cannot tell). */
  public static String detect(byte[] content) {
    return TIKA.detect(content);
  }

  /** @return the media type of an allowed file, or empty */
  public static Optional<String> allowed(byte[] content) {
    String type = detect(content);
    if (!ALLOWED.containsKey(type)) {
      return Optional.empty();
    }
    return type.equals("text/plain") && !isUtf8(content) ? Optional.empty() : Optional.of(type);
  }

  public static List<String> extensions(String mediaType) {
    return ALLOWED.getOrDefault(mediaType, List.of("bin"));
  }

  private static boolean isUtf8(byte[] content) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
