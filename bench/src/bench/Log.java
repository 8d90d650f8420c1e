package bench;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

final class Log {

  private Log() {}

  static synchronized void info(String format, Object... args) {
    System.out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + String.format(format, args));
    System.out.flush();
  }

  /** A body or statement for a message: the first 300 characters. */
  static String abbreviate(String text) {
    return text == null ? "null" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
  }
}
