package bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many complaints each scenario sends. small: CI, about three minutes for app + bare engine + floor on H2.
 * medium and large are for people (large follows the issue: 10,000 complaints, 100,000 open).
 */
record Sizes(String name, int runs, int intake1, int intake8, int intake32, int mix, int e2e, int escalation,
    int scaleOpen, int samples, int cluster) {

  static Sizes of(String name) {
    return switch (name) {
      case "small" -> new Sizes(name, 1, 15, 40, 64, 40, 20, 60, 0, 100, 60);
      case "medium" -> new Sizes(name, 3, 300, 1_000, 1_000, 1_000, 300, 1_000, 10_000, 1_000, 1_000);
      case "large" -> new Sizes(name, 3, 10_000, 10_000, 10_000, 10_000, 2_000, 10_000, 100_000, 2_000, 10_000);
      default -> {
        int n;
        try {
          n = Integer.parseInt(name);
        } catch (NumberFormatException e) {
          throw new BenchException("size must be small, medium, large or a number of complaints: " + name);
        }
        if (n < 1) {
          throw new BenchException("size must be at least 1");
        }
        yield new Sizes(name, 3, Math.max(1, n / 10), n, n, n, Math.max(1, n / 5), n, 0, Math.min(1000,
            Math.max(50, n)), n);
      }
    };
  }

  Sizes withRuns(int r) {
    return new Sizes(name, r, intake1, intake8, intake32, mix, e2e, escalation, scaleOpen, samples, cluster);
  }

  Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("size", name);
    m.put("runs", runs);
    m.put("intake_1_client", intake1);
    m.put("intake_8_clients", intake8);
    m.put("intake_32_clients", intake32);
    m.put("intake_mix_8_clients", mix);
    m.put("end_to_end_8_clients", e2e);
    m.put("escalation_open_complaints", escalation);
    m.put("scale_open_complaints_target", scaleOpen);
    m.put("scale_read_samples", samples);
    m.put("cluster_escalation_complaints", cluster);
    return m;
  }
}
