package dev.orderlens.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.orderlens.platform.security.Hmac;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * Orderlens' own intake and write-back benchmark (prints figures, never a test): {@code ./mvnw
 * -Pintake-benchmark}. It starts the built WAR on Payara Micro against an emptied benchmark
 * database, with Zammad's write-back pointed at a stand-in Zammad API in this JVM that answers like
 * Zammad (tags, ticket update, internal articles, and the article list a retry reads), then:
 *
 * <ol>
 *   <li>offers signed Zammad webhooks (the native, asynchronous 202 path) open-loop at {@code
 *       RATE}/s for {@code SECONDS} s, latencies measured from each request's scheduled time;
 *   <li>waits until every acknowledged ticket carries its note at the stand-in: the background
 *       drain, with notes lost or written twice;
 *   <li>offers the generic, synchronous webhook at {@code GENERIC_RATE}/s.
 * </ol>
 *
 * Everything shares this machine's cores, as the drills in {@code ../shared/drills} do; those also
 * compare with a bare verify-and-insert endpoint, which this project does not ship.
 */
public final class IntakeBenchmark {

  private static final String ZAMMAD_TOKEN = "bench-zammad";
  private static final String GENERIC_SECRET = "bench-generic";

  public static void main(String[] args) throws Exception {
    int rate = intEnv("RATE", 150);
    int seconds = intEnv("SECONDS", 20);
    int genericRate = intEnv("GENERIC_RATE", 100);
    String url =
        env("ORDERLENS_BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/orderlens_intake_bench");
    if (!url.contains("bench")) {
      throw new IllegalArgumentException("the benchmark empties its database: name one with bench");
    }
    String user = env("ORDERLENS_DB_USER", "orderlens");
    String password = env("ORDERLENS_DB_PASSWORD", "orderlens-ci");
    Flyway.configure().dataSource(url, user, password).cleanDisabled(false).load().clean();

    StandInZammad zammad = StandInZammad.start();
    int port = freePort();
    Process server = startOrderlens(url, user, password, zammad.base(), port);
    try {
      String base = "http://127.0.0.1:" + port;
      awaitReady(base, server);
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .executor(Executors.newFixedThreadPool(4))
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      long ids = System.currentTimeMillis() % 1_000_000L * 10_000;

      Load warmUp = Load.zammad(client, base, 50, 10, ids);
      warmUp.run();
      zammad.awaitNotes(warmUp.acknowledged(), Duration.ofSeconds(120));
      ids += 50 * 10;

      long first = System.nanoTime();
      Load load = Load.zammad(client, base, rate, seconds, ids);
      load.run();
      long loadEnded = System.nanoTime();
      int notedDuringLoad = zammad.ticketsWithNote(load.acknowledged());
      System.out.println("native 202 (zammad) " + load.figures());
      boolean drained = zammad.awaitNotes(load.acknowledged(), Duration.ofSeconds(300));
      long last = zammad.lastNoteNanos();
      int notes = zammad.ticketsWithNote(load.acknowledged());
      System.out.printf(
          "background while webhooks arrived: %d notes in %.1f s = %.0f/s; after they stopped: %d"
              + " notes in %.1f s = %.0f/s%n",
          notedDuringLoad,
          (loadEnded - first) / 1e9,
          notedDuringLoad / ((loadEnded - first) / 1e9),
          notes - notedDuringLoad,
          (last - loadEnded) / 1e9,
          (notes - notedDuringLoad) / Math.max(0.001, (last - loadEnded) / 1e9));
      System.out.printf(
          "background drain: %d of %d acknowledged tickets carry their note %.1f s after the first"
              + " event = %.0f events/s%s; %d without a note, %d written twice; %.1f calls to the"
              + " helpdesk per write-back%n",
          notes,
          load.acknowledged().size(),
          (last - first) / 1e9,
          notes / ((last - first) / 1e9),
          drained ? "" : " (gave up waiting after 300 s)",
          load.acknowledged().size() - notes,
          zammad.writtenTwice(load.acknowledged()) + zammad.writtenTwice(warmUp.acknowledged()),
          zammad.callsPerWriteBack());

      Load generic = Load.generic(client, base, genericRate, seconds, ids + rate * seconds);
      generic.run();
      System.out.println("generic (synchronous) " + generic.figures());
    } finally {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
      zammad.stop();
    }
  }

  /** An open-loop run: one request every 1/rate s, whatever the answers. */
  private static final class Load {
    private final HttpClient client;
    private final int rate;
    private final int seconds;
    private final List<HttpRequest> requests;
    private final List<Long> ticketIds;
    private final List<Long> acknowledged = new CopyOnWriteArrayList<>();
    private final long[] latencies;
    private final AtomicInteger ok = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private double achieved;

