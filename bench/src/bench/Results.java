package bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one target (app or bare engine) in one run, plus notes, errors and details. */
final class Results {

  final Map<String, Double> metrics = new LinkedHashMap<>();
  final List<String> notes = new ArrayList<>();
  final List<String> errors = new ArrayList<>();
  final Map<String, Object> details = new LinkedHashMap<>();

  void put(String key, double value) {
    metrics.put(key, value);
    Log.info("  %-40s %s", key, Report.format(value));
  }

  void note(String note) {
    if (!notes.contains(note)) {
      notes.add(note);
    }
  }

  void error(String error) {
    errors.add(error);
    Log.info("  ERROR %s", error);
  }

  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("metrics", metrics);
    m.put("notes", notes);
    m.put("errors", errors);
    m.put("details", details);
    return m;
  }
}
