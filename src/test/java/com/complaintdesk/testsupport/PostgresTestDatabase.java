package com.complaintdesk.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server for tests, configured by environment (CI's {@code .ci/postgres.sh} sets it up):
 * <ul>
 *   <li>{@code COMPLAINTS_TEST_PG_URL}: JDBC URL of a database the test user can connect to, e.g.
 *       {@code jdbc:postgresql://127.0.0.1:5432/postgres}</li>
 *   <li>{@code COMPLAINTS_TEST_PG_USER}, {@code COMPLAINTS_TEST_PG_PASSWORD}: a user with CREATEDB</li>
 *   <li>{@code COMPLAINTS_TEST_PG_KEEP=true}: keep the test databases for a post-mortem</li>
 * </ul>
 * Every test JVM gets fresh databases ({@code cdtest_<purpose>_<time>_<random>}), so runs never see each
 * other's data. The first JVM to create one drops those earlier JVMs left behind (test JVMs run one after
 * another). Not at exit: dropping under a closing Spring context kept forks alive until Surefire killed them.
 */
public final class PostgresTestDatabase {

  private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");
  private static final AtomicBoolean SWEPT = new AtomicBoolean();
  private static final Pattern STAMP = Pattern.compile("_(\\d{4})(\\d{6})_[0-9a-f]{6}$");

  private PostgresTestDatabase() {}

  public static boolean configured() {
    String url = env("COMPLAINTS_TEST_PG_URL");
    return url != null && !url.isBlank();
  }

  public static String adminUrl() {
    return env("COMPLAINTS_TEST_PG_URL");
  }

  public static String user() {
    return orDefault(env("COMPLAINTS_TEST_PG_USER"), "postgres");
  }

  public static String password() {
    return orDefault(env("COMPLAINTS_TEST_PG_PASSWORD"), "");
  }

  /** Creates an empty database and returns its JDBC URL. */
  public static String createDatabase(String purpose) {
    String name = ("cdtest_" + purpose.replaceAll("[^A-Za-z0-9]", "_") + "_"
        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmss")) + "_"
        + UUID.randomUUID().toString().substring(0, 6)).toLowerCase(Locale.ROOT);
    if (name.length() > 63) {
      name = name.substring(name.length() - 63);
    }
    if (SWEPT.compareAndSet(false, true)) {
      dropLeftovers();
    }
    execute("CREATE DATABASE " + name);
    return urlOf(name);
  }

  public static String urlOf(String database) {
    Matcher m = URL.matcher(adminUrl());
    if (!m.matches()) {
      throw new IllegalStateException("COMPLAINTS_TEST_PG_URL must look like jdbc:postgresql://host:port/db, was "
          + adminUrl());
    }
    return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
  }

  public static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, user(), password());
  }

  private static void execute(String sql) {
    try (Connection c = connect(adminUrl()); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + adminUrl() + " refused: " + sql, e);
    }
  }

  private static void dropLeftovers() {
    if ("true".equalsIgnoreCase(env("COMPLAINTS_TEST_PG_KEEP"))) {
      return;
    }
    List<String> leftovers = new ArrayList<>();
    try (Connection c = connect(adminUrl()); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'cdtest\\_%'")) {
      while (rs.next()) {
        leftovers.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list test databases at " + adminUrl(), e);
    }
    for (String name : leftovers) {
      if (!leftOverLongAgo(name, LocalDateTime.now())) {
        continue;
      }
      try {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      } catch (RuntimeException e) {
        System.err.println("Could not drop test database " + name + ": " + e.getMessage());
      }
    }
  }

  /**
   * A test database of an earlier build: created more than 30 minutes ago, by the time stamp in its name. Test
   * JVMs run two at a time, so a younger one may belong to the JVM next door, in the middle of its test.
   */
  static boolean leftOverLongAgo(String name, LocalDateTime now) {
    java.util.regex.Matcher stamp = STAMP.matcher(name);
    if (!stamp.find()) {
      return true;
    }
    LocalDateTime created;
    try {
      created = java.time.MonthDay.parse(stamp.group(1), DateTimeFormatter.ofPattern("MMdd"))
          .atYear(now.getYear()).atTime(java.time.LocalTime.parse(stamp.group(2), DateTimeFormatter.ofPattern("HHmmss")));
    } catch (java.time.DateTimeException e) {
      return true;
    }
    if (created.isAfter(now.plusDays(1))) {
      created = created.minusYears(1);
    }
    return created.isBefore(now.minusMinutes(30));
  }

  private static String env(String name) {
    String value = System.getenv(name);
    return value != null ? value : System.getProperty(name);
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