    private Load(
        HttpClient client, int rate, int seconds, List<HttpRequest> requests, List<Long> ids) {
      this.client = client;
      this.rate = rate;
      this.seconds = seconds;
      this.requests = requests;
      this.ticketIds = ids;
      this.latencies = new long[requests.size()];
    }

    static Load zammad(HttpClient client, String base, int rate, int seconds, long firstId) {
      return of(
          client,
          rate,
          seconds,
          firstId,
          (i, id) -> {
            String body =
                "{\"ticket\":{\"id\":%d,\"number\":\"%d\",\"title\":\"Where is my order #%d?\",\"created_at\":\"2026-11-20T09:00:00Z\",\"customer\":{\"email\":\"bench%d@example.org\",\"firstname\":\"Bench\",\"lastname\":\"Mark\"}},\"article\":{\"body\":\"Hello, order %d has still not arrived, can you check?\",\"type\":\"email\",\"internal\":false,\"sender\":\"Customer\"}}"
                    .formatted(id, id, 1000 + i % 50, i % 500, 1000 + i % 50);
            return post(base + "/api/v1/webhooks/zammad", body)
                .header(
                    "X-Hub-Signature",
                    "sha1=" + hex(Hmac.of("HmacSHA1", ZAMMAD_TOKEN, Hmac.utf8(body))))
                .header("X-Zammad-Delivery", "bench-" + id)
                .build();
          });
    }

    static Load generic(HttpClient client, String base, int rate, int seconds, long firstId) {
      String timestamp = Long.toString(System.currentTimeMillis() / 1000 + 5);
      return of(
          client,
          rate,
          seconds,
          firstId,
          (i, id) -> {
            String body =
                "{\"eventId\":\"bench-%d\",\"ticket\":{\"id\":\"G-%d\",\"subject\":\"Where is my order #%d?\",\"body\":\"Hello, my order %d has not arrived yet.\",\"channel\":\"email\",\"createdAt\":\"2026-11-20T09:00:00Z\",\"requester\":{\"email\":\"bench%d@example.org\",\"name\":\"Bench Mark\"},\"tags\":[]}}"
                    .formatted(id, id, 1000 + i % 50, 1000 + i % 50, i % 500);
            byte[] signature =
                Hmac.of("HmacSHA256", GENERIC_SECRET, Hmac.utf8(timestamp + "."), Hmac.utf8(body));
            return post(base + "/api/v1/webhooks/generic", body)
                .header("X-Orderlens-Timestamp", timestamp)
                .header("X-Orderlens-Signature", "sha256=" + hex(signature))
                .build();
          });
    }

    /** The i-th of rate × seconds requests, for the ticket id firstId + i. */
    interface Request {
      HttpRequest build(int i, long id);
    }

    private static Load of(
        HttpClient client, int rate, int seconds, long firstId, Request request) {
      List<Long> ids = new ArrayList<>();
      List<HttpRequest> requests = new ArrayList<>();
      for (int i = 0; i < rate * seconds; i++) {
        ids.add(firstId + i);
        requests.add(request.build(i, firstId + i));
      }
      return new Load(client, rate, seconds, requests, ids);
    }

    private static HttpRequest.Builder post(String uri, String body) {
      return HttpRequest.newBuilder(URI.create(uri))
          .timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String hex(byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }

    void run() throws InterruptedException {
      int total = requests.size();
      CountDownLatch done = new CountDownLatch(total);
      long start = System.nanoTime() + 200_000_000L;
      for (int i = 0; i < total; i++) {
        long due = start + (long) i * 1_000_000_000L / rate;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        int k = i;
        client
            .sendAsync(requests.get(i), HttpResponse.BodyHandlers.discarding())
            .whenComplete(
                (response, error) -> {
                  latencies[k] = System.nanoTime() - due;
                  if (error != null) {
                    failed.incrementAndGet();
                  } else if (response.statusCode() / 100 == 2) {
                    ok.incrementAndGet();
                    acknowledged.add(ticketIds.get(k));
                  } else {
                    refused.incrementAndGet();
                  }
                  done.countDown();
                });
      }
      done.await();
      achieved = total / ((System.nanoTime() - start) / 1e9);
    }

    List<Long> acknowledged() {
      return acknowledged;
    }

    String figures() {
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      return String.format(
          "offered %d/s for %d s: achieved %.0f/s, answered 2xx %d, other status %d, no answer %d;"
              + " latency p50 %.1f ms, p99 %.1f ms, max %.1f ms",
          rate,
          seconds,
          achieved,
          ok.get(),
          refused.get(),
          failed.get(),
          sorted[n / 2] / 1e6,
          sorted[(int) (n * 0.99)] / 1e6,
          sorted[n - 1] / 1e6);
    }
  }

