package bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The complaints the scenarios send: fixed in number and, for a given seed, in content. */
final class Workload {

  record Complaint(String customerId, String customerName, String customerEmail, String orderId, String productSku,
      String category, String channel, String severity, String description, boolean recurring) {}

  /** Categories and severities that start at level 1 in DMN complaint-triage (not SAFETY, not HIGH/CRITICAL). */
  private static final String[] CATEGORIES = {"PRODUCT_DEFECT", "DELIVERY", "BILLING", "SERVICE", "OTHER"};
  private static final String[] SEVERITIES = {"MEDIUM", "MEDIUM", "LOW"};
  private static final String[] CHANNELS = {"EMAIL", "WEB", "PHONE", "CHAT", "SOCIAL"};
  /** The demo profile's sample customers with one of their orders and its product (db/demo). */
  private static final String[][] DEMO_ORDERS = {
      {"C-1001", "Dana Whitfield", "dana@example.com", "O-5001", "SKU-KETTLE-2"},
      {"C-1002", "Marcus Okafor", "marcus.okafor@example.com", "O-5002", "SKU-TOASTER-4"},
      {"C-1003", "Ingrid Solberg", "ingrid.solberg@example.com", "O-5003", "SKU-HEATER-1"},
      {"C-1004", "Priya Raman", "priya.raman@example.com", "O-5004", "SKU-TOASTER-4"}};
  private static final String[] SENTENCES = {
      "The kettle switches off before the water boils.",
      "I have descaled it twice as the manual says and nothing changed.",
      "The parcel arrived two weeks late and the box was crushed on one side.",
      "I was charged twice for the same order and nobody answers my e-mails.",
      "Your agent promised a call back on Monday, which never happened.",
      "The replacement you sent has exactly the same fault as the first one.",
      "I would like my money back or a unit that works.",
      "Please note that I have been a customer for many years and this is the first time I complain.",
      "Attached are the photos of the damage and the delivery note with the driver's signature."};

  private Workload() {}

  /** n complaints from n customers seen nowhere else in the run: short texts, no order, never recurring. */
  static List<Complaint> distinct(String tag, int n) {
    List<Complaint> list = new ArrayList<>(n);
    Random random = new Random(tag.hashCode());
    for (int i = 0; i < n; i++) {
      String id = "CB-" + tag + "-" + i;
      list.add(new Complaint(id, "Bench Customer " + i, id.toLowerCase() + "@example.com", null, null,
          CATEGORIES[i % CATEGORIES.length], CHANNELS[i % CHANNELS.length], SEVERITIES[i % SEVERITIES.length],
          text(random, 80 + random.nextInt(320)), false));
    }
    return list;
  }

  /**
   * A realistic mix: 70 % one-off customers, 20 % from five frequent customers (same category each, so
   * recurring from their second complaint on), 10 % about the demo orders' products (recurring from the second
   * complaint about a product); texts 75 % short (80-400 characters), 20 % 1,000-3,000, 5 % 8,000-10,000.
   * {@code recurring} is what the app's investigation finds (an earlier complaint about the same product, or of
   * the same customer in the same category); the bare engine gets it as a start variable.
   */
  static List<Complaint> mix(String tag, int n) {
    List<Complaint> list = new ArrayList<>(n);
    Random random = new Random(tag.hashCode() * 31L + 7);
    Set<String> seenProducts = new HashSet<>();
    Set<String> seenCustomerCategory = new HashSet<>();
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(100);
      int length = switch (random.nextInt(20)) {
        case 0 -> 8_000 + random.nextInt(2_001);
        case 1, 2, 3, 4 -> 1_000 + random.nextInt(2_001);
        default -> 80 + random.nextInt(321);
      };
      String description = text(random, length);
      String severity = SEVERITIES[random.nextInt(SEVERITIES.length)];
      String channel = CHANNELS[random.nextInt(CHANNELS.length)];
      Complaint c;
      if (kind < 70) {
        String id = "CB-" + tag + "-" + i;
        c = new Complaint(id, "Bench Customer " + i, id.toLowerCase() + "@example.com", null, null,
            CATEGORIES[random.nextInt(CATEGORIES.length)], channel, severity, description, false);
      } else if (kind < 90) {
        int f = random.nextInt(5);
        String id = "CB-" + tag + "-FREQ-" + f;
        String category = CATEGORIES[f % CATEGORIES.length];
        boolean recurring = !seenCustomerCategory.add(id + "/" + category);
        c = new Complaint(id, "Frequent Customer " + f, id.toLowerCase() + "@example.com", null, null, category,
            channel, severity, description, recurring);
      } else {
        String[] o = DEMO_ORDERS[random.nextInt(DEMO_ORDERS.length)];
        boolean recurring = !seenProducts.add(o[4]) | !seenCustomerCategory.add(o[0] + "/PRODUCT_DEFECT");
        c = new Complaint(o[0], o[1], o[2], o[3], o[4], "PRODUCT_DEFECT", channel, severity, description, recurring);
      }
      list.add(c);
    }
    return list;
  }

  private static String text(Random random, int length) {
    StringBuilder b = new StringBuilder(length + 100);
    while (b.length() < length) {
      if (b.length() > 0) {
        b.append(random.nextInt(6) == 0 ? "\n\n" : " ");
      }
      b.append(SENTENCES[random.nextInt(SENTENCES.length)]);
    }
    return b.substring(0, Math.min(length, 10_000)).trim();
  }
}
