package dev.orderlens.it.vendure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives tests a real Vendure 3.7.3 shop ({@code integration-tests/vendure})
 * as a {@link VendureShop} parameter. Once per JVM it installs the shop's npm packages if {@code
 * node_modules} is missing, populates a seed database under {@code target/vendure/} if it is
 * missing or older than the shop's config and data, starts {@code node index.js} on a copy of the
 * seed (so every run starts from the same data), creates the read-only administrator, and stops the
 * server when the JVM exits. Each test places its own orders with {@link #placeOrders()}. The port
 * is {@code it.vendure.port} when that system property is set, else a free one. Tests that cannot
 * use parameters call {@link #shop()}.
 */
public final class LiveVendure implements ParameterResolver {
  public static final String PORT_PROPERTY = "it.vendure.port";
  public static final String USERNAME = "superadmin";
  public static final String PASSWORD = "orderlens-it-superadmin";
  public static final String READER_USERNAME = "orderlens-reader@example.com";
  public static final String READER_PASSWORD = "orderlens-it-reader";

  private static final Path PROJECT =
      Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  private static final Path SHOP_DIR = PROJECT.resolve("integration-tests/vendure");
  private static final Path WORK_DIR = PROJECT.resolve("target/vendure");
  private static final Path SEED = WORK_DIR.resolve("seed.sqlite");

  private static VendureShop shop;
  private static RuntimeException failure;
  private static NodeCommand node;
  private static Map<String, String> serverEnv;

  /** The running shop, started on first use; a start that failed is not tried again. */
  public static synchronized VendureShop shop() {
    if (shop == null && failure == null) {
      try {
        shop = start();
      } catch (Exception e) {
        failure = new IllegalStateException("The Vendure test shop did not start", e);
      }
    }
    if (failure != null) {
      throw failure;
    }
    return shop;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == VendureShop.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return shop();
  }

  /**
   * Places a fresh set of orders (a gift, a drop-shipped order, an unpaid one) for customers of
   * their own, dated relative to the test clock: one test's orders are never another's.
   */
  public static synchronized VendureShop.PlacedOrders placeOrders() {
    shop();
    try {
      Map<String, String> env = with(serverEnv, "TODAY", dev.orderlens.it.TestClock.today());
      return orders(node.run("place-orders", 120, env, "node", "place-orders.js"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static VendureShop start() throws IOException, InterruptedException {
    node = new NodeCommand(SHOP_DIR, WORK_DIR);
    Map<String, String> env =
        Map.of(
            "VENDURE_SUPERADMIN_USERNAME", USERNAME,
            "VENDURE_SUPERADMIN_PASSWORD", PASSWORD,
            "VENDURE_READER_USERNAME", READER_USERNAME,
            "VENDURE_READER_PASSWORD", READER_PASSWORD);
    StepTimes timings = new StepTimes();
    prepare(node, env, timings);
    int port = port();
    Path database = WORK_DIR.resolve("run-" + port + ".sqlite");
    Files.copy(SEED, database, StandardCopyOption.REPLACE_EXISTING);
    serverEnv = with(with(env, "VENDURE_DB_FILE", database), "VENDURE_PORT", String.valueOf(port));
    URI baseUrl = URI.create("http://127.0.0.1:" + port);
    ShopServer.start(node, serverEnv, baseUrl, database);
    timings.lap("boot");
    node.run(
        "create-reader", 120, with(serverEnv, "CREATE_READER", "1"), "node", "place-orders.js");
    timings.lap("create reader");
    System.out.println("LiveVendure on " + baseUrl + ": " + timings);
    return new VendureShop(baseUrl, USERNAME, PASSWORD, READER_USERNAME, READER_PASSWORD);
  }

  /** The cold path, skipped when its result is already there: npm packages, the seed database. */
  private static void prepare(NodeCommand node, Map<String, String> env, StepTimes timings)
      throws IOException, InterruptedException {
    if (!Files.exists(SHOP_DIR.resolve("node_modules/@vendure/core/package.json"))) {
      boolean locked = Files.exists(SHOP_DIR.resolve("package-lock.json"));
      node.run("npm", 300, env, "npm", locked ? "ci" : "install", "--no-audit", "--no-fund");
      timings.lap("npm " + (locked ? "ci" : "install"));
    }
    if (seedIsStale()) {
      Path fresh = WORK_DIR.resolve("seed-populating.sqlite");
      node.run("populate", 180, with(env, "VENDURE_DB_FILE", fresh), "node", "populate.js");
      Files.move(fresh, SEED, StandardCopyOption.REPLACE_EXISTING);
      timings.lap("populate");
    }
  }

  private static VendureShop.PlacedOrders orders(String placeOrdersOutput) {
    List<String> lines = placeOrdersOutput.strip().lines().toList();
    JsonObject placed =
        Json.createReader(new StringReader(lines.get(lines.size() - 1))).readObject();
    return new VendureShop.PlacedOrders(
        order(placed, "giftOrder"), order(placed, "dropShipOrder"), order(placed, "unpaidOrder"));
  }

  private static VendureShop.PlacedOrder order(JsonObject placed, String name) {
    JsonObject order = placed.getJsonObject(name);
    return new VendureShop.PlacedOrder(order.getString("code"), order.getString("email"));
  }

  /** The seed must be rebuilt when the shop's packages, config or sample data changed since. */
  private static boolean seedIsStale() throws IOException {
    if (!Files.exists(SEED)) {
      return true;
    }
    long seeded = Files.getLastModifiedTime(SEED).toMillis();
    for (String source :
        List.of(
            "vendure-config.js", "populate.js", "data/initial-data.json", "data/products.csv")) {
      if (Files.getLastModifiedTime(SHOP_DIR.resolve(source)).toMillis() > seeded) {
        return true;
      }
    }
    return false;
  }

  private static int port() throws IOException {
    String fixed = System.getProperty(PORT_PROPERTY, "").strip();
    if (!fixed.isEmpty() && !fixed.startsWith("$")) {
      return Integer.parseInt(fixed);
    }
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Map<String, String> with(Map<String, String> env, String key, Object value) {
    Map<String, String> copy = new HashMap<>(env);
    copy.put(key, value.toString());
    return Map.copyOf(copy);
  }
}