  /**
   * A Zammad API in this JVM: records every write, answers like Zammad, and lists a ticket's
   * articles ({@code GET /api/v1/ticket_articles/by_ticket/{id}}) so a retry can see a note that
   * already arrived.
   */
  private static final class StandInZammad {
    private static final Pattern TICKET_ID = Pattern.compile("\"ticket_id\"\\s*:\\s*\"?(\\d+)");
    private final HttpServer server;
    private final Map<Long, List<String>> articles = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong articleCount = new AtomicLong();
    private final AtomicLong lastNote = new AtomicLong();

    private StandInZammad(HttpServer server) {
      this.server = server;
    }

    static StandInZammad start() throws IOException {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
      StandInZammad zammad = new StandInZammad(server);
      server.createContext("/", zammad::handle);
      server.setExecutor(Executors.newFixedThreadPool(8));
      server.start();
      return zammad;
    }

    String base() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      calls.incrementAndGet();
      String answer = "{}";
      int status = 200;
      if ("GET".equals(method) && path.startsWith("/api/v1/ticket_articles/by_ticket/")) {
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        StringBuilder list = new StringBuilder("[");
        for (String article : articles.getOrDefault(id, List.of())) {
          list.append(list.length() > 1 ? "," : "").append(article);
        }
        answer = list.append(']').toString();
      } else if ("POST".equals(method) && path.equals("/api/v1/ticket_articles")) {
        Matcher m = TICKET_ID.matcher(body);
        if (m.find()) {
          long id = Long.parseLong(m.group(1));
          articles.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(body);
          articleCount.incrementAndGet();
          lastNote.set(System.nanoTime());
        }
        status = 201;
        answer = "{\"id\":" + articleCount.get() + "}";
      } else if ("POST".equals(method) && path.equals("/api/v1/tags/add")) {
        status = 201;
        answer = "true";
      }
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    }

    boolean awaitNotes(List<Long> tickets, Duration patience) throws InterruptedException {
      long until = System.nanoTime() + patience.toNanos();
      while (System.nanoTime() < until) {
        if (ticketsWithNote(tickets) == tickets.size()) {
          return true;
        }
        Thread.sleep(100);
      }
      return false;
    }

    int ticketsWithNote(List<Long> tickets) {
      return (int) tickets.stream().filter(articles::containsKey).count();
    }

    int writtenTwice(List<Long> tickets) {
      return (int)
          tickets.stream().filter(t -> articles.getOrDefault(t, List.of()).size() > 1).count();
    }

    long lastNoteNanos() {
      return lastNote.get();
    }

    double callsPerWriteBack() {
      return articleCount.get() == 0 ? 0 : (double) calls.get() / articleCount.get();
    }

    void stop() {
      server.stop(0);
    }
  }

  private static Process startOrderlens(
      String dbUrl, String user, String password, String zammad, int port) throws IOException {
    Path war = Path.of("target", "orderlens.war");
    Path micro = Path.of("target", "payara-micro.jar");
    if (!Files.exists(war) || !Files.exists(micro)) {
      throw new IllegalStateException("build first: target/orderlens.war and payara-micro.jar");
    }
    Path log = Path.of("target", "intake-benchmark-server.log");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-jar",
                micro.toString(),
                "--deploy",
                war.toString(),
                "--contextroot",
                "/",
                "--port",
                Integer.toString(port),
                "--nocluster")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("ORDERLENS_DB_URL", dbUrl);
    env.put("ORDERLENS_DB_USER", user);
    env.put("ORDERLENS_DB_PASSWORD", password);
    env.put("ORDERLENS_WEBHOOK_SECRET", GENERIC_SECRET);
    env.put("ORDERLENS_ZAMMAD_HMAC_TOKEN", ZAMMAD_TOKEN);
    env.put("INTAKE_ZAMMAD_API_USER", "orderlens");
    env.put("WRITEBACK_ZAMMAD_URL", zammad);
    env.put("ORDERLENS_ZAMMAD_API_TOKEN", "bench-zammad-api");
    System.out.println("Orderlens on Payara Micro at :" + port + ", its log in " + log);
    return builder.start();
  }

  private static void awaitReady(String base, Process server) throws Exception {
    HttpClient probe = HttpClient.newHttpClient();
    for (int i = 0; i < 240; i++) {
      if (!server.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro stopped: see target/intake-benchmark-server.log");
      }
      try {
        if (probe
                .send(
                    HttpRequest.newBuilder(URI.create(base + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("Orderlens was not ready after 240 s");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static int intEnv(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
