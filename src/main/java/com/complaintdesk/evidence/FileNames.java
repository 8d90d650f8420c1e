package com.complaintdesk.evidence;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A sender's file name made safe to store, show and offer for download: no path, no control or invisible
 * characters (a right-to-left override turns "gpj.exe" into "exe.jpg" on screen), none of the characters file
 * systems refuse, at most {@value #MAX_LENGTH} characters, and an extension that fits what the file really is.
 */
public final class FileNames {

  static final int MAX_LENGTH = 120;
  private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\\p{Cf}\\p{Co}\\p{Cn}<>:\"/\\\\|?*]");
  private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com\\d|lpt\\d)(\\..*)?");

  private FileNames() {}

  public static String clean(String original, String mediaType) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    name = UNSAFE.matcher(name).replaceAll("_");
    name = name.replaceAll("\\s+", " ").replaceAll("^[.\\s_]+|[.\\s]+$", "");
    if (name.isEmpty()) {
      name = "attachment";
    }
    if (RESERVED.matcher(name).matches()) {
      name = "_" + name;
    }
    List<String> extensions = FileTypes.extensions(mediaType);
    String lower = name.toLowerCase(Locale.ROOT);
    String extension = extensions.stream().filter(e -> lower.endsWith("." + e)).findFirst().orElse(null);
    String base = extension == null ? name : name.substring(0, name.length() - extension.length() - 1);
    String suffix = "." + (extension == null ? extensions.get(0) : name.substring(name.length() - extension.length()));
    int room = MAX_LENGTH - suffix.length();
    if (base.codePointCount(0, base.length()) > room) {
      base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
    }
    return (base.isEmpty() ? "attachment" : base) + suffix;
  }
}
