package com.complaintdesk.reporting;

import com.complaintdesk.complaint.Category;
import com.complaintdesk.complaint.ComplaintStatus;
import com.complaintdesk.complaint.InvalidParametersException;
import com.complaintdesk.complaint.InvalidParametersException.ParameterProblem;
import com.complaintdesk.complaint.Priority;
import com.complaintdesk.complaint.SearchTerms;
import com.complaintdesk.reporting.ComplaintListQuery.SearchWord;
import com.complaintdesk.reporting.ComplaintListQuery.Sort;
import com.complaintdesk.reporting.ComplaintListQuery.SortField;
import java.time.Instant;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * Reads the list's query parameters strictly: an unknown parameter, an unknown value, a page size over
 * {@value #MAX_SIZE} or a page beyond the first {@value #MAX_WINDOW} complaints is refused (400), every
 * problem named at once, rather than silently ignored.
 */
public final class ComplaintListParameters {

  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;
  /** offset paging reads every row before the page: deeper pages need narrower filters */
  static final int MAX_WINDOW = 10_000;
  static final int MAX_QUERY_LENGTH = 200;
  static final int MAX_WORDS = 5;
  /** shorter words match only themselves: a one- or two-letter beginning would match half the index */
  static final int MIN_PREFIX = 3;

  private static final Set<String> KNOWN = Set.of("status", "level", "priority", "category", "customerId",
      "customerEmail", "overdue", "breached", "atRisk", "createdFrom", "createdTo", "q", "sort", "page", "size");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._:/#-]{1,64}");

  private final MultiValueMap<String, String> raw;
  private final List<ParameterProblem> problems = new ArrayList<>();

  private ComplaintListParameters(MultiValueMap<String, String> raw) {
    this.raw = raw;
  }

  public static ComplaintListQuery parse(MultiValueMap<String, String> raw) {
    return new ComplaintListParameters(raw).parse();
  }

  private ComplaintListQuery parse() {
    raw.keySet().stream().filter(name -> !KNOWN.contains(name)).sorted()
        .forEach(name -> problem(name, "unknown parameter; known: " + String.join(", ", KNOWN.stream().sorted().toList())));
    List<String> statuses = values("status", v -> ComplaintStatus.valueOf(v).name(), names(ComplaintStatus.values()));
    List<Integer> levels = values("level", ComplaintListParameters::level, "1, 2, 3, 4");
    List<Integer> priorities = values("priority", v -> Priority.valueOf(v).rank(), names(Priority.values()));
    List<String> categories = values("category", v -> Category.valueOf(v).name(), names(Category.values()));
    String customerId = single("customerId", v -> {
      if (!IDENTIFIER.matcher(v).matches()) {
        throw new IllegalArgumentException();
      }
      return v;
    }, "an identifier: letters, digits, . _ : / # -, at most 64");
    String customerEmail = single("customerEmail", v -> {
      if (v.length() > 320 || v.isBlank()) {
        throw new IllegalArgumentException();
      }
      return v.strip().toLowerCase(Locale.ROOT);
    }, "an e-mail address of at most 320 characters");
    Boolean overdue = single("overdue", ComplaintListParameters::bool, "true or false");
    Boolean breached = single("breached", ComplaintListParameters::bool, "true or false");
    Boolean atRisk = single("atRisk", ComplaintListParameters::bool, "true or false");
    Instant createdFrom = single("createdFrom", v -> ReportPeriod.dateOrInstant(v, false),
        "a date (2026-11-23) or an instant (2026-11-23T08:00:00Z)");
    Instant createdTo = single("createdTo", v -> ReportPeriod.dateOrInstant(v, true),
        "a date (2026-11-23) or an instant (2026-11-23T08:00:00Z)");
    List<SearchWord> words = words();
    Sort sort = sort();
    Integer page = single("page", v -> number(v, 0, Integer.MAX_VALUE), "a whole number from 0");
    Integer size = single("size", v -> number(v, 1, MAX_SIZE), "a whole number from 1 to " + MAX_SIZE);
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if ((long) (p + 1) * s > MAX_WINDOW) {
      problem("page", "the list shows the first " + MAX_WINDOW + " complaints of a query; narrow the filters "
          + "(e.g. createdTo) to see others");
    }
    if (createdFrom != null && createdTo != null && !createdFrom.isBefore(createdTo)) {
      problem("createdTo", "must be after createdFrom");
    }
    if (!problems.isEmpty()) {
      throw new InvalidParametersException(problems);
    }
    return new ComplaintListQuery(statuses, levels, priorities, categories, customerId, customerEmail, overdue,
        breached, atRisk, createdFrom, createdTo, words, sort, p, s);
  }

  private List<SearchWord> words() {
    String q = single("q", v -> v, "");
    if (q == null) {
      return List.of();
    }
    if (q.length() > MAX_QUERY_LENGTH) {
      problem("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
      return List.of();
    }
    List<String> terms = new ArrayList<>(SearchTerms.of(q, MAX_WORDS + 1));
    if (terms.isEmpty()) {
      problem("q", "has no word to search for (words of two or more letters or digits; very common words such as "
          + "\"the\" are not indexed)");
    } else if (terms.size() > MAX_WORDS) {
      problem("q", "may have at most " + MAX_WORDS + " words");
    }
    return terms.stream().limit(MAX_WORDS)
        .map(t -> new SearchWord(t, t.length() >= MIN_PREFIX && SearchTerms.isPlainAscii(t)))
        .toList();
  }

  private Sort sort() {
    String value = single("sort", v -> v, "");
    if (value == null) {
      return new Sort(SortField.CREATED_AT, true);
    }
    String[] parts = value.split(",", -1);
    SortField field = Arrays.stream(SortField.values()).filter(f -> f.parameter().equals(parts[0].strip()))
        .findFirst().orElse(null);
    String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
    if (field == null || parts.length > 2 || !direction.equals("asc") && !direction.equals("desc")) {
      problem("sort", "must be a field (" + String.join(", ", Arrays.stream(SortField.values())
          .map(SortField::parameter).toList()) + "), optionally followed by ,asc or ,desc");
      return null;
    }
    return new Sort(field, direction.equals("desc"));
  }

  /** Several values, repeated or separated by commas. */
  private <T> List<T> values(String name, Function<String, T> read, String allowed) {
    List<String> given = raw.getOrDefault(name, List.of());
    List<T> values = new ArrayList<>();
    for (String value : given) {
      for (String part : value.split(",", -1)) {
        try {
          T v = read.apply(part.strip());
          if (!values.contains(v)) {
            values.add(v);
          }
        } catch (IllegalArgumentException e) {
          problem(name, "unknown value \"" + shorten(part) + "\"; allowed: " + allowed);
        }
      }
    }
    return values;
  }

  private <T> T single(String name, Function<String, T> read, String expected) {
    List<String> given = raw.get(name);
    if (given == null || given.isEmpty()) {
      return null;
    }
    if (given.size() > 1) {
      problem(name, "may be given once");
      return null;
    }
    try {
      return read.apply(given.get(0));
    } catch (IllegalArgumentException | DateTimeException e) {
      problem(name, "\"" + shorten(given.get(0)) + "\" is not " + expected);
      return null;
    }
  }

  private void problem(String parameter, String message) {
    problems.add(new ParameterProblem(parameter, message));
  }

  private static Integer level(String v) {
    return number(v, 1, 4);
  }

  private static Integer number(String v, int min, int max) {
    if (!v.matches("[0-9]{1,9}")) {
      throw new IllegalArgumentException();
    }
    int n = Integer.parseInt(v);
    if (n < min || n > max) {
      throw new IllegalArgumentException();
    }
    return n;
  }

  private static Boolean bool(String v) {
    return switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException();
    };
  }

  /** A date means its whole day in UTC: from its start, or up to its end. */
  private static String names(Enum<?>[] values) {
    return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
  }

  private static String shorten(String value) {
    String printable = value.replaceAll("\\p{Cntrl}", "?");
    return printable.length() <= 40 ? printable : printable.substring(0, 40) + "…";
  }
}
