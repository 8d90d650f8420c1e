package com.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.complaintdesk.testsupport.AppTestSupport;
import com.complaintdesk.testsupport.Http.Response;
import com.complaintdesk.complaint.Priority;
import com.complaintdesk.complaint.SearchTerms;
import com.complaintdesk.testsupport.TestDatabasePerContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures the complaint list at 100,000 complaints; asserts nothing about speed. Opt-in: {@code -Dscale=true}
 * (docs/api.md "Listing and searching", docs/operations.md). Seeds the app's tables in bulk with a plausible mix (statuses,
 * levels, priorities, 20,000 customers of whom some complain often, descriptions from a skewed vocabulary, 0.5 %
 * of them 10,000 characters long), then times typical list calls over HTTP, each {@value #RUNS} times after
 * {@value #WARM_UP} warm-up calls, and writes p50/p95/max to {@code target/bench/list-scale-<db>.md}.
 * {@code -Dscale.complaints=} changes the volume; {@code -Dscale.postgres-only=true} skips the H2 run of the
 * PostgreSQL build.
 */
@Tag("scale")
@EnabledIf("enabled")
class ComplaintListScaleApiTest extends AppTestSupport {

  static final int RUNS = 60;
  static final int WARM_UP = 15;
  static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @Autowired JdbcTemplate jdbcTemplate;

  static boolean enabled() {
    return Boolean.getBoolean("scale")
        && (!Boolean.getBoolean("scale.postgres-only") || TestDatabasePerContext.onPostgres());
  }

  @Test
  void listQueriesAt100000Complaints() throws IOException {
    int complaints = Integer.getInteger("scale.complaints", 100_000);
    long seedStart = System.nanoTime();
    Seed seed = seed(complaints);
    long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
    analyze();

    String weekAgo = NOW.minus(Duration.ofDays(7)).toString();
    Map<String, String[]> calls = new LinkedHashMap<>();
    calls.put("newest first (default), all", new String[] {"sam", ""});
    calls.put("newest first, 100 a page", new String[] {"sam", "size=100"});
    calls.put("overdue, earliest deadline first", new String[] {"olga", "overdue=true&sort=levelDueAt"});
    calls.put("in resolution, by deadline", new String[] {"sam", "status=IN_RESOLUTION&sort=levelDueAt,asc"});
    calls.put("levels 3 and 4, most urgent first", new String[] {"sam", "level=3,4&sort=priority,desc"});
    calls.put("priority CRITICAL", new String[] {"sam", "priority=CRITICAL"});
    calls.put("category SAFETY, last 180 days", new String[] {"sam",
        "category=SAFETY&createdFrom=" + NOW.minus(Duration.ofDays(180))});
    calls.put("one customer (frequent)", new String[] {"sam", "customerId=" + seed.busyCustomer()});
    calls.put("one e-mail (any case)", new String[] {"sam", "customerEmail=" + seed.busyCustomer().toUpperCase(Locale.ROOT)
        + "@EXAMPLE.COM"});
    calls.put("created in the last 7 days", new String[] {"sam", "createdFrom=" + weekAgo});
    calls.put("q: a word in ~40 % of complaints", new String[] {"sam", "q=" + seed.frequentWord()});
    calls.put("q: a word in ~3 % of complaints", new String[] {"sam", "q=" + seed.commonWord()});
    calls.put("q: a rare word", new String[] {"sam", "q=" + seed.rareWord()});
    calls.put("q: beginning of a word", new String[] {"sam", "q=" + seed.prefix()});
    calls.put("q: two words", new String[] {"sam", "q=" + seed.commonWord() + "+" + seed.otherWord()});
    calls.put("q: a word in ~3 %, overdue", new String[] {"sam", "q=" + seed.commonWord() + "&overdue=true"});
    calls.put("page 99 of 100 (offset 9,900)", new String[] {"sam", "page=98&size=100"});
    calls.put("front line (carla): newest first", new String[] {"carla", ""});
    calls.put("product experts (ed): newest first", new String[] {"ed", ""});
    calls.put("executive office (erin): newest first", new String[] {"erin", ""});
    calls.put("executive office (erin): overdue", new String[] {"erin", "overdue=true&sort=levelDueAt"});

    String db = TestDatabasePerContext.onPostgres() ? "postgresql" : "h2";
    StringBuilder md = new StringBuilder("# Complaint list at " + String.format("%,d", complaints) + " complaints ("
        + db + ")\n\n" + String.format("Seeded in %,d ms: %,d complaints, %,d escalation steps, %,d search terms. ",
        seedMillis, complaints, count("SELECT COUNT(*) FROM escalation_step"),
        count("SELECT COUNT(*) FROM complaint_search_term"))
        + "Each call " + RUNS + " times over HTTP (Basic login, JSON) after " + WARM_UP + " warm-up calls, one at a time.\n\n"
        + "| call | user | parameters | rows | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, String[]> call : calls.entrySet()) {
      String user = call.getValue()[0];
      String path = "/api/complaints" + (call.getValue()[1].isEmpty() ? "" : "?" + call.getValue()[1]);
      int rows = 0;
      for (int i = 0; i < WARM_UP; i++) {
        Response r = get(path, user);
        assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(200);
        rows = r.json().get("items").size();
      }
      long[] millis = new long[RUNS];
      for (int i = 0; i < RUNS; i++) {
        long start = System.nanoTime();
        Response r = get(path, user);
        millis[i] = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.status()).isEqualTo(200);
      }
      Arrays.sort(millis);
      md.append("| ").append(call.getKey()).append(" | ").append(user).append(" | `")
          .append(call.getValue()[1].isEmpty() ? "—" : call.getValue()[1].replace("|", "\\|")).append("` | ")
          .append(rows).append(" | ").append(percentile(millis, 50)).append(" | ").append(percentile(millis, 95))
          .append(" | ").append(millis[RUNS - 1]).append(" |\n");
    }
    Path out = Path.of("target", "bench", "list-scale-" + db + ".md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, md);
    System.out.println(md);
  }

  static long percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  record Seed(String busyCustomer, String frequentWord, String commonWord, String otherWord, String rareWord, String prefix) {}

  static final String[] DOMAIN_WORDS = ("kettle toaster blender refund invoice charged twice delivery parcel late "
      + "courier damaged broken leaking cracked missing order warranty replacement exchange rude agent phone wait "
      + "hours email reply never received wrong colour size battery charger cable screen flicker noise smell "
      + "burning sparks unsafe recall subscription cancelled billing overcharge discount voucher promised callback "
      + "manager supervisor store branch website checkout payment declined account locked password tracking "
      + "address driver doorstep neighbour box packaging instructions manual assembly screws handle lid switch "
      + "thermostat heating cooling fridge freezer washing machine dryer oven microwave vacuum filter bag hose "
      + "nozzle motor fan timer display button remote app update firmware connection wifi bluetooth pairing "
      + "speaker headphones volume distortion").split(" ");

  Seed seed(int complaints) {
    Random random = new Random(42);
    // ranks 0-99: filler words in many complaints (f0 in about 40 %); then the domain words (kettle in about
    // 3 %); then words few complaints use
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      vocabulary.add("f" + i);
    }
    vocabulary.addAll(Arrays.asList(DOMAIN_WORDS));
    for (int i = 0; vocabulary.size() < 6_000; i++) {
      vocabulary.add("w" + Integer.toString(i * 7919 + 1000, 36));
    }
    int customers = 20_000;
    String[] statuses = {"CLOSED", "IN_RESOLUTION", "AWAITING_FEEDBACK", "RESOLVED", "AWAITING_CUSTOMER",
        "REOPENED", "ACKNOWLEDGED", "RECEIVED", "CANCELLED"};
    int[] statusWeights = {70, 12, 5, 3, 3, 1, 2, 1, 3};
    String[] categories = {"PRODUCT_DEFECT", "DELIVERY", "BILLING", "SERVICE", "SAFETY", "OTHER"};
    int[] categoryWeights = {35, 25, 15, 15, 3, 7};
    String[] experts = {"experts-product", "experts-logistics", "experts-billing", "experts-service",
        "experts-product", "experts-service"};
    String[] priorities = {"LOW", "MEDIUM", "HIGH", "CRITICAL"};
    int[] priorityWeights = {30, 45, 20, 5};
    int[] levelWeights = {70, 20, 8, 2};
    long span = Duration.ofDays(730).toSeconds();

    List<Object[]> rows = new ArrayList<>();
    List<Object[]> steps = new ArrayList<>();
    List<Object[]> terms = new ArrayList<>();
    for (int n = 0; n < complaints; n++) {
      String id = String.format("CMP-S%07d", n);
      // a few customers complain often: the square skews towards low numbers
      int customerNo = (int) (Math.pow(random.nextDouble(), 3) * customers);
      String customer = String.format("C-S%05d", customerNo);
      String category = categories[pick(random, categoryWeights)];
      String status = statuses[pick(random, statusWeights)];
      boolean triaged = !status.equals("RECEIVED") && !status.equals("ACKNOWLEDGED");
      String priority = triaged ? priorities[pick(random, priorityWeights)] : null;
      Integer level = triaged ? pick(random, levelWeights) + 1 : null;
      Instant created = NOW.minusSeconds((long) (random.nextDouble() * span));
      Instant due = null;
      if (triaged) {
        due = status.equals("IN_RESOLUTION")
            // a quarter of the open ones are overdue
            ? NOW.plus(Duration.ofMinutes(random.nextInt(4 * 24 * 60) - 24 * 60))
            : created.plus(Duration.ofDays(1 + random.nextInt(5)));
      }
      String description = description(random, vocabulary, random.nextInt(200) == 0 ? 10_000 : 40 + random.nextInt(300));
      if (n % 5_000 == 17) {
        description += " The Quixotrundle gasket failed.";
      }
      rows.add(new Object[] {id, customer, "Customer " + customerNo, customer.toLowerCase(Locale.ROOT) + "@example.com",
          customer.toLowerCase(Locale.ROOT) + "@example.com", category, "EMAIL", "MEDIUM", false, description, status,
          priority, Priority.rankOf(priority), level, due == null ? null : Timestamp.from(due),
          random.nextInt(10) < 7 ? "webchannel" : "carla", Timestamp.from(created), Timestamp.from(created)});
      if (level != null) {
        for (int l = level == 3 && random.nextInt(5) == 0 ? 3 : 1; l <= level; l++) {
          String group = switch (l) {
            case 1 -> "front-line";
            case 2 -> experts[Arrays.asList(categories).indexOf(category)];
            case 3 -> "supervisors";
            default -> "executive-office";
          };
          steps.add(new Object[] {id, l == 1 ? null : l - 1, l, l == 1 ? "START" : "DEADLINE_PASSED",
              Timestamp.from(created.plusSeconds(60L * l)), due == null ? null : Timestamp.from(due), group});
        }
      }
      for (String term : SearchTerms.of(description)) {
        terms.add(new Object[] {term, id});
      }
      if (rows.size() == 1_000) {
        flush(rows, steps, terms);
      }
    }
    flush(rows, steps, terms);
    return new Seed("C-S00000", "f0", "kettle", "refund", "quixotrundle", "refu");
  }

  private void flush(List<Object[]> rows, List<Object[]> steps, List<Object[]> terms) {
    jdbcTemplate.batchUpdate("""
        INSERT INTO complaint (id, customer_id, customer_name, customer_email, customer_email_lower, category, channel,
          severity, regulatory, description, status, priority, priority_rank, escalation_level, level_due_at,
          created_by, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    jdbcTemplate.batchUpdate("""
        INSERT INTO escalation_step (complaint_id, from_level, to_level, reason, entered_at, due_at, candidate_group)
        VALUES (?, ?, ?, ?, ?, ?, ?)""", steps);
    jdbcTemplate.batchUpdate("INSERT INTO complaint_search_term (term, complaint_id) VALUES (?, ?)", terms);
    rows.clear();
    steps.clear();
    terms.clear();
  }

  /** Fresh statistics, as a database that grew to this size over months would have. */
  private void analyze() {
    jdbcTemplate.execute("ANALYZE");
  }

  /** Words drawn with a skew (a few words in many complaints, most words in few), joined into sentences. */
  static String description(Random random, List<String> vocabulary, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      int index = (int) (Math.pow(random.nextDouble(), 2) * vocabulary.size());
      text.append(text.isEmpty() ? "" : random.nextInt(12) == 0 ? ". " : " ").append(vocabulary.get(index));
    }
    return text.length() <= 10_000 ? text.toString() : text.substring(0, 10_000);
  }

  static int pick(Random random, int[] weights) {
    int total = Arrays.stream(weights).sum();
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
