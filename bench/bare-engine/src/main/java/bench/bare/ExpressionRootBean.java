package bench.bare;

import java.time.Duration;
import java.time.Period;
import java.util.AbstractMap;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Stands in for a settings bean the models read properties of ({@code ${complaintSettings.surveyDelay}}).
 * A map, so the engine's EL resolves any property name: the value has the kind the model's context needs —
 * an ISO duration for a {@code timeDuration}, a date for a {@code timeDate}, {@code dueDate} or
 * {@code followUpDate}, a cycle for a {@code timeCycle}. Values can be set per property with
 * {@code bench.expression-values.<bean>.<property>} (an ISO duration; for dates: the offset from now).
 */
public class ExpressionRootBean extends AbstractMap<String, Object> {

  private final String name;
  private final Map<String, ModelScan.Kind> kinds;
  private final Map<String, String> configured;
  private final String defaultOffset;

  public ExpressionRootBean(String name, Map<String, ModelScan.Kind> kinds, Map<String, String> configured,
      String defaultOffset) {
    this.name = name;
    this.kinds = kinds;
    this.configured = configured;
    this.defaultOffset = defaultOffset;
  }

  @Override
  public Object get(Object key) {
    String property = String.valueOf(key);
    String iso = configured.getOrDefault(property, defaultOffset);
    ModelScan.Kind kind = kinds.getOrDefault(property, guess(property));
    return switch (kind) {
      case DATE -> new Date(System.currentTimeMillis() + millis(iso));
      case DURATION -> iso;
      case CYCLE -> "R1/" + iso;
      case VALUE -> iso;
    };
  }

  @Override
  public boolean containsKey(Object key) {
    return true;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    Map<String, Object> now = new LinkedHashMap<>();
    kinds.keySet().forEach(k -> now.put(k, get(k)));
    return now.entrySet();
  }

  @Override
  public String toString() {
    return "ExpressionRootBean[" + name + " " + kinds + "]";
  }

  private static ModelScan.Kind guess(String property) {
    String p = property.toLowerCase(java.util.Locale.ROOT);
    return p.endsWith("date") || p.endsWith("at") ? ModelScan.Kind.DATE : ModelScan.Kind.DURATION;
  }

  static long millis(String iso) {
    int t = iso.indexOf('T');
    Period period = Period.parse(t < 0 ? iso : (t == 1 ? "P0D" : iso.substring(0, t)));
    Duration time = t < 0 ? Duration.ZERO : Duration.parse("P" + iso.substring(t));
    return Duration.ofDays(period.toTotalMonths() * 30 + period.getDays()).plus(time).toMillis();
  }
}
