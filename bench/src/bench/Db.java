package bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The database of one target in one run: a fresh H2 file directory, or a fresh PostgreSQL database created
 * with psql on the configured server (dropped afterwards unless BENCH_PG_KEEP=true).
 */
final class Db {

  enum Kind { H2, POSTGRES }

  /** Sizes of one table: allocated bytes (table + indexes + TOAST), bytes of its rows, row count. */
  record TableSize(long allocated, long rowBytes, long rows) {}

  final Kind kind;
  final String name;
  final String url;
  final String user;
  final String password;
  private final Path h2Dir;
  private final Pg pg;

  private Db(Kind kind, String name, String url, String user, String password, Path h2Dir, Pg pg) {
    this.kind = kind;
    this.name = name;
    this.url = url;
    this.user = user;
    this.password = password;
    this.h2Dir = h2Dir;
    this.pg = pg;
  }

  /** The server the PostgreSQL databases are created on. */
  record Pg(String host, int port, String adminDb, String user, String password) {

    static Pg fromEnvironment() {
      String url = env("BENCH_PG_URL", env("COMPLAINTS_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/complaints"));
      Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*").matcher(url);
      if (!m.matches()) {
        throw new BenchException("BENCH_PG_URL is not jdbc:postgresql://host[:port]/database: " + url);
      }
      return new Pg(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)), m.group(3),
          env("BENCH_PG_USER", env("COMPLAINTS_TEST_PG_USER", "complaints")),
          env("BENCH_PG_PASSWORD", env("COMPLAINTS_TEST_PG_PASSWORD", "complaints-ci")));
    }

    String describe() {
      return "PostgreSQL on " + host + ":" + port + " as " + user;
    }
  }

  static Db create(Kind kind, String name, Path workDir) throws IOException {
    if (kind == Kind.H2) {
      Path dir = workDir.resolve("h2-" + name).toAbsolutePath();
      deleteTree(dir);
      Files.createDirectories(dir);
      // the app's shipped durability (WRITE_DELAY=0: a commit is written before it is answered), for both
      String options = env("BENCH_H2_OPTIONS", ";WRITE_DELAY=0");
      return new Db(kind, name, "jdbc:h2:file:" + dir.resolve("complaint-desk") + options, "sa", "", dir, null);
    }
    Pg pg = Pg.fromEnvironment();
    String db = ("bench_" + name).toLowerCase().replaceAll("[^a-z0-9_]", "_");
    Db created = new Db(kind, db, "jdbc:postgresql://" + pg.host() + ":" + pg.port() + "/" + db, pg.user(),
        pg.password(), null, pg);
    created.psql(pg.adminDb(), "DROP DATABASE IF EXISTS " + db);
    created.psql(pg.adminDb(), "CREATE DATABASE " + db);
    return created;
  }

  Map<String, String> datasourceEnv() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SPRING_DATASOURCE_URL", url);
    env.put("SPRING_DATASOURCE_USERNAME", user);
    env.put("SPRING_DATASOURCE_PASSWORD", password);
    return env;
  }

  void drop() {
    if (kind == Kind.POSTGRES && !"true".equalsIgnoreCase(System.getenv("BENCH_PG_KEEP"))) {
      try {
        psql(pg.adminDb(), "DROP DATABASE IF EXISTS " + name);
      } catch (RuntimeException e) {
        Log.info("could not drop %s: %s", name, e.getMessage());
      }
    }
  }

  /** Size of the whole database: pg_database_size, or the H2 files (a rough figure: H2 grows its file in chunks). */
  long size() {
    if (kind == Kind.H2) {
      return h2Bytes();
    }
    return Long.parseLong(psql(name, "SELECT pg_database_size(current_database())").get(0).trim());
  }

  /** Per table sizes after VACUUM ANALYZE; on H2 a single pseudo-table "(h2 file)". */
  Map<String, TableSize> tableSizes() {
    Map<String, TableSize> sizes = new LinkedHashMap<>();
    if (kind == Kind.H2) {
      sizes.put("(h2 file)", new TableSize(h2Bytes(), -1, -1));
      return sizes;
    }
    psql(name, "VACUUM ANALYZE");
    List<String> tables = psql(name, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 1");
    if (tables.isEmpty()) {
      return sizes;
    }
    StringBuilder sql = new StringBuilder();
    for (String t : tables) {
      if (sql.length() > 0) {
        sql.append(" UNION ALL ");
      }
      String q = "\"" + t.replace("\"", "\"\"") + "\"";
      sql.append("SELECT '").append(t.replace("'", "''")).append("', pg_total_relation_size('").append(q.replace("'", "''"))
          .append("'), (SELECT coalesce(sum(pg_column_size(x.*)), 0) FROM ").append(q).append(" x), (SELECT count(*) FROM ")
          .append(q).append(")");
    }
    for (String line : psql(name, sql.toString())) {
      String[] f = line.split("\t");
      sizes.put(f[0], new TableSize(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])));
    }
    return sizes;
  }

  /** Rows of a query on this database (PostgreSQL only), columns tab-separated. */
  List<String> query(String sql) {
    return psql(name, sql);
  }

  private long h2Bytes() {
    try (Stream<Path> files = Files.walk(h2Dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      return -1;
    }
  }

  private List<String> psql(String database, String sql) {
    List<String> command = List.of("psql", "-h", pg.host(), "-p", String.valueOf(pg.port()), "-U", pg.user(), "-d",
        database, "-v", "ON_ERROR_STOP=1", "-X", "-q", "-A", "-t", "-F", "\t", "-c", sql);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("PGPASSWORD", pg.password());
    try {
      Process p = pb.start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new BenchException("psql failed (" + database + "): " + new String(out, StandardCharsets.UTF_8).trim()
            + "\nSQL: " + Log.abbreviate(sql));
      }
      List<String> lines = new ArrayList<>();
      for (String l : new String(out, StandardCharsets.UTF_8).split("\n")) {
        if (!l.isBlank()) {
          lines.add(l);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new BenchException("psql not runnable (apt-get install postgresql-client): " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted");
    }
  }

  String describe() {
    return kind == Kind.H2 ? "H2 file database (fresh directory per target and run)"
        : Pg.fromEnvironment().describe() + " (fresh database per target and run)";
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
