package bench;

/** A scenario could not be carried out (the app refused a call, a wait timed out, ...). */
final class BenchException extends RuntimeException {

  BenchException(String message) {
    super(message);
  }
}
